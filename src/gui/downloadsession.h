// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class DownloadManager;

// Quitting with downloads running: pauses them (their .part files stay), remembers which ones
// ran (QSettings "downloads/resumeAtStart") and resumes those after the next start's restore.
namespace DownloadSession {

// Downloads that would stop if the app quit now: queued, connecting, downloading, retrying or
// verifying (paused and finished ones do not count).
int runningCount(const DownloadManager &manager);
// Pauses every running download, remembers them and saves the queue.
void pauseForQuit(DownloadManager &manager);
// DownloadManager::restore(), then resumes what pauseForQuit() paused. False and *error when
// the queue file could not be read.
bool restore(DownloadManager &manager, QString *error = nullptr);

} // namespace DownloadSession
