// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

// One download per final file at a time, across processes: a QLockFile <final>.part.lock beside
// the .part. A lock left by a process that no longer runs (kill -9, a crash) is taken over; a live
// holder keeps it for as long as it runs, however long the download takes.
class TargetLock
{
public:
    explicit TargetLock(const QString &finalPath = QString());
    ~TargetLock(); // releases

    static QString lockPathFor(const QString &finalPath) { return finalPath + QLatin1String(".part.lock"); }

    // True when this object holds the lock (now or already); else *error says who holds it.
    bool acquire(QString *error);
    void release();
    bool isHeld() const { return m_lock && m_lock->isLocked(); }

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};
