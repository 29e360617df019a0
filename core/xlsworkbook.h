#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace hearth::core {

// A legacy Excel (.xls, BIFF) workbook read through FreeXL, one sheet at a time, every
// cell as text: numbers without a fraction as integers, dates as YYYY-MM-DD.
class XlsWorkbook final
{
public:
    // A sheet of more cells (rows x columns as the file states them) is refused.
    static constexpr quint64 maxCells = 2'000'000;

    static Result<XlsWorkbook> open(const QString &path);
    // True when the first bytes are an OLE2 compound file (how .xls files start).
    static bool looksLikeXls(const QByteArray &firstBytes);

    XlsWorkbook(XlsWorkbook &&other) noexcept;
    XlsWorkbook &operator=(XlsWorkbook &&other) noexcept;
    XlsWorkbook(const XlsWorkbook &) = delete;
    XlsWorkbook &operator=(const XlsWorkbook &) = delete;
    ~XlsWorkbook();

    QStringList sheetNames() const { return m_sheetNames; }
    // Every row of the sheet; trailing empty cells are kept so rows have equal width.
    Result<QList<QStringList>> rows(int sheetIndex) const;

private:
    XlsWorkbook(const void *handle, QString path, QStringList sheetNames);

    const void *m_handle = nullptr;
    QString m_path;
    QStringList m_sheetNames;
};

} // namespace hearth::core
