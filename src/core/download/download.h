// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "download/downloadtypes.h"
#include "download/downloadworker.h"

#include <QObject>

class QThread;

// One file to download, as the GUI thread and the CLI see it. The work happens in a
// DownloadWorker on the network thread; this object keeps the latest status snapshot and
// forwards commands. Every method returns at once.
class Download : public QObject
{
    Q_OBJECT

public:
    // networkThread may be null: the worker then lives in the current thread.
    Download(const DownloadRequest &request, const DownloadSettings &settings, QThread *networkThread,
             QObject *parent = nullptr, const PartOpener &partOpener = {});
    ~Download() override; // stops the transfer, keeps the .part

    const DownloadRequest &request() const { return m_request; }
    const DownloadStatus &status() const { return m_status; }
    DownloadState state() const { return m_status.state; }
    QString finalPath() const { return m_request.finalPath(); }

    // For a restored queue entry: show this status without running anything.
    void restoreStatus(const DownloadStatus &status);

public Q_SLOTS:
    void start();  // Queued -> runs (the manager calls this when a slot is free)
    void pause();  // keeps the .part
    void resume(); // Paused -> Queued
    void cancel(); // removes the .part
    void retry();  // Failed / Cancelled -> Queued, attempts counted afresh

Q_SIGNALS:
    void statusChanged(Download *download);   // progress, at most ~10 per second
    void stateChanged(Download *download, DownloadState state);

private:
    void onWorkerStatus(const DownloadStatus &status);
    void setLocalState(DownloadState state);

    DownloadRequest m_request;
    DownloadStatus m_status;
    DownloadWorker *m_worker = nullptr;
    bool m_freshStart = false;
};
