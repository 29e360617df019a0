// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/postgresstatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDriver>
#include <QSqlField>

namespace hearth::core {

namespace {

// Null as Qt's drivers see it: Qt 6's QVariant calls a null QString not null, its SQL layer does.
bool isNullValue(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDateTime:
        return value.toDateTime().isNull();
    case QMetaType::QDate:
        return value.toDate().isNull();
    case QMetaType::QTime:
        return value.toTime().isNull();
    default:
        return false;
    }
}

QString literal(const QVariant &value, const QSqlDriver &driver)
{
    QSqlField field(QString(), value.metaType());
    if (!isNullValue(value))
        field.setValue(value);
    return driver.formatValue(field);
}

bool startsName(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool continuesName(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// Copies sql[from] up to and including the next `close` at or after `searchFrom` (or to the
// end) into `out`; returns where to go on.
qsizetype copyThrough(const QString &sql, qsizetype from, qsizetype searchFrom, QStringView close,
                      QString &out)
{
    const qsizetype end = sql.indexOf(close, searchFrom);
    const qsizetype stop = end < 0 ? sql.size() : end + close.size();
    out += QStringView(sql).sliced(from, stop - from);
    return stop;
}

} // namespace

Result<QString> withLiteralValues(const QString &sql,
                                  const std::vector<std::pair<QString, QVariant>> &bindings,
                                  const QSqlDriver &driver)
{
    QHash<QStringView, QString> literals;
    for (const auto &[name, value] : bindings)
        literals.insert(QStringView(name).mid(name.startsWith(QLatin1Char(':')) ? 1 : 0),
                        literal(value, driver));

    QString out;
    out.reserve(sql.size() + 16 * qsizetype(bindings.size()));
    const qsizetype size = sql.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < size ? sql.at(i + 1) : QChar();
        if (c == QLatin1Char('\'')) {
            // A doubled quote inside a literal ends one copy and starts the next: same result.
            i = copyThrough(sql, i, i + 1, u"'", out);
        } else if (c == QLatin1Char('"')) {
            i = copyThrough(sql, i, i + 1, u"\"", out);
        } else if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            i = copyThrough(sql, i, i + 2, u"\n", out);
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            i = copyThrough(sql, i, i + 2, u"*/", out);
        } else if (c == QLatin1Char('$') && (next == QLatin1Char('$') || startsName(next))) {
            qsizetype tagEnd = i + 1;
            while (tagEnd < size && continuesName(sql.at(tagEnd)))
                ++tagEnd;
            if (tagEnd < size && sql.at(tagEnd) == QLatin1Char('$')) {
                const QString tag = sql.sliced(i, tagEnd - i + 1);
                const qsizetype close = sql.indexOf(tag, tagEnd + 1);
                const qsizetype stop = close < 0 ? size : close + tag.size();
                out += QStringView(sql).sliced(i, stop - i);
                i = stop;
            } else {
                out += c;
                ++i;
            }
        } else if (c == QLatin1Char(':') && next == QLatin1Char(':')) {
            out += QLatin1String("::");
            i += 2;
        } else if (c == QLatin1Char(':') && startsName(next)) {
            qsizetype nameEnd = i + 1;
            while (nameEnd < size && continuesName(sql.at(nameEnd)))
                ++nameEnd;
            const QStringView name = QStringView(sql).sliced(i + 1, nameEnd - i - 1);
            const auto found = literals.constFind(name);
            if (found == literals.constEnd())
                return Error::make(ErrorKind::Internal,
                                   QCoreApplication::translate("hearth::core::Database",
                                                               "The statement has no value for "
                                                               ":%1.")
                                       .arg(name));
            out += *found;
            i = nameEnd;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

} // namespace hearth::core
