// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writes zip archives for tests with libzip (link PkgConfig::LibZip): .xlsx parts made by hand,
// YouTube downloads in folders, encrypted entries.
#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <utility>
#include <zip.h>

namespace hearth::test {

struct ZipEntry
{
    QString name;
    QByteArray data;
};

// Writes `entries` deflated into a new archive at `path`; with a password, every entry is
// encrypted with AES-256. False when libzip cannot.
inline bool writeZip(const QString &path, const QList<ZipEntry> &entries,
                     const char *password = nullptr)
{
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip)
        return false;
    for (const ZipEntry &entry : entries) {
        // The data stays alive in `entries` until zip_close writes it.
        zip_source_t *source =
            zip_source_buffer(zip, entry.data.constData(), zip_uint64_t(entry.data.size()), 0);
        const zip_int64_t index =
            source ? zip_file_add(zip, entry.name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8)
                   : -1;
        if (index < 0) {
            zip_source_free(source);
            zip_discard(zip);
            return false;
        }
        if (password &&
            zip_file_set_encryption(zip, zip_uint64_t(index), ZIP_EM_AES_256, password) != 0) {
            zip_discard(zip);
            return false;
        }
    }
    return zip_close(zip) == 0;
}

// A minimal .xlsx: one workbook part naming `sheets` (name, sheet XML), optional shared strings
// and styles, and the relationships between them.
inline QList<ZipEntry> xlsxParts(const QList<std::pair<QString, QByteArray>> &sheets,
                                 const QByteArray &sharedStrings = {},
                                 const QByteArray &styles = {}, bool system1904 = false)
{
    const QByteArray main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    QByteArray workbook = "<?xml version=\"1.0\"?><workbook xmlns=\"" + main + "\" xmlns:r=\"" +
                          rel + "\"><workbookPr date1904=\"" + (system1904 ? "1" : "0") +
                          "\"/><sheets>";
    QByteArray relationships =
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
        "package/2006/relationships\">";
    QList<ZipEntry> entries;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const QByteArray id = "rId" + QByteArray::number(i + 1);
        workbook += "<sheet name=\"" + sheets.at(i).first.toUtf8() + "\" sheetId=\"" +
                    QByteArray::number(i + 1) + "\" r:id=\"" + id + "\"/>";
        relationships += "<Relationship Id=\"" + id + "\" Type=\"" + rel +
                         "/worksheet\" Target=\"worksheets/sheet" + QByteArray::number(i + 1) +
                         ".xml\"/>";
        entries << ZipEntry{QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
                            "<?xml version=\"1.0\"?><worksheet xmlns=\"" + main + "\"><sheetData>" +
                                sheets.at(i).second + "</sheetData></worksheet>"};
    }
    if (!sharedStrings.isNull()) {
        relationships += "<Relationship Id=\"rIdS\" Type=\"" + rel +
                         "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
        entries << ZipEntry{QStringLiteral("xl/sharedStrings.xml"),
                            sharedStrings.startsWith("<?xml") || sharedStrings.startsWith("<!")
                                ? sharedStrings
                                : "<sst xmlns=\"" + main + "\">" + sharedStrings + "</sst>"};
    }
    if (!styles.isNull()) {
        relationships +=
            "<Relationship Id=\"rIdT\" Type=\"" + rel + "/styles\" Target=\"styles.xml\"/>";
        entries << ZipEntry{QStringLiteral("xl/styles.xml"),
                            "<styleSheet xmlns=\"" + main + "\">" + styles + "</styleSheet>"};
    }
    entries << ZipEntry{QStringLiteral("[Content_Types].xml"),
                        "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                        "package/2006/content-types\"/>"};
    entries << ZipEntry{QStringLiteral("_rels/.rels"),
                        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                        "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                        "Type=\"" +
                            rel +
                            "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                            "</Relationships>"};
    entries << ZipEntry{QStringLiteral("xl/workbook.xml"), workbook + "</sheets></workbook>"};
    entries << ZipEntry{QStringLiteral("xl/_rels/workbook.xml.rels"),
                        relationships + "</Relationships>"};
    return entries;
}

} // namespace hearth::test
