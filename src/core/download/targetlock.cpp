// SPDX-License-Identifier: GPL-3.0-or-later
#include "targetlock.h"

#include <QCoreApplication>

TargetLock::TargetLock(const QString &finalPath)
    : m_path(finalPath.isEmpty() ? QString() : lockPathFor(finalPath))
{
}

TargetLock::~TargetLock()
{
    release();
}

bool TargetLock::acquire(QString *error)
{
    if (isHeld())
        return true;
    if (!m_lock) {
        m_lock = std::make_unique<QLockFile>(m_path);
        // Only a dead holder makes a lock stale: a download may rightly hold it for hours.
        m_lock->setStaleLockTime(0);
    }
    if (m_lock->tryLock(0))
        return true;
    qint64 pid = 0;
    QString host;
    QString application;
    switch (m_lock->error()) {
    case QLockFile::LockFailedError:
        if (m_lock->getLockInfo(&pid, &host, &application)) {
            *error = QCoreApplication::translate("Download", "already being downloaded by another process (pid %1)").arg(pid);
            return false;
        }
        *error = QCoreApplication::translate("Download", "already being downloaded by another process");
        return false;
    case QLockFile::PermissionError:
        *error = QCoreApplication::translate("Download", "cannot create the lock file %1: permission denied").arg(m_path);
        return false;
    default:
        *error = QCoreApplication::translate("Download", "cannot create the lock file %1").arg(m_path);
        return false;
    }
}

void TargetLock::release()
{
    if (isHeld())
        m_lock->unlock();
}
