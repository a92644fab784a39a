// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// Where ROM files already downloaded may sit: the download folder of Preferences and the folders
// the user adds there ("Also look for downloaded ROMs in"). Kept in QSettings (group "downloads"),
// read by the app and by firmware-cli download.
namespace RomFolders {

// The download folder as Preferences saved it; empty when never changed (the default applies).
QString savedDownloadFolder();
QStringList extraFolders();
void setExtraFolders(const QStringList &folders);
// The folders to search, first ones first, without repeats: the given ones, then the download
// folder (savedDownloadFolder(), else defaultDownloadFolder), then the extra folders.
QStringList searchOrder(const QStringList &first, const QString &defaultDownloadFolder);

} // namespace RomFolders
