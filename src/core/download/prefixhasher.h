// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class Md5Hasher;

// Feeds the MD5 (on its pool thread) the .part's completed prefix in file order, as it grows, so
// that when the last byte lands only a short tail is left to hash. A chunk that continues the
// prefix goes over from memory (no copy: QByteArray is shared); bytes that joined the prefix
// later, when another connection filled the gap before them, are read back from the .part, where
// the page cache still holds them. At most memoryLimit bytes wait in memory.
class PrefixHasher
{
public:
    PrefixHasher(Md5Hasher *hasher, QString partPath, qint64 memoryLimit);

    // The hasher holds the first `hashed` bytes of the .part (0: a fresh hash).
    void restartAt(qint64 hashed) { m_queuedEnd = hashed; }
    // Bytes [offset, offset + chunk.size()) were written; the prefix now ends at prefixEnd.
    void written(qint64 offset, const QByteArray &chunk, qint64 prefixEnd);
    // Hands over whatever of the prefix the hasher does not have yet.
    void catchUp(qint64 prefixEnd);
    qint64 queuedEnd() const { return m_queuedEnd; }

private:
    Md5Hasher *m_hasher;
    QString m_partPath;
    qint64 m_memoryLimit;
    qint64 m_queuedEnd = 0; // the hasher has been given bytes [0, m_queuedEnd)
};
