// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

class Catalog;

// How the words a user types name a device and a version page of the catalog: one rule for every
// command of firmware-cli and for the app. A codename is the site's device folder in any letter
// case ("GEMINI", "hm2013023"), or a phone's variant filed under its base folder ("gemini_global"
// -> gemini). A version is the site's, in any letter case, with or without the leading "V"
// ("V7.6.8" finds 7.6.8), when that names one version of the device.
namespace CatalogLookup {

// The base codename of a variant: "gemini_global" -> "gemini", "laurel_sprout" -> "laurel".
QString baseCodename(QStringView variant);

// The device folder a typed codename names, as the catalog writes it; empty when none.
QString folder(const Catalog &catalog, const QString &codename);

struct PageMatch
{
    int page = -1;         // -1: none, or several (ambiguous); else the first section's (Catalog::findPage)
    QList<int> pages;      // every section's page of that version (MIUI, HyperOS, Firmware, Vendor order)
    QString folder;        // the folder the codename names; empty when it names none
    QStringList ambiguous; // the versions a loosely typed version could mean, when more than one
};
PageMatch page(const Catalog &catalog, const QString &codename, const QString &version);

// The pages of the same device folder and version across the ROM / firmware divide: for a MIUI or
// HyperOS page its firmware-only page, for a firmware page its ROM pages (section order). Empty for
// vendor packages, which the site does not tie to a ROM version.
QList<int> counterpartPages(const Catalog &catalog, int page);

// Which files a device text names (list --device, the CLI's and the app's device search). An exact
// name wins: a device's marketing name ("MI 5"), any of a card's device names ("MI 5 Global") or a codename
// as folder() reads it, in any letter case. Only when nothing is named exactly, every file whose
// device name, marketing name or codename contains the text.
class DeviceQuery
{
public:
    DeviceQuery(const Catalog &catalog, const QString &text);

    bool isExact() const { return m_exact; }
    // The file `file` of device `device` (indexes of Catalog::files() and devices()).
    bool matches(int device, int file) const;

private:
    const Catalog &m_catalog;
    QString m_text;
    bool m_exact = false;
    QSet<int> m_devices; // exact: the devices named by marketing name or codename
};

} // namespace CatalogLookup
