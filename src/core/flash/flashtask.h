// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flash/taskprogress.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

// Runs one blocking job of this domain (inspect, extract, verify a file on disk) on a worker
// thread, never the caller's: progress comes as signals about ten times a second, cancel()
// stops the job within one block of data, finished() comes once, on the caller's thread.
// Deleting a running task cancels it and waits for the job to stop.
class FlashTask : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<void(TaskProgress &progress)>;

    explicit FlashTask(QObject *parent = nullptr);
    ~FlashTask() override;

    // Starts job; ignored (false) while another job of this task runs.
    bool start(Job job);
    void cancel();
    // From start() until finished() was emitted (the job itself may have ended a moment before).
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_progress && m_progress->isCancelled(); }
    TaskProgress::Stage stage() const { return m_progress ? m_progress->stage() : TaskProgress::Stage::Reading; }

Q_SIGNALS:
    void progress(TaskProgress::Stage stage, qint64 done, qint64 total);
    void finished();

private:
    void reportProgress();

    std::shared_ptr<TaskProgress> m_progress;
    QFutureWatcher<void> m_watcher;
    QTimer m_timer;
    bool m_running = false;
};
