// SPDX-FileCopyrightText: 2026 The Hearth developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace hearth::ui {

namespace {

// Replaces the translator in `slot` by one for `locale`, when a catalogue exists.
void install(QPointer<QTranslator> &slot, const QLocale &locale, const QString &name,
             const QString &folder)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), folder)) {
        QCoreApplication::installTranslator(translator);
        slot = translator;
    } else {
        delete translator;
    }
}

} // namespace

QString Language::settingKey()
{
    return QStringLiteral("ui/language");
}

QString Language::chosen()
{
    const QString language = QSettings().value(settingKey()).toString();
    return available().contains(language) ? language : QString();
}

void Language::setChosen(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(settingKey());
    else
        settings.setValue(settingKey(), language);
}

QStringList Language::available()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString Language::nativeName(const QString &language)
{
    QString name = QLocale(language).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

void Language::apply(const QString &language)
{
    static QPointer<QTranslator> qtTranslator;
    static QPointer<QTranslator> hearthTranslator;
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    install(qtTranslator, locale, QStringLiteral("qtbase"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(hearthTranslator, locale, QStringLiteral("hearth"), QStringLiteral(":/i18n"));
}

} // namespace hearth::ui
