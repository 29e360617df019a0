# SPDX-FileCopyrightText: 2026 The Hearth developers
# SPDX-License-Identifier: GPL-3.0-or-later
# hearth_add_test(NAME <name> SOURCES <files...> LIBRARIES <targets...> [GUI])
# One Qt Test class per executable; GUI tests run on the offscreen platform.
function(hearth_add_test)
    cmake_parse_arguments(ARG "GUI;BOTH_ENGINES" "NAME" "SOURCES;LIBRARIES" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test ${ARG_LIBRARIES} Hearth::CompileSettings)
    # Shared test helpers are included with their folder: #include "support/plantestdata.h".
    target_include_directories(${ARG_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    target_compile_definitions(${ARG_NAME} PRIVATE
        HEARTH_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    set(test_env "LC_ALL=C.UTF-8" "TZ=Europe/Berlin" "QT_QPA_PLATFORM=offscreen")
    # Every .xls import in a test goes through this build's reader (app/xlsreader).
    list(APPEND test_env "HEARTH_XLS_READER=$<TARGET_FILE:hearth_xls_reader>")
    if(HEARTH_SANITIZE)
        list(APPEND test_env
            "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/cmake/lsan.supp:print_suppressions=0"
            "ASAN_OPTIONS=detect_leaks=1")
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES ENVIRONMENT "${test_env}" TIMEOUT 300)
    if(ARG_GUI)
        set_tests_properties(${ARG_NAME} PROPERTIES LABELS "gui")
    else()
        set_tests_properties(${ARG_NAME} PROPERTIES LABELS "core")
    endif()
    # The same test on a team plan: each plan it opens is a schema on the PostgreSQL server that
    # libpq's environment names (tests/support/testdatabase.h); "ctest -L postgresql" runs these,
    # "ctest -LE postgresql" leaves them out where no server runs.
    if(ARG_BOTH_ENGINES)
        add_test(NAME ${ARG_NAME}_postgresql COMMAND ${ARG_NAME})
        set_tests_properties(${ARG_NAME}_postgresql PROPERTIES
            ENVIRONMENT "${test_env};HEARTH_TEST_ENGINE=postgresql" TIMEOUT 300
            LABELS "postgresql")
    endif()
endfunction()
