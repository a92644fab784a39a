// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogsummary.h"

// "1 version" needs no translator; other counts are plural messages, as languages such as Russian
// have several plural forms ("2 версии", "5 версий").
QString CatalogSummary::versions(qsizetype n, const QLocale &locale)
{
    return (n == 1 ? tr("%1 version") : tr("%1 versions", nullptr, int(n))).arg(locale.toString(qint64(n)));
}

QString CatalogSummary::files(qsizetype n, const QLocale &locale)
{
    return (n == 1 ? tr("%1 file") : tr("%1 files", nullptr, int(n))).arg(locale.toString(qint64(n)));
}

QString CatalogSummary::devices(qsizetype n, const QLocale &locale)
{
    return (n == 1 ? tr("%1 device") : tr("%1 devices", nullptr, int(n))).arg(locale.toString(qint64(n)));
}

QString CatalogSummary::statusText(const Catalog &catalog, const QLocale &locale)
{
    // Files as the site counts them: one per card of each version page.
    QStringList parts{versions(catalog.pages().size(), locale), files(catalog.cardCount(), locale),
                      devices(catalog.devices().size(), locale)};
    const QDate date = catalog.info().snapshot.toUTC().date();
    if (date.isValid())
        parts.append(tr("data of %1").arg(locale.toString(date, QLocale::ShortFormat)));
    return parts.join(QStringLiteral(" · "));
}
