// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionramp.h"

#include <algorithm>

ConnectionRamp::ConnectionRamp(int maxConnections, qint64 windowMs, double gain)
    : m_max(std::max(1, maxConnections))
    , m_windowMs(std::max<qint64>(1, windowMs))
    , m_gain(gain)
{
    m_settled = m_max == 1;
}

void ConnectionRamp::start(qint64 nowMs, qint64 bytes)
{
    m_windowStartMs = nowMs;
    m_windowStartBytes = bytes;
}

bool ConnectionRamp::update(qint64 nowMs, qint64 bytes, bool heldBack)
{
    const qint64 elapsed = nowMs - m_windowStartMs;
    if (m_settled || elapsed < m_windowMs)
        return false;
    const qint64 rate = (bytes - m_windowStartBytes) * 1000 / elapsed;
    start(nowMs, bytes);
    if (heldBack) {
        if (m_lastRate < 0)
            return false; // one connection: this window says nothing about the server
        // The MD5 holds reading back with the connection added last: no more can pay. That one
        // stays only if it raised the rate. (Waiting for a window the MD5 does not limit could
        // keep an extra connection for good, its pieces read back from the .part to hash.)
        m_settled = true;
        if (double(rate) >= double(m_lastRate) * m_gain)
            return false;
        m_allowed = std::max(1, m_allowed - 1);
        return true;
    }
    if (m_lastRate >= 0 && double(rate) < double(m_lastRate) * m_gain) {
        // The last connection added little: the server is not what limits each one.
        m_allowed = std::max(1, m_allowed - 1);
        m_settled = true;
        return true;
    }
    m_lastRate = rate;
    if (m_allowed >= m_max) {
        m_settled = true;
        return false;
    }
    ++m_allowed;
    return true;
}

void ConnectionRamp::settle()
{
    m_settled = true;
}
