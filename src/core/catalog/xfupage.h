// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/romfile.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// Which section of the site a version page belongs to: the two ROM catalogs, the firmware-only zips
// and the vendor packages. (The name is older than the last two; the order is the tree's and the
// catalog file's.)
enum class RomOs { Miui, HyperOs, Firmware, Vendor };
constexpr int RomOsCount = 4;

QString osSlug(RomOs os);          // "miui" / "hyperos" / "firmware" / "vendor", as in the site's links
QString osDisplayName(RomOs os);   // "MIUI" / "HyperOS" / "Firmware" / "Vendor"
std::optional<RomOs> osFromSlug(QStringView slug); // any letter case
RomOs osOfVersion(QStringView version); // HyperOS versions start with "OS" ("OS1.0.5.0.UNCMIXM")
inline bool isRomSection(RomOs os) { return os == RomOs::Miui || os == RomOs::HyperOs; }
// The site's label of a card's file name: "Package Name", on firmware pages "Firmware Package Name".
QString packageNameLabel(RomOs os);

// One XFU version page: its identity (from the permalink) and its ROM cards in page order.
struct XfuPage
{
    RomOs os = RomOs::Miui;
    QString folder;      // device folder of the site, "gemini", "angelicain"
    QString branchSlug;  // permalink segment, "weekly", "public beta"
    QString version;     // "7.6.8"
    QString name;        // front matter name, "MI 5 Global"
    QList<RomFile> cards;

    // The page on the site; for vendor packages (the site has no version pages for them) the device's
    // vendor archive, which lists every package.
    QUrl websiteUrl() const;
    static QUrl websiteUrl(RomOs os, const QString &folder, const QString &branchSlug, const QString &version);
};
