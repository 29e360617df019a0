// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/xlsxworkbook.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <atomic>
#include <cmath>
#include <cstring>
#include <ctime>
#include <optional>

namespace hearth::core {

namespace {

std::atomic<qint64> timeLimitMs{30'000};

// A budget of processor time for this thread: what a hostile file costs, whatever else the
// machine is doing (a wall clock refused real exports on a busy machine).
class CpuDeadline final
{
public:
    CpuDeadline()
        : m_limitNs(timeLimitMs.load() * 1'000'000)
        , m_startNs(now())
    {}
    bool hasExpired() const { return now() - m_startNs >= m_limitNs; }

private:
    static qint64 now()
    {
        timespec spent{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spent);
        return qint64(spent.tv_sec) * 1'000'000'000 + spent.tv_nsec;
    }

    qint64 m_limitNs;
    qint64 m_startNs;
};

QString saveAgain()
{
    return XlsxWorkbook::tr("Open it in a spreadsheet program and save it again as .xlsx or CSV.");
}

Error damaged(const QString &path, const QString &why)
{
    return Error::make(ErrorKind::InvalidInput,
                       XlsxWorkbook::tr("%1: the Excel workbook is damaged and cannot be read: "
                                        "%2. %3")
                           .arg(path, why, saveAgain()));
}

Error tooSlow(const QString &path)
{
    return Error::make(ErrorKind::InvalidInput,
                       XlsxWorkbook::tr("%1: reading the Excel workbook took more than %2 "
                                        "seconds of processor time; it is far larger or more "
                                        "tangled than an export. %3")
                           .arg(path)
                           .arg(double(timeLimitMs.load()) / 1000.0)
                           .arg(saveAgain()));
}

// One XML part of the workbook read token by token. A DOCTYPE is refused outright: spreadsheet
// programs never write one, and entity declarations are how XML bombs and external-entity
// tricks start. The deadline is looked at every 1024 tokens.
class PartReader final
{
public:
    PartReader(const QByteArray &bytes, const QString &path, const QString &part,
               const CpuDeadline &deadline)
        : m_xml(bytes)
        , m_path(path)
        , m_part(part)
        , m_deadline(deadline)
    {}

    // Moves to the next token; false at the end of the part or on an error.
    bool next()
    {
        if (m_error || m_xml.atEnd())
            return false;
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            m_error = Error::make(
                ErrorKind::InvalidInput,
                XlsxWorkbook::tr("%1: \"%2\" inside the workbook declares a DOCTYPE, which "
                                 "spreadsheet programs never write; Hearth refuses it, so no "
                                 "entity in it can expand. %3")
                    .arg(m_path, m_part, saveAgain()));
            return false;
        }
        if (m_xml.hasError()) {
            failXml();
            return false;
        }
        if ((++m_tokens & 1023) == 0 && m_deadline.hasExpired()) {
            m_error = tooSlow(m_path);
            return false;
        }
        return token != QXmlStreamReader::EndDocument;
    }
    bool isStart(QLatin1StringView name) const
    {
        return m_xml.isStartElement() && m_xml.name() == name;
    }
    bool isEnd(QLatin1StringView name) const
    {
        return m_xml.isEndElement() && m_xml.name() == name;
    }
    QStringView attribute(QLatin1StringView name) const
    {
        for (const QXmlStreamAttribute &attribute : m_xml.attributes()) {
            if (attribute.name() == name)
                return attribute.value();
        }
        return {};
    }
    // The relationship id of <sheet>: r:id in transitional and strict files alike.
    QString relationshipId() const
    {
        for (const QXmlStreamAttribute &attribute : m_xml.attributes()) {
            if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
                return attribute.value().toString();
        }
        return {};
    }
    // The text of the current element and its children; the reader ends on its end tag.
    QString elementText()
    {
        QString text = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
        if (m_xml.hasError())
            failXml();
        return text;
    }
    void skipElement()
    {
        m_xml.skipCurrentElement();
        if (m_xml.hasError())
            failXml();
    }
    // Rich text: the runs' <t> texts joined, phonetic guides (<rPh>) left out.
    QString richText(QLatin1StringView element)
    {
        QString text;
        while (next() && !isEnd(element)) {
            if (isStart(QLatin1StringView("rPh")))
                skipElement();
            else if (isStart(QLatin1StringView("t")))
                text += elementText();
            if (text.size() > XlsxWorkbook::maxCellChars) {
                fail(XlsxWorkbook::tr("a text holds more than %1 characters, more than an Excel "
                                      "cell can")
                         .arg(XlsxWorkbook::maxCellChars));
                break;
            }
        }
        return text;
    }
    void fail(const QString &why)
    {
        if (!m_error)
            m_error = damaged(m_path, why);
    }
    void failWith(Error error)
    {
        if (!m_error)
            m_error = std::move(error);
    }
    const std::optional<Error> &error() const { return m_error; }

private:
    void failXml()
    {
        fail(XlsxWorkbook::tr("\"%1\" is not well-formed XML (line %2: %3)")
                 .arg(m_part)
                 .arg(m_xml.lineNumber())
                 .arg(m_xml.errorString()));
    }

    QXmlStreamReader m_xml;
    QString m_path;
    QString m_part;
    CpuDeadline m_deadline;
    std::optional<Error> m_error;
    quint32 m_tokens = 0;
};

Result<QByteArray> readPart(const ZipArchive &archive, const QString &part)
{
    const auto index = archive.find(part);
    if (!index)
        return damaged(archive.path(),
                       XlsxWorkbook::tr("the part \"%1\" it refers to is missing").arg(part));
    return archive.read(*index);
}

// Where a relationship's target lives: relative to the folder of the part that names it.
QString resolveTarget(const QString &sourcePart, const QString &target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    const qsizetype slash = sourcePart.lastIndexOf(u'/');
    const QString folder = slash < 0 ? QString() : sourcePart.left(slash + 1);
    return QDir::cleanPath(folder + target);
}

QString relationshipsPart(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) +
           QStringLiteral(".rels");
}

struct Relationship
{
    QString type;
    QString target; // the part, resolved
};

// The relationships of `part` by id; an absent .rels part is no relationship at all.
Result<QHash<QString, Relationship>>
readRelationships(const ZipArchive &archive, const QString &part, const CpuDeadline &deadline)
{
    QHash<QString, Relationship> relationships;
    const QString relsPart = relationshipsPart(part);
    if (!archive.find(relsPart))
        return relationships;
    auto bytes = readPart(archive, relsPart);
    if (!bytes)
        return bytes.error();
    PartReader xml(*bytes, archive.path(), relsPart, deadline);
    while (xml.next()) {
        if (xml.isStart(QLatin1StringView("Relationship")) &&
            xml.attribute(QLatin1StringView("TargetMode")) != u"External")
            relationships.insert(
                xml.attribute(QLatin1StringView("Id")).toString(),
                {xml.attribute(QLatin1StringView("Type")).toString(),
                 resolveTarget(part, xml.attribute(QLatin1StringView("Target")).toString())});
    }
    if (xml.error())
        return *xml.error();
    return relationships;
}

std::optional<QString> targetOfType(const QHash<QString, Relationship> &relationships,
                                    QStringView typeEnd)
{
    for (const Relationship &relationship : relationships) {
        if (relationship.type.endsWith(typeEnd))
            return relationship.target;
    }
    return std::nullopt;
}

// Number formats and cell values.
using Kind = XlsxWorkbook::DateKind;

// Whether a number format shows a date, a time or both. Like Excel: only the first section
// counts; quoted text, [colour]/[$-locale] brackets and escaped characters are not codes; an
// elapsed time ([h]:mm) is a duration, not a date.
Kind formatKind(const QString &format)
{
    static const QRegularExpression elapsed(QStringLiteral("\\[(h+|m+|s+)\\]"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression literals(
        QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.|_.|\\*."));
    QString first = format.section(u';', 0, 0);
    if (first.contains(elapsed))
        return Kind::None;
    first.remove(literals);
    first = first.toLower();
    first.remove(QStringLiteral("general"));
    const bool date = first.contains(u'd') || first.contains(u'y');
    const bool time = first.contains(u'h') || first.contains(u's');
    if (date && time)
        return Kind::DateTime;
    if (date)
        return Kind::Date;
    if (time)
        return Kind::Time;
    // "mmm" alone is a month name.
    return first.contains(u'm') ? Kind::Date : Kind::None;
}

// The built-in number formats that show dates and times (ECMA-376 part 1, 18.8.30).
QString builtInFormat(int id)
{
    switch (id) {
    case 14:
        return QStringLiteral("mm-dd-yy");
    case 15:
        return QStringLiteral("d-mmm-yy");
    case 16:
        return QStringLiteral("d-mmm");
    case 17:
        return QStringLiteral("mmm-yy");
    case 18:
        return QStringLiteral("h:mm AM/PM");
    case 19:
        return QStringLiteral("h:mm:ss AM/PM");
    case 20:
        return QStringLiteral("h:mm");
    case 21:
        return QStringLiteral("h:mm:ss");
    case 22:
        return QStringLiteral("m/d/yy h:mm");
    case 45:
        return QStringLiteral("mm:ss");
    case 46:
        return QStringLiteral("[h]:mm:ss");
    case 47:
        return QStringLiteral("mmss.0");
    default:
        return {};
    }
}

// What FreeXL gives for a number in an .xls: whole numbers without a fraction.
QString numberText(double value)
{
    if (value == std::floor(value) && std::fabs(value) < 9.0e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 15);
}

// A date serial as text; nothing for a serial no date has (negative, past 9999).
std::optional<QString> dateText(double serial, bool system1904, Kind kind)
{
    constexpr qint64 msPerDay = 86'400'000;
    if (!(serial >= 0.0 && serial < 2'958'466.0))
        return std::nullopt;
    const qint64 ms = std::llround(serial * double(msPerDay));
    const qint64 day = ms / msPerDay;
    const QTime time = QTime::fromMSecsSinceStartOfDay(int(ms % msPerDay));
    // The 1900 system counts a 29 February 1900 that never was: serial 60.
    QDate date;
    if (system1904)
        date = QDate(1904, 1, 1).addDays(day);
    else if (day < 60)
        date = QDate(1899, 12, 31).addDays(day);
    else
        date = QDate(1899, 12, 30).addDays(day);
    switch (kind) {
    case Kind::Date:
        return date.toString(QStringLiteral("yyyy-MM-dd"));
    case Kind::Time:
        return time.toString(QStringLiteral("HH:mm:ss"));
    case Kind::DateTime:
        return date.toString(QStringLiteral("yyyy-MM-dd")) + u' ' +
               time.toString(QStringLiteral("HH:mm:ss"));
    case Kind::None:
        break;
    }
    return std::nullopt;
}

// "BC12" as column 55, row 12 (both from 1); false when it is no cell reference.
bool parseReference(QStringView reference, qint64 &row, qint64 &column)
{
    qsizetype i = 0;
    column = 0;
    while (i < reference.size() && i < 4 && reference.at(i) >= u'A' && reference.at(i) <= u'Z')
        column = column * 26 + (reference.at(i++).unicode() - u'A' + 1);
    if (i == 0 || column > XlsxWorkbook::maxColumns)
        return false;
    bool ok = false;
    const QStringView digits = reference.mid(i);
    row = digits.size() <= 8 ? digits.toLongLong(&ok) : 0;
    return ok && row >= 1 && row <= XlsxWorkbook::maxRows && digits.front() != u'+';
}

struct SheetContext
{
    QString path;
    QString sheet;
    const QStringList &sharedStrings;
    const QList<Kind> &styleDates;
    bool system1904 = false;
};

// The text of one <c> element; the reader ends on its end tag.
QString readCell(PartReader &xml, const SheetContext &context)
{
    const QString type = xml.attribute(QLatin1StringView("t")).toString();
    // Copied: the attributes' text is gone once the reader moves on to the value.
    const QString style = xml.attribute(QLatin1StringView("s")).toString();
    QString value;
    bool inlineText = false;
    while (xml.next() && !xml.isEnd(QLatin1StringView("c"))) {
        if (xml.isStart(QLatin1StringView("v"))) {
            value = xml.elementText();
        } else if (xml.isStart(QLatin1StringView("is"))) {
            value = xml.richText(QLatin1StringView("is"));
            inlineText = true;
        } else if (xml.isStart(QLatin1StringView("f")) ||
                   xml.isStart(QLatin1StringView("extLst"))) {
            xml.skipElement();
        }
    }
    if (inlineText || type == u"str" || type == u"e" || type == u"inlineStr")
        return value;
    if (type == u"s") {
        bool ok = false;
        const qsizetype index = value.trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= context.sharedStrings.size()) {
            xml.fail(XlsxWorkbook::tr("sheet \"%1\" refers to shared text %2, which the "
                                      "workbook does not hold")
                         .arg(context.sheet, value.left(20)));
            return {};
        }
        return context.sharedStrings.at(index);
    }
    if (type == u"b")
        return value.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == u"d") {
        const QDateTime when = QDateTime::fromString(value.trimmed(), Qt::ISODateWithMs);
        if (!when.isValid())
            return value;
        return when.time() == QTime(0, 0) ? when.date().toString(QStringLiteral("yyyy-MM-dd"))
                                          : when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    if (value.isEmpty())
        return value;
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return value;
    bool styled = false;
    const qsizetype styleIndex = style.isEmpty() ? 0 : style.toLongLong(&styled);
    if (styled && styleIndex >= 0 && styleIndex < context.styleDates.size()) {
        if (const Kind kind = context.styleDates.at(styleIndex); kind != Kind::None) {
            if (auto date = dateText(number, context.system1904, kind))
                return *date;
        }
    }
    return numberText(number);
}

// Every row of one worksheet part, padded to one width.
Result<QList<QStringList>> readSheet(const QByteArray &bytes, const QString &part,
                                     const SheetContext &context, const CpuDeadline &deadline)
{
    PartReader xml(bytes, context.path, part, deadline);
    QList<QStringList> rows;
    qint64 width = 0;
    qint64 row = 0;
    qint64 column = 0;
    while (xml.next()) {
        if (xml.isStart(QLatin1StringView("row"))) {
            const QStringView number = xml.attribute(QLatin1StringView("r"));
            bool ok = true;
            row = number.isEmpty() ? row + 1 : number.toLongLong(&ok);
            if (!ok || row < 1 || row > XlsxWorkbook::maxRows) {
                xml.fail(XlsxWorkbook::tr("sheet \"%1\" names a row \"%2\" no sheet has")
                             .arg(context.sheet, number.left(20)));
                break;
            }
            column = 0;
            continue;
        }
        if (!xml.isStart(QLatin1StringView("c")))
            continue;
        const QStringView reference = xml.attribute(QLatin1StringView("r"));
        if (reference.isEmpty()) {
            ++column;
            row = qMax<qint64>(row, 1);
        } else if (!parseReference(reference, row, column)) {
            xml.fail(XlsxWorkbook::tr("sheet \"%1\" names a cell \"%2\" no sheet has")
                         .arg(context.sheet, reference.left(20)));
            break;
        }
        if (column > XlsxWorkbook::maxColumns) {
            xml.fail(XlsxWorkbook::tr("sheet \"%1\" has a cell past the last column an Excel "
                                      "sheet has")
                         .arg(context.sheet));
            break;
        }
        width = qMax(width, column);
        // Checked before the rows are made: a lone cell at XFD1048576 claims 17 billion.
        if (quint64(row) * quint64(width) > XlsxWorkbook::maxCells) {
            xml.failWith(Error::make(
                ErrorKind::InvalidInput,
                XlsxWorkbook::tr("%1: the sheet \"%2\" reaches row %3 and column %4, more "
                                 "than Hearth reads (%5 cells). Open it in a spreadsheet "
                                 "program, delete the empty rows and columns, and save it "
                                 "again.")
                    .arg(context.path, context.sheet)
                    .arg(row)
                    .arg(width)
                    .arg(XlsxWorkbook::maxCells)));
            break;
        }
        const QString value = readCell(xml, context);
        if (xml.error())
            break;
        if (value.size() > XlsxWorkbook::maxCellChars) {
            xml.fail(XlsxWorkbook::tr("sheet \"%1\", row %2: a cell holds more than %3 "
                                      "characters, more than an Excel cell can")
                         .arg(context.sheet)
                         .arg(row)
                         .arg(XlsxWorkbook::maxCellChars));
            break;
        }
        while (rows.size() < row)
            rows.append(QStringList());
        QStringList &cells = rows[row - 1];
        while (cells.size() < column)
            cells.append(QString());
        cells[column - 1] = value;
    }
    if (xml.error())
        return *xml.error();
    for (QStringList &cells : rows) {
        while (cells.size() < width)
            cells.append(QString());
    }
    return rows;
}

} // namespace

XlsxWorkbook::XlsxWorkbook(ZipArchive archive)
    : m_archive(std::move(archive))
{}

void XlsxWorkbook::setTimeLimit(std::chrono::milliseconds limit)
{
    timeLimitMs = limit.count();
}

bool XlsxWorkbook::isWorkbook(const ZipArchive &archive)
{
    if (archive.find(QStringLiteral("xl/workbook.xml")))
        return true;
    return archive.find(QStringLiteral("[Content_Types].xml")) &&
           archive.findFileAnywhere(QStringLiteral("workbook.xml"));
}

bool XlsxWorkbook::looksEncrypted(const QByteArray &bytes)
{
    if (!XlsWorkbook::looksLikeXls(bytes))
        return false;
    // Compound-file directory entries are 128 bytes, aligned to 128 from the first sector at
    // 512: a UTF-16 name (64 bytes), its length in bytes with the terminator, and the type
    // (2, a stream). Walking the sector chains is not needed to find one by name.
    static const QByteArray name = [] {
        QByteArray utf16;
        for (const char c : QByteArrayLiteral("EncryptedPackage"))
            if (c)
                utf16.append(c).append('\0');
        return utf16.append('\0').append('\0');
    }();
    for (qsizetype offset = 512; offset + 128 <= bytes.size(); offset += 128) {
        const char *entry = bytes.constData() + offset;
        if (std::memcmp(entry, name.constData(), size_t(name.size())) == 0 &&
            uchar(entry[64]) == name.size() && entry[65] == 0 && entry[66] == 2)
            return true;
    }
    return false;
}

Error XlsxWorkbook::encryptedError(const QString &path)
{
    return Error::make(ErrorKind::InvalidInput,
                       tr("%1: the Excel workbook is encrypted (password-protected); Hearth "
                          "cannot read it. Open it in a spreadsheet program, remove the "
                          "password, and save it again as .xlsx or CSV.")
                           .arg(path));
}

Result<XlsxWorkbook> XlsxWorkbook::open(const QString &path)
{
    auto archive = ZipArchive::open(path);
    if (!archive)
        return archive.error();
    return read(*archive);
}

Result<XlsxWorkbook> XlsxWorkbook::read(const ZipArchive &archive)
{
    if (!isWorkbook(archive))
        return Error::make(ErrorKind::InvalidInput,
                           tr("%1: this zip archive is not an Excel workbook (.xlsx): it holds "
                              "no workbook part.")
                               .arg(archive.path()));
    XlsxWorkbook workbook(archive);
    if (auto parts = workbook.readWorkbookParts(); !parts)
        return parts.error();
    return workbook;
}

Result<void> XlsxWorkbook::readWorkbookParts()
{
    const CpuDeadline deadline;
    const QString path = m_archive.path();
    auto rootRelationships = readRelationships(m_archive, QString(), deadline);
    if (!rootRelationships)
        return rootRelationships.error();
    const QString workbookPart = targetOfType(*rootRelationships, u"/officeDocument")
                                     .value_or(QStringLiteral("xl/workbook.xml"));
    auto bytes = readPart(m_archive, workbookPart);
    if (!bytes)
        return bytes.error();
    auto relationships = readRelationships(m_archive, workbookPart, deadline);
    if (!relationships)
        return relationships.error();
    PartReader xml(*bytes, path, workbookPart, deadline);
    while (xml.next()) {
        if (xml.isStart(QLatin1StringView("workbookPr"))) {
            const QStringView value = xml.attribute(QLatin1StringView("date1904"));
            m_1904 = value == u"1" || value == u"true";
        } else if (xml.isStart(QLatin1StringView("sheet"))) {
            const QString id = xml.relationshipId();
            m_sheets << Sheet{xml.attribute(QLatin1StringView("name")).toString(),
                              relationships->value(id).target};
        }
    }
    if (xml.error())
        return *xml.error();
    if (m_sheets.isEmpty())
        return damaged(path, tr("it has no sheet"));
    if (auto part = targetOfType(*relationships, u"/sharedStrings")) {
        if (auto strings = readSharedStrings(*part); !strings)
            return strings;
    }
    if (auto part = targetOfType(*relationships, u"/styles")) {
        if (auto styles = readStyles(*part); !styles)
            return styles;
    }
    return success();
}

Result<void> XlsxWorkbook::readSharedStrings(const QString &part)
{
    auto bytes = readPart(m_archive, part);
    if (!bytes)
        return bytes.error();
    PartReader xml(*bytes, m_archive.path(), part, CpuDeadline());
    while (xml.next()) {
        if (!xml.isStart(QLatin1StringView("si")))
            continue;
        if (quint64(m_sharedStrings.size()) >= maxCells) {
            xml.fail(tr("it holds more than %1 texts, more than Hearth reads").arg(maxCells));
            break;
        }
        m_sharedStrings << xml.richText(QLatin1StringView("si"));
    }
    if (xml.error())
        return *xml.error();
    return success();
}

Result<void> XlsxWorkbook::readStyles(const QString &part)
{
    auto bytes = readPart(m_archive, part);
    if (!bytes)
        return bytes.error();
    PartReader xml(*bytes, m_archive.path(), part, CpuDeadline());
    QHash<int, QString> formats;
    bool inCellFormats = false;
    while (xml.next()) {
        if (xml.isStart(QLatin1StringView("numFmt"))) {
            formats.insert(xml.attribute(QLatin1StringView("numFmtId")).toInt(),
                           xml.attribute(QLatin1StringView("formatCode")).toString());
        } else if (xml.isStart(QLatin1StringView("cellXfs"))) {
            inCellFormats = true;
        } else if (xml.isEnd(QLatin1StringView("cellXfs"))) {
            inCellFormats = false;
        } else if (inCellFormats && xml.isStart(QLatin1StringView("xf"))) {
            if (quint64(m_styleDates.size()) >= maxCells) {
                xml.fail(tr("it holds more than %1 cell styles").arg(maxCells));
                break;
            }
            const int id = xml.attribute(QLatin1StringView("numFmtId")).toInt();
            const QString format = formats.value(id, builtInFormat(id));
            m_styleDates << formatKind(format);
        }
    }
    if (xml.error())
        return *xml.error();
    return success();
}

QStringList XlsxWorkbook::sheetNames() const
{
    QStringList names;
    names.reserve(m_sheets.size());
    for (const Sheet &sheet : m_sheets)
        names << sheet.name;
    return names;
}

Result<QList<QStringList>> XlsxWorkbook::rows(int sheetIndex) const
{
    if (sheetIndex < 0 || sheetIndex >= m_sheets.size())
        return Error::make(
            ErrorKind::NotFound,
            tr("%1: there is no sheet %2.").arg(m_archive.path()).arg(sheetIndex + 1));
    const Sheet &sheet = m_sheets.at(sheetIndex);
    if (sheet.part.isEmpty())
        return damaged(m_archive.path(),
                       tr("the sheet \"%1\" has no part behind it").arg(sheet.name));
    auto bytes = readPart(m_archive, sheet.part);
    if (!bytes)
        return bytes.error();
    const SheetContext context{m_archive.path(), sheet.name, m_sharedStrings, m_styleDates, m_1904};
    return readSheet(*bytes, sheet.part, context, CpuDeadline());
}

} // namespace hearth::core
