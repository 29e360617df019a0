// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/importpreviewmodel.h"

#include <algorithm>

namespace hearth::core {

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{}

void ImportPreviewModel::setPreview(const ImportPreview &preview, const QTimeZone &zone)
{
    QList<ImportPreviewEntry> entries;
    for (const ImportIssue &issue : preview.issues)
        entries << ImportPreviewEntry{
            issue.line,  issue.severity == IssueSeverity::Error ? Kind::Error : Kind::Warning,
            issue.field, {},
            {},          issue.message};
    for (const ImportRow &row : preview.rows) {
        QString text = row.post.body.section(u'\n', 0, 0);
        if (row.duplicateOfPost)
            text = tr("Already planned (post %1): %2").arg(*row.duplicateOfPost).arg(text);
        else if (row.duplicateOfLine)
            text = tr("Repeats line %1: %2").arg(*row.duplicateOfLine).arg(text);
        entries << ImportPreviewEntry{row.line,
                                      row.isDuplicate() ? Kind::Duplicate : Kind::New,
                                      QString(),
                                      row.post.scheduledAt,
                                      row.post.networkIds().join(QStringLiteral(", ")),
                                      text};
    }
    // File order; at one line, problems before the row they concern.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const ImportPreviewEntry &a, const ImportPreviewEntry &b) {
                         if (a.line != b.line)
                             return a.line < b.line;
                         const bool aIssue = a.kind == Kind::Error || a.kind == Kind::Warning;
                         const bool bIssue = b.kind == Kind::Error || b.kind == Kind::Warning;
                         return aIssue && !bIssue;
                     });
    m_zone = zone;
    setRows(std::move(entries));
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    const ImportPreviewEntry *row = rowAt(index);
    if (!row)
        return {};
    const ImportPreviewEntry &entry = *row;
    if (role == KindRole)
        return static_cast<int>(entry.kind);
    if (role == LineRole)
        return entry.line;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case LineColumn:
        return entry.line > 0 ? QVariant(entry.line) : QVariant(QString());
    case KindColumn:
        switch (entry.kind) {
        case Kind::New:
            return tr("new");
        case Kind::Duplicate:
            return tr("skipped");
        case Kind::Error:
            return tr("error");
        case Kind::Warning:
            return tr("warning");
        }
        return {};
    case FieldColumn:
        return entry.field;
    case WhenColumn:
        return entry.when.isValid()
                   ? entry.when.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                   : QString();
    case NetworksColumn:
        return entry.networks;
    case TextColumn:
        return entry.text;
    default:
        return {};
    }
}

QString ImportPreviewModel::columnTitle(int column) const
{
    switch (column) {
    case LineColumn:
        return tr("Line");
    case KindColumn:
        return tr("Result");
    case FieldColumn:
        return tr("Field");
    case WhenColumn:
        return tr("When");
    case NetworksColumn:
        return tr("Networks");
    case TextColumn:
        return tr("Text or problem");
    default:
        return {};
    }
}

} // namespace hearth::core
