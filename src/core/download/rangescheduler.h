// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "download/byteranges.h"

#include <QHash>

#include <optional>

// Which bytes each connection of a segmented download fetches next. Work goes out in file order,
// in pieces sized to the connection's speed, so the completed prefix (which the MD5 follows)
// grows steadily. When nothing is left to hand out, a connection that asks takes part of the
// range left on the connection that would finish last, split in proportion to their speeds so
// both end together (work stealing: no slow mirror holds the tail). Pure bookkeeping: the
// caller measures speeds and says which bytes were written.
class RangeScheduler
{
public:
    struct Settings
    {
        qint64 minPiece = 1 << 20;     // never hand out or leave behind less (the last bytes aside)
        qint64 maxPiece = 16 << 20;    // bounds how far work runs ahead of the hashed prefix
        qint64 firstPiece = 4 << 20;   // for a connection whose speed is not known yet
        int pieceMs = 4000;            // a piece lasts about this long at the connection's speed
    };
    struct Claim
    {
        qint64 begin = 0; // the connection's next byte
        qint64 end = 0;   // where it stops (stealing may bring it closer)
    };

    RangeScheduler(qint64 total, const ByteRanges *done, const Settings &settings);

    qint64 total() const { return m_total; }
    bool isComplete() const;

    // Work for connection id (bytes per second, 0 when unknown); nothing when every missing
    // byte is claimed and no claim is worth splitting.
    std::optional<Claim> claim(int id, qint64 speed);
    // A connection reading an open-ended response goes on past its end when the bytes after it
    // are missing and unclaimed; false when it has to stop there.
    bool extend(int id, qint64 speed);
    void setSpeed(int id, qint64 speed);
    void advance(int id, qint64 next); // the connection wrote up to next
    void release(int id);              // its unfetched bytes go back to the pool
    std::optional<Claim> claimOf(int id) const;
    int activeClaims() const { return int(m_claims.size()); }

private:
    struct Active
    {
        Claim claim;
        qint64 speed = 0;
    };
    qint64 pieceFor(qint64 speed) const;
    qint64 typicalSpeed() const;
    // The first missing byte at or after `from` that no connection claims, or m_total.
    qint64 nextFree(qint64 from, qint64 *freeEnd) const;
    std::optional<Claim> steal(int id, qint64 speed, bool onlyPrefixBlocker);

    qint64 m_total;
    const ByteRanges *m_done;
    Settings m_settings;
    QHash<int, Active> m_claims;
};
