// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/romfile.h"

#include <QList>
#include <QString>
#include <QUrl>

// Which of the site's two catalogs a version page belongs to.
enum class RomOs { Miui, HyperOs };

QString osSlug(RomOs os);          // "miui" / "hyperos", as in the site's links
QString osDisplayName(RomOs os);   // "MIUI" / "HyperOS"
RomOs osOfVersion(QStringView version); // HyperOS versions start with "OS" ("OS1.0.5.0.UNCMIXM")

// One XFU version page: its identity (from the permalink) and its ROM cards in page order.
struct XfuPage
{
    RomOs os = RomOs::Miui;
    QString folder;      // device folder of the site, "gemini", "angelicain"
    QString branchSlug;  // permalink segment, "weekly", "public beta"
    QString version;     // "7.6.8"
    QString name;        // front matter name, "MI 5 Global"
    QList<RomFile> cards;

    QUrl websiteUrl() const;
    static QUrl websiteUrl(RomOs os, const QString &folder, const QString &branchSlug, const QString &version);
};
