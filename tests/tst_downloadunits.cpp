// SPDX-License-Identifier: GPL-3.0-or-later
// The pure parts of the download engine: names, HTTP header logic, side file, size text, MD5.
#include "testhttpserver.h"
#include "download/downloadtypes.h"
#include "download/httpchecks.h"
#include "download/md5hasher.h"
#include "util/md5digest.h"
#include "download/resumestate.h"
#include "util/safefilename.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <limits>

class TestDownloadUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void safeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("safe");
        QTest::newRow("recovery") << QStringLiteral("miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip") << true;
        QTest::newRow("fastboot") << QStringLiteral("gemini_global_images_7.6.8_20170608.0000.00_7.0_global_dfba39696a.tgz") << true;
        QTest::newRow("unicode") << QStringLiteral("rom-\u00e9t\u00e9.zip") << true;
        // aria2's detectDirTraversal vectors, then Windows' rules
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("dot") << QStringLiteral(".") << false;
        QTest::newRow("dotdot") << QStringLiteral("..") << false;
        QTest::newRow("slash") << QStringLiteral("/") << false;
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << false;
        QTest::newRow("dot-slash") << QStringLiteral("./a") << false;
        QTest::newRow("parent") << QStringLiteral("../a") << false;
        QTest::newRow("inner-parent") << QStringLiteral("a/../b") << false;
        QTest::newRow("trailing-slash") << QStringLiteral("a/") << false;
        QTest::newRow("ends-dotdot") << QStringLiteral("a/..") << false;
        QTest::newRow("backslash") << QStringLiteral("..\\..\\win.ini") << false;
        QTest::newRow("drive") << QStringLiteral("C:rom.zip") << false;
        QTest::newRow("nul-byte") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << false;
        QTest::newRow("del") << QStringLiteral("a\x7f") << false;
        QTest::newRow("star") << QStringLiteral("a*.zip") << false;
        QTest::newRow("con") << QStringLiteral("con") << false;
        QTest::newRow("aux-ext") << QStringLiteral("AUX.tar.gz") << false;
        QTest::newRow("lpt9") << QStringLiteral("lpt9.zip") << false;
        QTest::newRow("com-superscript") << QStringLiteral("COM\u00b9.zip") << false;
        QTest::newRow("console") << QStringLiteral("CONOUT$") << false;
        QTest::newRow("contoso") << QStringLiteral("contoso.zip") << true;
        QTest::newRow("trailing-space") << QStringLiteral("rom.zip ") << false;
        QTest::newRow("too-long") << QString(256, QLatin1Char('a')) << false;
        // Found by fuzz_safefilename (tests/data/fuzz/safefilename/)
        QTest::newRow("dotdot-inside") << QStringLiteral("rom..zip") << false;
        QTest::newRow("c1-control") << QStringLiteral("rom\u009b.zip") << false;
    }
    // Bad input (hostile file name): traversal (`../a`, `/etc/passwd`, `..\`), `..` inside, drive or stream colons, control characters (C0, DEL, C1), Windows device names (`CON`, `nul.txt`, `COM¹`), a trailing dot or space, over 255 bytes: refused, never repaired
    void safeNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, safe);
        QCOMPARE(SafeFileName::check(name).isEmpty(), safe);
        QTemporaryDir dir;
        QString error;
        const QString path = SafeFileName::pathIn(dir.path(), name, &error);
        QCOMPARE(!path.isEmpty(), safe);
        if (safe)
            QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(dir.path()).absoluteFilePath());
        else
            QVERIFY(!error.isEmpty());
    }

    void urlSegmentIsOnlyACandidate()
    {
        QCOMPARE(SafeFileName::lastUrlSegment(QUrl(QStringLiteral("https://h/a/b/rom.zip?x=1"))), QStringLiteral("rom.zip"));
        QCOMPARE(SafeFileName::lastUrlSegment(QUrl(QStringLiteral("https://h/a/%2e%2e"))), QStringLiteral(".."));
        QVERIFY(!SafeFileName::check(SafeFileName::lastUrlSegment(QUrl(QStringLiteral("https://h/")))).isEmpty());
    }

    // Scenario 27: offsets beyond 4 GiB are parsed as 64-bit.
    void contentRange()
    {
        auto r = HttpChecks::parseContentRange("bytes 4294967396-5368709119/5368709120");
        QVERIFY(r.valid);
        QCOMPARE(r.first, Q_INT64_C(4294967396));
        QCOMPARE(r.total, Q_INT64_C(5368709120));
        r = HttpChecks::parseContentRange("bytes */1024");
        QVERIFY(r.valid && r.unsatisfied);
        QCOMPARE(r.total, 1024);
        QVERIFY(!HttpChecks::parseContentRange("bytes 10-5/100").valid);
        QVERIFY(!HttpChecks::parseContentRange("bytes 0-100/100").valid);
        QVERIFY(!HttpChecks::parseContentRange("items 0-1/2").valid);
        QCOMPARE(HttpChecks::parseContentRange("bytes 0-9/*").total, -1);
    }

    // Bad input (hostile HTTP answer): an HTTP-date, garbage or `Retry-After: 11111111111111110` (overflowed: a fuzz finding) gives a sane wait or none
    void retryAfter()
    {
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 0), Qt::UTC);
        QCOMPARE(HttpChecks::retryAfterMs("120", now), 120000);
        QCOMPARE(HttpChecks::retryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT", now), 60000);
        QCOMPARE(HttpChecks::retryAfterMs("Wed, 21 Oct 2015 07:00:00 GMT", now), 0);
        QCOMPARE(HttpChecks::retryAfterMs("", now), -1);
        QCOMPARE(HttpChecks::retryAfterMs("soon", now), -1);
        // Found by fuzz_httpheaders (tests/data/fuzz/httpheaders/): seconds * 1000 overflowed.
        QCOMPARE(HttpChecks::retryAfterMs("11111111111111110", now), std::numeric_limits<qint64>::max() / 1000 * 1000);
    }

    void backoffDoublesWithJitterAndCap()
    {
        QCOMPARE(HttpChecks::backoffMs(1, 1000, 60000, 0.5), 1000);
        QCOMPARE(HttpChecks::backoffMs(3, 1000, 60000, 0.5), 4000);
        QCOMPARE(HttpChecks::backoffMs(20, 1000, 60000, 0.5), 60000);
        QCOMPARE(HttpChecks::backoffMs(1, 1000, 60000, 0.0), 800);
        QVERIFY(HttpChecks::backoffMs(1, 1000, 60000, 0.999) < 1200);
        for (int status : {408, 429, 500, 502, 503, 504})
            QVERIFY(HttpChecks::isTransientStatus(status));
        for (int status : {400, 401, 403, 404, 410, 416})
            QVERIFY(!HttpChecks::isTransientStatus(status));
        QVERIFY(HttpChecks::classify(QNetworkReply::OperationCanceledError) == HttpChecks::ErrorKind::Transient);
        QVERIFY(HttpChecks::classify(QNetworkReply::InsecureRedirectError) == HttpChecks::ErrorKind::Redirect);
    }

    void sizeText()
    {
        const SizeRange r = SizeRange::fromText(QStringLiteral("1.6 GB"));
        QVERIFY(r.isValid());
        QVERIFY(r.contains(1600000000));
        QVERIFY(r.contains(qint64(1.6 * 1024 * 1024 * 1024)));
        QVERIFY(!r.contains(300000));
        QVERIFY(!r.contains(Q_INT64_C(3000000000)));
        QVERIFY(SizeRange::fromText(QStringLiteral("812 MB")).contains(812LL * 1024 * 1024));
        QVERIFY(!SizeRange::fromText(QStringLiteral("Unknown")).isValid());
        QVERIFY(SizeRange::fromText(QStringLiteral("Unknown")).contains(5)); // no claim, no check
    }

    void resumeStateRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.zip.part.json"));
        ResumeState s;
        s.url = QUrl(QStringLiteral("https://bigota.d.miui.com/7.6.8/a.zip"));
        s.md5 = QStringLiteral("b3186f9d5fb716d6f2c182b3ac61ea61");
        s.totalSize = Q_INT64_C(5368709120);
        s.etag = QStringLiteral("W/\"weak\"");
        s.lastModified = QStringLiteral("Wed, 21 Oct 2015 07:28:00 GMT");
        QString error;
        QVERIFY(s.save(path, &error));
        ResumeState back;
        QVERIFY(ResumeState::load(path, &back));
        QCOMPARE(back.url, s.url);
        QCOMPARE(back.totalSize, s.totalSize);
        QCOMPARE(back.ifRangeValidator(), s.lastModified); // weak ETags never go into If-Range
        back.etag = QStringLiteral("\"strong\"");
        QCOMPARE(back.ifRangeValidator(), QStringLiteral("\"strong\""));
        QVERIFY(!ResumeState::load(dir.filePath(QStringLiteral("missing.json")), &back));
    }

    void hasherChunksAndFileAgree()
    {
        QTemporaryDir dir;
        const QByteArray data = TestHttpServer::body(3 << 20);
        QFile file(dir.filePath(QStringLiteral("f")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(data) == data.size());
        file.close();
        Md5Hasher hasher;
        QSignalSpy finished(&hasher, &Md5Hasher::finished);
        hasher.reset();
        hasher.addFile(file.fileName(), 1 << 20); // a prefix from the disk, then chunks
        hasher.addData(data.mid(1 << 20, 1000));
        hasher.addData(data.mid((1 << 20) + 1000));
        hasher.finish();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(1).toString(), TestHttpServer::md5(3 << 20));
        QCOMPARE(finished.first().at(2).toLongLong(), qint64(3 << 20));
        QString error;
        QCOMPARE(Md5Hasher::hashFileNow(file.fileName(), &error), TestHttpServer::md5(3 << 20));
    }

    // Md5Digest (libcrypto's or Qt's MD5) gives RFC 1321's answers, fed whole or in pieces, and
    // goes on after a result as QCryptographicHash does.
    void md5DigestKnownAnswersAndPieces()
    {
        const auto hex = [](Md5Digest &d) { return d.result().toHex(); };
        Md5Digest digest;
        QCOMPARE(hex(digest), QByteArray("d41d8cd98f00b204e9800998ecf8427e"));
        digest.addData("abc");
        QCOMPARE(hex(digest), QByteArray("900150983cd24fb0d6963f7d28e17f72"));
        digest.reset();
        digest.addData("message ");
        digest.addData("digest");
        QCOMPARE(hex(digest), QByteArray("f96b697d7cb7938d525a2f31aaf161d0"));
        digest.reset();
        digest.addData("1234567890123456789012345678901234567890");
        QCOMPARE(hex(digest), QByteArray("f5bf3e984432ae6f9f98840951e5cef3")); // a result in between ...
        digest.addData("1234567890123456789012345678901234567890");
        QCOMPARE(hex(digest), QByteArray("57edf4a22be3c955ac49da2e2107b67a")); // ... and the hash goes on
        QVERIFY(QByteArray(Md5Digest::backend()) == "OpenSSL" || QByteArray(Md5Digest::backend()) == "Qt");
    }

    // Scenario 40: cancel stops the worker within a chunk and nothing is reported.
    void hasherCancelStopsWithinAChunk()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("sparse")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.resize(qint64(4) << 30));
        file.close();
        auto *hasher = new Md5Hasher;
        QSignalSpy finished(hasher, &Md5Hasher::finished);
        QSignalSpy progress(hasher, &Md5Hasher::progress);
        hasher->addFile(file.fileName());
        hasher->finish();
        QVERIFY(progress.wait(5000));
        QElapsedTimer timer;
        timer.start();
        hasher->cancel();
        delete hasher; // waits for the running chunk only
        QVERIFY2(timer.elapsed() < 2000, "the hasher did not stop within a chunk");
        QCOMPARE(finished.count(), 0);
    }

    void describeStates()
    {
        DownloadStatus s;
        s.state = DownloadState::Retrying;
        s.retryInSeconds = 2;
        s.message = QStringLiteral("connection reset");
        QCOMPARE(DownloadText::describe(s), QStringLiteral("Retrying in 2 s: connection reset"));
        s.state = DownloadState::Completed;
        s.verification = Verification::PrefixVerified;
        QCOMPARE(DownloadText::describe(s), QStringLiteral("Completed (prefix verified)"));
    }
};

QTEST_GUILESS_MAIN(TestDownloadUnits)
#include "tst_downloadunits.moc"
