// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The .xls reading code in this process: Hearth runs it in hearth-xls-reader, a child process,
// but the fuzz targets call it directly so that the sanitizers and libFuzzer's coverage see
// the BIFF8 reader. The reply still goes through encode and the strict decoder.
#include "biffreader.h"
#include "interop/xlsreply.h"
#include "interop/xlsworkbook.h"

namespace hearth::fuzz {

inline QByteArray readXlsInProcess(const QString &path)
{
    return core::encodeXlsReply(xlsreader::readWorkbook(path));
}

inline void readXlsInProcessFromNowOn()
{
    core::XlsWorkbook::setInProcessReader(&readXlsInProcess);
}

} // namespace hearth::fuzz
