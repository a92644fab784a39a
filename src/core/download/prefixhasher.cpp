// SPDX-License-Identifier: GPL-3.0-or-later
#include "prefixhasher.h"

#include "download/md5hasher.h"

#include <utility>

PrefixHasher::PrefixHasher(Md5Hasher *hasher, QString partPath, qint64 memoryLimit)
    : m_hasher(hasher)
    , m_partPath(std::move(partPath))
    , m_memoryLimit(memoryLimit)
{
}

void PrefixHasher::written(qint64 offset, const QByteArray &chunk, qint64 prefixEnd)
{
    if (offset == m_queuedEnd && offset + chunk.size() <= prefixEnd && m_hasher->pendingBytes() < m_memoryLimit) {
        m_hasher->addData(chunk);
        m_queuedEnd += chunk.size();
    }
    catchUp(prefixEnd);
}

void PrefixHasher::catchUp(qint64 prefixEnd)
{
    if (prefixEnd <= m_queuedEnd)
        return;
    m_hasher->addFileRange(m_partPath, m_queuedEnd, prefixEnd - m_queuedEnd);
    m_queuedEnd = prefixEnd;
}
