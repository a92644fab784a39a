// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace {

const QString AppBaseName = QStringLiteral("firmware-browser");
const QString ResourceDir = QStringLiteral(":/i18n");

QPointer<QTranslator> &installed(int which)
{
    static QPointer<QTranslator> translators[2];
    return translators[which];
}

std::optional<QLocale> &installedLocale()
{
    static std::optional<QLocale> locale;
    return locale;
}

// Replaces translator number `which` (0: Qt's, 1: the app's) with `loaded`, or removes it.
void replace(int which, QTranslator *loaded)
{
    QPointer<QTranslator> &slot = installed(which);
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = loaded;
    if (loaded)
        QCoreApplication::installTranslator(loaded);
}

QString languageOf(const QTranslator &translator)
{
    // ":/i18n/firmware-browser_pt_BR.qm" -> "pt_BR"
    const QString name = QFileInfo(translator.filePath()).completeBaseName();
    return name.mid(AppBaseName.size() + 1);
}

} // namespace

QString installTranslators(const QLocale &locale)
{
    auto *qt = new QTranslator(QCoreApplication::instance());
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtDir)) {
        delete qt;
        qt = nullptr;
    }
    replace(0, qt);

    auto *app = new QTranslator(QCoreApplication::instance());
    if (!app->load(locale, AppBaseName, QStringLiteral("_"), ResourceDir)
        && !app->load(AppBaseName + QStringLiteral("_en"), ResourceDir)) {
        delete app;
        app = nullptr;
    }
    replace(1, app);
    installedLocale() = locale;
    return app ? languageOf(*app) : QString();
}

std::optional<QLocale> translatorsLocale()
{
    return installedLocale();
}

void removeTranslators()
{
    replace(0, nullptr);
    replace(1, nullptr);
    installedLocale().reset();
}

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList pattern{AppBaseName + QStringLiteral("_*.qm")};
    for (const QString &file : QDir(ResourceDir).entryList(pattern, QDir::Files, QDir::Name))
        languages.append(QFileInfo(file).completeBaseName().mid(AppBaseName.size() + 1));
    return languages;
}
