// SPDX-License-Identifier: GPL-3.0-or-later
// DownloadWorker, before the transfer: what an earlier run left. A final file of that name is
// checked against the MD5; a .part is kept when it belongs to this file (its side file's MD5 and
// size), its completed prefix hashed before the transfer goes on, or it starts over.
#include "downloadworker.h"

#include "download/md5hasher.h"

#include <QFile>
#include <QFileInfo>

void DownloadWorker::checkExistingFinalFile()
{
    const qint64 size = QFileInfo(m_finalPath).size();
    if (expectedVerification() == Verification::NotVerified) {
        if (m_request.exactSize == size) {
            m_status.alreadyDownloaded = true;
            m_status.received = m_status.total = size;
            return finishVerified(Verification::NotVerified);
        }
        return fail(DownloadError::Refused, tr("%1 already exists and there is no checksum to compare it with; "
                                               "it was left alone").arg(m_finalPath));
    }
    m_hashPurpose = HashPurpose::ExistingFinal;
    m_md5->reset();
    m_hashInSync = false;
    m_status.received = 0;
    m_status.total = size;
    setState(DownloadState::Verifying, tr("checking the existing file"));
    m_md5->addFile(m_finalPath);
    m_md5->finish();
}

void DownloadWorker::preparePart()
{
    if (!m_part.load()) {
        m_part.forget();
        m_md5->reset();
        m_hasher.restartAt(0);
        m_hashInSync = true;
        return startTransfer();
    }
    const qint64 size = m_part.sizeOnDisk();
    const ResumeState &side = m_part.side();
    const qint64 known = m_request.exactSize >= 0 ? m_request.exactSize : (m_part.haveSide() ? side.totalSize : -1);
    if (m_part.isStaleFor(m_request.md5, m_request.exactSize)) {
        QString error;
        if (!m_part.truncate(0, &error))
            return onTransferFailed({AttemptFailure::DiskFull, DownloadError::Disk, error});
        QFile::remove(m_request.sideFilePath());
        m_part.forget();
        m_md5->reset();
        m_hasher.restartAt(0);
        m_hashInSync = true;
        return startTransfer();
    }
    if (m_part.haveSide() && side.verified && known >= 0 && size == known && m_part.done().contains(0, known)) {
        // Verified before a crash; only the rename was left.
        m_status.received = m_status.total = size;
        return finishVerified(expectedVerification());
    }
    const qint64 prefix = m_part.done().prefixEnd();
    if ((m_hashInSync && m_hasher.queuedEnd() == prefix) || !m_hashNeeded)
        return startTransfer();
    // The MD5 state cannot be saved: hash the bytes already in the .part first.
    m_md5->reset();
    m_hashPurpose = HashPurpose::PartPrefix;
    m_hashInSync = false;
    m_status.received = 0;
    m_status.total = prefix;
    setState(DownloadState::Verifying, tr("checking the partial file"));
    m_md5->addFile(m_request.partPath(), prefix);
    m_hasher.restartAt(prefix);
    if (m_md5->notifyWhenDrained(0))
        onHasherDrained();
}

void DownloadWorker::onHasherDrained()
{
    if (m_hashPurpose != HashPurpose::PartPrefix)
        return;
    // Wait for the prefix hash itself; its progress reports arrive on their own.
    if (m_md5->pendingBytes() > 0 && !m_md5->notifyWhenDrained(0))
        return;
    m_hashPurpose = HashPurpose::None;
    m_hashInSync = true;
    startTransfer();
}
