// SPDX-License-Identifier: GPL-3.0-or-later
#include "mirrortracker.h"

#include <algorithm>

void MirrorTracker::reset(int count)
{
    m_outcomes = QList<Outcome>(std::max(count, 0), Outcome::Untried);
    m_speeds = QList<qint64>(std::max(count, 0), 0);
    m_current = 0;
    if (!m_outcomes.isEmpty())
        m_outcomes[0] = Outcome::InUse;
}

void MirrorTracker::markFailed(bool gone, bool unreachable)
{
    if (m_current < count())
        m_outcomes[m_current] = gone ? Outcome::Gone : unreachable ? Outcome::Unreachable : Outcome::Failed;
}

void MirrorTracker::markOut(int i, bool gone)
{
    if (i >= 0 && i < count() && m_outcomes[i] != Outcome::InUse && m_outcomes[i] != Outcome::Gone)
        m_outcomes[i] = gone ? Outcome::Gone : Outcome::Failed;
}

void MirrorTracker::markSlow(qint64 bytesPerSecond)
{
    if (m_current < count()) {
        m_outcomes[m_current] = Outcome::Slow;
        m_speeds[m_current] = bytesPerSecond;
    }
}

bool MirrorTracker::advance()
{
    int next = int(m_outcomes.indexOf(Outcome::Untried));
    if (next < 0) {
        for (int i = 0; i < count(); ++i) {
            if (m_outcomes[i] == Outcome::Slow && (next < 0 || m_speeds[i] > m_speeds[next]))
                next = i;
        }
    }
    if (next < 0)
        return false;
    if (m_current < count() && m_outcomes[m_current] == Outcome::InUse)
        m_outcomes[m_current] = Outcome::Failed; // left without a verdict: do not come back
    m_current = next;
    m_outcomes[next] = Outcome::InUse;
    return true;
}

bool MirrorTracker::hasUntried() const
{
    return m_outcomes.contains(Outcome::Untried);
}

bool MirrorTracker::allGone() const
{
    return !m_outcomes.isEmpty()
        && std::all_of(m_outcomes.cbegin(), m_outcomes.cend(), [](Outcome o) { return o == Outcome::Gone; });
}

bool MirrorTracker::allUnreachable() const
{
    return !m_outcomes.isEmpty()
        && std::all_of(m_outcomes.cbegin(), m_outcomes.cend(), [](Outcome o) { return o == Outcome::Unreachable; });
}
