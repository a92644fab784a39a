// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogsummary.h"

QString CatalogSummary::versions(qsizetype n)
{
    return tr("%Ln version(s)", nullptr, int(n));
}

QString CatalogSummary::files(qsizetype n)
{
    return tr("%Ln file(s)", nullptr, int(n));
}

QString CatalogSummary::devices(qsizetype n)
{
    return tr("%Ln device(s)", nullptr, int(n));
}

QString CatalogSummary::statusText(const Catalog &catalog)
{
    // Files as the site counts them: one per card of each version page.
    QStringList parts{versions(catalog.pages().size()), files(catalog.cardCount()), devices(catalog.devices().size())};
    const QDate date = catalog.info().snapshot.toUTC().date();
    // ISO, as every date of the catalog (the cards, the tree, "Offline — catalog from 2026-08-23").
    if (date.isValid())
        parts.append(tr("data of %1").arg(date.toString(Qt::ISODate)));
    return parts.join(QStringLiteral(" · "));
}
