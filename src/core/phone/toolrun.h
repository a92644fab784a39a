// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

// One command of an external tool (adb, fastboot), run without blocking: finished() comes when
// it ends, fails to start, or runs past its time limit (then it is killed; a hung adb never
// holds anything up).
class ToolRun : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Running, Finished, FailedToStart, TimedOut, Crashed };

    ToolRun(const QString &program, const QStringList &arguments, int timeoutMs, QObject *parent = nullptr);
    ~ToolRun() override;

    void start();
    Outcome outcome() const { return m_outcome; }
    int exitCode() const { return m_exitCode; }
    QByteArray standardOutput() const { return m_out; }
    QByteArray standardError() const { return m_err; }
    QString errorString() const { return m_errorString; }
    // "adb -s SERIAL shell getprop", for messages.
    QString commandLine() const;
    int timeoutMs() const { return m_timer.interval(); }

Q_SIGNALS:
    void finished();

private:
    void finish(Outcome outcome);

    QProcess m_process;
    QTimer m_timer;
    QString m_program;
    QStringList m_arguments;
    Outcome m_outcome = Outcome::Running;
    bool m_timedOut = false;
    int m_exitCode = -1;
    QByteArray m_out, m_err;
    QString m_errorString;
};
