// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testhttpserver.h"
#include "download/download.h"
#include "download/downloadmanager.h"

#include <QFile>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <memory>

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

// Remembers every state a download went through, with its message, and the most connections and
// mirrors it had at once.
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
            mostConnections = std::max(mostConnections, s.connections);
            mostMirrors = std::max(mostMirrors, s.mirrorsInUse);
            if (!s.segments.isEmpty())
                segments = s.segments;
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
    int mostConnections = 0;
    int mostMirrors = 0;
    QByteArray segments; // the last segment map it showed
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

// What the download engine tests (tst_download, tst_segmented, tst_releaseredirect, tst_mirrors) share: one file,
// fileName of `size` bytes of TestHttpServer::body, downloaded into a folder of their own (made in
// init()) by a DownloadManager that newManager() makes again where the app restarts; where the file
// and its leftovers lie, spelt out so that a renamed .part is noticed; and whether and why it
// ended as it did. A test class derives from it after QObject.
class DownloadFixture
{
protected:
    DownloadFixture(QString fileName, qint64 size) : m_fileName(std::move(fileName)), m_size(size) {}

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DownloadManager> m_manager;

    // The file from `urls`, checked against the MD5 of its body.
    DownloadRequest requestFrom(const QList<QUrl> &urls) const
    {
        DownloadRequest r;
        r.urls = urls;
        r.fileName = m_fileName;
        r.directory = m_dir->path();
        r.md5 = TestHttpServer::md5(m_size);
        return r;
    }
    QString finalPath() const { return m_dir->filePath(m_fileName); }
    QString partPath() const { return finalPath() + QLatin1String(".part"); }
    QString sidePath() const { return finalPath() + QLatin1String(".part.json"); }
    // The previous manager goes first, as an app that quits before it starts again.
    void newManager(const DownloadSettings &settings = fastSettings(), const QString &queue = QString())
    {
        m_manager.reset();
        m_manager = std::make_unique<DownloadManager>(queue);
        m_manager->setSettings(settings);
    }
    // For a test that serves files of several sizes.
    void setFileSize(qint64 size) { m_size = size; }
    bool verified(Download *d) const { return endedVerified(d, TestHttpServer::body(m_size)); }
    static QString why(Download *d) { return DownloadText::describe(d->status()) + QLatin1String(" / ") + d->status().message; }

private:
    QString m_fileName;
    qint64 m_size;
};

// In a DownloadFixture whose test has a log() of the requests its servers saw.
#define VERIFIED(d) QVERIFY2(verified(d), qPrintable(why(d) + QLatin1String(" | ") + log()))
#define WAIT_FINAL(d) QTRY_VERIFY_WITH_TIMEOUT((d)->status().isFinal(), 20000)
