// SPDX-License-Identifier: GPL-3.0-or-later
// The pure parts of the segmented engine: byte ranges, the range scheduler (pieces in file order,
// work stealing), reply checks of an extra connection, the rate meter, the mirror pool.
#include "download/byteranges.h"
#include "download/connectionramp.h"
#include "download/mirrorpool.h"
#include "download/rangescheduler.h"
#include "download/ratemeter.h"
#include "download/replychecks.h"

#include <QtTest>

namespace {

constexpr qint64 MiB = 1 << 20;

RangeScheduler::Settings pieces()
{
    RangeScheduler::Settings s;
    s.minPiece = 1 * MiB;
    s.maxPiece = 16 * MiB;
    s.firstPiece = 4 * MiB;
    s.pieceMs = 4000;
    return s;
}

ReplyChecks::Head partial(qint64 first, qint64 last, qint64 total, const QByteArray &etag = "\"e\"")
{
    ReplyChecks::Head head;
    head.status = 206;
    head.contentRange = "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/' + QByteArray::number(total);
    head.contentLength = QByteArray::number(last - first + 1);
    head.etag = etag;
    return head;
}

ReplyChecks::Asked strictAsk(qint64 from, qint64 to, qint64 total, const QString &etag = QString())
{
    ReplyChecks::Asked asked;
    asked.from = from;
    asked.to = to;
    asked.strict = true;
    asked.knownTotal = total;
    asked.knownEtag = etag;
    return asked;
}

} // namespace

class TestSegmentUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rangesMerge()
    {
        ByteRanges r;
        r.add(10, 20);
        r.add(30, 40);
        r.add(20, 30); // touches both: one range
        QCOMPARE(r.ranges().size(), 1);
        QCOMPARE(r.ranges().first(), (ByteRanges::Range{10, 40}));
        r.add(0, 5);
        r.add(50, 60);
        r.add(3, 12);
        QCOMPARE(r.ranges(), (QList<ByteRanges::Range>{{0, 40}, {50, 60}}));
        QCOMPARE(r.covered(), qint64(50));
        QCOMPARE(r.prefixEnd(), qint64(40));
        QVERIFY(r.contains(0, 40));
        QVERIFY(!r.contains(39, 41));
        QVERIFY(r.contains(55, 60));
        QCOMPARE(r.nextMissing(0), qint64(40));
        QCOMPARE(r.nextMissing(45), qint64(45));
        QCOMPARE(r.nextMissing(52), qint64(60));
        QCOMPARE(r.nextPresent(41, 100), qint64(50));
        QCOMPARE(r.nextPresent(61, 100), qint64(100));
        QCOMPARE(r.missing(100), (QList<ByteRanges::Range>{{40, 50}, {60, 100}}));
        r.add(5, 5); // empty: nothing
        r.add(-3, 2);
        QCOMPARE(r.covered(), qint64(50));
    }

    void rangesJsonAndMap()
    {
        ByteRanges r;
        r.add(0, 4 * MiB);
        r.add(qint64(6) << 30, (qint64(6) << 30) + 100); // past 4 GiB: exact in the side file
        const ByteRanges back = ByteRanges::fromJson(r.toJson(), qint64(7) << 30);
        QCOMPARE(back, r);
        // Clipped to the total, malformed entries dropped.
        QJsonArray junk = r.toJson();
        junk.append(QJsonArray{QStringLiteral("x"), QStringLiteral("9")});
        junk.append(QStringLiteral("nonsense"));
        QCOMPARE(ByteRanges::fromJson(junk, 2 * MiB).ranges(), (QList<ByteRanges::Range>{{0, 2 * MiB}}));

        ByteRanges half;
        half.add(0, 50);
        half.add(75, 100);
        const QByteArray map = half.map(100, 4);
        QCOMPARE(map.size(), 4);
        QCOMPARE(uchar(map[0]), uchar(255));
        QCOMPARE(uchar(map[1]), uchar(255));
        QCOMPARE(uchar(map[2]), uchar(0));
        QCOMPARE(uchar(map[3]), uchar(255));
        QVERIFY(half.map(0, 4).isEmpty());
    }

    // Work goes out in file order, one piece per connection, sized to its speed.
    void piecesInFileOrder()
    {
        ByteRanges done;
        done.add(0, 2 * MiB);
        RangeScheduler s(100 * MiB, &done, pieces());
        const auto a = s.claim(0, 0);
        QVERIFY(a);
        QCOMPARE(a->begin, 2 * MiB);
        QCOMPARE(a->end, 6 * MiB); // first piece: 4 MiB
        const auto b = s.claim(1, 2 * MiB); // 2 MB/s x 4 s = 8 MiB
        QCOMPARE(b->begin, 6 * MiB);
        QCOMPARE(b->end, 14 * MiB);
        const auto c = s.claim(2, 100 * MiB); // capped at 16 MiB
        QCOMPARE(c->end - c->begin, 16 * MiB);
        const auto d = s.claim(3, 1000); // at least 1 MiB
        QCOMPARE(d->end - d->begin, 1 * MiB);
        QCOMPARE(s.activeClaims(), 4);
        // A released claim's rest goes back, first in line.
        s.advance(1, 7 * MiB);
        done.add(6 * MiB, 7 * MiB); // what it wrote
        s.release(1);
        const auto again = s.claim(4, 0);
        QCOMPARE(again->begin, 7 * MiB);
    }

    // No crumbs: a piece that would leave less than the minimum before the next claim takes it all.
    void noCrumbsAndExtension()
    {
        ByteRanges done;
        RangeScheduler s(4 * MiB + 100, &done, pieces());
        const auto a = s.claim(0, 0);
        QCOMPARE(a->end, 4 * MiB + 100);
        // An open-ended answer goes on past its claim while the bytes after it are free.
        ByteRanges done2;
        RangeScheduler t(40 * MiB, &done2, pieces());
        t.claim(0, 0); // [0, 4)
        t.advance(0, 4 * MiB);
        done2.add(0, 4 * MiB);
        QVERIFY(t.extend(0, 0));
        QCOMPARE(t.claimOf(0)->end, 8 * MiB);
        t.claim(1, 0); // [8, 12)
        t.advance(0, 8 * MiB);
        done2.add(4 * MiB, 8 * MiB);
        QVERIFY(!t.extend(0, 0)); // the next bytes are claimed

        // The last 2 MiB: split once into two halves of the minimum, then nothing more to take.
        ByteRanges done3;
        done3.add(0, 10 * MiB);
        RangeScheduler u(12 * MiB, &done3, pieces());
        QCOMPARE(u.claim(0, 0)->begin, 10 * MiB);
        const auto half = u.claim(1, 0);
        QVERIFY(half);
        QCOMPARE(half->begin, 11 * MiB);
        QCOMPARE(u.claimOf(0)->end, 11 * MiB);
        QVERIFY(!u.claim(2, 0));
    }

    // Nothing left to hand out: the asker takes the part of the range that would finish last,
    // split in proportion to the speeds so both end together.
    void stealsFromTheConnectionThatEndsLast()
    {
        ByteRanges done;
        RangeScheduler s(40 * MiB, &done, pieces());
        s.claim(0, 10 * MiB); // [0, 16)
        s.claim(1, 10 * MiB); // [16, 32)
        s.claim(2, 1 * MiB);  // [32, 36)
        s.claim(3, 1 * MiB);  // [36, 40)
        s.setSpeed(0, 10 * MiB);
        s.setSpeed(1, 1 * MiB); // 16 MiB at 1 MiB/s: the last to end
        s.setSpeed(2, 1 * MiB);
        s.setSpeed(3, 1 * MiB);
        s.advance(1, 20 * MiB); // 12 MiB left on it
        s.release(0);           // its piece done
        done.add(0, 16 * MiB);
        done.add(16 * MiB, 20 * MiB);
        const auto stolen = s.claim(0, 9 * MiB);
        QVERIFY(stolen);
        // 1 : 9 -> the slow one keeps 1/10 of 12 MiB.
        QCOMPARE(stolen->end, 32 * MiB);
        QVERIFY2(stolen->begin > 20 * MiB + MiB && stolen->begin < 20 * MiB + 2 * MiB, qPrintable(QString::number(stolen->begin)));
        QCOMPARE(s.claimOf(1)->end, stolen->begin);
    }

    // A slow connection at the hashed prefix is relieved before work further on is handed out.
    void slowPrefixBlockerIsRelievedFirst()
    {
        ByteRanges done;
        RangeScheduler s(200 * MiB, &done, pieces());
        s.claim(0, 0); // [0, 4)
        s.setSpeed(0, 100 * 1024); // 4 MiB at 100 KiB/s: 40 s
        const auto c = s.claim(1, 20 * MiB);
        QVERIFY(c);
        QCOMPARE(c->end, 4 * MiB);    // took the tail of the blocker, not [4, ...)
        QVERIFY(c->begin < 1 * MiB + 1); // 100 KiB/s keeps about 1/200: the minimum
        QCOMPARE(s.claimOf(0)->end, c->begin);
    }

    void strictChecks()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        using V = ReplyChecks::Verdict;
        // The exact range of the same file.
        V v = ReplyChecks::check(partial(100, 199, 1000), strictAsk(100, 200, 1000, QStringLiteral("\"e\"")), now);
        QCOMPARE(v.kind, V::Accept);
        QCOMPARE(v.total, qint64(1000));
        // Another size on this mirror: never mixed in.
        v = ReplyChecks::check(partial(100, 199, 1001), strictAsk(100, 200, 1000), now);
        QCOMPARE(v.kind, V::Refuse);
        QCOMPARE(v.refusal, V::OtherFile);
        // Another ETag than this mirror gave before: its file changed.
        v = ReplyChecks::check(partial(100, 199, 1000, "\"f\""), strictAsk(100, 200, 1000, QStringLiteral("\"e\"")), now);
        QCOMPARE(v.kind, V::Refuse);
        QCOMPARE(v.refusal, V::OtherFile);
        // Another start.
        v = ReplyChecks::check(partial(0, 199, 1000), strictAsk(100, 200, 1000), now);
        QCOMPARE(v.kind, V::Refuse);
        // 200: no ranges (or If-Range said changed): an extra connection takes nothing from it.
        ReplyChecks::Head whole;
        whole.status = 200;
        whole.contentLength = "1000";
        v = ReplyChecks::check(whole, strictAsk(100, 200, 1000), now);
        QCOMPARE(v.kind, V::Refuse);
        QCOMPARE(v.refusal, V::NoRanges);
        // 503 with Retry-After: a transient failure that says how long.
        ReplyChecks::Head busy;
        busy.status = 503;
        busy.retryAfter = "2";
        v = ReplyChecks::check(busy, strictAsk(100, 200, 1000), now);
        QCOMPARE(v.kind, V::Fail);
        QCOMPARE(v.failure, V::Transient);
        QCOMPARE(v.retryAfterMs, qint64(2000));
        // 404: gone.
        ReplyChecks::Head gone;
        gone.status = 404;
        v = ReplyChecks::check(gone, strictAsk(100, 200, 1000), now);
        QCOMPARE(v.failure, V::Permanent);
        QVERIFY(v.gone);
        QVERIFY(v.readBody);
    }

    void rateMeter()
    {
        RateMeter m;
        QCOMPARE(m.bytesPerSecond(0), qint64(0));
        for (int t = 0; t <= 2000; t += 100)
            m.add(100 * 1000, 1000 + t); // 1 MB/s
        const qint64 speed = m.bytesPerSecond(3000);
        QVERIFY2(speed > 900 * 1000 && speed < 1100 * 1000, qPrintable(QString::number(speed)));
        QCOMPARE(m.bytesPerSecond(10000), qint64(0)); // silence: nothing recent
        RateMeter::Window w;
        w.restart(m, 10000);
        m.add(500, 10500);
        QCOMPARE(w.gained(m), qint64(500));
        QCOMPARE(w.bytesPerSecond(m, 11000), qint64(500));
    }

    void mirrorPool()
    {
        const QList<QUrl> urls{QUrl(QStringLiteral("http://a.example/f")), QUrl(QStringLiteral("http://b.example/f")),
                               QUrl(QStringLiteral("http://c.example/f")), QUrl(QStringLiteral("http://a.example/g"))};
        MirrorPool pool(urls, 2);
        // Every mirror gets measured first, in order.
        QCOMPARE(pool.pick(0), 0);
        pool.started(0);
        QCOMPARE(pool.pick(0), 1);
        pool.started(1);
        QCOMPARE(pool.pick(0), 2);
        pool.started(2);
        // A mirror gets a second connection only once it has sent a piece as asked.
        QCOMPARE(pool.pick(0), 3);
        QCOMPARE(pool.pick(0), 3); // (not started: picking changes nothing)
        pool.proven(0);
        pool.proven(1);
        pool.proven(2);
        // Then the fastest per connection, never more than 2 on one host (a.example has 2 URLs).
        pool.recordSpeed(0, 100);
        pool.recordSpeed(1, 300);
        pool.recordSpeed(2, 200);
        QCOMPARE(pool.pick(0), 3); // not measured, not in use: measured first
        pool.started(3);
        QCOMPARE(pool.pick(0), 1);
        pool.started(1);
        QCOMPARE(pool.pick(0), 2); // b.example is full
        pool.started(2);
        QCOMPARE(pool.pick(0), -1); // every host full
        // A host that refused one more is held at what it has.
        pool.ended(2);
        pool.holdHost(2); // c.example has one: held at 1
        QCOMPARE(pool.pick(0), -1);
        // Dropped mirrors are never picked; a wait keeps one out until then.
        pool.ended(1);
        pool.drop(1, MirrorPool::Drop::Gone);
        QCOMPARE(pool.pick(0), -1);
        QVERIFY(!pool.allGone());
        pool.ended(2);
        pool.waitUntil(2, 5000);
        QCOMPARE(pool.pick(1000), -1);
        QCOMPARE(pool.pick(5000), 2);
        QCOMPARE(pool.waitLeft(2, 4000), qint64(1000));
        // A lone host's ramp: the connections it may have now, never above the perHost given.
        QCOMPARE(pool.hostCount(), 2); // a.example (two URLs) and c.example; b.example was dropped
        MirrorPool lone({QUrl(QStringLiteral("http://a.example/f"))}, 4);
        lone.proven(0);
        lone.setPerHost(1);
        lone.started(0);
        QCOMPARE(lone.pick(0), -1);
        lone.setPerHost(9);
        for (int i = 1; i < 4; ++i) {
            QCOMPARE(lone.pick(0), 0);
            lone.started(0);
        }
        QCOMPARE(lone.pick(0), -1); // 4, the perHost it was made with
        lone.ended(0);
        lone.holdHost(0); // held at 3, whatever the ramp says later
        lone.setPerHost(4);
        QCOMPARE(lone.pick(0), -1);
    }

    // A server that caps each connection: one more connection while each raises the rate by a
    // quarter, up to the most allowed. Rates are what each count of connections gets in a window.
    void rampGrowsWhileConnectionsPay()
    {
        ConnectionRamp ramp(4, 1000);
        ramp.start(0, 0);
        QCOMPARE(ramp.allowed(), 1);
        QVERIFY(!ramp.update(999, 1000, false)); // the window is not over
        qint64 bytes = 0, now = 0;
        for (int connections = 1; connections <= 3; ++connections) {
            bytes += connections * 2000000; // 2 MB/s per connection
            now += 1000;
            QVERIFY(ramp.update(now, bytes, false));
            QCOMPARE(ramp.allowed(), connections + 1);
        }
        bytes += 8000000;
        now += 1000;
        QVERIFY(!ramp.update(now, bytes, false)); // 4: the most
        QVERIFY(ramp.isSettled());
        QCOMPARE(ramp.allowed(), 4);
    }

    // A server (or link) that gives the same in all: the second connection adds nothing, so the
    // ramp goes back to one and stays; a window where the MD5 held reading back adds none.
    void rampStaysAtOneWhenMoreDoNotPay()
    {
        ConnectionRamp ramp(4, 1000);
        ramp.start(0, 0);
        QVERIFY(!ramp.update(1000, 500000000, true)); // held back by the MD5: the server is not the limit
        QCOMPARE(ramp.allowed(), 1);
        QVERIFY(ramp.update(2000, 1000000000, false)); // 500 MB/s on one: try a second
        QCOMPARE(ramp.allowed(), 2);
        QVERIFY(ramp.update(3000, 1550000000, false)); // 550 MB/s on two: +10 %, not worth it
        QCOMPARE(ramp.allowed(), 1);
        QVERIFY(ramp.isSettled());
        QVERIFY(!ramp.update(9000, 9000000000, false));
        QCOMPARE(ramp.allowed(), 1);
        // A step after which the MD5 holds reading back: the probing ends there, and the step
        // stays only if it raised the rate.
        ConnectionRamp md5Bound(4, 1000);
        md5Bound.start(0, 0);
        QVERIFY(md5Bound.update(1000, 600000000, false)); // 600 MB/s on one: try a second
        QCOMPARE(md5Bound.allowed(), 2);
        QVERIFY(md5Bound.update(2000, 1300000000, true)); // 700 MB/s on two, held back: +17 %
        QCOMPARE(md5Bound.allowed(), 1);
        QVERIFY(md5Bound.isSettled());
        ConnectionRamp paid(4, 1000);
        paid.start(0, 0);
        QVERIFY(paid.update(1000, 300000000, false)); // 300 MB/s on one
        QVERIFY(!paid.update(2000, 900000000, true)); // 600 MB/s on two, held back: kept, no third
        QCOMPARE(paid.allowed(), 2);
        QVERIFY(paid.isSettled());
        // A refusal settles it where it is.
        ConnectionRamp refused(4, 1000);
        refused.start(0, 0);
        QVERIFY(refused.update(1000, 1000, false));
        refused.settle();
        QVERIFY(!refused.update(2000, 9000, false));
        QCOMPARE(refused.allowed(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSegmentUnits)
#include "tst_segmentunits.moc"
