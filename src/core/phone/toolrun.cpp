// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolrun.h"

#include <QFileInfo>

ToolRun::ToolRun(const QString &program, const QStringList &arguments, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_program(program)
    , m_arguments(arguments)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    m_timer.setInterval(timeoutMs);
    // adb shell forwards its stdin to the phone: give it none.
    m_process.setStandardInputFile(QProcess::nullDevice());
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        m_process.kill(); // finished() follows
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            m_errorString = m_process.errorString();
            finish(Outcome::FailedToStart);
        }
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        m_exitCode = exitCode;
        m_out = m_process.readAllStandardOutput();
        m_err = m_process.readAllStandardError();
        if (m_timedOut)
            finish(Outcome::TimedOut);
        else
            finish(status == QProcess::CrashExit ? Outcome::Crashed : Outcome::Finished);
    });
}

ToolRun::~ToolRun()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.disconnect(this);
        m_process.kill();
        m_process.waitForFinished(1000); // reaps the killed child; SIGKILL makes this immediate
    }
}

void ToolRun::start()
{
    m_outcome = Outcome::Running;
    m_timedOut = false;
    m_timer.start();
    m_process.start(m_program, m_arguments);
}

QString ToolRun::commandLine() const
{
    return QFileInfo(m_program).fileName() + QLatin1Char(' ') + m_arguments.join(QLatin1Char(' '));
}

void ToolRun::finish(Outcome outcome)
{
    if (m_outcome != Outcome::Running)
        return;
    m_timer.stop();
    m_outcome = outcome;
    Q_EMIT finished();
}
