// SPDX-License-Identifier: GPL-3.0-or-later
#include "byteranges.h"

#include <algorithm>

void ByteRanges::add(qint64 begin, qint64 end)
{
    if (begin < 0 || end <= begin)
        return;
    // The first range that ends at or after begin may touch or overlap the new one.
    auto first = std::lower_bound(m_ranges.begin(), m_ranges.end(), begin,
                                  [](const Range &r, qint64 value) { return r.end < value; });
    auto last = first;
    while (last != m_ranges.end() && last->begin <= end) {
        begin = std::min(begin, last->begin);
        end = std::max(end, last->end);
        ++last;
    }
    first = m_ranges.erase(first, last);
    m_ranges.insert(first, Range{begin, end});
}

qint64 ByteRanges::covered() const
{
    qint64 sum = 0;
    for (const Range &r : m_ranges)
        sum += r.length();
    return sum;
}

qint64 ByteRanges::prefixEnd() const
{
    return !m_ranges.isEmpty() && m_ranges.first().begin == 0 ? m_ranges.first().end : 0;
}

bool ByteRanges::contains(qint64 begin, qint64 end) const
{
    if (end <= begin)
        return true;
    auto it = std::upper_bound(m_ranges.begin(), m_ranges.end(), begin,
                               [](qint64 value, const Range &r) { return value < r.begin; });
    if (it == m_ranges.begin())
        return false;
    --it;
    return it->begin <= begin && end <= it->end;
}

qint64 ByteRanges::nextMissing(qint64 from) const
{
    for (const Range &r : m_ranges) {
        if (r.begin > from)
            break;
        if (r.end > from)
            return r.end;
    }
    return from;
}

qint64 ByteRanges::nextPresent(qint64 from, qint64 limit) const
{
    for (const Range &r : m_ranges) {
        if (r.end <= from)
            continue;
        return std::min(limit, std::max(from, r.begin));
    }
    return limit;
}

QList<ByteRanges::Range> ByteRanges::missing(qint64 total) const
{
    QList<Range> gaps;
    qint64 at = 0;
    for (const Range &r : m_ranges) {
        if (r.begin >= total)
            break;
        if (r.begin > at)
            gaps.append(Range{at, r.begin});
        at = std::max(at, r.end);
    }
    if (at < total)
        gaps.append(Range{at, total});
    return gaps;
}

QByteArray ByteRanges::map(qint64 total, int cells) const
{
    if (total <= 0 || cells <= 0)
        return QByteArray();
    QByteArray map(cells, '\0');
    for (const Range &r : m_ranges) {
        const qint64 begin = std::min(r.begin, total);
        const qint64 end = std::min(r.end, total);
        // Spread the range over the cells it touches, each by the share of it that is filled.
        for (qint64 cell = begin * cells / total; cell < cells && cell * total < end * cells; ++cell) {
            const qint64 cellBegin = (cell * total + cells - 1) / cells;
            const qint64 cellEnd = std::min(total, ((cell + 1) * total + cells - 1) / cells);
            const qint64 filled = std::min(end, cellEnd) - std::max(begin, cellBegin);
            if (filled <= 0 || cellEnd <= cellBegin)
                continue;
            const int add = int(filled * 255 / (cellEnd - cellBegin));
            map[int(cell)] = char(std::min(255, int(uchar(map[int(cell)])) + add));
        }
    }
    return map;
}

QJsonArray ByteRanges::toJson() const
{
    QJsonArray array;
    // As strings: a double holds every size up to 2^53, but the side file stays exact and readable.
    for (const Range &r : m_ranges)
        array.append(QJsonArray{QString::number(r.begin), QString::number(r.end)});
    return array;
}

ByteRanges ByteRanges::fromJson(const QJsonArray &array, qint64 total)
{
    ByteRanges ranges;
    for (const QJsonValue &value : array) {
        const QJsonArray pair = value.toArray();
        if (pair.size() != 2)
            continue;
        bool okBegin = false;
        bool okEnd = false;
        const qint64 begin = pair.at(0).toString().toLongLong(&okBegin);
        qint64 end = pair.at(1).toString().toLongLong(&okEnd);
        if (!okBegin || !okEnd)
            continue;
        if (total >= 0)
            end = std::min(end, total);
        ranges.add(begin, end);
    }
    return ranges;
}
