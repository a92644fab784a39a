// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonematcher.h"

#include "catalog/cataloglookup.h"
#include "catalog/versionorder.h"

#include <QHash>

#include <algorithm>
#include <tuple>

namespace {

// Folder -> number of its cards whose Codename field is the phone's codename.
QHash<QString, int> foldersListing(const Catalog &catalog, const QString &codename)
{
    QHash<QString, int> folders;
    for (const CatalogPage &page : catalog.pages()) {
        if (!isRomSection(page.os))
            continue;
        for (int f : page.files) {
            if (catalog.files()[f].codename == codename)
                ++folders[page.folder];
        }
    }
    return folders;
}

int branchRank(const QString &branch)
{
    static const QStringList order{QStringLiteral("Stable"), QStringLiteral("Stable Beta"),
                                   QStringLiteral("Public Beta"), QStringLiteral("Weekly")};
    const qsizetype rank = order.indexOf(branch);
    return rank < 0 ? int(order.size()) : int(rank);
}

int typeRank(const QString &type)
{
    return type == QLatin1String("Recovery") ? 0 : type == QLatin1String("Fastboot") ? 1 : 2;
}

// The catalog folder of the phone: the codename itself when the site has that folder, else the
// folder listing most of that codename's cards (a variant listed only under its sibling).
QString primaryFolder(const Catalog &catalog, const PhoneInfo &phone, const QHash<QString, int> &listing)
{
    for (const QString &candidate : {phone.codename(), CatalogLookup::baseCodename(phone.device)}) {
        if (!candidate.isEmpty() && !catalog.pagesOfFolder(candidate).isEmpty())
            return candidate;
    }
    QString best;
    for (auto it = listing.cbegin(); it != listing.cend(); ++it) {
        const int bestCount = listing.value(best);
        if (best.isEmpty() || it.value() > bestCount || (it.value() == bestCount && it.key() < best))
            best = it.key();
    }
    return best;
}

} // namespace

PhoneMatch PhoneMatcher::match(const Catalog &catalog, const PhoneInfo &phone)
{
    PhoneMatch match;
    match.phone = phone;
    const QString codename = phone.codename();
    if (codename.isEmpty()) {
        match.notes << tr("The phone did not say which device it is.");
        return match;
    }
    const QHash<QString, int> listing = foldersListing(catalog, codename);
    match.folder = primaryFolder(catalog, phone, listing);
    if (match.folder.isEmpty()) {
        match.notes << tr("The catalog has no ROMs for “%1”.").arg(codename);
        return match;
    }
    for (auto it = listing.cbegin(); it != listing.cend(); ++it) {
        if (it.key() != match.folder)
            match.siblingFolders << it.key();
    }
    match.siblingFolders.sort();

    // The installed page, in the folder or else a sibling (which then becomes the folder shown).
    if (!phone.installedVersion.isEmpty()) {
        for (const QString &folder : QStringList{match.folder} + match.siblingFolders) {
            const int page = catalog.findPage(folder, phone.installedVersion);
            if (page >= 0 && isRomSection(catalog.pages()[page].os)) {
                if (folder != match.folder) {
                    match.siblingFolders.removeAll(folder);
                    match.siblingFolders.append(match.folder);
                    match.siblingFolders.sort();
                    match.folder = folder;
                }
                match.installedPage = page;
                break;
            }
        }
    }

    // The phone's own files: cards with its codename (sibling builds share folders), or every card
    // when none names it.
    // (ROMs only: a firmware-only zip or vendor package is no ROM to install.)
    QList<int> pages = catalog.pagesOfFolder(match.folder);
    pages.erase(std::remove_if(pages.begin(), pages.end(), [&](int p) { return !isRomSection(catalog.pages()[p].os); }),
                pages.end());
    const bool ownCodenameListed = listing.value(match.folder) > 0;
    const auto isOwn = [&](int f) { return !ownCodenameListed || catalog.files()[f].codename == codename; };

    QString installedBranch, installedDate;
    if (match.installedPage >= 0) {
        for (int f : catalog.pages()[match.installedPage].files) {
            const RomFile &file = catalog.files()[f];
            if (!isOwn(f) || (!installedBranch.isEmpty() && !file.isForRegion(phone.romRegion())))
                continue;
            installedBranch = file.branch;
            // The version came out with its first file.
            if (installedDate.isEmpty() || file.releaseDate < installedDate)
                installedDate = file.releaseDate;
        }
    }
    match.advisor = RomAdvisor(phone, installedBranch, installedDate);
    const QString region = match.advisor.region();
    const QString hardwareRegion = phone.hardwareRegion();

    // Newest file per region, branch and type.
    QHash<QString, PhoneCandidate> newest; // "region|branch|type" -> candidate
    QList<QString> order;
    for (int p : pages) {
        for (int f : catalog.pages()[p].files) {
            if (!isOwn(f))
                continue;
            const RomFile &file = catalog.files()[f];
            const QString keyText = file.region() + QLatin1Char('|') + file.branch + QLatin1Char('|') + file.type;
            auto it = newest.find(keyText);
            if (it == newest.end()) {
                newest.insert(keyText, PhoneCandidate{f, p, {}});
                order.append(keyText);
                continue;
            }
            if (file.isNewerThan(catalog.files()[it->file]))
                *it = PhoneCandidate{f, p, {}};
        }
        if (match.installedPage >= 0 && p != match.installedPage) {
            const CatalogPage &page = catalog.pages()[p];
            for (int f : page.files) {
                const RomFile &file = catalog.files()[f];
                if (isOwn(f) && (region.isEmpty() || file.isForRegion(region))
                    && RomAdvisor::sameBranchLine(file.branch, match.advisor.installedBranch())
                    && match.advisor.isNewerThanInstalled(file)) {
                    match.newerPages.insert(p);
                    break;
                }
            }
        }
    }

    for (const QString &keyText : std::as_const(order)) {
        PhoneCandidate candidate = newest.value(keyText);
        const RomFile &file = catalog.files()[candidate.file];
        // Another region's ROM only helps as a Fastboot ROM; with the region unknown (fastboot
        // mode) the phone is ready for exactly that.
        const bool sameRegion = !region.isEmpty() && file.isForRegion(region);
        if (!sameRegion && file.type != QLatin1String("Fastboot"))
            continue;
        candidate.warnings = match.advisor.warnings(file);
        match.recommended.append(candidate);
    }
    const auto rank = [&](const PhoneCandidate &c) {
        const RomFile &file = catalog.files()[c.file];
        const int regionRank = file.isForRegion(region) ? 0 : file.isForRegion(hardwareRegion) ? 1 : 2;
        return std::make_tuple(regionRank, c.warnings.size(), branchRank(file.branch), typeRank(file.type),
                               file.region());
    };
    std::stable_sort(match.recommended.begin(), match.recommended.end(),
                     [&](const PhoneCandidate &a, const PhoneCandidate &b) {
                         const auto ra = rank(a), rb = rank(b);
                         if (ra != rb)
                             return ra < rb;
                         return compareVersions(catalog.files()[a.file].version, catalog.files()[b.file].version) > 0;
                     });

    if (!phone.installedVersion.isEmpty()) {
        for (int p : catalog.findPages(match.folder, phone.installedVersion)) {
            if (catalog.pages()[p].os != RomOs::Firmware)
                continue;
            for (int f : catalog.pages()[p].files) {
                const RomFile &file = catalog.files()[f];
                if (file.codename == codename && (region.isEmpty() || file.isForRegion(region)))
                    match.installedFirmware.append(PhoneCandidate{f, p, match.advisor.warnings(file)});
            }
        }
    }

    // The device row to select: the installed page's, else the one of the installed version's OS
    // (HyperOS when the version is unknown: its ROMs are the newest).
    if (match.installedPage >= 0) {
        match.device = catalog.deviceOfPage(match.installedPage);
    } else {
        const RomOs os = phone.installedVersion.isEmpty() ? RomOs::HyperOs : osOfVersion(phone.installedVersion);
        for (int p : pages) {
            const int device = catalog.deviceOfPage(p);
            if (match.device < 0)
                match.device = device;
            if (catalog.devices()[device].os == os) {
                match.device = device;
                break;
            }
        }
    }

    // What the user should know about the phone as a whole.
    if (!region.isEmpty() && !hardwareRegion.isEmpty()
        && (region == QLatin1String("China")) != (hardwareRegion == QLatin1String("China"))) {
        match.notes << tr("This phone runs a %1 ROM, but its hardware is a %2 model (ro.boot.hwc = %3): a seller "
                          "probably flashed it. Going back to a %2 ROM is a region change: it needs an unlocked "
                          "bootloader and a Fastboot ROM.")
                           .arg(region, hardwareRegion, phone.hardwareCode);
    }
    if (phone.connection == PhoneInfo::Connection::Fastboot) {
        match.notes << tr("In fastboot mode the phone does not say which ROM or region it runs: start Android "
                          "with USB debugging on for a full match. Showing the newest Fastboot ROMs of every region.");
    } else if (!phone.installedVersion.isEmpty() && match.installedPage < 0) {
        match.notes << tr("The installed version %1 is not in the catalog.").arg(phone.installedVersion);
    }
    if (phone.anti) {
        match.notes << tr("Anti-rollback index: %1. Flashing a ROM older than the installed one can be refused "
                          "or brick the phone.")
                           .arg(*phone.anti);
    }
    return match;
}
