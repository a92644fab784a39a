// SPDX-License-Identifier: GPL-3.0-or-later
#include "download.h"

#include <QThread>

Download::Download(const DownloadRequest &request, const DownloadSettings &settings, QThread *networkThread,
                   QObject *parent, const PartOpener &partOpener)
    : QObject(parent)
    , m_request(request)
    , m_worker(new DownloadWorker(request, settings))
{
    qRegisterMetaType<DownloadStatus>();
    m_worker->setPartOpener(partOpener);
    if (networkThread)
        m_worker->moveToThread(networkThread);
    connect(m_worker, &DownloadWorker::statusChanged, this, &Download::onWorkerStatus, Qt::QueuedConnection);
}

Download::~Download()
{
    DownloadWorker *worker = m_worker;
    if (worker->thread() == QThread::currentThread() || !worker->thread()->isRunning()) {
        worker->shutdown();
        delete worker;
    } else {
        // Waits for the current chunk at most.
        QMetaObject::invokeMethod(worker, [worker] {
            worker->shutdown();
            delete worker;
        }, Qt::BlockingQueuedConnection);
    }
}

void Download::restoreStatus(const DownloadStatus &status)
{
    m_status = status;
}

void Download::start()
{
    const DownloadState before = m_status.state;
    if (m_status.isActive() || before == DownloadState::Completed)
        return;
    const bool fresh = m_freshStart;
    m_freshStart = false;
    setLocalState(DownloadState::Connecting);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, fresh] { worker->start(fresh); }, Qt::QueuedConnection);
}

void Download::pause()
{
    if (m_status.isFinal() || m_status.state == DownloadState::Paused)
        return;
    if (m_status.state == DownloadState::Queued) {
        setLocalState(DownloadState::Paused);
        return;
    }
    QMetaObject::invokeMethod(m_worker, &DownloadWorker::pause, Qt::QueuedConnection);
}

void Download::resume()
{
    if (m_status.state == DownloadState::Paused)
        setLocalState(DownloadState::Queued);
}

void Download::cancel()
{
    if (m_status.state == DownloadState::Cancelled || m_status.state == DownloadState::Completed)
        return;
    QMetaObject::invokeMethod(m_worker, &DownloadWorker::cancel, Qt::QueuedConnection);
}

void Download::retry()
{
    if (m_status.state != DownloadState::Failed && m_status.state != DownloadState::Cancelled)
        return;
    m_freshStart = true;
    setLocalState(DownloadState::Queued);
}

void Download::setLocalState(DownloadState state)
{
    m_status.state = state;
    if (state == DownloadState::Queued || state == DownloadState::Connecting) {
        m_status.error = DownloadError::None;
        m_status.message.clear();
    }
    Q_EMIT stateChanged(this, state);
    Q_EMIT statusChanged(this);
}

void Download::onWorkerStatus(const DownloadStatus &status)
{
    // A status sent before a local Queued/Paused arrives late: the worker is idle then.
    if ((m_status.state == DownloadState::Queued || m_status.state == DownloadState::Paused) && status.isActive())
        return;
    const DownloadState before = m_status.state;
    m_status = status;
    if (status.state != before)
        Q_EMIT stateChanged(this, status.state);
    Q_EMIT statusChanged(this);
}
