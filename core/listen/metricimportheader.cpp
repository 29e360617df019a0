// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The header half of an import run: finding the header row and the columns of each field.
#include "interop/bulkmapping.h"
#include "listen/metricimportrun.h"
#include "listen/metricimporttext.h"

#include <QRegularExpression>

namespace hearth::core {

using importtext::tr;

bool ImportRun::nextRow(QStringList &fields, qint64 &line)
{
    if (!m_pending.isEmpty()) {
        std::tie(fields, line) = m_pending.takeFirst();
        return true;
    }
    return m_source->next(fields, line);
}

Result<void> ImportRun::findHeader()
{
    QList<std::pair<QStringList, qint64>> scannedRows;
    qsizetype firstNonEmptyIndex = -1;
    auto acceptHeader = [&](qsizetype index) {
        m_header = scannedRows.at(index).first;
        m_headerLine = scannedRows.at(index).second;
        m_pending = scannedRows.mid(index + 1);
    };
    QList<MetricFormat> candidates = formatsFor(m_options.source);
    QStringList fields;
    qint64 line = 0;
    // Header rows are near the top; a description sentence or two may come first.
    for (int scanned = 0; scanned < 30 && m_source->next(fields, line); ++scanned) {
        scannedRows.append({fields, line});
        bool empty = true;
        for (const QString &value : fields)
            empty = empty && value.trimmed().isEmpty();
        if (empty)
            continue;
        QSet<QString> normalised;
        for (const QString &value : fields)
            normalised.insert(normalisedHeader(value));
        for (MetricFormat format : candidates) {
            const FormatSpec *spec = specFor(format);
            if (spec && fits(*spec, normalised)) {
                m_spec = spec;
                m_preview.format = format;
                acceptHeader(scannedRows.size() - 1);
                return success();
            }
        }
        if (m_options.source == MetricSource::Generic || m_options.source == MetricSource::Auto) {
            // Generic: the first row that holds every mapped column, else the first full row.
            if (m_options.mapping && !m_options.mapping->isEmpty()) {
                bool all = true;
                for (const QString &name :
                     {m_options.mapping->postIdColumn, m_options.mapping->permalinkColumn,
                      m_options.mapping->publishedColumn}) {
                    if (!name.isEmpty() && !normalised.contains(normalisedHeader(name)))
                        all = false;
                }
                for (const auto &[key, name] : m_options.mapping->metrics) {
                    if (!normalised.contains(normalisedHeader(name)))
                        all = false;
                }
                if (all) {
                    m_preview.format = MetricFormat::Generic;
                    acceptHeader(scannedRows.size() - 1);
                    return success();
                }
            }
            if (firstNonEmptyIndex < 0 && fields.size() > 1)
                firstNonEmptyIndex = scannedRows.size() - 1;
        }
    }
    if (const QString error = m_source->errorString(); !error.isEmpty())
        return Error::make(ErrorKind::InvalidInput, error);
    if (m_options.source != MetricSource::Generic && m_options.source != MetricSource::Auto)
        return Error::make(
            ErrorKind::InvalidInput,
            tr("The file is not a %1 export: the columns it needs (such as \"%2\") are not in "
               "the first rows. Choose another source, or \"generic\" with a column mapping.")
                .arg(toString(m_options.source),
                     specFor(candidates.value(0))
                         ? specFor(candidates.value(0))->required.value(0).value(0)
                         : QString()));
    if (firstNonEmptyIndex < 0)
        return Error::make(ErrorKind::InvalidInput,
                           tr("The file holds no header row; there is nothing to import."));
    if (auto header = refusePostList(scannedRows.at(firstNonEmptyIndex).first); !header)
        return header;
    m_preview.format = MetricFormat::Generic;
    acceptHeader(firstNonEmptyIndex);
    return success();
}

Result<void> ImportRun::refusePostList(const QStringList &fields) const
{
    const QString advice =
        tr("This looks like a list of posts, not analytics: use File > Import Posts…");
    if (BulkMappingStore::layoutOfHeader(fields))
        return Error::make(ErrorKind::InvalidInput,
                           advice + u' ' +
                               tr("(its columns are those of a scheduler's bulk upload)."));
    // Column names are words; a first row with a date, a number or a link is data, as in a
    // Hootsuite bulk file, which has no header.
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{1,2}-\\d{1,2}"));
    for (const QString &value : fields) {
        const QString text = value.trimmed();
        std::optional<qint64> number;
        if (text.isEmpty() || !(yearLastDate(text) || isoDate.match(text).hasMatch() ||
                                text.startsWith(u"http", Qt::CaseInsensitive) ||
                                (parseCount(text, number) && number)))
            continue;
        return Error::make(
            ErrorKind::InvalidInput,
            advice + u' ' +
                tr("(its first row holds \"%1\", which is data, not a column name).").arg(text));
    }
    return success();
}

void ImportRun::resolveGeneric()
{
    m_preview.headerSignature = MetricImporter::headerSignature(m_header);
    std::optional<MetricColumnMapping> mapping = m_options.mapping;
    if (!mapping || mapping->isEmpty()) {
        MetricRepository repository(m_database);
        auto stored = repository.importMapping(m_preview.headerSignature);
        if (stored && *stored) {
            auto parsed = MetricColumnMapping::fromJson(**stored);
            if (parsed)
                mapping = *parsed;
        }
    }
    if (!mapping || mapping->isEmpty()) {
        m_preview.needsMapping = true;
        return;
    }
    m_preview.mapping = mapping;
    auto find = [&](const QString &name) -> int {
        if (name.isEmpty())
            return -1;
        const QString wanted = normalisedHeader(name);
        for (int i = 0; i < m_header.size(); ++i) {
            if (normalisedHeader(m_header.at(i)) == wanted)
                return i;
        }
        return -2;
    };
    QStringList missing;
    auto add = [&](MetricField kind, CountMetric metric, const QString &name) {
        const int column = find(name);
        if (column == -2)
            missing << name;
        else if (column >= 0)
            m_fields << ResolvedField{kind, metric, column};
    };
    add(MetricField::PostId, CountMetric::Reach, mapping->postIdColumn);
    add(MetricField::Permalink, CountMetric::Reach, mapping->permalinkColumn);
    add(MetricField::Published, CountMetric::Reach, mapping->publishedColumn);
    add(MetricField::Text, CountMetric::Reach, mapping->textColumn);
    for (const auto &[key, name] : mapping->metrics) {
        if (key == QLatin1String(watchTimeKey))
            add(MetricField::WatchSeconds, CountMetric::Reach, name);
        else if (const auto metric = countMetricFromKey(key))
            add(MetricField::Count, *metric, name);
    }
    m_networkColumn = find(mapping->networkColumn);
    if (m_networkColumn == -2)
        missing << mapping->networkColumn;
    m_customTimeFormat = mapping->publishedFormat;
    if (!missing.isEmpty()) {
        m_preview.needsMapping = true;
        m_preview.warnings
            << tr("The mapping names columns this file does not have: %1. Choose the columns "
                  "again.")
                   .arg(missing.join(QStringLiteral(", ")));
    }
}

Result<void> ImportRun::resolveColumns(bool warn)
{
    m_fields.clear();
    m_preview.headers = m_header;
    m_preview.headerSignature = MetricImporter::headerSignature(m_header);
    if (m_preview.format == MetricFormat::Generic) {
        resolveGeneric();
    } else {
        for (qsizetype s = 0; s < m_spec->fields.size(); ++s) {
            const FieldSpec &spec = m_spec->fields.at(s);
            // A field found through an earlier alias (e.g. "Total clicks") wins over later ones.
            bool already = false;
            for (const ResolvedField &resolved : m_fields)
                already = already ||
                          (resolved.field == spec.field &&
                           (spec.field != MetricField::Count || resolved.metric == spec.metric));
            if (already)
                continue;
            QList<int> matches;
            for (int i = 0; i < m_header.size(); ++i) {
                if (!spec.aliases.contains(normalisedHeader(m_header.at(i))))
                    continue;
                if (!spec.descriptionWords.isEmpty()) {
                    const QString description = normalisedHeader(m_descriptions.value(i));
                    bool all = true;
                    for (const QString &word : spec.descriptionWords)
                        all = all && description.contains(word);
                    if (!all)
                        continue;
                }
                matches << i;
            }
            if (matches.isEmpty())
                continue;
            m_fields << ResolvedField{spec.field, spec.metric, matches.first()};
            if (warn && matches.size() > 1 && spec.descriptionWords.isEmpty()) {
                m_preview.warnings
                    << tr("The column \"%1\" appears %2 times (columns %3); Hearth used the first "
                          "one and kept every column in the raw values.")
                           .arg(m_header.at(matches.first()).trimmed())
                           .arg(matches.size())
                           .arg([&] {
                               QStringList numbers;
                               for (int column : matches)
                                   numbers << QString::number(column + 1);
                               return numbers.join(QStringLiteral(", "));
                           }());
            }
        }
        if (columnOf(MetricField::PostId) < 0 && columnOf(MetricField::Content) < 0 &&
            columnOf(MetricField::Permalink) < 0)
            return Error::make(
                ErrorKind::InvalidInput,
                tr("Line %1: the header has no post id or link column, so rows cannot be tied to "
                   "posts.")
                    .arg(m_headerLine));
    }
    // Raw column names; duplicates told apart by their description where the file has one.
    QHash<QString, int> occurrences;
    for (const QString &name : m_header)
        ++occurrences[name.trimmed()];
    m_rawNames.clear();
    for (int i = 0; i < m_header.size(); ++i) {
        QString name = m_header.at(i).trimmed();
        name.remove(QChar(0xFEFF));
        if (name.isEmpty())
            name = tr("column %1").arg(i + 1);
        if (occurrences.value(m_header.at(i).trimmed()) > 1 &&
            !m_descriptions.value(i).trimmed().isEmpty())
            name += QStringLiteral(" (%1)").arg(m_descriptions.at(i).trimmed());
        m_rawNames << name;
    }
    return success();
}

bool ImportRun::isDescriptionRow(const QStringList &fields) const
{
    // A row of explanations under the header: the figure columns hold words, not numbers.
    int words = 0;
    for (const ResolvedField &resolved : m_fields) {
        if (resolved.field != MetricField::Count)
            continue;
        const QString value = cell(fields, resolved.column).trimmed();
        if (value.isEmpty())
            continue;
        std::optional<qint64> number;
        if (parseCount(value, number))
            return false;
        if (!value.contains(u' '))
            return false;
        ++words;
    }
    return words > 0;
}

} // namespace hearth::core
