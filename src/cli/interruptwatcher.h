// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// Turns Ctrl+C (SIGINT on Unix, the console control handler on Windows) into a queued Qt
// signal, so a download can pause cleanly and leave a resumable .part. One at a time.
class InterruptWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override; // restores the default handling

    bool interrupted() const { return m_interrupted; }

Q_SIGNALS:
    void interrupt();

private:
    void onInterrupt();

    bool m_interrupted = false;
};
