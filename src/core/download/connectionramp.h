// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// How many connections a lone host gets. More connections to one server pay only when it caps
// each connection (a CDN's per-connection limit); on a fast link they cost CPU and seeks that
// the MD5 needs. So it starts with one, and after each window adds one while the last one
// raised the total rate by at least `gain`; when one did not, it goes back a step and stays.
// A window in which this side held the bytes back (the MD5 behind) adds none: the server is
// not what limits; after a step it ends the probing, keeping the last step only if it paid.
// Pure bookkeeping: the caller passes the bytes received so far and the time.
class ConnectionRamp
{
public:
    ConnectionRamp(int maxConnections, qint64 windowMs, double gain = 1.25);

    void start(qint64 nowMs, qint64 bytes);
    int allowed() const { return m_allowed; }
    bool isSettled() const { return m_settled; }
    // At the end of a window: true when allowed() changed.
    bool update(qint64 nowMs, qint64 bytes, bool heldBack);
    void settle(); // a server refused a connection: no more probing


private:
    int m_max;
    qint64 m_windowMs;
    double m_gain;
    int m_allowed = 1;
    bool m_settled = false;
    qint64 m_windowStartMs = 0;
    qint64 m_windowStartBytes = 0;
    qint64 m_lastRate = -1; // bytes per second with one connection fewer
};
