// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratemeter.h"

#include <algorithm>
#include <iterator>

void RateMeter::start(qint64 nowMs)
{
    std::fill(std::begin(m_samples), std::end(m_samples), 0);
    m_sampleStartMs = nowMs;
    m_head = 0;
    m_filled = 1;
}

void RateMeter::roll(qint64 nowMs) const
{
    if (nowMs - m_sampleStartMs >= SampleMs * Samples) { // a long silence: nothing recent is left
        std::fill(std::begin(m_samples), std::end(m_samples), 0);
        m_sampleStartMs = nowMs;
        m_filled = Samples;
        return;
    }
    while (nowMs - m_sampleStartMs >= SampleMs) {
        m_sampleStartMs += SampleMs;
        m_head = (m_head + 1) % Samples;
        m_samples[m_head] = 0;
        m_filled = std::min(Samples, m_filled + 1);
    }
}

void RateMeter::add(qint64 bytes, qint64 nowMs)
{
    if (m_filled == 0)
        start(nowMs);
    roll(nowMs);
    m_samples[m_head] += bytes;
    m_total += bytes;
}

qint64 RateMeter::bytesPerSecond(qint64 nowMs) const
{
    if (m_filled == 0)
        return 0;
    roll(nowMs);
    qint64 sum = 0;
    for (int i = 0; i < m_filled; ++i)
        sum += m_samples[(m_head - i + Samples) % Samples];
    // The current sample is only partly over; a very young stream counts as 100 ms old, so its
    // first chunk is no spike.
    const qint64 spanMs = std::max<qint64>(100, (m_filled - 1) * SampleMs + (nowMs - m_sampleStartMs));
    return sum * 1000 / spanMs;
}
