// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
// PreferencesDialog: network limits, the Instagram hashtag cap, user networks; OK stores all
// in one go, Cancel nothing; the post editor counts with the new settings at once.
#include "common/clock.h"
#include "plan/catalog.h"
#include "plan/planningservice.h"
#include "plan/posteditor.h"
#include "shell/language.h"
#include "shell/preferencesdialog.h"
#include "shell/theme.h"
#include "storage/database.h"
#include "support/guitestsupport.h"
#include "support/testpictures.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimeEdit>

using namespace hearth::core;
using namespace hearth::ui;
using hearth::test::child;

class TestPreferencesDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void mastodonLimitAndInstagramCapReachTheEditor();
    void addsAUserNetwork();
    void refusesASecondNetworkOfTheSameName();
    void cancelStoresNothing();
    void hiddenNetworksLeaveTheEditor();
    void generalPageStoresDefaultsAndLanguage();
    void generalPageShowsWhatIsStored();
    void cancelLeavesTheDefaults();
    void grabsTheNetworksPage();

private:
    void choose(PreferencesDialog &dialog, const QString &name);
    Post post(const QString &body, const QStringList &networks) const;

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CatalogRepository> m_catalog;
};

void TestPreferencesDialog::initTestCase()
{
    hearth::test::useFreshSettings(QStringLiteral("hearth-preferences-test"));
    applyTheme(ThemeChoice::Light);
}

void TestPreferencesDialog::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC));
    auto database = Database::openInMemory(*m_clock);
    if (!database)
        QFAIL(qPrintable(database.error().message));
    m_database = std::move(*database);
    m_catalog = std::make_unique<CatalogRepository>(*m_database);
    QSettings().clear();
}

void TestPreferencesDialog::cleanup()
{
    m_catalog.reset();
    m_database.reset();
}

void TestPreferencesDialog::choose(PreferencesDialog &dialog, const QString &name)
{
    auto *list = child<QListWidget>(dialog, QStringLiteral("networksListWidget"));
    const auto items = list->findItems(name, Qt::MatchExactly);
    QVERIFY(items.size() == 1);
    list->setCurrentItem(items.first());
}

Post TestPreferencesDialog::post(const QString &body, const QStringList &networks) const
{
    Post post;
    post.title = post.link = post.firstComment = post.notes = QStringLiteral("");
    post.body = body;
    for (const QString &network : networks)
        post.networks << PostNetwork{network, QString(), QString(), QString(), QDateTime()};
    return post;
}

void TestPreferencesDialog::mastodonLimitAndInstagramCapReachTheEditor()
{
    // A plan that carried a per-account override: the field shows what counts.
    CatalogRepository catalog(*m_database);
    QVERIFY(catalog.updateNetworkSettings(QStringLiteral("mastodon"), 500,
                                          {{QStringLiteral("account_limit"), 1000}}));
    {
        PreferencesDialog dialog(*m_database, *m_catalog);
        choose(dialog, QStringLiteral("Mastodon"));
        auto *limit = child<QSpinBox>(dialog, QStringLiteral("networkLimitSpinBox"));
        QCOMPARE(limit->value(), 1000);
        QVERIFY(child<QLineEdit>(dialog, QStringLiteral("mastodonServerLineEdit"))
                    ->isVisibleTo(&dialog));
        QVERIFY(
            !child<QSpinBox>(dialog, QStringLiteral("hashtagCapSpinBox"))->isVisibleTo(&dialog));
        limit->setValue(5000);
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("mastodonServerLineEdit")),
                         QStringLiteral("fosstodon.org"));

        choose(dialog, QStringLiteral("Instagram"));
        auto *cap = child<QSpinBox>(dialog, QStringLiteral("hashtagCapSpinBox"));
        QVERIFY(cap->isVisibleTo(&dialog));
        QCOMPARE(cap->value(), 30);
        cap->setValue(5);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    const Network mastodon = *catalog.network(QStringLiteral("mastodon"));
    QCOMPARE(mastodon.charLimit, 5000);
    QVERIFY(!mastodon.settings.contains(QStringLiteral("account_limit")));
    QCOMPARE(mastodon.settings.value(QStringLiteral("instance")).toString(),
             QStringLiteral("fosstodon.org"));
    QCOMPARE(catalog.network(QStringLiteral("instagram"))
                 ->settings.value(QStringLiteral("hashtag_cap"))
                 .toInt(),
             5);
    // Untouched networks keep what they had.
    QCOMPARE(
        catalog.network(QStringLiteral("bluesky"))->settings.value(QStringLiteral("max_bytes")),
        QJsonValue(3000));

    PlanningService service(*m_database);
    PostEditor editor(service, post(QStringLiteral("#a #b #c #d #e #f"),
                                    {QStringLiteral("mastodon"), QStringLiteral("instagram")}));
    QCOMPARE(child<QLabel>(editor, QStringLiteral("mastodonCounterLabel"))->text(),
             QStringLiteral("17 / 5000"));
    QVERIFY(!editor.checkFor(QStringLiteral("instagram")).warnings.isEmpty());
}

void TestPreferencesDialog::addsAUserNetwork()
{
    {
        PreferencesDialog dialog(*m_database, *m_catalog);
        auto *list = child<QListWidget>(dialog, QStringLiteral("networksListWidget"));
        const int before = list->count();
        child<QLineEdit>(dialog, QStringLiteral("newNetworkNameLineEdit"))
            ->setText(QStringLiteral("Town Forum"));
        child<QSpinBox>(dialog, QStringLiteral("newNetworkLimitSpinBox"))->setValue(800);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("addNetworkButton")),
                          Qt::LeftButton);
        QCOMPARE(list->count(), before + 1);
        QCOMPARE(list->currentItem()->text(), QStringLiteral("Town Forum"));
        auto *compose = child<QLineEdit>(dialog, QStringLiteral("composeUrlLineEdit"));
        QVERIFY(compose->isVisibleTo(&dialog));
        QTest::keyClicks(compose, QStringLiteral("https://forum.example/new?text={text}"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    CatalogRepository catalog(*m_database);
    auto forum = catalog.network(QStringLiteral("custom-town-forum"));
    QVERIFY2(forum, qPrintable(forum ? QString() : forum.error().message));
    QCOMPARE(forum->charLimit, 800);
    QVERIFY(!forum->builtin);
    QCOMPARE(forum->settings.value(QStringLiteral("compose_url")).toString(),
             QStringLiteral("https://forum.example/new?text={text}"));

    PlanningService service(*m_database);
    PostEditor editor(service, post(QString(801, u'a'), {QStringLiteral("custom-town-forum")}));
    QCOMPARE(child<QLabel>(editor, QStringLiteral("custom-town-forumCounterLabel"))->text(),
             QStringLiteral("801 / 800"));
    QVERIFY(!editor.checkFor(QStringLiteral("custom-town-forum")).ok);
}

void TestPreferencesDialog::refusesASecondNetworkOfTheSameName()
{
    PreferencesDialog dialog(*m_database, *m_catalog);
    auto *list = child<QListWidget>(dialog, QStringLiteral("networksListWidget"));
    const int before = list->count();
    child<QLineEdit>(dialog, QStringLiteral("newNetworkNameLineEdit"))
        ->setText(QStringLiteral("mastodon"));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("addNetworkButton")),
                      Qt::LeftButton);
    QCOMPARE(list->count(), before);
    auto *problem = child<QLabel>(dialog, QStringLiteral("preferencesProblemLabel"));
    QVERIFY(problem->isVisibleTo(&dialog));
    QVERIFY(problem->text().contains(QStringLiteral("Mastodon")));
}

void TestPreferencesDialog::cancelStoresNothing()
{
    {
        PreferencesDialog dialog(*m_database, *m_catalog);
        choose(dialog, QStringLiteral("X"));
        child<QSpinBox>(dialog, QStringLiteral("networkLimitSpinBox"))->setValue(4000);
        child<QLineEdit>(dialog, QStringLiteral("newNetworkNameLineEdit"))
            ->setText(QStringLiteral("Forum"));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("addNetworkButton")),
                          Qt::LeftButton);
        dialog.reject();
    }
    CatalogRepository catalog(*m_database);
    QCOMPARE(catalog.network(QStringLiteral("x"))->charLimit, 280);
    QCOMPARE(catalog.networks()->size(), 10);
}

void TestPreferencesDialog::hiddenNetworksLeaveTheEditor()
{
    {
        PreferencesDialog dialog(*m_database, *m_catalog);
        choose(dialog, QStringLiteral("TikTok"));
        child<QCheckBox>(dialog, QStringLiteral("networkEnabledCheckBox"))->setChecked(false);
        dialog.accept();
    }
    QVERIFY(!CatalogRepository(*m_database).network(QStringLiteral("tiktok"))->enabled);
    PlanningService service(*m_database);
    PostEditor editor(service, post(QStringLiteral("Hi"), {QStringLiteral("x")}));
    QVERIFY(!editor.findChild<QCheckBox *>(QStringLiteral("tiktokNetworkCheckBox")));
    QVERIFY(editor.findChild<QCheckBox *>(QStringLiteral("xNetworkCheckBox")));
    // A post that already goes to TikTok keeps it.
    PostEditor old(service, post(QStringLiteral("Hi"), {QStringLiteral("tiktok")}));
    QVERIFY(old.findChild<QCheckBox *>(QStringLiteral("tiktokNetworkCheckBox"))->isChecked());
    QCOMPARE(old.post().networkIds(), QStringList{QStringLiteral("tiktok")});
}

void TestPreferencesDialog::generalPageStoresDefaultsAndLanguage()
{
    {
        PreferencesDialog dialog(*m_database, *m_catalog);
        child<QCheckBox>(dialog, QStringLiteral("blueskyDefaultNetworkCheckBox"))->setChecked(true);
        child<QCheckBox>(dialog, QStringLiteral("linkedinDefaultNetworkCheckBox"))
            ->setChecked(true);
        child<QTimeEdit>(dialog, QStringLiteral("defaultPostTimeEdit"))->setTime(QTime(7, 45));
        auto *language = child<QComboBox>(dialog, QStringLiteral("languageComboBox"));
        QCOMPARE(language->currentData().toString(), QString());
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        QCOMPARE(language->currentText(), QStringLiteral("Deutsch"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("defaults/networks")).toStringList(),
             (QStringList{QStringLiteral("bluesky"), QStringLiteral("linkedin")}));
    QCOMPARE(settings.value(QStringLiteral("defaults/postTime")).toString(),
             QStringLiteral("07:45"));
    QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
    QCOMPARE(Language::chosen(), QStringLiteral("de"));
}

void TestPreferencesDialog::generalPageShowsWhatIsStored()
{
    QSettings settings;
    settings.setValue(QStringLiteral("defaults/networks"), QStringList{QStringLiteral("x")});
    settings.setValue(QStringLiteral("defaults/postTime"), QStringLiteral("16:05"));
    settings.setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    PreferencesDialog dialog(*m_database, *m_catalog);
    QVERIFY(child<QCheckBox>(dialog, QStringLiteral("xDefaultNetworkCheckBox"))->isChecked());
    QVERIFY(
        !child<QCheckBox>(dialog, QStringLiteral("mastodonDefaultNetworkCheckBox"))->isChecked());
    QCOMPARE(child<QTimeEdit>(dialog, QStringLiteral("defaultPostTimeEdit"))->time(), QTime(16, 5));
    QCOMPARE(child<QComboBox>(dialog, QStringLiteral("languageComboBox"))->currentData().toString(),
             QStringLiteral("en"));
    // Back to the system's language: the key goes.
    auto *language = child<QComboBox>(dialog, QStringLiteral("languageComboBox"));
    language->setCurrentIndex(0);
    dialog.accept();
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
}

void TestPreferencesDialog::cancelLeavesTheDefaults()
{
    {
        PreferencesDialog dialog(*m_database, *m_catalog);
        child<QCheckBox>(dialog, QStringLiteral("tiktokDefaultNetworkCheckBox"))->setChecked(true);
        child<QComboBox>(dialog, QStringLiteral("languageComboBox"))->setCurrentIndex(2);
        dialog.reject();
    }
    QSettings settings;
    QVERIFY(!settings.contains(QStringLiteral("defaults/networks")));
    QVERIFY(!settings.contains(QStringLiteral("ui/language")));
}

void TestPreferencesDialog::grabsTheNetworksPage()
{
    // Not an assertion on pixels: a picture of the page to look at next to the tests.
    PreferencesDialog dialog(*m_database, *m_catalog);
    auto *tabs = child<QTabWidget>(dialog, QStringLiteral("preferencesTabWidget"));
    tabs->setCurrentWidget(child<QWidget>(dialog, QStringLiteral("generalPage")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(
        dialog.grab().save(hearth::test::picturePath(QStringLiteral("preferences-general.png"))));
    tabs->setCurrentWidget(child<QWidget>(dialog, QStringLiteral("networksPage")));
    choose(dialog, QStringLiteral("Mastodon"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString target = hearth::test::picturePath(QStringLiteral("preferences-networks.png"));
    QVERIFY(dialog.grab().save(target));
    qInfo("preferences screenshot: %s", qPrintable(target));
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
