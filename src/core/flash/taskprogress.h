// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

// Shared between a job running on a worker thread and whoever waits for it: the job says how far
// it got (and in which stage), the other side may ask it to stop. Every member is thread-safe.
class TaskProgress
{
public:
    // What a job is doing; the share done is per stage.
    enum class Stage { Reading, Checking, Extracting, Verifying };

    void report(qint64 done, qint64 total)
    {
        m_done.store(done, std::memory_order_relaxed);
        m_total.store(total, std::memory_order_relaxed);
        if (m_observer)
            m_observer(*this);
    }
    // Called on the job's thread at every report; set before the job starts (a test stops a
    // job at an exact point with it).
    void setObserver(std::function<void(TaskProgress &)> observer) { m_observer = std::move(observer); }
    void setStage(Stage stage)
    {
        m_stage.store(int(stage), std::memory_order_relaxed);
        report(0, m_total.load(std::memory_order_relaxed));
    }
    qint64 done() const { return m_done.load(std::memory_order_relaxed); }
    qint64 total() const { return m_total.load(std::memory_order_relaxed); }
    Stage stage() const { return Stage(m_stage.load(std::memory_order_relaxed)); }

    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }

private:
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    std::atomic<int> m_stage{0};
    std::atomic<bool> m_cancelled{false};
    std::function<void(TaskProgress &)> m_observer;
};
