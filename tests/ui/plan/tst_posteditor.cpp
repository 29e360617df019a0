// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clock.h"
#include "plan/planningservice.h"
#include "plan/posteditor.h"
#include "shell/theme.h"
#include "storage/database.h"
#include "support/testpictures.h"
#include "widgets/newpostnetworks.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace hearth::core;
using namespace hearth::ui;

class TestPostEditor final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void oneTabPerChosenNetwork();
    void counterTurnsRedOverTheLimitAndSaysWhy();
    void variantsFollowTheBodyUntilEdited();
    void editedPostRoundTrips();
    void timeInTheSpringForwardGapKeepsTheDate();
    void missingMediaIsFlagged();
    void planWarningsAreListed();
    void missingPictureIsListedEvenWithoutADate();
    void refusesToSaveWithoutNetworks();
    void grabsTheEditorOverXsLimit();
    void repeatSectionBuildsTheRecurrence();
    void occurrenceShowsItsSeries();
    void countersUseTheNetworkSettings();
    void newPostStartsOnTheDefaultNetworks_data();
    void newPostStartsOnTheDefaultNetworks();

private:
    Post scheduledPost(const QString &body, const QStringList &networks) const;
    template<typename T>
    T *child(QWidget &parent, const QString &name)
    {
        T *found = parent.findChild<T *>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PlanningService> m_service;
    QTemporaryDir m_files;
    const QDate m_day{2026, 11, 25};
};

void TestPostEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    applyTheme(ThemeChoice::Light);
    QVERIFY(m_files.isValid());
}

void TestPostEditor::init()
{
    // New posts start on remembered networks; each test starts with none remembered.
    QSettings().remove(QStringLiteral("editor"));
    QSettings().remove(QStringLiteral("defaults"));
    m_clock = std::make_unique<ManualClock>(QDateTime(m_day, QTime(8, 0), Qt::LocalTime).toUTC());
    auto database = Database::openInMemory(*m_clock);
    if (!database)
        QFAIL(qPrintable(database.error().message));
    m_database = std::move(*database);
    m_service = std::make_unique<PlanningService>(*m_database);
}

void TestPostEditor::cleanup()
{
    m_service.reset();
    m_database.reset();
}

Post TestPostEditor::scheduledPost(const QString &body, const QStringList &networks) const
{
    Post post;
    post.title = post.link = post.firstComment = post.notes = QStringLiteral("");
    post.body = body;
    post.scheduledAt = QDateTime(m_day, QTime(12, 30), Qt::LocalTime).toUTC();
    post.status = PostStatus::Scheduled;
    for (const QString &network : networks)
        post.networks << PostNetwork{network, QString(), QString(), QString(), QDateTime()};
    return post;
}

void TestPostEditor::oneTabPerChosenNetwork()
{
    PostEditor editor(*m_service, scheduledPost(QStringLiteral("Hello"),
                                                {QStringLiteral("x"), QStringLiteral("linkedin")}));
    auto *tabs = child<QTabWidget>(editor, QStringLiteral("networkTabWidget"));
    QCOMPARE(tabs->count(), 2);
    QVERIFY(child<QCheckBox>(editor, QStringLiteral("xNetworkCheckBox"))->isChecked());
    child<QCheckBox>(editor, QStringLiteral("blueskyNetworkCheckBox"))->setChecked(true);
    QCOMPARE(tabs->count(), 3);
    // Tabs keep the catalogue's order: X, Bluesky, LinkedIn.
    QCOMPARE(tabs->widget(1)->objectName(), QStringLiteral("blueskyTabWidget"));
    child<QCheckBox>(editor, QStringLiteral("xNetworkCheckBox"))->setChecked(false);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(editor.post().networkIds(),
             (QStringList{QStringLiteral("bluesky"), QStringLiteral("linkedin")}));
}

void TestPostEditor::counterTurnsRedOverTheLimitAndSaysWhy()
{
    PostEditor editor(*m_service, scheduledPost(QStringLiteral("Short"), {QStringLiteral("x")}));
    auto *counter = child<QLabel>(editor, QStringLiteral("xCounterLabel"));
    QCOMPARE(counter->text(), QStringLiteral("5 / 280"));
    QVERIFY(!counter->styleSheet().contains(QStringLiteral("#c02a2a")));
    // 270 letters and a link: the link weighs 23, so 294 > 280.
    const QString text =
        QString(270, u'a') + QStringLiteral(" https://example.org/a/very/long/path");
    child<QPlainTextEdit>(editor, QStringLiteral("bodyTextEdit"))->setPlainText(text);
    QCOMPARE(editor.checkFor(QStringLiteral("x")).count, 294);
    QVERIFY(!editor.checkFor(QStringLiteral("x")).ok);
    QCOMPARE(counter->text(), QStringLiteral("294 / 280"));
    QVERIFY(counter->styleSheet().contains(QStringLiteral("#c02a2a")));
    const QString reasons = child<QLabel>(editor, QStringLiteral("xReasonsLabel"))->text();
    QVERIFY2(reasons.contains(QStringLiteral("294")), qPrintable(reasons));
    QVERIFY2(reasons.contains(QStringLiteral("23")), qPrintable(reasons));
}

void TestPostEditor::variantsFollowTheBodyUntilEdited()
{
    PostEditor editor(*m_service, scheduledPost(QStringLiteral("Start"),
                                                {QStringLiteral("x"), QStringLiteral("linkedin")}));
    auto *body = child<QPlainTextEdit>(editor, QStringLiteral("bodyTextEdit"));
    auto *x = child<QPlainTextEdit>(editor, QStringLiteral("xVariantTextEdit"));
    auto *linkedin = child<QPlainTextEdit>(editor, QStringLiteral("linkedinVariantTextEdit"));
    body->setPlainText(QStringLiteral("Both follow"));
    QCOMPARE(x->toPlainText(), QStringLiteral("Both follow"));
    linkedin->setPlainText(QStringLiteral("A longer text for LinkedIn"));
    body->setPlainText(QStringLiteral("Only X follows"));
    QCOMPARE(x->toPlainText(), QStringLiteral("Only X follows"));
    QCOMPARE(linkedin->toPlainText(), QStringLiteral("A longer text for LinkedIn"));
    const Post post = editor.post();
    QVERIFY(!post.network(QStringLiteral("x"))->hasVariant());
    QCOMPARE(post.textFor(QStringLiteral("linkedin")),
             QStringLiteral("A longer text for LinkedIn"));
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("linkedinResetButton")),
                      Qt::LeftButton);
    QCOMPARE(linkedin->toPlainText(), QStringLiteral("Only X follows"));
    QVERIFY(!editor.post().network(QStringLiteral("linkedin"))->hasVariant());
}

void TestPostEditor::editedPostRoundTrips()
{
    auto created =
        m_service->create(scheduledPost(QStringLiteral("Body"), {QStringLiteral("mastodon")}));
    QVERIFY(created);
    PostEditor editor(*m_service, *created);
    child<QLineEdit>(editor, QStringLiteral("tagsLineEdit"))
        ->setText(QStringLiteral("bread, winter, Bread"));
    child<QLineEdit>(editor, QStringLiteral("linkLineEdit"))
        ->setText(QStringLiteral(" https://example.org "));
    child<QTimeEdit>(editor, QStringLiteral("timeEdit"))->setTime(QTime(18, 5));
    auto *pillar = child<QComboBox>(editor, QStringLiteral("pillarComboBox"));
    pillar->setCurrentIndex(pillar->findText(QStringLiteral("Inspire")));
    child<QPlainTextEdit>(editor, QStringLiteral("firstCommentTextEdit"))
        ->setPlainText(QStringLiteral("#bread"));
    child<QPlainTextEdit>(editor, QStringLiteral("notesTextEdit"))
        ->setPlainText(QStringLiteral("Ask Lena"));
    const Post post = editor.post();
    QCOMPARE(post.id, created->id);
    QCOMPARE(post.tags, (QStringList{QStringLiteral("bread"), QStringLiteral("winter")}));
    QCOMPARE(post.link, QStringLiteral("https://example.org"));
    QCOMPARE(post.scheduledAt.toLocalTime(), QDateTime(m_day, QTime(18, 5)));
    QVERIFY(post.pillarId.has_value());
    QCOMPARE(post.firstComment, QStringLiteral("#bread"));
    QCOMPARE(post.notes, QStringLiteral("Ask Lena"));
    auto saved = m_service->update(post);
    QVERIFY(saved);
    QCOMPARE(saved->tags, post.tags);
    // Unticking "planned for a day" sends the post to the drafts tray.
    child<QCheckBox>(editor, QStringLiteral("scheduledCheckBox"))->setChecked(false);
    QVERIFY(!editor.post().isScheduled());
    QCOMPARE(int(editor.post().status), int(PostStatus::Draft));
}

void TestPostEditor::timeInTheSpringForwardGapKeepsTheDate()
{
    // 02:30 does not exist on 28 March 2027 in the tests' zone (Europe/Berlin): the post goes
    // out at 03:30 instead of losing its date.
    PostEditor editor(*m_service, scheduledPost(QStringLiteral("Early"), {QStringLiteral("x")}));
    child<QDateEdit>(editor, QStringLiteral("dateEdit"))->setDate(QDate(2027, 3, 28));
    child<QTimeEdit>(editor, QStringLiteral("timeEdit"))->setTime(QTime(2, 30));
    const Post post = editor.post();
    QVERIFY(post.isScheduled());
    QCOMPARE(int(post.status), int(PostStatus::Scheduled));
    QCOMPARE(post.scheduledAt, QDateTime(QDate(2027, 3, 28), QTime(1, 30), Qt::UTC));
}

void TestPostEditor::missingMediaIsFlagged()
{
    Post post = scheduledPost(QStringLiteral("Pictures"), {QStringLiteral("instagram")});
    const QString present = m_files.filePath(QStringLiteral("loaf.png"));
    QImage image(120, 80, QImage::Format_RGB32);
    image.fill(QColor(0xc8, 0x8a, 0x4a));
    QVERIFY(image.save(present));
    const QString missing = m_files.filePath(QStringLiteral("gone.jpg"));
    post.media = {MediaAttachment{present, QStringLiteral("")},
                  MediaAttachment{missing, QStringLiteral("")}};
    PostEditor editor(*m_service, post);
    auto *media = child<QListWidget>(editor, QStringLiteral("mediaListWidget"));
    QCOMPARE(media->count(), 2);
    QVERIFY(!media->item(0)->icon().isNull());
    QVERIFY(media->item(1)->toolTip().startsWith(QStringLiteral("Missing")));
    editor.refreshWarnings();
    const auto warnings = child<QListWidget>(editor, QStringLiteral("warningsListWidget"))
                              ->findItems(QStringLiteral("gone.jpg"), Qt::MatchContains);
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(editor.post().media, post.media);
}

void TestPostEditor::planWarningsAreListed()
{
    QVERIFY(m_service->create(scheduledPost(QStringLiteral("Earlier"), {QStringLiteral("x")})));
    Post post = scheduledPost(QStringLiteral("Later"), {QStringLiteral("x")});
    post.scheduledAt = post.scheduledAt.addSecs(20 * 60);
    PostEditor editor(*m_service, post);
    editor.refreshWarnings();
    auto *warnings = child<QListWidget>(editor, QStringLiteral("warningsListWidget"));
    QVERIFY(warnings->count() >= 1);
    QVERIFY(warnings->item(0)->text() != QStringLiteral("No warnings."));
}

void TestPostEditor::missingPictureIsListedEvenWithoutADate()
{
    Post post = scheduledPost(QStringLiteral("Crumb shot"), {QStringLiteral("instagram")});
    post.scheduledAt = QDateTime();
    post.status = PostStatus::Draft;
    PostEditor editor(*m_service, post);
    editor.refreshWarnings();
    auto *warnings = child<QListWidget>(editor, QStringLiteral("warningsListWidget"));
    QCOMPARE(
        warnings->findItems(QStringLiteral("Instagram needs a picture"), Qt::MatchContains).size(),
        1);
}

void TestPostEditor::refusesToSaveWithoutNetworks()
{
    PostEditor editor(*m_service, scheduledPost(QStringLiteral("Nowhere"), {}));
    editor.show();
    editor.accept();
    QVERIFY(editor.isVisible());
    QCOMPARE(editor.result(), int(QDialog::Rejected));
    QVERIFY(child<QLabel>(editor, QStringLiteral("problemLabel"))
                ->text()
                .contains(QStringLiteral("network")));
    child<QCheckBox>(editor, QStringLiteral("xNetworkCheckBox"))->setChecked(true);
    editor.accept();
    QCOMPARE(editor.result(), int(QDialog::Accepted));
}

void TestPostEditor::grabsTheEditorOverXsLimit()
{
    // Not an assertion on pixels: it renders the editor the README shows, next to the tests.
    auto pillars = m_service->catalog().pillars();
    QVERIFY(pillars);
    QVERIFY(m_service->create(
        scheduledPost(QStringLiteral("Our winter opening hours"), {QStringLiteral("x")})));
    Post post = scheduledPost(
        QStringLiteral(
            "Why does sourdough need a long, cold proof? Three reasons: flavour (the cold slows "
            "the yeast "
            "but lets the bacteria make those lovely acids), texture (a firmer dough holds its "
            "shape and "
            "gives you that open crumb) and timing (we bake at 4 am without shaping at 2 am). Full "
            "guide with photos on our blog: "
            "https://hearth-and-crumb.example/blog/cold-proof-sourdough "
            "#sourdough #baking"),
        {QStringLiteral("x"), QStringLiteral("mastodon"), QStringLiteral("linkedin")});
    post.scheduledAt = post.scheduledAt.addSecs(30 * 60);
    post.pillarId = pillars->first().id;
    post.tags = {QStringLiteral("sourdough"), QStringLiteral("how-to")};
    post.link = QStringLiteral("https://hearth-and-crumb.example/blog/cold-proof-sourdough");
    post.firstComment = QStringLiteral("Questions? Ask below and Lena answers on Friday.");
    post.notes = QStringLiteral("Photo of the proofing baskets from Tuesday.");
    const QString picture = m_files.filePath(QStringLiteral("proofing-baskets.png"));
    QImage image(160, 120, QImage::Format_RGB32);
    image.fill(QColor(0xe9, 0xd8, 0xbf));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(0xb9, 0x7a, 0x3e));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QRect(20, 30, 70, 60));
        painter.drawEllipse(QRect(80, 40, 60, 50));
    }
    QVERIFY(image.save(picture));
    post.media = {
        MediaAttachment{picture, QStringLiteral("")},
        MediaAttachment{QDir::tempPath() + QStringLiteral("/hearth-missing/crumb-shot.jpg"),
                        QStringLiteral("")}};
    PostEditor editor(*m_service, post);
    editor.resize(1000, 680);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.refreshWarnings();
    QVERIFY(!editor.checkFor(QStringLiteral("x")).ok);
    QVERIFY(editor.checkFor(QStringLiteral("mastodon")).ok);
    const QString target = hearth::test::picturePath(QStringLiteral("plan-editor.png"));
    QVERIFY(editor.grab().save(target));
    qInfo("editor screenshot: %s", qPrintable(target));
}

void TestPostEditor::repeatSectionBuildsTheRecurrence()
{
    PostEditor editor(*m_service, scheduledPost(QStringLiteral("Hours"), {QStringLiteral("x")}));
    auto *repeat = child<QCheckBox>(editor, QStringLiteral("repeatCheckBox"));
    auto *weeks = child<QSpinBox>(editor, QStringLiteral("repeatWeeksSpinBox"));
    auto *count = child<QSpinBox>(editor, QStringLiteral("repeatCountSpinBox"));
    auto *summary = child<QLabel>(editor, QStringLiteral("repeatSummaryLabel"));
    QVERIFY(!repeat->isChecked());
    QVERIFY(!weeks->isEnabled());
    QVERIFY(!editor.post().recurrence.isActive());

    repeat->setChecked(true);
    weeks->setValue(2);
    child<QRadioButton>(editor, QStringLiteral("repeatCountRadioButton"))->setChecked(true);
    count->setValue(4);
    Recurrence rule = editor.post().recurrence;
    QCOMPARE(rule.everyWeeks, 2);
    QCOMPARE(rule.count, std::optional<int>(4));
    QVERIFY(!rule.until.isValid());
    // Four posts two weeks apart: the last is six weeks after the first.
    QVERIFY2(summary->text().contains(QStringLiteral("4")), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(
                 QLocale().toString(m_day.addDays(42), QStringLiteral("ddd d MMM yyyy"))),
             qPrintable(summary->text()));

    child<QRadioButton>(editor, QStringLiteral("repeatUntilRadioButton"))->setChecked(true);
    QVERIFY(!count->isEnabled());
    child<QDateEdit>(editor, QStringLiteral("repeatUntilDateEdit"))->setDate(m_day.addDays(30));
    rule = editor.post().recurrence;
    QVERIFY(!rule.count);
    QCOMPARE(rule.until.toLocalTime(), QDateTime(m_day.addDays(30), QTime(23, 59, 59)));
    QVERIFY(summary->text().contains(QStringLiteral("3")));

    // The service agrees with what the editor promised.
    auto created = m_service->create(editor.post());
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    QCOMPARE(m_service->seriesOf(created->id)->size(), 3);

    // Without a day there is nothing to repeat from.
    child<QCheckBox>(editor, QStringLiteral("scheduledCheckBox"))->setChecked(false);
    QVERIFY(!repeat->isEnabled());
    QVERIFY(!editor.post().recurrence.isActive());
}

void TestPostEditor::occurrenceShowsItsSeries()
{
    Post post = scheduledPost(QStringLiteral("Evergreen"), {QStringLiteral("x")});
    post.recurrence.everyWeeks = 1;
    post.recurrence.count = 2;
    auto first = m_service->create(post);
    QVERIFY(first);
    const Post occurrence = m_service->seriesOf(first->id)->last();
    PostEditor editor(*m_service, occurrence);
    auto *repeat = child<QCheckBox>(editor, QStringLiteral("repeatCheckBox"));
    QVERIFY(repeat->isChecked());
    QVERIFY(!repeat->isEnabled());
    QVERIFY(child<QLabel>(editor, QStringLiteral("repeatSummaryLabel"))
                ->text()
                .contains(QString::number(first->id)));
    QCOMPARE(editor.post(), occurrence);

    // The first post shows its rule, and an untouched rule is returned as stored.
    PostEditor firstEditor(*m_service, *first);
    QVERIFY(child<QCheckBox>(firstEditor, QStringLiteral("repeatCheckBox"))->isChecked());
    QCOMPARE(child<QSpinBox>(firstEditor, QStringLiteral("repeatCountSpinBox"))->value(), 2);
    QCOMPARE(firstEditor.post().recurrence, first->recurrence);
}

void TestPostEditor::countersUseTheNetworkSettings()
{
    QVERIFY(m_service->catalog().updateNetworkSettings(QStringLiteral("mastodon"), 5000, {}));
    QVERIFY(m_service->catalog().updateNetworkSettings(QStringLiteral("instagram"), 2200,
                                                       {{QStringLiteral("hashtag_cap"), 5}}));
    PostEditor editor(*m_service,
                      scheduledPost(QStringLiteral("#a #b #c #d #e #f"),
                                    {QStringLiteral("mastodon"), QStringLiteral("instagram")}));
    QCOMPARE(child<QLabel>(editor, QStringLiteral("mastodonCounterLabel"))->text(),
             QStringLiteral("17 / 5000"));
    const QString reasons = child<QLabel>(editor, QStringLiteral("instagramReasonsLabel"))->text();
    QVERIFY2(reasons.contains(QStringLiteral("5")), qPrintable(reasons));
    QVERIFY(!editor.checkFor(QStringLiteral("instagram")).warnings.isEmpty());
}

void TestPostEditor::newPostStartsOnTheDefaultNetworks_data()
{
    QTest::addColumn<QStringList>("preference");
    QTest::addColumn<QStringList>("usedLast");
    QTest::addColumn<QStringList>("ticked");
    const QString x = QStringLiteral("x");
    const QString mastodon = QStringLiteral("mastodon");
    const QString linkedin = QStringLiteral("linkedin");
    QTest::newRow("nothing remembered") << QStringList() << QStringList() << QStringList();
    QTest::newRow("used last") << QStringList() << QStringList{mastodon} << QStringList{mastodon};
    QTest::newRow("preference wins")
        << QStringList{x, linkedin} << QStringList{mastodon} << QStringList{x, linkedin};
    QTest::newRow("unknown network left out")
        << QStringList{QStringLiteral("myspace"), x} << QStringList() << QStringList{x};
}

void TestPostEditor::newPostStartsOnTheDefaultNetworks()
{
    QFETCH(QStringList, preference);
    QFETCH(QStringList, usedLast);
    QFETCH(QStringList, ticked);
    // The key Preferences and the welcome write.
    QSettings().setValue(QStringLiteral("defaults/networks"), preference);
    NewPostNetworks::rememberLastUsed(usedLast);
    PostEditor fresh(*m_service, scheduledPost(QStringLiteral("New"), {}));
    QCOMPARE(fresh.post().networkIds(), ticked);
    // A stored post keeps its own networks.
    Post stored = scheduledPost(QStringLiteral("Stored"), {QStringLiteral("bluesky")});
    stored.id = 7;
    PostEditor existing(*m_service, stored);
    QCOMPARE(existing.post().networkIds(), QStringList{QStringLiteral("bluesky")});
}

QTEST_MAIN(TestPostEditor)
#include "tst_posteditor.moc"
