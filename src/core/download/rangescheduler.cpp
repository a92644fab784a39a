// SPDX-License-Identifier: GPL-3.0-or-later
#include "rangescheduler.h"

#include <algorithm>

RangeScheduler::RangeScheduler(qint64 total, const ByteRanges *done, const Settings &settings)
    : m_total(total)
    , m_done(done)
    , m_settings(settings)
{
}

bool RangeScheduler::isComplete() const
{
    return m_done->contains(0, m_total);
}

qint64 RangeScheduler::typicalSpeed() const
{
    qint64 best = 0;
    for (const Active &a : m_claims)
        best = std::max(best, a.speed);
    return best;
}

qint64 RangeScheduler::pieceFor(qint64 speed) const
{
    if (speed <= 0)
        return std::clamp(m_settings.firstPiece, m_settings.minPiece, m_settings.maxPiece);
    return std::clamp(speed * m_settings.pieceMs / 1000, m_settings.minPiece, m_settings.maxPiece);
}

qint64 RangeScheduler::nextFree(qint64 from, qint64 *freeEnd) const
{
    qint64 at = from;
    while (at < m_total) {
        at = m_done->nextMissing(at);
        if (at >= m_total)
            break;
        // Skip a claim that covers `at`.
        bool moved = false;
        for (const Active &a : m_claims) {
            if (a.claim.begin <= at && at < a.claim.end) {
                at = a.claim.end;
                moved = true;
            }
        }
        if (moved)
            continue;
        qint64 end = m_done->nextPresent(at, m_total);
        for (const Active &a : m_claims) {
            if (a.claim.begin > at)
                end = std::min(end, a.claim.begin);
        }
        *freeEnd = end;
        return at;
    }
    *freeEnd = m_total;
    return m_total;
}

std::optional<RangeScheduler::Claim> RangeScheduler::claim(int id, qint64 speed)
{
    release(id);
    // A slow connection holding up the completed prefix is relieved first: the MD5 waits on it.
    if (auto stolen = steal(id, speed, true))
        return stolen;
    qint64 freeEnd = 0;
    const qint64 begin = nextFree(0, &freeEnd);
    if (begin < m_total) {
        qint64 end = std::min(freeEnd, begin + pieceFor(speed));
        if (freeEnd - end < m_settings.minPiece)
            end = freeEnd; // no crumbs left behind
        m_claims.insert(id, Active{Claim{begin, end}, speed});
        return Claim{begin, end};
    }
    return steal(id, speed, false);
}

std::optional<RangeScheduler::Claim> RangeScheduler::steal(int id, qint64 speed, bool onlyPrefixBlocker)
{
    const qint64 stealerSpeed = speed > 0 ? speed : typicalSpeed();
    const qint64 prefix = m_done->prefixEnd();
    int victim = -1;
    double longest = 0;
    for (auto it = m_claims.cbegin(); it != m_claims.cend(); ++it) {
        const Active &a = it.value();
        const qint64 left = a.claim.end - a.claim.begin;
        if (it.key() == id || left < 2 * m_settings.minPiece)
            continue;
        if (onlyPrefixBlocker) {
            // Worth it only for a claim at the prefix that is far slower than the asker, and
            // that would still take long.
            if (a.claim.begin != prefix || a.speed <= 0 || stealerSpeed < 4 * a.speed
                || left * 1000 / a.speed < 2 * qint64(m_settings.pieceMs))
                continue;
        }
        const double seconds = double(left) / double(std::max<qint64>(a.speed, 1));
        if (victim < 0 || seconds > longest) {
            victim = it.key();
            longest = seconds;
        }
    }
    if (victim < 0)
        return std::nullopt;
    Active &v = m_claims[victim];
    const qint64 left = v.claim.end - v.claim.begin;
    // Both halves end together when split in proportion to the speeds (half when unknown).
    double keep = 0.5;
    if (v.speed > 0 && stealerSpeed > 0)
        keep = double(v.speed) / double(v.speed + stealerSpeed);
    qint64 split = v.claim.begin + std::clamp<qint64>(qint64(left * keep), m_settings.minPiece, left - m_settings.minPiece);
    const Claim stolen{split, v.claim.end};
    v.claim.end = split;
    m_claims.insert(id, Active{stolen, speed});
    return stolen;
}

bool RangeScheduler::extend(int id, qint64 speed)
{
    auto it = m_claims.find(id);
    if (it == m_claims.end())
        return false;
    Claim &c = it->claim;
    if (c.begin < c.end)
        return true;
    qint64 freeEnd = 0;
    const qint64 next = nextFree(c.end, &freeEnd);
    if (next != c.end || next >= m_total)
        return false;
    c.end = std::min(freeEnd, next + pieceFor(speed));
    if (freeEnd - c.end < m_settings.minPiece)
        c.end = freeEnd;
    it->speed = speed;
    return true;
}

void RangeScheduler::setSpeed(int id, qint64 speed)
{
    auto it = m_claims.find(id);
    if (it != m_claims.end())
        it->speed = speed;
}

void RangeScheduler::advance(int id, qint64 next)
{
    auto it = m_claims.find(id);
    if (it != m_claims.end())
        it->claim.begin = std::min(std::max(it->claim.begin, next), it->claim.end);
}

void RangeScheduler::release(int id)
{
    m_claims.remove(id);
}

std::optional<RangeScheduler::Claim> RangeScheduler::claimOf(int id) const
{
    auto it = m_claims.constFind(id);
    if (it == m_claims.cend())
        return std::nullopt;
    return it->claim;
}
