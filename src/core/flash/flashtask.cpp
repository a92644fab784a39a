// SPDX-License-Identifier: GPL-3.0-or-later
#include "flashtask.h"

#include <QThreadPool>
#include <QtConcurrent>

namespace {

QThreadPool *flashPool()
{
    // A pool of its own: a multi-gigabyte unpack must not hold up the catalog's short jobs in
    // the global pool, and two at a time keep one disk from thrashing.
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(2);
        return p;
    }();
    return pool;
}

} // namespace

FlashTask::FlashTask(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &FlashTask::reportProgress);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        m_timer.stop();
        reportProgress();
        m_running = false;
        Q_EMIT finished();
    });
}

FlashTask::~FlashTask()
{
    cancel();
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

bool FlashTask::start(Job job)
{
    if (isRunning())
        return false;
    m_progress = std::make_shared<TaskProgress>();
    std::shared_ptr<TaskProgress> progress = m_progress; // the job's own reference outlives a reset
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run(flashPool(), [job = std::move(job), progress] { job(*progress); }));
    m_timer.start();
    return true;
}

void FlashTask::cancel()
{
    if (m_progress)
        m_progress->cancel();
}

void FlashTask::reportProgress()
{
    if (m_progress)
        Q_EMIT progress(m_progress->stage(), m_progress->done(), m_progress->total());
}
