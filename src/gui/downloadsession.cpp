// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadsession.h"

#include "download/downloadmanager.h"

#include <QSettings>

namespace {

const QString ResumeKey = QStringLiteral("downloads/resumeAtStart");

bool isRunning(const Download *download)
{
    const DownloadStatus &status = download->status();
    return status.state == DownloadState::Queued || status.isActive();
}

} // namespace

namespace DownloadSession {

int runningCount(const DownloadManager &manager)
{
    int count = 0;
    for (const Download *d : manager.downloads())
        count += isRunning(d) ? 1 : 0;
    return count;
}

void pauseForQuit(DownloadManager &manager)
{
    QStringList paths;
    for (Download *d : manager.downloads()) {
        if (isRunning(d)) {
            paths.append(d->finalPath());
            d->pause();
        }
    }
    QSettings settings;
    if (paths.isEmpty())
        settings.remove(ResumeKey);
    else
        settings.setValue(ResumeKey, paths);
    manager.save();
}

bool restore(DownloadManager &manager, QString *error)
{
    const bool ok = manager.restore(error);
    QSettings settings;
    const QStringList paths = settings.value(ResumeKey).toStringList();
    settings.remove(ResumeKey);
    for (const QString &path : paths) {
        if (Download *d = manager.find(path))
            d->resume(); // Paused -> Queued; queued entries run anyway
    }
    return ok;
}

} // namespace DownloadSession
