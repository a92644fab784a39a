// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloglookup.h"

#include "catalog/catalog.h"
#include "catalog/xfupage.h"

#include <algorithm>

namespace {

// A version as compared when it is not typed exactly: any case, no leading "V".
QString looseVersion(const QString &version)
{
    const QString lower = version.toLower();
    return lower.startsWith(QLatin1Char('v')) ? lower.mid(1) : lower;
}

bool sameText(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

namespace CatalogLookup {

QString baseCodename(QStringView variant)
{
    const qsizetype underscore = variant.indexOf(QLatin1Char('_'));
    return (underscore < 0 ? variant : variant.left(underscore)).toString();
}

QString folder(const Catalog &catalog, const QString &codename)
{
    const QString typed = codename.trimmed();
    if (typed.isEmpty())
        return {};
    if (!catalog.pagesOfFolder(typed).isEmpty())
        return typed;
    // Most folders are lower case; a few are not ("HM2013023").
    for (const QString &candidate : {typed, baseCodename(typed)}) {
        for (const CatalogDevice &device : catalog.devices()) {
            if (sameText(device.folder, candidate))
                return device.folder;
        }
    }
    return {};
}

PageMatch page(const Catalog &catalog, const QString &codename, const QString &version)
{
    PageMatch match;
    match.folder = folder(catalog, codename);
    if (match.folder.isEmpty())
        return match;
    match.pages = catalog.findPages(match.folder, version);
    match.page = match.pages.value(0, -1);
    if (match.page >= 0)
        return match;
    const QString wanted = looseVersion(version.trimmed());
    QStringList versions;
    for (int p : catalog.pagesOfFolder(match.folder)) {
        const QString &candidate = catalog.pages()[p].version;
        if (looseVersion(candidate) == wanted && !versions.contains(candidate))
            versions.append(candidate);
    }
    if (versions.size() == 1) {
        match.pages = catalog.findPages(match.folder, versions.constFirst());
        match.page = match.pages.value(0, -1);
    }
    else if (versions.size() > 1)
        match.ambiguous = versions;
    return match;
}

QList<int> counterpartPages(const Catalog &catalog, int page)
{
    if (page < 0 || page >= catalog.pages().size())
        return {};
    const CatalogPage &p = catalog.pages().at(page);
    if (p.os == RomOs::Vendor)
        return {};
    const bool fromRom = isRomSection(p.os);
    QList<int> counterparts = catalog.findPages(p.folder, p.version);
    counterparts.removeIf([&](int other) {
        const RomOs os = catalog.pages().at(other).os;
        return fromRom ? os != RomOs::Firmware : !isRomSection(os);
    });
    return counterparts;
}

DeviceQuery::DeviceQuery(const Catalog &catalog, const QString &text)
    : m_catalog(catalog)
    , m_text(text.trimmed())
{
    const QString named = folder(catalog, m_text);
    for (int d = 0; d < catalog.devices().size(); ++d) {
        const CatalogDevice &device = catalog.devices()[d];
        if ((!named.isEmpty() && device.folder == named) || sameText(device.marketingName, m_text))
            m_devices.insert(d);
    }
    m_exact = !m_devices.isEmpty();
    for (qsizetype f = 0; !m_exact && f < catalog.files().size(); ++f) {
        for (const QString &name : catalog.files()[f].deviceNames())
            m_exact = m_exact || sameText(name, m_text);
    }
}

bool DeviceQuery::matches(int device, int file) const
{
    const RomFile &romFile = m_catalog.files()[file];
    const QStringList names = romFile.deviceNames();
    if (m_exact) {
        return m_devices.contains(device)
            || std::any_of(names.cbegin(), names.cend(), [this](const QString &name) { return sameText(name, m_text); });
    }
    return m_catalog.devices()[device].displayName().contains(m_text, Qt::CaseInsensitive)
        || romFile.codename.contains(m_text, Qt::CaseInsensitive)
        || std::any_of(names.cbegin(), names.cend(),
                       [this](const QString &name) { return name.contains(m_text, Qt::CaseInsensitive); });
}

} // namespace CatalogLookup
