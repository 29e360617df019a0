// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compoundfile.h"

#include <gsf/gsf-infile-msole.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-input.h>
#include <memory>

namespace hearth::xlsreader {

using core::XlsFailure;
using Problem = XlsFailure::Problem;

namespace {

struct GObjectUnref
{
    void operator()(gpointer object) const { g_object_unref(object); }
};
template<typename T>
using GObjectPointer = std::unique_ptr<T, GObjectUnref>;

XlsFailure failure(Problem problem, qint64 first = 0)
{
    return XlsFailure{problem, first, 0, {}};
}

// The child named name, compared without case: writers other than Excel spell the stream
// names their own way ("WORKBOOK"). Broken when the name is there but its stream cannot be
// opened.
struct Child
{
    GObjectPointer<GsfInput> input;
    bool broken = false;
};

Child childNamed(GsfInfile *container, QLatin1StringView name)
{
    const int count = gsf_infile_num_children(container);
    for (int i = 0; i < count; ++i) {
        const char *childName = gsf_infile_name_by_index(container, i);
        if (childName && name.compare(QLatin1StringView(childName), Qt::CaseInsensitive) == 0) {
            GObjectPointer<GsfInput> input(gsf_infile_child_by_index(container, i));
            const bool broken = !input;
            return Child{std::move(input), broken};
        }
    }
    return {};
}

} // namespace

WorkbookStream workbookStream(const QByteArray &file)
{
    WorkbookStream found;
    if (!file.startsWith(QByteArray::fromHex("d0cf11e0a1b11ae1"))) {
        found.failure = failure(Problem::NotExcel97);
        return found;
    }
    GObjectPointer<GsfInput> input(gsf_input_memory_new(
        reinterpret_cast<const guint8 *>(file.constData()), file.size(), FALSE));
    GError *error = nullptr;
    GObjectPointer<GsfInfile> container(gsf_infile_msole_new(input.get(), &error));
    if (error)
        g_error_free(error);
    if (!container) {
        found.failure = failure(Problem::CompoundFileBroken);
        return found;
    }
    // An encrypted .xlsx is a compound file holding the encrypted package.
    if (const Child package = childNamed(container.get(), QLatin1StringView("EncryptedPackage"));
        package.input || package.broken) {
        found.failure = failure(Problem::Encrypted);
        return found;
    }
    Child stream = childNamed(container.get(), QLatin1StringView("Workbook"));
    if (!stream.input && !stream.broken) {
        stream = childNamed(container.get(), QLatin1StringView("Book"));
        found.namedBook = stream.input || stream.broken;
    }
    if (stream.broken) {
        found.failure = failure(Problem::CompoundFileBroken);
        return found;
    }
    if (!stream.input) {
        found.failure = failure(Problem::NotExcel97);
        return found;
    }
    // No stream is longer than the file holding it: a larger stated size is a lie, and would
    // be a large allocation before the read fails.
    const gsf_off_t size = gsf_input_size(stream.input.get());
    if (size < 0 || size > file.size()) {
        found.failure = failure(Problem::LengthDoesNotFit);
        return found;
    }
    found.bytes.resize(qsizetype(size));
    if (size > 0 && !gsf_input_read(stream.input.get(), size_t(size),
                                    reinterpret_cast<guint8 *>(found.bytes.data()))) {
        found.bytes.clear();
        found.failure = failure(Problem::CompoundFileBroken);
    }
    return found;
}

} // namespace hearth::xlsreader
