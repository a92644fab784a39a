// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

// Milliseconds on a monotonic clock shared by the download engine.
inline qint64 monotonicMs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

// The speed of a byte stream over its last seconds. Times are milliseconds of any monotonic
// clock, passed in, so tests need no waiting.
class RateMeter
{
public:
    void start(qint64 nowMs);
    void add(qint64 bytes, qint64 nowMs);
    qint64 bytesPerSecond(qint64 nowMs) const; // 0 before the first byte
    qint64 total() const { return m_total; }

    // Bytes gained over a span that the caller restarts (a low-speed or slow-mirror window).
    struct Window
    {
        qint64 startMs = 0;
        qint64 startBytes = 0;
        void restart(const RateMeter &meter, qint64 nowMs) { startMs = nowMs; startBytes = meter.total(); }
        qint64 elapsedMs(qint64 nowMs) const { return nowMs - startMs; }
        qint64 gained(const RateMeter &meter) const { return meter.total() - startBytes; }
        qint64 bytesPerSecond(const RateMeter &meter, qint64 nowMs) const
        {
            return gained(meter) * 1000 / qMax<qint64>(1, elapsedMs(nowMs));
        }
    };

private:
    static constexpr qint64 SampleMs = 250;
    static constexpr int Samples = 12; // 3 s of history

    void roll(qint64 nowMs) const;

    qint64 m_total = 0;
    // Byte counts per 250 ms sample, a ring; mutable so that reading rolls old samples out.
    mutable qint64 m_samples[Samples] = {};
    mutable qint64 m_sampleStartMs = 0;
    mutable int m_head = 0;
    mutable int m_filled = 0; // samples in use, the current one included
};
