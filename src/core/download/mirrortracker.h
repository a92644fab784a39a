// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

// Which of a download's mirrors is in use and what each one did, over one pass of the list.
// Mirrors are tried in order and one that failed is not asked again. One left for being slow
// still works, so it is taken again (the fastest first) once no untried mirror remains.
class MirrorTracker
{
public:
    explicit MirrorTracker(int count = 0) { reset(count); }

    void reset(int count); // a new pass that starts at mirror 0

    int count() const { return int(m_outcomes.size()); }
    int current() const { return m_current; }

    // The mirror in use is out for this pass; gone: it said the file no longer exists.
    void markFailed(bool gone);
    // The mirror in use is too slow (bytesPerSecond measured); it may be taken again later.
    void markSlow(qint64 bytesPerSecond);
    // Moves to the first untried mirror, else to the fastest slow one; false when none is left.
    bool advance();

    bool hasUntried() const;
    bool allGone() const; // every mirror said the file no longer exists

private:
    enum class Outcome { Untried, InUse, Slow, Failed, Gone };

    QList<Outcome> m_outcomes;
    QList<qint64> m_speeds; // bytes per second, for Slow
    int m_current = 0;
};
