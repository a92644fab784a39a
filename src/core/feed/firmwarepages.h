// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/xfupage.h"
#include "feed/firmwarelist.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

// Puts the site's firmware and vendor sections together as catalog pages, as the site shows them:
// - a firmware version page's card gets the GitHub links the lists give for its file name (the
//   site's /download page does the same look-up); none means "no download link published";
// - a file only the lists know (no page: 216 upstream, weekly builds whose version page shows the
//   other region's file) becomes a card on its device's version page, without MD5 or size;
// - vendor packages (no version pages upstream) become one page per device and version;
// - the firmware refresh feed's records become cards as list-only files do.
class FirmwarePages
{
public:
    using Lists = QMap<QString, QList<FirmwareList::Record>>; // device folder -> its list, in list order

    struct Result
    {
        QList<XfuPage> pages;
        int linkedCards = 0;   // page cards that got a link
        int listOnlyFiles = 0; // files only the lists know
    };

    // pages: the firmware version pages; lists: data/devices/full/<folder>.yml by folder.
    static Result firmware(QList<XfuPage> pages, const Lists &lists, const QHash<QString, QString> &deviceNames);
    // lists: data/vendor/full/<folder>.yml by folder; deviceNames: data/vendor_devices.yml.
    static QList<XfuPage> vendor(const Lists &lists, const QHash<QString, QString> &deviceNames);
    // The firmware refresh feed's records (FirmwareFeed) as pages, a card per file named as the list-only
    // files are: `known` are the firmware cards the catalog has (they name each model), deviceNames
    // name a device the pages never showed.
    static QList<XfuPage> feed(const Lists &lists, const QList<RomFile> &known, const QHash<QString, QString> &deviceNames);

    // The model in a firmware or vendor file's name, which picks the device name the site's pages
    // give it: "fw_gemini_miui_MI5Global_…" -> "MI5Global", "fw_air_air_global-ota_full-…" -> "air_global".
    static QString modelOfFileName(const QString &fileName);
};
