// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/helpdialogs.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace hearth::ui {

namespace {

QString plainText(QString text)
{
    // "&New Post…" reads "New Post…"; "&&" stays one ampersand.
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts()) {
        if (!key.isEmpty())
            keys << key.toString(QKeySequence::NativeText);
    }
    return keys.join(QStringLiteral(", "));
}

// The menu title that holds `action`, or an empty string.
QString menuOf(const QAction *action, const QList<QMenu *> &menus)
{
    for (const QMenu *menu : menus) {
        if (menu->actions().contains(const_cast<QAction *>(action)))
            return plainText(menu->title());
    }
    return {};
}

// `content` filling `dialog` above a Close button.
void layOutWithClose(QDialog &dialog, QWidget *content)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(content, 1);
    layout->addWidget(buttons);
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree->setObjectName(QStringLiteral("shortcutsTreeWidget"));
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    // Menus first, in the order the menu bar shows them; then actions that live elsewhere.
    QList<QMenu *> menus;
    if (auto *bar = window->findChild<QMenuBar *>()) {
        for (QAction *top : bar->actions()) {
            if (top->menu()) {
                menus << top->menu();
                menus << top->menu()->findChildren<QMenu *>();
            }
        }
    }
    QList<QAction *> actions;
    for (QMenu *menu : std::as_const(menus)) {
        for (QAction *action : menu->actions()) {
            if (!actions.contains(action))
                actions << action;
        }
    }
    for (QAction *action : window->findChildren<QAction *>()) {
        if (!actions.contains(action))
            actions << action;
    }
    QHash<QString, QTreeWidgetItem *> groups;
    const QString elsewhere = tr("Everywhere");
    for (const QAction *action : std::as_const(actions)) {
        const QString keys = keysOf(action);
        if (keys.isEmpty() || action->text().isEmpty())
            continue;
        QString group = menuOf(action, menus);
        if (group.isEmpty())
            group = elsewhere;
        QTreeWidgetItem *&parent = groups[group];
        if (!parent) {
            parent = new QTreeWidgetItem(m_tree, {group});
            QFont bold = parent->font(0);
            bold.setBold(true);
            parent->setFont(0, bold);
            parent->setFirstColumnSpanned(true);
            parent->setFlags(Qt::ItemIsEnabled);
        }
        new QTreeWidgetItem(parent, {plainText(action->text()), keys});
    }
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->expandAll();

    layOutWithClose(*this, m_tree);
    resize(460, 520);
}

QStringList ShortcutsDialog::rows() const
{
    QStringList rows;
    for (int group = 0; group < m_tree->topLevelItemCount(); ++group) {
        const QTreeWidgetItem *parent = m_tree->topLevelItem(group);
        for (int row = 0; row < parent->childCount(); ++row)
            rows << parent->text(0) + QStringLiteral(" / ") + parent->child(row)->text(0) +
                        QStringLiteral(" / ") + parent->child(row)->text(1);
    }
    return rows;
}

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("Hearth User Guide"));
    m_browser->setObjectName(QStringLiteral("userGuideTextBrowser"));
    // The guide is local; a link to the web would open nothing, by design.
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false);
    m_browser->setSource(QUrl(guideUrl()));
    layOutWithClose(*this, m_browser);
    resize(640, 560);
}

QString UserGuideDialog::guideUrl()
{
    const QString language = QLocale().name().section(u'_', 0, 0);
    const QString translated = QStringLiteral(":/help/guide_%1.html").arg(language);
    if (QFile::exists(translated))
        return QStringLiteral("qrc") + translated;
    return QStringLiteral("qrc:/help/guide.html");
}

} // namespace hearth::ui
