// SPDX-License-Identifier: GPL-3.0-or-later
// Firmware zips are GitHub release assets (issue 18.3): the release link answers 302 with a signed,
// short-lived URL on a storage host, and every new request gets a fresh one. Here server A plays
// github.com and server B (another loopback port) the storage host, with Range support; the
// signature in B's query string tells which redirect each request followed.
#include "downloadtesthelpers.h"
#include "scopedstate.h"
#include "download/resumestate.h"

#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>
#include <QtTest>

using Response = TestHttpServer::Response;

namespace {

constexpr qint64 Size = 600 * 1000;

// A real release link's path (data/devices/full/gemini.yml) and the name the catalog gives the file.
const QByteArray ReleasePath = "/XiaomiFirmwareUpdaterReleases/firmware_xiaomi_gemini/releases/download/stable-25.01.2019/"
                               "fw_gemini_miui_MI5Global_V10.2.2.0.OAAMIXM_d16c808eba_8.0.zip";
const QString FileName = QStringLiteral("fw_gemini_miui_MI5Global_V10.2.2.0.OAAMIXM_d16c808eba_8.0.zip");
// Where the storage host keeps it (GitHub: objects.githubusercontent.com/github-production-release-asset-…/<id>).
const QByteArray StoragePath = "/github-production-release-asset-2e65be/151442312/5c1b7a2e-asset";

DownloadSettings segmented()
{
    DownloadSettings s = fastSettings();
    s.connections = 4;
    s.connectionsPerHost = 4;
    s.minPieceBytes = 16 * 1024;
    s.maxPieceBytes = 64 * 1024;
    s.firstPieceBytes = 32 * 1024;
    s.pieceMs = 200;
    s.checkpointMs = 50;
    s.rampWindowMs = 150; // a lone host gains a connection per window while it pays
    return s;
}

DownloadSettings oneConnection()
{
    DownloadSettings s = fastSettings();
    s.connections = 1;
    return s;
}

QByteArray signature(const TestHttpServer::Request &request)
{
    const QByteArray path = request.path;
    const qsizetype at = path.indexOf("X-Amz-Signature=");
    return at < 0 ? QByteArray() : path.mid(at + 16).split('&').value(0);
}

} // namespace

class TestReleaseRedirect : public QObject, private DownloadFixture
{
    Q_OBJECT

public:
    TestReleaseRedirect() : DownloadFixture(FileName, Size) {}

private:
    std::unique_ptr<TestHttpServer> m_release; // "github.com"
    std::unique_ptr<TestHttpServer> m_storage; // "objects.githubusercontent.com"

    // Each answer of the release link sends the next request to a URL signed for it alone.
    void signEveryRedirect(int count = 400)
    {
        QList<Response> redirects;
        for (int i = 1; i <= count; ++i) {
            Response redirect;
            redirect.status = 302;
            redirect.location = m_storage->url(StoragePath).toEncoded() + "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=300"
                "&X-Amz-Signature=" + QByteArray::number(i) + "&response-content-disposition=attachment";
            redirects.append(redirect);
        }
        m_release->setScript(ReleasePath, redirects);
    }
    DownloadRequest request() const { return requestFrom({m_release->url(ReleasePath)}); }
    QString log() const
    {
        QStringList lines;
        for (const auto &r : m_release->requests())
            lines << QStringLiteral("A %1").arg(QString::fromLatin1(r.header("Range")));
        for (const auto &r : m_storage->requests())
            lines << QStringLiteral("B sig=%1 %2").arg(QString::fromLatin1(signature(r)), QString::fromLatin1(r.header("Range")));
        return lines.join(QLatin1String("; "));
    }
    // Every request to the storage host came by its own redirect: a signature is never used twice
    // (a signed URL expires; the release link is the stable address).
    void checkEachStorageRequestFollowedItsOwnRedirect()
    {
        QSet<QByteArray> used;
        for (const auto &r : m_storage->requests()) {
            const QByteArray sig = signature(r);
            QVERIFY2(!sig.isEmpty(), qPrintable(log()));
            QVERIFY2(!used.contains(sig), qPrintable(QStringLiteral("signature %1 used twice; %2").arg(QString::fromLatin1(sig), log())));
            used.insert(sig);
        }
        QVERIFY2(m_storage->requestCount() <= m_release->requestCount(), qPrintable(log()));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_release = std::make_unique<TestHttpServer>();
        m_storage = std::make_unique<TestHttpServer>();
        m_release->addResource(ReleasePath, 1); // only ever answers with a redirect
        m_storage->addResource(StoragePath, Size);
        signEveryRedirect();
    }
    void cleanup()
    {
        m_manager.reset();
        m_release.reset();
        m_storage.reset();
        m_dir.reset();
    }

    // One connection: the storage host cuts the file short; the retry asks the release link again,
    // follows the fresh redirect and resumes with Range and If-Range; the MD5 is verified and the
    // file keeps the catalog's name (not the storage path's).
    void resumesThroughAFreshRedirect()
    {
        newManager(oneConnection());
        Response cut;
        cut.closeAfter = 200000;
        m_storage->setScript(StoragePath, {cut});
        Download *d = m_manager->add(request());
        WAIT_FINAL(d);
        VERIFIED(d);
        const QList<TestHttpServer::Request> storage = m_storage->requests();
        QCOMPARE(storage.size(), 2);
        QVERIFY(storage[0].header("Range").isEmpty());
        QCOMPARE(storage[1].header("Range"), QByteArray("bytes=200000-"));
        QCOMPARE(storage[1].header("If-Range"), QByteArray("\"etag-1-600000\""));
        QCOMPARE(m_release->requestCount(), 2);
        checkEachStorageRequestFollowedItsOwnRedirect();
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("5c1b7a2e-asset"))));
    }

    // With ranges allowed, the segmented engine runs: several connections at once, each piece a
    // closed range asked through the release link, one of them cut short and asked again.
    void segmentedThroughRedirects()
    {
        newManager(segmented());
        Response slowish; // ~400 kB/s per connection, as a storage host caps it: more connections pay
        slowish.trickleBytes = 4096;
        slowish.trickleIntervalMs = 10;
        Response cut = slowish;
        cut.closeAfter = 20000;
        m_storage->setScript(StoragePath, {slowish, slowish, cut}, slowish);
        Download *d = m_manager->add(request());
        StateRecorder rec(d);
        WAIT_FINAL(d);
        VERIFIED(d);
        const QList<TestHttpServer::Request> storage = m_storage->requests();
        QVERIFY2(storage.size() > 4, qPrintable(log()));
        QVERIFY(storage[0].header("Range").isEmpty()); // the first asks for the file
        for (qsizetype i = 1; i < storage.size(); ++i) {
            const QByteArray range = storage[i].header("Range");
            QVERIFY2(range.startsWith("bytes=") && !range.endsWith('-'), qPrintable(log()));
            QCOMPARE(storage[i].header("If-Range"), QByteArray("\"etag-1-600000\""));
        }
        QVERIFY2(rec.mostConnections >= 2, qPrintable(QString::number(rec.mostConnections)));
        QVERIFY2(m_storage->peakConcurrent(StoragePath) >= 2, qPrintable(log()));
        checkEachStorageRequestFollowedItsOwnRedirect();
    }

    // Bad input (kill -9): a release download stopped mid-way resumes through a fresh redirect, asking the storage host only for the missing ranges, and verifies
    void killedSegmentedDownloadResumesThroughAFreshRedirect()
    {
        const QString queue = m_dir->filePath(QStringLiteral("queue.json"));
        newManager(segmented(), queue);
        Response trickle;
        trickle.trickleBytes = 4096;
        trickle.trickleIntervalMs = 20;
        m_storage->setScript(StoragePath, {}, trickle);
        m_manager->add(request());
        ResumeState side;
        QTRY_VERIFY_WITH_TIMEOUT(ResumeState::load(sidePath(), &side) && side.segmented && side.ranges.covered() > Size / 4, 20000);
        newManager(segmented(), queue); // the app goes away mid-download
        QVERIFY(ResumeState::load(sidePath(), &side));
        const ByteRanges had = side.ranges;
        QVERIFY(had.covered() < Size);
        const int before = m_storage->requestCount();
        m_storage->setScript(StoragePath, {}, Response());
        QVERIFY(m_manager->restore());
        Download *again = m_manager->downloads().value(0);
        QVERIFY(again);
        WAIT_FINAL(again);
        VERIFIED(again);
        const QList<TestHttpServer::Request> storage = m_storage->requests();
        QVERIFY2(storage.size() > before, qPrintable(log()));
        for (qsizetype k = before; k < storage.size(); ++k) {
            QVERIFY2(!storage[k].header("Range").isEmpty() && !storage[k].header("If-Range").isEmpty(), qPrintable(log()));
            const QList<QByteArray> ends = storage[k].header("Range").mid(6).split('-');
            const qint64 begin = ends.value(0).toLongLong();
            const qint64 end = ends.value(1).isEmpty() ? Size : ends.value(1).toLongLong() + 1;
            for (const ByteRanges::Range &present : had.ranges())
                QVERIFY2(end <= present.begin || begin >= present.end, qPrintable(log()));
        }
        checkEachStorageRequestFollowedItsOwnRedirect();
    }

    // Bad input (hostile HTTP answer): a release link that redirects more than 10 times fails at once with "too many redirects"; nothing kept
    void tooManyHopsAreRefused()
    {
        newManager(segmented());
        // Back and forth between the two hosts, never reaching the file.
        Response hop;
        hop.status = 302;
        hop.location = m_storage->url("/hop").toEncoded() + "?X-Amz-Signature=1";
        m_release->setScript(ReleasePath, {}, hop);
        m_storage->addResource("/hop", 1);
        Response back;
        back.status = 302;
        back.location = m_release->url(ReleasePath).toEncoded();
        m_storage->setScript("/hop", {}, back);
        Download *d = m_manager->add(request());
        WAIT_FINAL(d);
        QCOMPARE(d->state(), DownloadState::Failed);
        QCOMPARE(d->status().error, DownloadError::Redirect);
        QVERIFY2(d->status().message.contains(QLatin1String("too many redirects")), qPrintable(d->status().message));
        QCOMPARE(m_storage->requestCount(StoragePath), 0);
        QVERIFY(!QFile::exists(finalPath()));
        QVERIFY(!QFile::exists(partPath()));
    }

    // Bad input (hostile HTTP answer): an https release link redirected to a plain-http storage URL is refused as insecure; the http URL is never asked
    void downgradeToHttpIsRefused()
    {
        newManager(segmented());
        const QSslConfiguration tls = TestHttpServer::testTlsConfiguration(QStringLiteral(FWB_TEST_DATA));
        const ScopedDefaultSslConfiguration trustTestServer(tls.localCertificate()); // this test process trusts it
        TestHttpServer https(tls);
        https.addResource(ReleasePath, 1);
        Response down;
        down.status = 302;
        down.location = m_storage->url(StoragePath).toEncoded() + "?X-Amz-Signature=1";
        https.setScript(ReleasePath, {}, down);
        DownloadRequest r = request();
        r.urls = {https.url(ReleasePath)};
        Download *d = m_manager->add(r);
        WAIT_FINAL(d);
        QCOMPARE(d->state(), DownloadState::Failed);
        QCOMPARE(d->status().error, DownloadError::Redirect);
        QVERIFY2(d->status().message.contains(QLatin1String("insecure redirect")), qPrintable(d->status().message));
        QCOMPARE(m_storage->requestCount(), 0);
        QVERIFY(!QFile::exists(partPath()));
    }
};

QTEST_GUILESS_MAIN(TestReleaseRedirect)
#include "tst_releaseredirect.moc"
