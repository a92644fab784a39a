// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testhttpserver.h"
#include "download/download.h"
#include "download/downloadmanager.h"

#include <QFile>
#include <QObject>
#include <QStringList>

// Short times so fault tests finish fast; outcomes never depend on them.
inline DownloadSettings fastSettings()
{
    DownloadSettings s;
    s.maxAttemptsWithoutProgress = 6;
    s.stallTimeoutMs = 700;
    s.lowSpeedBytes = 4096;
    s.lowSpeedWindowMs = 400;
    s.backoffInitialMs = 20;
    s.backoffMaxMs = 100;
    s.retryAfterCapMs = 5000;
    s.progressIntervalMs = 50;
    return s;
}

// Remembers every state a download went through, with its message.
class StateRecorder : public QObject
{
public:
    explicit StateRecorder(Download *download)
    {
        connect(download, &Download::statusChanged, this, [this](Download *d) {
            const DownloadStatus &s = d->status();
            if (states.isEmpty() || states.last() != s.state || messages.last() != s.message) {
                states.append(s.state);
                messages.append(s.message);
            }
            if (s.state == DownloadState::Retrying)
                retryInSeconds.append(s.retryInSeconds);
        });
    }
    bool saw(DownloadState state) const { return states.contains(state); }
    bool sawMessage(const QString &part) const
    {
        for (const QString &m : messages)
            if (m.contains(part, Qt::CaseInsensitive))
                return true;
        return false;
    }
    QList<DownloadState> states;
    QStringList messages;
    QList<int> retryInSeconds;
};

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The download ended verified with exactly `body` under its final name, its .part and side file gone.
inline bool endedVerified(Download *d, const QByteArray &body)
{
    const DownloadRequest &request = d->request();
    return d->state() == DownloadState::Completed && d->status().verification == Verification::Verified
        && readFile(request.finalPath()) == body && !QFile::exists(request.partPath())
        && !QFile::exists(request.sideFilePath());
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

#define WAIT_FINAL(d) QTRY_VERIFY_WITH_TIMEOUT((d)->status().isFinal(), 20000)
