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

    // The mirror in use is out for this pass; gone: it said the file no longer exists;
    // unreachable: its host could not be looked up or no network was there to reach it.
    void markFailed(bool gone, bool unreachable = false);
    // Another connection found mirror i unusable; it is not taken for the pass (it stays in use
    // if it is the current one: that connection finds out by itself).
    void markOut(int i, bool gone);
    // The mirror in use is too slow (bytesPerSecond measured); it may be taken again later.
    void markSlow(qint64 bytesPerSecond);
    // Moves to the first untried mirror, else to the fastest slow one; false when none is left.
    bool advance();

    bool hasUntried() const;
    bool allGone() const; // every mirror said the file no longer exists
    bool allUnreachable() const; // no mirror could be reached: most likely, no network

private:
    enum class Outcome { Untried, InUse, Slow, Failed, Gone, Unreachable };

    QList<Outcome> m_outcomes;
    QList<qint64> m_speeds; // bytes per second, for Slow
    int m_current = 0;
};
