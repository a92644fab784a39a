// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>

// Which bytes of a file are there: a sorted set of disjoint, non-adjacent half-open ranges
// [begin, end). Adding merges; nothing is ever removed but by clear().
class ByteRanges
{
public:
    struct Range
    {
        qint64 begin = 0;
        qint64 end = 0;
        qint64 length() const { return end - begin; }
        bool operator==(const Range &o) const { return begin == o.begin && end == o.end; }
    };

    void add(qint64 begin, qint64 end);
    void clear() { m_ranges.clear(); }

    bool isEmpty() const { return m_ranges.isEmpty(); }
    const QList<Range> &ranges() const { return m_ranges; }
    qint64 covered() const;                   // bytes in all ranges
    qint64 prefixEnd() const;                 // the end of the range that starts at 0, else 0
    bool contains(qint64 begin, qint64 end) const; // every byte of [begin, end)
    // The first byte at or after `from` that is not in a range (may be >= any total).
    qint64 nextMissing(qint64 from) const;
    // The first byte at or after `from` that is in a range; `limit` when none before it.
    qint64 nextPresent(qint64 from, qint64 limit) const;
    // The missing ranges of [0, total).
    QList<Range> missing(qint64 total) const;

    // How full each of `cells` equal slices of [0, total) is, 0-255: a segment map to paint.
    QByteArray map(qint64 total, int cells) const;

    // [[begin, end], ...]; fromJson drops what is malformed and clips to [0, total) when total >= 0.
    QJsonArray toJson() const;
    static ByteRanges fromJson(const QJsonArray &array, qint64 total);

    bool operator==(const ByteRanges &o) const { return m_ranges == o.m_ranges; }

private:
    QList<Range> m_ranges;
};
