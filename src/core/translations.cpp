// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

void installTranslators(const QLocale &locale)
{
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *app = new QTranslator(QCoreApplication::instance());
    if (app->load(locale, QStringLiteral("firmware-browser"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || app->load(QStringLiteral("firmware-browser_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(app);
    else
        delete app;
}
