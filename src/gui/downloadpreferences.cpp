// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadpreferences.h"

#include "download/downloadmanager.h"
#include "download/mirrors.h"
#include "flash/romfolders.h"

#include <QSettings>

namespace {
const QString Group = QStringLiteral("downloads");
const QString DirectoryKey = QStringLiteral("directory");
const QString ParallelKey = QStringLiteral("parallel");
const QString ConnectionsKey = QStringLiteral("connections");
const QString PerHostKey = QStringLiteral("connectionsPerHost");
const QString VerifyKey = QStringLiteral("verify");
const QString PreferredMirrorKey = QStringLiteral("preferredMirror");
} // namespace

QString DownloadPreferences::defaultDirectory()
{
    return DownloadManager::defaultDownloadDirectory();
}

DownloadPreferences DownloadPreferences::load()
{
    DownloadPreferences preferences;
    QSettings settings;
    settings.beginGroup(Group);
    const QString directory = settings.value(DirectoryKey).toString();
    if (!directory.isEmpty())
        preferences.directory = directory;
    preferences.parallel = qBound(MinParallel, settings.value(ParallelKey, preferences.parallel).toInt(), MaxParallel);
    preferences.connections
        = qBound(1, settings.value(ConnectionsKey, preferences.connections).toInt(), DownloadSettings::MaxConnections);
    preferences.connectionsPerHost
        = qBound(1, settings.value(PerHostKey, preferences.connectionsPerHost).toInt(), DownloadSettings::MaxPerHost);
    preferences.verify = settings.value(VerifyKey, preferences.verify).toBool();
    preferences.preferredMirror = settings.value(PreferredMirrorKey).toString().trimmed();
    preferences.romFolders = RomFolders::extraFolders();
    return preferences;
}

void DownloadPreferences::save() const
{
    QSettings settings;
    settings.beginGroup(Group);
    settings.setValue(DirectoryKey, directory);
    settings.setValue(ParallelKey, parallel);
    settings.setValue(ConnectionsKey, connections);
    settings.setValue(PerHostKey, connectionsPerHost);
    settings.setValue(VerifyKey, verify);
    settings.setValue(PreferredMirrorKey, preferredMirror);
    settings.endGroup();
    RomFolders::setExtraFolders(romFolders);
}

void DownloadPreferences::applyTo(DownloadManager &manager) const
{
    manager.setMaxParallel(qBound(MinParallel, parallel, MaxParallel));
    manager.setConnections(qBound(1, connections, DownloadSettings::MaxConnections),
                           qBound(1, connectionsPerHost, DownloadSettings::MaxPerHost));
}

DownloadRequest DownloadPreferences::requestFor(const RomFile &file, const QUrl &mirror) const
{
    DownloadRequest request = DownloadRequest::fromRomFile(file, directory);
    request.urls = Mirrors::ordered(request.urls, preferredMirror, mirror);
    if (!verify) {
        request.md5.clear();
        request.md5Prefix.clear();
    }
    return request;
}
