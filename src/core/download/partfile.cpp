// SPDX-License-Identifier: GPL-3.0-or-later
#include "partfile.h"

#include <QFile>
#include <QFileInfo>

#include <utility>

PartFile::PartFile(QString partPath, QString sidePath)
    : m_partPath(std::move(partPath))
    , m_sidePath(std::move(sidePath))
{
}

qint64 PartFile::sizeOnDisk() const
{
    const QFileInfo info(m_partPath);
    return info.exists() ? info.size() : -1;
}

bool PartFile::load()
{
    m_haveSide = ResumeState::load(m_sidePath, &m_side);
    if (!m_haveSide)
        m_side = ResumeState();
    m_done.clear();
    const qint64 size = sizeOnDisk();
    if (size < 0)
        return false;
    if (m_side.segmented) {
        // Only what the side file says; bytes written after its last save are fetched again.
        for (const ByteRanges::Range &r : m_side.ranges.ranges())
            m_done.add(r.begin, std::min(r.end, size));
    } else {
        m_done.add(0, size); // appended: every byte up to the end is there
    }
    return true;
}

bool PartFile::isStaleFor(const QString &md5, qint64 exactSize) const
{
    if (m_haveSide && !m_side.md5.isEmpty() && !md5.isEmpty() && m_side.md5 != md5)
        return true;
    const qint64 known = exactSize >= 0 ? exactSize : (m_haveSide ? m_side.totalSize : -1);
    return known >= 0 && sizeOnDisk() > known;
}

void PartFile::becomeSegmented()
{
    close(); // reopened at the next write, at any offset
    m_side.segmented = true;
    m_side.ranges = m_done;
    m_dirty = true;
}

bool PartFile::open(QString *error)
{
    if (m_device)
        return true;
    if (m_opener) {
        m_device = m_opener(m_partPath);
    } else {
        auto file = std::make_unique<QFile>(m_partPath);
        // Unbuffered: a full disk shows up at the write that hits it, not at close(). One
        // connection appends, as every download did: bytes another writer added to the .part stay
        // in the count and the sizes disagree at the end. Segmented connections write at their
        // own offsets.
        const QIODevice::OpenMode where = m_side.segmented ? QIODevice::ReadWrite : QIODevice::WriteOnly | QIODevice::Append;
        if (file->open(where | QIODevice::Unbuffered))
            m_device = std::move(file);
    }
    if (!m_device || !m_device->isOpen()) {
        m_device.reset();
        *error = tr("cannot open %1 for writing").arg(m_partPath);
        return false;
    }
    return true;
}

void PartFile::close()
{
    if (m_device) {
        m_device->close();
        m_device.reset();
    }
}

bool PartFile::write(qint64 offset, const QByteArray &data, QString *error)
{
    if (!m_device && !open(error))
        return false;
    const bool appending = m_device->openMode().testFlag(QIODevice::Append);
    if (!appending && m_device->pos() != offset && !m_device->seek(offset)) {
        *error = m_device->errorString();
        return false;
    }
    qint64 written = 0;
    while (written < data.size()) { // a short write is retried so that the real error shows
        const qint64 n = m_device->write(data.constData() + written, data.size() - written);
        if (n <= 0)
            break;
        written += n;
    }
    if (written != data.size()) {
        *error = m_device->errorString();
        if (written > 0 && !m_side.segmented) {
            QString ignored;
            truncate(offset, &ignored); // keep the .part equal to what was recorded
        }
        return false;
    }
    m_done.add(offset, offset + data.size());
    m_dirty = true;
    return true;
}

bool PartFile::truncate(qint64 size, QString *error)
{
    const bool wasOpen = isOpen();
    close();
    QFile file(m_partPath);
    const bool ok = size == 0 ? file.open(QIODevice::WriteOnly | QIODevice::Truncate) : file.resize(size);
    file.close();
    if (!ok) {
        *error = tr("cannot shorten %1: %2").arg(m_partPath, file.errorString());
        return false;
    }
    ByteRanges kept;
    for (const ByteRanges::Range &r : m_done.ranges())
        kept.add(r.begin, std::min(r.end, size));
    m_done = kept;
    if (size == 0)
        m_side.segmented = false;
    m_dirty = true;
    return !wasOpen || open(error);
}

void PartFile::forget()
{
    m_haveSide = false;
    m_side = ResumeState();
    m_done.clear();
}

bool PartFile::saveSide(QString *error)
{
    if (m_side.segmented)
        m_side.ranges = m_done;
    if (!m_side.save(m_sidePath, error))
        return false;
    m_haveSide = true;
    m_dirty = false;
    return true;
}

void PartFile::checkpoint(qint64 nowMs, qint64 checkpointMs)
{
    if (!m_side.segmented || !m_dirty || nowMs - m_lastSaveMs < checkpointMs)
        return;
    m_lastSaveMs = nowMs;
    QString ignored; // best effort: the next checkpoint or the stop tries again
    saveSide(&ignored);
}

void PartFile::removeFiles()
{
    close();
    QFile::remove(m_partPath);
    QFile::remove(m_sidePath);
    forget();
}
