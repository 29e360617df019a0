#include "xlsworkbook.h"

#include <QCoreApplication>
#include <QFile>

#include <cmath>
#include <freexl.h>
#include <utility>

namespace hearth::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hearth::core::XlsWorkbook", text);
}

QString cellText(const FreeXL_CellValue &cell)
{
    switch (cell.type) {
    case FREEXL_CELL_INT:
        return QString::number(cell.value.int_value);
    case FREEXL_CELL_DOUBLE: {
        const double value = cell.value.double_value;
        // Counts are stored as doubles; write whole numbers without a fraction.
        if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 9.0e15)
            return QString::number(static_cast<qint64>(value));
        return QString::number(value, 'g', 15);
    }
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME:
        return cell.value.text_value ? QString::fromUtf8(cell.value.text_value) : QString();
    default:
        return {};
    }
}

} // namespace

bool XlsWorkbook::looksLikeXls(const QByteArray &firstBytes)
{
    return firstBytes.startsWith(QByteArray::fromHex("d0cf11e0a1b11ae1"));
}

Result<XlsWorkbook> XlsWorkbook::open(const QString &path)
{
    const void *handle = nullptr;
    const QByteArray encoded = QFile::encodeName(path);
    const int status = freexl_open(encoded.constData(), &handle);
    // FreeXL 1.0 can report success yet leave the handle null when a record is malformed.
    if (status != FREEXL_OK || !handle) {
        if (handle)
            freexl_close(handle);
        return Error::make(
            ErrorKind::InvalidInput,
            tr("%1: the Excel file cannot be read (FreeXL error %2); it may be damaged or "
               "password-protected. Open it in a spreadsheet program and save it again as "
               ".xls or CSV.")
                .arg(path)
                .arg(status));
    }
    unsigned int count = 0;
    freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &count);
    unsigned int password = FREEXL_BIFF_PLAIN;
    freexl_get_info(handle, FREEXL_BIFF_PASSWORD, &password);
    if (password == FREEXL_BIFF_OBFUSCATED) {
        freexl_close(handle);
        return Error::make(
            ErrorKind::InvalidInput,
            tr("%1: the Excel file is password-protected; remove the password and try again.")
                .arg(path));
    }
    QStringList names;
    for (unsigned int i = 0; i < count; ++i) {
        const char *name = nullptr;
        if (freexl_get_worksheet_name(handle, static_cast<unsigned short>(i), &name) == FREEXL_OK &&
            name)
            names << QString::fromUtf8(name);
        else
            names << QString();
    }
    return XlsWorkbook(handle, path, names);
}

XlsWorkbook::XlsWorkbook(const void *handle, QString path, QStringList sheetNames)
    : m_handle(handle)
    , m_path(std::move(path))
    , m_sheetNames(std::move(sheetNames))
{}

XlsWorkbook::XlsWorkbook(XlsWorkbook &&other) noexcept
    : m_handle(std::exchange(other.m_handle, nullptr))
    , m_path(std::move(other.m_path))
    , m_sheetNames(std::move(other.m_sheetNames))
{}

XlsWorkbook &XlsWorkbook::operator=(XlsWorkbook &&other) noexcept
{
    if (this != &other) {
        if (m_handle)
            freexl_close(m_handle);
        m_handle = std::exchange(other.m_handle, nullptr);
        m_path = std::move(other.m_path);
        m_sheetNames = std::move(other.m_sheetNames);
    }
    return *this;
}

XlsWorkbook::~XlsWorkbook()
{
    if (m_handle)
        freexl_close(m_handle);
}

Result<QList<QStringList>> XlsWorkbook::rows(int sheetIndex) const
{
    if (sheetIndex < 0 || sheetIndex >= m_sheetNames.size())
        return Error::make(ErrorKind::NotFound,
                           tr("%1: there is no sheet %2.").arg(m_path).arg(sheetIndex + 1));
    if (freexl_select_active_worksheet(m_handle, static_cast<unsigned short>(sheetIndex)) !=
        FREEXL_OK)
        return Error::make(
            ErrorKind::InvalidInput,
            tr("%1: the sheet \"%2\" cannot be read.").arg(m_path, m_sheetNames.at(sheetIndex)));
    unsigned int rowCount = 0;
    unsigned short columnCount = 0;
    if (freexl_worksheet_dimensions(m_handle, &rowCount, &columnCount) != FREEXL_OK)
        return Error::make(ErrorKind::InvalidInput,
                           tr("%1: the size of sheet \"%2\" cannot be read.")
                               .arg(m_path, m_sheetNames.at(sheetIndex)));
    // The dimensions come from the file: a damaged or hostile one can claim the BIFF8 maximum
    // (65536 x 256) over a few cells, which would mean 16.7 million strings in memory.
    if (quint64(rowCount) * columnCount > maxCells)
        return Error::make(ErrorKind::InvalidInput,
                           tr("%1: the sheet \"%2\" claims %3 rows of %4 columns, more than "
                              "Hearth reads (%5 cells). Open it in a spreadsheet program, delete "
                              "the empty rows and columns, and save it again.")
                               .arg(m_path, m_sheetNames.at(sheetIndex))
                               .arg(rowCount)
                               .arg(columnCount)
                               .arg(maxCells));
    QList<QStringList> result;
    result.reserve(rowCount);
    for (unsigned int row = 0; row < rowCount; ++row) {
        QStringList cells;
        cells.reserve(columnCount);
        for (unsigned short column = 0; column < columnCount; ++column) {
            FreeXL_CellValue cell;
            if (freexl_get_cell_value(m_handle, row, column, &cell) != FREEXL_OK)
                return Error::make(ErrorKind::InvalidInput,
                                   tr("%1: sheet \"%2\", row %3: a cell cannot be read.")
                                       .arg(m_path, m_sheetNames.at(sheetIndex))
                                       .arg(row + 1));
            cells << cellText(cell);
        }
        result << cells;
    }
    return result;
}

} // namespace hearth::core
