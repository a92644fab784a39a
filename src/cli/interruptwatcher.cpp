// SPDX-License-Identifier: GPL-3.0-or-later
#include "interruptwatcher.h"

#include <QCoreApplication>
#include <QPointer>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace {
QPointer<InterruptWatcher> s_watcher;

#ifdef Q_OS_UNIX
int s_pipe[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe calls here: wake the event loop through the self-pipe.
    const char byte = 1;
    [[maybe_unused]] const auto ignored = ::write(s_pipe[1], &byte, 1);
}
#endif

#ifdef Q_OS_WIN
BOOL WINAPI onConsoleControl(DWORD type)
{
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT)
        return FALSE;
    // Called on a system thread: hand over to the watcher's thread.
    if (InterruptWatcher *watcher = s_watcher.data())
        QMetaObject::invokeMethod(watcher, "interrupt", Qt::QueuedConnection);
    return TRUE;
}
#endif
} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{
    s_watcher = this;
    connect(this, &InterruptWatcher::interrupt, this, &InterruptWatcher::onInterrupt);
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_pipe) == 0) {
        ::fcntl(s_pipe[1], F_SETFL, O_NONBLOCK);
        auto *notifier = new QSocketNotifier(s_pipe[0], QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, [this] {
            char byte;
            [[maybe_unused]] const auto ignored = ::read(s_pipe[0], &byte, 1);
            Q_EMIT interrupt();
        });
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, nullptr);
        ::sigaction(SIGTERM, &action, nullptr);
    }
#endif
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(onConsoleControl, TRUE);
#endif
}

InterruptWatcher::~InterruptWatcher()
{
#ifdef Q_OS_UNIX
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    if (s_pipe[0] >= 0) {
        ::close(s_pipe[0]);
        ::close(s_pipe[1]);
        s_pipe[0] = s_pipe[1] = -1;
    }
#endif
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(onConsoleControl, FALSE);
#endif
}

void InterruptWatcher::onInterrupt()
{
    m_interrupted = true;
}
