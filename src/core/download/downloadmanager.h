// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "download/download.h"
#include "download/downloadtypes.h"

#include <QList>
#include <QObject>
#include <QThread>

// The download queue: runs at most maxParallel downloads at a time on one network thread, keeps
// the queue in a JSON file (QSaveFile) and restores it at start. Lives on the GUI thread.
class DownloadManager : public QObject
{
    Q_OBJECT

public:
    // queueFile: where the queue is kept; empty = not persisted.
    explicit DownloadManager(const QString &queueFile = defaultQueueFile(), QObject *parent = nullptr);
    ~DownloadManager() override; // stops the transfers (their .part files stay) and saves the queue

    static QString defaultQueueFile();        // <AppDataLocation>/downloads.json
    static QString defaultDownloadDirectory(); // the user's Downloads folder

    // Applies to downloads added afterwards (and to the parallel limit at once).
    void setSettings(const DownloadSettings &settings);
    const DownloadSettings &settings() const { return m_settings; }
    void setMaxParallel(int count);
    // Connections of one file in all and per host, for downloads started from now on.
    void setConnections(int total, int perHost);
    // Tests: how .part files are opened (default: QFile).
    void setPartOpener(const PartOpener &opener) { m_partOpener = opener; }

    // Queues a file; null and *error when refused (the same file is already queued or running).
    Download *add(const DownloadRequest &request, QString *error = nullptr);
    Download *addRomFile(const RomFile &file, const QString &directory, QString *error = nullptr);
    // Removes an entry from the list; a running download is paused first (its .part stays).
    void remove(Download *download);

    const QList<Download *> &downloads() const { return m_downloads; }
    int indexOf(const Download *download) const { return m_downloads.indexOf(const_cast<Download *>(download)); }
    Download *find(const QString &finalPath) const;

    void pauseAll();
    void resumeAll();

    bool restore(QString *error = nullptr); // loads the queue file, queues what was unfinished
    bool save(QString *error = nullptr) const;

Q_SIGNALS:
    void aboutToAdd(int row);
    void added(int row);
    void aboutToRemove(int row);
    void removed(int row);
    void downloadChanged(int row);
    void downloadStateChanged(Download *download, DownloadState state);

private:
    Download *create(const DownloadRequest &request);
    void schedule();
    void onStateChanged(Download *download, DownloadState state);

    QString m_queueFile;
    DownloadSettings m_settings;
    PartOpener m_partOpener;
    QThread m_networkThread;
    QList<Download *> m_downloads;
    bool m_restoring = false;
};
