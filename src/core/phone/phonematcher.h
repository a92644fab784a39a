// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "phone/phoneinfo.h"
#include "phone/romadvisor.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

// A ROM file worth offering the phone, with what speaks against it.
struct PhoneCandidate
{
    int file = -1; // index into Catalog::files()
    int page = -1; // index into Catalog::pages(): the phone's folder's page that lists it
    QStringList warnings;
};

// A phone mapped onto the catalog.
struct PhoneMatch
{
    PhoneInfo phone;
    QString folder;              // the device folder of the site; empty when the catalog has none
    QStringList siblingFolders;  // other folders listing the same codename's ROMs ("angelicain")
    int device = -1;             // Catalog::devices() entry to show (the installed version's OS)
    int installedPage = -1;      // the installed version's page, -1 when the catalog lacks it
    QSet<int> newerPages;        // pages newer than the installed version, same region and branch line
    QList<PhoneCandidate> recommended; // best first
    // The firmware-only zips of the installed version for the phone's region (what a custom ROM's
    // user flashes to keep the firmware under it current).
    QList<PhoneCandidate> installedFirmware;
    QStringList notes;           // about the phone as a whole, for the device panel
    RomAdvisor advisor;          // warnings for any file the user picks

    bool found() const { return !folder.isEmpty(); }
};

// Maps a phone onto the catalog: its folder (the base codename of its variant, or a sibling
// folder listing the same codename), its installed version's page, and the ROMs to offer: the
// newest per branch and type for the phone's region first, then the newest Fastboot ROM per
// branch of every other region (a region change needs one); and the installed version's firmware.
class PhoneMatcher
{
    Q_DECLARE_TR_FUNCTIONS(PhoneMatcher)

public:
    static PhoneMatch match(const Catalog &catalog, const PhoneInfo &phone);
};
