// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listen/metricimportwizard.h"

#include "listen/metricpreviewmodel.h"
#include "storage/database.h"
#include "widgets/appservices.h"
#include "widgets/dateorderchoice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace hearth::ui {

namespace {

// A wizard page whose behaviour is given as functions, so the wizard keeps the state.
class FunctionPage final : public QWizardPage
{
public:
    std::function<void()> onInitialize;
    std::function<bool()> onComplete;
    std::function<bool()> onValidate;

    using QWizardPage::QWizardPage;

    void initializePage() override
    {
        if (onInitialize)
            onInitialize();
    }
    bool isComplete() const override
    {
        return onComplete ? onComplete() : QWizardPage::isComplete();
    }
    bool validatePage() override { return onValidate ? onValidate() : true; }
};

QLabel *wrappingLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

MetricImportWizard::MetricImportWizard(AppServices &services, QWidget *parent)
    : QWizard(parent)
    , m_services(services)
    , m_previewModel(new MetricPreviewModel(this))
{
    setObjectName(QStringLiteral("metricImportWizard"));
    setWindowTitle(tr("Import analytics"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    m_previewModel->setObjectName(QStringLiteral("importPreviewModel"));
    setPage(FilePage, createFilePage());
    setPage(PreviewPage, createPreviewPage());
    setPage(ConfirmPage, createConfirmPage());
    resize(960, 620);
}

MetricImportWizard::~MetricImportWizard() = default;

QString MetricImportWizard::filePath() const
{
    return m_pathEdit->text().trimmed();
}

void MetricImportWizard::setFilePath(const QString &path)
{
    m_pathEdit->setText(path);
}

QString MetricImportWizard::formatName(core::MetricFormat format)
{
    switch (format) {
    case core::MetricFormat::MetaFacebook:
        return tr("Meta Business Suite export (Facebook page)");
    case core::MetricFormat::MetaInstagram:
        return tr("Meta Business Suite export (Instagram)");
    case core::MetricFormat::FacebookLegacy:
        return tr("Facebook Insights post-level export (before 2020)");
    case core::MetricFormat::XLegacy:
        return tr("X / Twitter tweet activity export (legacy)");
    case core::MetricFormat::X:
        return tr("X account analytics content export");
    case core::MetricFormat::LinkedIn:
        return tr("LinkedIn page content export (.xls)");
    case core::MetricFormat::YouTube:
        return tr("YouTube Studio table data");
    case core::MetricFormat::Generic:
        return tr("Generic CSV with a column mapping");
    case core::MetricFormat::Unknown:
        break;
    }
    return tr("Unknown format");
}

QWizardPage *MetricImportWizard::createFilePage()
{
    auto *page = new FunctionPage(this);
    page->setObjectName(QStringLiteral("fileWizardPage"));
    page->setTitle(tr("Choose the export"));
    page->setSubTitle(
        tr("Download the per-post analytics from your network (Meta Business Suite, X, LinkedIn, "
           "YouTube Studio) and choose the file. Nothing is imported before you confirm."));
    auto *layout = new QFormLayout(page);
    auto *row = new QHBoxLayout;
    m_pathEdit = new QLineEdit(page);
    m_pathEdit->setObjectName(QStringLiteral("filePathLineEdit"));
    m_pathEdit->setAccessibleName(tr("File"));
    m_pathEdit->setPlaceholderText(tr("Path of a .csv or .xls file"));
    auto *browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(QStringLiteral("browsePushButton"));
    row->addWidget(m_pathEdit, 1);
    row->addWidget(browse);
    // A row holding a layout gets a label without a buddy, whose "&" would show as is.
    auto *fileLabel = new QLabel(tr("&File:"), page);
    fileLabel->setObjectName(QStringLiteral("fileLabel"));
    fileLabel->setBuddy(m_pathEdit);
    layout->addRow(fileLabel, row);
    m_sourceCombo = new QComboBox(page);
    m_sourceCombo->setObjectName(QStringLiteral("sourceComboBox"));
    m_sourceCombo->setAccessibleName(tr("Format"));
    const std::pair<core::MetricSource, QString> sources[] = {
        {core::MetricSource::Auto, tr("Detect from the header")},
        {core::MetricSource::MetaFacebook, formatName(core::MetricFormat::MetaFacebook)},
        {core::MetricSource::MetaInstagram, formatName(core::MetricFormat::MetaInstagram)},
        {core::MetricSource::FacebookLegacy, formatName(core::MetricFormat::FacebookLegacy)},
        {core::MetricSource::X, tr("X / Twitter export (legacy or new)")},
        {core::MetricSource::LinkedIn, formatName(core::MetricFormat::LinkedIn)},
        {core::MetricSource::YouTube, formatName(core::MetricFormat::YouTube)},
        {core::MetricSource::Generic, formatName(core::MetricFormat::Generic)},
    };
    for (const auto &[source, name] : sources)
        m_sourceCombo->addItem(name, int(source));
    layout->addRow(tr("F&ormat:"), m_sourceCombo);
    m_latin1Check = new QCheckBox(
        tr("The file is not UTF-8: read it as Windows-1252 (Western European)"), page);
    m_latin1Check->setObjectName(QStringLiteral("windows1252CheckBox"));
    layout->addRow(QString(), m_latin1Check);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose an analytics export"),
            QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
            tr("Analytics exports (*.csv *.xls *.xlsx *.zip);;All files (*)"));
        if (!path.isEmpty())
            m_pathEdit->setText(QDir::toNativeSeparators(path));
    });
    connect(m_pathEdit, &QLineEdit::textChanged, page, [this, page] {
        // Another file may have other columns and dates: its mapping and date order are
        // chosen afresh.
        m_mapping.reset();
        m_dateOrderCombo->setCurrentIndex(0);
        emit page->completeChanged();
    });
    page->onComplete = [this] {
        return QFileInfo(filePath()).isFile();
    };
    return page;
}

QWizardPage *MetricImportWizard::createPreviewPage()
{
    auto *page = new FunctionPage(this);
    page->setObjectName(QStringLiteral("previewWizardPage"));
    page->setTitle(tr("Check the preview"));
    page->setSubTitle(
        tr("This is what the import would do. Skipped lines are listed with their reason."));
    auto *layout = new QVBoxLayout(page);
    m_formatLabel = wrappingLabel(page, QStringLiteral("formatLabel"));
    m_countsLabel = wrappingLabel(page, QStringLiteral("countsLabel"));
    m_warningsLabel = wrappingLabel(page, QStringLiteral("warningsLabel"));
    m_errorLabel = wrappingLabel(page, QStringLiteral("errorLabel"));
    QPalette warn = m_errorLabel->palette();
    warn.setColor(QPalette::WindowText, QColor(0xb0, 0x30, 0x30));
    m_errorLabel->setPalette(warn);
    m_previewView = new QTableView(page);
    m_previewView->setObjectName(QStringLiteral("previewTableView"));
    m_previewView->setAccessibleName(tr("Rows of the file"));
    m_previewView->setModel(m_previewModel);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewView->setAlternatingRowColors(true);
    m_previewView->verticalHeader()->hide();
    m_previewView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_previewView->horizontalHeader()->setSectionResizeMode(MetricPreviewModel::TextColumn,
                                                            QHeaderView::Stretch);
    m_dateOrderLabel = wrappingLabel(page, QStringLiteral("dateOrderLabel"));
    m_dateOrderLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_dateOrderCombo = new QComboBox(page);
    m_dateOrderCombo->setObjectName(QStringLiteral("dateOrderComboBox"));
    m_dateOrderCombo->setAccessibleName(tr("Date order"));
    m_dateOrderCombo->addItem(tr("Dates: as the file shows"), -1);
    addDateOrders(m_dateOrderCombo);
    m_dateOrderCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_dateOrderCombo->hide();
    connect(m_dateOrderLabel, &QLabel::linkActivated, this, [this] {
        m_dateOrderCombo->show();
        m_dateOrderCombo->setFocus();
    });
    connect(m_dateOrderCombo, &QComboBox::activated, this, [this] { runPreview(); });
    auto *dateOrderRow = new QHBoxLayout;
    dateOrderRow->addWidget(m_dateOrderLabel, 1);
    dateOrderRow->addWidget(m_dateOrderCombo);
    layout->addWidget(m_formatLabel);
    layout->addLayout(dateOrderRow);
    layout->addWidget(m_countsLabel);
    layout->addWidget(m_warningsLabel);
    layout->addWidget(m_errorLabel);

    // Shown for a CSV of no known layout: the user says which column holds what.
    auto *box = new QGroupBox(tr("Which column holds what"), page);
    box->setObjectName(QStringLiteral("mappingGroupBox"));
    m_mappingBox = box;
    auto *grid = new QGridLayout(box);
    auto comboFor = [box](const QString &name) {
        auto *combo = new QComboBox(box);
        combo->setObjectName(name);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        return combo;
    };
    m_networkMappingCombo = comboFor(QStringLiteral("networkMappingComboBox"));
    if (auto networks = m_services.catalog.networks()) {
        for (const core::Network &network : *networks)
            m_networkMappingCombo->addItem(network.name, network.id);
    }
    m_postIdCombo = comboFor(QStringLiteral("postIdMappingComboBox"));
    m_permalinkCombo = comboFor(QStringLiteral("permalinkMappingComboBox"));
    m_publishedCombo = comboFor(QStringLiteral("publishedMappingComboBox"));
    m_textCombo = comboFor(QStringLiteral("textMappingComboBox"));
    const std::pair<QString, QComboBox *> fields[] = {
        {tr("Network:"), m_networkMappingCombo},
        {tr("Post id:"), m_postIdCombo},
        {tr("Link:"), m_permalinkCombo},
        {tr("Published:"), m_publishedCombo},
        {tr("Text:"), m_textCombo},
    };
    int row = 0;
    for (const auto &[label, combo] : fields) {
        grid->addWidget(new QLabel(label, box), row, 0);
        grid->addWidget(combo, row, 1);
        ++row;
    }
    int metricRow = 0;
    for (core::CountMetric metric : core::allCountMetrics) {
        QComboBox *combo =
            comboFor(core::metricKey(metric).remove(u'_') + QStringLiteral("MappingComboBox"));
        grid->addWidget(new QLabel(core::metricKey(metric).replace(u'_', u' ') + u':', box),
                        metricRow % 5, 2 + 2 * (metricRow / 5));
        grid->addWidget(combo, metricRow % 5, 3 + 2 * (metricRow / 5));
        m_metricCombos.append({metric, combo});
        ++metricRow;
    }
    auto *apply = new QPushButton(tr("&Preview with these columns"), box);
    apply->setObjectName(QStringLiteral("applyMappingPushButton"));
    grid->addWidget(apply, 5, 0, 1, 2);
    box->hide();
    connect(apply, &QPushButton::clicked, this, [this] { applyMapping(); });
    layout->addWidget(box);
    layout->addWidget(m_previewView, 1);
    page->onInitialize = [this] {
        runPreview();
    };
    page->onComplete = [this] {
        return m_preview.has_value() && !m_preview->needsMapping;
    };
    return page;
}

QWizardPage *MetricImportWizard::createConfirmPage()
{
    auto *page = new FunctionPage(this);
    page->setObjectName(QStringLiteral("confirmWizardPage"));
    page->setTitle(tr("Confirm"));
    page->setFinalPage(true);
    auto *layout = new QVBoxLayout(page);
    m_confirmLabel = wrappingLabel(page, QStringLiteral("confirmLabel"));
    layout->addWidget(m_confirmLabel);
    layout->addStretch();
    page->onInitialize = [this] {
        if (!m_preview)
            return;
        const core::MetricImportPreview &p = *m_preview;
        QString text;
        if (p.alreadyImported)
            text = tr("This file was imported before. Importing it again changes nothing.") +
                   u'\n' + u'\n';
        text += tr("All rows are imported as one step: all of them or none.") + u'\n' + u'\n';
        text += tr("Rows read: %1").arg(p.rows) + u'\n';
        text += tr("Posts that get newer figures: %1").arg(p.updated) + u'\n';
        text += tr("Posts that already have these figures: %1").arg(p.unchanged) + u'\n';
        text +=
            tr("Rows that match no planned post and become imported history: %1").arg(p.created) +
            u'\n';
        text += tr("Lines skipped: %1").arg(p.skipped.size());
        m_confirmLabel->setText(text);
    };
    page->onValidate = [this] {
        return commitImport();
    };
    return page;
}

core::MetricImportOptions MetricImportWizard::options() const
{
    core::MetricImportOptions result;
    result.source = core::MetricSource(m_sourceCombo->currentData().toInt());
    result.encoding =
        m_latin1Check->isChecked() ? core::TextEncoding::Windows1252 : core::TextEncoding::Utf8;
    result.mapping = m_mapping;
    if (const int order = m_dateOrderCombo->currentData().toInt(); order >= 0)
        result.dateOrder = core::DateOrder(order);
    return result;
}

bool MetricImportWizard::runPreview()
{
    m_preview.reset();
    m_previewModel->setRows({});
    // Nothing of the previous file stays: not its column mapping, not its dates.
    m_mappingBox->hide();
    m_dateOrderLabel->clear();
    m_formatLabel->clear();
    m_countsLabel->clear();
    m_warningsLabel->clear();
    m_errorLabel->clear();
    core::MetricImporter importer(m_services.database);
    auto result = importer.preview(filePath(), options());
    if (!result) {
        m_errorLabel->setText(result.error().message);
        if (QWizardPage *current = page(PreviewPage))
            emit current->completeChanged();
        return false;
    }
    m_preview = std::move(*result);
    const core::MetricImportPreview &p = *m_preview;
    QString format = tr("Detected format: <b>%1</b>").arg(formatName(p.format).toHtmlEscaped());
    if (!p.sheetName.isEmpty())
        format += tr(" (sheet “%1”)").arg(p.sheetName.toHtmlEscaped());
    m_formatLabel->setText(format);
    m_countsLabel->setText(
        tr("Rows read: %1 · matched: %2 (updated: %3, unchanged: %4) · new: %5 · skipped: %6")
            .arg(p.rows)
            .arg(p.matched)
            .arg(p.updated)
            .arg(p.unchanged)
            .arg(p.created)
            .arg(p.skipped.size()));
    QStringList notes;
    if (p.alreadyImported)
        notes << tr("This exact file was imported before; importing it again changes nothing.");
    notes << p.warnings;
    if (p.itemsTruncated)
        notes << tr("Only the first %1 rows are listed; the counts cover the whole file.")
                     .arg(p.items.size());
    m_warningsLabel->setText(notes.join(u'\n'));
    fillMappingForm(p);
    showDateOrder(p);
    if (p.needsMapping)
        m_errorLabel->setText(
            tr("This CSV has no layout Hearth knows. Choose below which column holds "
               "what, then preview again; Hearth remembers the choice for files with "
               "the same columns."));
    m_previewModel->setRows(p.items);
    m_previewView->resizeColumnToContents(MetricPreviewModel::LineColumn);
    m_previewView->resizeColumnToContents(MetricPreviewModel::ActionColumn);
    if (QWizardPage *current = page(PreviewPage))
        emit current->completeChanged();
    return !p.needsMapping;
}

void MetricImportWizard::fillMappingForm(const core::MetricImportPreview &preview)
{
    const bool generic = preview.format == core::MetricFormat::Generic;
    m_mappingBox->setVisible(generic);
    if (!generic)
        return;
    const core::MetricColumnMapping chosen = preview.mapping.value_or(core::MetricColumnMapping{});
    // A column whose name says what it holds is chosen for the user.
    auto guess = [&](const QStringList &names) {
        for (const QString &header : preview.headers) {
            if (names.contains(header.trimmed().toLower()))
                return header;
        }
        return QString();
    };
    auto fill = [&](QComboBox *combo, const QString &current, const QStringList &names) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("(none)"), QString());
        for (const QString &header : preview.headers)
            combo->addItem(header, header);
        const QString pick = !current.isEmpty() ? current : guess(names);
        combo->setCurrentIndex(qMax(0, combo->findData(pick)));
    };
    fill(m_postIdCombo, chosen.postIdColumn, {QStringLiteral("id"), QStringLiteral("post id")});
    fill(m_permalinkCombo, chosen.permalinkColumn,
         {QStringLiteral("url"), QStringLiteral("link"), QStringLiteral("permalink")});
    fill(m_publishedCombo, chosen.publishedColumn,
         {QStringLiteral("created_at"), QStringLiteral("date"), QStringLiteral("published"),
          QStringLiteral("time")});
    fill(m_textCombo, chosen.textColumn,
         {QStringLiteral("content"), QStringLiteral("text"), QStringLiteral("message")});
    const QHash<core::CountMetric, QStringList> synonyms{
        {core::CountMetric::Reactions,
         {QStringLiteral("likes"), QStringLiteral("favourites"), QStringLiteral("favorites"),
          QStringLiteral("reactions")}},
        {core::CountMetric::Shares,
         {QStringLiteral("shares"), QStringLiteral("boosts"), QStringLiteral("reposts"),
          QStringLiteral("retweets")}},
        {core::CountMetric::Comments, {QStringLiteral("comments"), QStringLiteral("replies")}},
    };
    for (const auto &[metric, combo] : std::as_const(m_metricCombos)) {
        const auto it = chosen.metrics.find(core::metricKey(metric));
        QStringList names = synonyms.value(metric);
        names << core::metricKey(metric) << core::metricKey(metric).replace(u'_', u' ');
        fill(combo, it != chosen.metrics.end() ? it->second : QString(), names);
    }
    if (!chosen.networkId.isEmpty())
        m_networkMappingCombo->setCurrentIndex(
            qMax(0, m_networkMappingCombo->findData(chosen.networkId)));
}

void MetricImportWizard::showDateOrder(const core::MetricImportPreview &preview)
{
    const QString note = preview.dateOrderNote();
    const bool shown = !note.isEmpty();
    m_dateOrderLabel->setVisible(shown);
    if (!shown) {
        m_dateOrderCombo->hide();
        return;
    }
    m_dateOrderLabel->setText(note.toHtmlEscaped() + QStringLiteral(" <a href=\"#date-order\">") +
                              tr("Change") + QStringLiteral("</a>"));
}

bool MetricImportWizard::applyMapping()
{
    core::MetricColumnMapping mapping;
    mapping.networkId = m_networkMappingCombo->currentData().toString();
    mapping.postIdColumn = m_postIdCombo->currentData().toString();
    mapping.permalinkColumn = m_permalinkCombo->currentData().toString();
    mapping.publishedColumn = m_publishedCombo->currentData().toString();
    mapping.textColumn = m_textCombo->currentData().toString();
    for (const auto &[metric, combo] : std::as_const(m_metricCombos)) {
        const QString column = combo->currentData().toString();
        if (!column.isEmpty())
            mapping.metrics[core::metricKey(metric)] = column;
    }
    if (mapping.metrics.empty()) {
        m_errorLabel->setText(
            tr("Choose the column of at least one figure (comments, shares, reach …)."));
        return false;
    }
    if (mapping.postIdColumn.isEmpty() && mapping.permalinkColumn.isEmpty() &&
        mapping.publishedColumn.isEmpty()) {
        m_errorLabel->setText(
            tr("Choose the post id, link or publish time column, so rows can find their posts."));
        return false;
    }
    m_mapping = mapping;
    return runPreview();
}

bool MetricImportWizard::commitImport()
{
    if (!m_preview)
        return false;
    core::MetricImporter importer(m_services.database);
    auto result = importer.commit(*m_preview, options());
    if (!result) {
        m_confirmLabel->setText(tr("Nothing was imported: %1").arg(result.error().message));
        return false;
    }
    m_preview = std::move(*result);
    m_committed = true;
    return true;
}

} // namespace hearth::ui
