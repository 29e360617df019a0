#include "metricimportwizard.h"

#include "database.h"
#include "importpreviewmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
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

MetricImportWizard::MetricImportWizard(core::Database &database, QWidget *parent)
    : QWizard(parent)
    , m_database(database)
    , m_previewModel(new ImportPreviewModel(this))
{
    setObjectName(QStringLiteral("metricImportWizard"));
    setWindowTitle(tr("Import analytics"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    m_previewModel->setObjectName(QStringLiteral("importPreviewModel"));
    m_openPathProvider = [](QWidget *dialogParent) {
        return QFileDialog::getOpenFileName(
            dialogParent, tr("Choose an analytics export"),
            QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
            tr("Analytics exports (*.csv *.xls);;All files (*)"));
    };
    setPage(FilePage, createFilePage());
    setPage(PreviewPage, createPreviewPage());
    setPage(ConfirmPage, createConfirmPage());
    resize(960, 620);
}

MetricImportWizard::~MetricImportWizard() = default;

void MetricImportWizard::setOpenPathProvider(OpenPathProvider provider)
{
    m_openPathProvider = std::move(provider);
}

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
    layout->addRow(tr("&File:"), row);
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
        const QString path = m_openPathProvider(this);
        if (!path.isEmpty())
            m_pathEdit->setText(QDir::toNativeSeparators(path));
    });
    connect(m_pathEdit, &QLineEdit::textChanged, page, [page] { emit page->completeChanged(); });
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
    m_previewView->horizontalHeader()->setSectionResizeMode(ImportPreviewModel::TextColumn,
                                                            QHeaderView::Stretch);
    layout->addWidget(m_formatLabel);
    layout->addWidget(m_countsLabel);
    layout->addWidget(m_warningsLabel);
    layout->addWidget(m_errorLabel);
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
        const core::ImportPreview &p = *m_preview;
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
    return result;
}

bool MetricImportWizard::runPreview()
{
    m_preview.reset();
    m_previewModel->setItems({});
    m_formatLabel->clear();
    m_countsLabel->clear();
    m_warningsLabel->clear();
    m_errorLabel->clear();
    core::MetricImporter importer(m_database);
    auto result = importer.preview(filePath(), options());
    if (!result) {
        m_errorLabel->setText(result.error().message);
        if (QWizardPage *current = page(PreviewPage))
            emit current->completeChanged();
        return false;
    }
    m_preview = std::move(*result);
    const core::ImportPreview &p = *m_preview;
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
    if (p.needsMapping)
        m_errorLabel->setText(
            tr("This CSV has no known layout. Choose which column holds what with "
               "\"hearth-cli import metrics FILE --source generic --mapping MAPPING.json\"; "
               "Hearth remembers the mapping for files with the same header."));
    m_previewModel->setItems(p.items);
    m_previewView->resizeColumnToContents(ImportPreviewModel::LineColumn);
    m_previewView->resizeColumnToContents(ImportPreviewModel::ActionColumn);
    if (QWizardPage *current = page(PreviewPage))
        emit current->completeChanged();
    return !p.needsMapping;
}

bool MetricImportWizard::commitImport()
{
    if (!m_preview)
        return false;
    core::MetricImporter importer(m_database);
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
