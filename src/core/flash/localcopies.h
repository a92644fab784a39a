// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "flash/digestcache.h"
#include "flash/flashtask.h"
#include "flash/localcopy.h"

#include <QHash>
#include <QSet>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

// The catalog's files already on disk, for the app: the folders (the download folder and those
// the user adds) are listed in a worker for the catalog's file names, then each match is checked
// in turn, hashed in a worker unless its MD5 is cached (DigestCache). changed() names a file
// whose state moved; the card then offers Open Folder instead of Download.
class LocalCopies : public QObject
{
    Q_OBJECT

public:
    explicit LocalCopies(const QString &cachePath = DigestCache::defaultPath(), QObject *parent = nullptr);
    ~LocalCopies() override;

    void setCatalog(CatalogPtr catalog); // rescans
    void setFolders(const QStringList &folders); // rescans when they differ
    const QStringList &folders() const { return m_folders; }
    void rescan();

    // What is known about a file of this name on disk; none when there is none (or it changed
    // since it was checked: then it is checked again).
    std::optional<LocalCopy> copyOf(const QString &fileName);
    // A file that a download has just verified: known without hashing it again.
    void addVerified(const QString &path, const RomFile &file, const QString &md5);
    bool isBusy() const { return m_find.isRunning() || m_check.isRunning() || !m_queue.isEmpty(); }

Q_SIGNALS:
    void changed(const QString &fileName);
    void checking(const QString &fileName, qint64 hashed, qint64 total);
    void idle();

private:
    struct Candidate
    {
        QString path;
        int fileIndex = -1;
    };
    void startFind();
    void onFound(const QList<Candidate> &found);
    void checkNext();
    void onChecked();
    void finishCheck(const QString &fileName, const LocalCopy &copy);

    CatalogPtr m_catalog;
    QStringList m_folders;
    DigestCache m_cache;
    QHash<QString, LocalCopy> m_copies; // by file name
    QSet<QString> m_settled;             // names with a usable copy found in this scan
    QList<Candidate> m_queue;
    QString m_checkingName;
    std::shared_ptr<QList<Candidate>> m_found;   // filled by the find job
    std::shared_ptr<LocalCopy> m_checked;        // filled by the check job
    FlashTask m_find;
    FlashTask m_check;
    bool m_rescanPending = false;
};
