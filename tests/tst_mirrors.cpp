// SPDX-License-Identifier: GPL-3.0-or-later
// Mirror fallback: a download goes on from the file's next mirror when one has lost the file,
// answers with an error page, fails for good or is far too slow; it resumes the .part there when
// the sizes agree. Each mirror is its own loopback server (another port stands for another host).
#include "downloadpreferences.h"
#include "downloadspanel.h"
#include "downloadtesthelpers.h"
#include "fixtures.h"
#include "preferencesdialog.h"
#include "download/downloadlistmodel.h"
#include "download/httpchecks.h"
#include "download/mirrors.h"
#include "download/mirrortracker.h"

#include <QComboBox>
#include <QNetworkProxy>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QTreeView>
#include <QtTest>

using Response = TestHttpServer::Response;

namespace {

constexpr qint64 Size = 300 * 1000;

Response status(int code)
{
    Response r;
    r.status = code;
    return r;
}

Response page(const QByteArray &body, const QByteArray &type, int code = 0)
{
    Response r;
    r.page = body;
    r.pageType = type;
    r.status = code;
    return r;
}

// What bigota.d.miui.com answers for a file Xiaomi removed (tests/data/mirrors/README.md).
QByteArray noSuchKey()
{
    return Fixtures::readData(QStringLiteral("mirrors/bigota-nosuchkey.xml"));
}

} // namespace

class TestMirrors : public QObject, private DownloadFixture
{
    Q_OBJECT

public:
    TestMirrors() : DownloadFixture(QStringLiteral("rom.zip"), Size) {}

private:
    std::vector<std::unique_ptr<TestHttpServer>> m_mirrors;
    QString m_stdout;
    QString m_stderr;

    // count mirrors, each serving /rom.zip (size bytes, the same body and ETag everywhere).
    void startMirrors(int count, qint64 size = Size)
    {
        setFileSize(size);
        m_mirrors.clear();
        for (int i = 0; i < count; ++i) {
            m_mirrors.push_back(std::make_unique<TestHttpServer>());
            m_mirrors.back()->addResource("/rom.zip", size);
        }
    }
    TestHttpServer &mirror(int i) { return *m_mirrors.at(size_t(i)); }
    QList<QUrl> urls() const
    {
        QList<QUrl> list;
        for (const auto &server : m_mirrors)
            list.append(server->url("/rom.zip"));
        return list;
    }
    DownloadRequest request() const { return requestFrom(urls()); }
    void setSettings(const DownloadSettings &settings) { m_manager->setSettings(settings); }
    QString log() const
    {
        QStringList lines;
        for (size_t i = 0; i < m_mirrors.size(); ++i) {
            for (const auto &r : m_mirrors[i]->requests())
                lines << QStringLiteral("m%1 Range=%2 If-Range=%3")
                             .arg(i + 1)
                             .arg(QString::fromLatin1(r.header("Range")), QString::fromLatin1(r.header("If-Range")));
        }
        return lines.join(QLatin1String("; "));
    }

    int runCli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg")));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir->path());
        process.start(QStringLiteral(FWB_CLI), arguments);
        if (!process.waitForStarted(10000))
            return -1;
        QElapsedTimer timer;
        timer.start();
        while (process.state() != QProcess::NotRunning && timer.elapsed() < 60000)
            QTest::qWait(20); // this thread serves the mirrors meanwhile
        m_stdout = QString::fromUtf8(process.readAllStandardOutput());
        m_stderr = QString::fromUtf8(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }
    QString lastLine() const { return m_stdout.trimmed().section(QLatin1Char('\n'), -1); }

private Q_SLOTS:
    void initTestCase()
    {
        Fixtures::isolateSettings(QStringLiteral("tst_mirrors"));
    }
    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        newManager();
        startMirrors(2);
    }
    void cleanup()
    {
        m_manager.reset();
        m_mirrors.clear();
        m_dir.reset();
        QSettings().clear();
    }

    void trackerTriesEachMirrorOnceThenTheFastestSlowOne()
    {
        MirrorTracker tracker(4);
        QCOMPARE(tracker.current(), 0);
        tracker.markSlow(5000);
        QVERIFY(tracker.advance());
        QCOMPARE(tracker.current(), 1);
        tracker.markFailed(true);
        QVERIFY(tracker.advance());
        tracker.markSlow(9000);
        QVERIFY(tracker.hasUntried());
        QVERIFY(tracker.advance());
        QCOMPARE(tracker.current(), 3);
        tracker.markFailed(false);
        QVERIFY(!tracker.hasUntried());
        QVERIFY(tracker.advance()); // no untried one left: the faster of the slow ones
        QCOMPARE(tracker.current(), 2);
        tracker.markFailed(true);
        QVERIFY(tracker.advance());
        QCOMPARE(tracker.current(), 0);
        tracker.markFailed(true);
        QVERIFY(!tracker.advance());
        QVERIFY(!tracker.allGone()); // mirror 4 failed otherwise

        MirrorTracker gone(2);
        gone.markFailed(true);
        QVERIFY(gone.advance());
        gone.markFailed(true);
        QVERIFY(!gone.advance());
        QVERIFY(gone.allGone());
    }

    // 16.4: mirrors whose hosts cannot be looked up say "no network", not the last host's error.
    void unreachableMirrorsMeanNoNetwork()
    {
        QVERIFY(HttpChecks::meansUnreachable(QNetworkReply::HostNotFoundError));
        QVERIFY(HttpChecks::meansUnreachable(QNetworkReply::TemporaryNetworkFailureError));
        QVERIFY(!HttpChecks::meansUnreachable(QNetworkReply::ConnectionRefusedError)); // the host answered
        QVERIFY(!HttpChecks::meansUnreachable(QNetworkReply::ContentNotFoundError));

        MirrorTracker offline(3);
        for (int m = 0; m < 3; ++m) {
            offline.markFailed(false, true);
            QCOMPARE(offline.advance(), m < 2);
        }
        QVERIFY(offline.allUnreachable());
        QVERIFY(!offline.allGone());

        MirrorTracker oneAnswered(2); // one host was reached: not offline
        oneAnswered.markFailed(false, true);
        QVERIFY(oneAnswered.advance());
        oneAnswered.markFailed(false);
        QVERIFY(!oneAnswered.advance());
        QVERIFY(!oneAnswered.allUnreachable());
    }

    void errorDocumentsAreRecognised()
    {
        QVERIFY(HttpChecks::isNoSuchKeyPage(noSuchKey()));
        QVERIFY(!HttpChecks::isNoSuchKeyPage("<Error><Code>AccessDenied</Code></Error>"));
        QVERIFY(!HttpChecks::isNoSuchKeyPage(TestHttpServer::body(4096)));
        QVERIFY(HttpChecks::isPageContentType("text/html; charset=utf-8"));
        QVERIFY(HttpChecks::isPageContentType("application/xml"));
        QVERIFY(HttpChecks::isPageContentType("Text/XML"));
        QVERIFY(HttpChecks::isPageContentType("application/xhtml+xml"));
        QVERIFY(!HttpChecks::isPageContentType("application/zip"));
        QVERIFY(!HttpChecks::isPageContentType("application/octet-stream"));
        QVERIFY(!HttpChecks::isPageContentType(QByteArray()));
    }

    void firstMirror404SecondServes()
    {
        mirror(0).setScript("/rom.zip", {}, status(404));
        Download *d = m_manager->add(request());
        StateRecorder rec(d);
        WAIT_FINAL(d);
        VERIFIED(d);
        QCOMPARE(mirror(0).requestCount(), 1);
        QCOMPARE(mirror(1).requestCount(), 1);
        QVERIFY(mirror(1).requests().first().header("Range").isEmpty());
        QCOMPARE(d->status().mirror, Mirrors::name(urls()[1]));
        QCOMPARE(d->status().mirrorNumber, 2);
        QCOMPARE(d->status().mirrorCount, 2);
        QVERIFY2(rec.sawMessage(Mirrors::name(urls()[0]) + QLatin1String(": HTTP 404")),
                 qPrintable(rec.messages.join(u'|')));
    }

    void firstMirror404SecondResetsTwiceThenResumes()
    {
        mirror(0).setScript("/rom.zip", {}, status(404));
        Response reset;
        reset.closeAfter = 100000;
        reset.reset = true;
        mirror(1).setScript("/rom.zip", {reset, reset});
        Download *d = m_manager->add(request());
        StateRecorder rec(d);
        WAIT_FINAL(d);
        VERIFIED(d);
        QVERIFY(rec.saw(DownloadState::Retrying));
        const auto second = mirror(1).requests();
        QCOMPARE(second.size(), 3);
        QVERIFY(second[0].header("Range").isEmpty());
        QCOMPARE(second[1].header("Range"), QByteArray("bytes=100000-"));
        QCOMPARE(second[2].header("Range"), QByteArray("bytes=200000-"));
        // The same mirror again: its own validator guards the resume.
        QCOMPARE(second[1].header("If-Range"), QByteArray("\"etag-1-300000\""));
        QCOMPARE(mirror(0).requestCount(), 1);
    }

    void errorPageMovesOn_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QString>("said");
        QTest::newRow("S3 NoSuchKey with 200") << noSuchKey() << QByteArray("application/xml")
                                               << QStringLiteral("no longer has the file (NoSuchKey)");
        QTest::newRow("HTML with 200") << QByteArray("<html><body><h1>Service Unavailable</h1></body></html>")
                                       << QByteArray("text/html; charset=utf-8")
                                       << QStringLiteral("a web page instead of the file");
    }
    // Bad input (hostile HTTP answer): a 200 carrying an S3 `NoSuchKey` document or an HTML page instead of the ROM: the page never reaches the .part; the next mirror serves the file from byte 0
    void errorPageMovesOn()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, type);
        QFETCH(QString, said);
        mirror(0).setScript("/rom.zip", {}, page(body, type));
        Download *d = m_manager->add(request());
        StateRecorder rec(d);
        WAIT_FINAL(d);
        VERIFIED(d);
        QVERIFY2(rec.sawMessage(said), qPrintable(rec.messages.join(u'|')));
        // The page never reached the .part: the next mirror was asked from byte 0, once.
        QCOMPARE(mirror(0).requestCount(), 1);
        QCOMPARE(mirror(1).requestCount(), 1);
        QVERIFY(mirror(1).requests().first().header("Range").isEmpty());
    }

    // Bad input (hostile HTTP answer): a body far smaller than the catalog's size, labelled as a binary: not the file; the next mirror serves it
    void tinyBodyIsNotTheFile()
    {
        mirror(0).setScript("/rom.zip", {}, page(noSuchKey(), "application/octet-stream"));
        DownloadRequest r = request();
        r.md5.clear();
        r.sizeText = QStringLiteral("300 KB");
        Download *d = m_manager->add(r);
        WAIT_FINAL(d);
        QCOMPARE(d->state(), DownloadState::Completed);
        QCOMPARE(readFile(finalPath()), TestHttpServer::body(Size));
        QVERIFY(mirror(1).requests().first().header("Range").isEmpty());
    }

    // Bad input (hostile HTTP answer): every mirror says gone (404, 410, 403 or 200 with `NoSuchKey`): fails with "the file is gone from every mirror" ("removed by Xiaomi from all mirrors" only when the hosts are Xiaomi's); no file, no .part
    void everyMirrorGoneSaysGone()
    {
        startMirrors(4);
        mirror(0).setScript("/rom.zip", {}, status(404));
        mirror(1).setScript("/rom.zip", {}, status(410));
        mirror(2).setScript("/rom.zip", {}, page(noSuchKey(), "application/xml", 403));
        mirror(3).setScript("/rom.zip", {}, page(noSuchKey(), "application/xml"));
        Download *d = m_manager->add(request());
        WAIT_FINAL(d);
        QCOMPARE(d->state(), DownloadState::Failed);
        QCOMPARE(d->status().error, DownloadError::Gone);
        QCOMPARE(d->status().message, QStringLiteral("the file is gone from every mirror")); // 127.0.0.1 is not Xiaomi
        QCOMPARE(DownloadText::describe(d->status()), QStringLiteral("Failed: the file is gone from every mirror"));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(mirror(i).requestCount(), 1);
        QVERIFY(!QFile::exists(finalPath()));
        QVERIFY(readFile(partPath()).isEmpty());
    }

    // One mirror that only refuses is not "removed": the message says what the last one said.
    void notGoneWhileAMirrorOnlyRefuses()
    {
        mirror(0).setScript("/rom.zip", {}, status(404));
        mirror(1).setScript("/rom.zip", {}, page("<Error><Code>AccessDenied</Code></Error>", "application/xml", 403));
        Download *d = m_manager->add(request());
        WAIT_FINAL(d);
        QCOMPARE(d->state(), DownloadState::Failed);
        QCOMPARE(d->status().error, DownloadError::Http);
        QVERIFY2(d->status().message.startsWith(QLatin1String("no mirror could deliver the file; the last one, "))
                     && d->status().message.contains(QLatin1String("HTTP 403")),
                 qPrintable(d->status().message));
    }

    // A single link that 404s reads as several do.
    void singleUrlGoneReadsAlike()
    {
        startMirrors(1);
        mirror(0).setScript("/rom.zip", {}, status(404));
        Download *d = m_manager->add(request());
        WAIT_FINAL(d);
        QCOMPARE(d->status().error, DownloadError::Gone);
        QCOMPARE(d->status().message, QStringLiteral("the file is gone from every mirror"));
    }

    // Xiaomi's own hosts (reached here through a proxy on 127.0.0.1 that knows no file).
    // Bad input (hostile HTTP answer): every Xiaomi mirror (`*.d.miui.com`, its aliyuncs bucket, its Azure CDN) says gone: "removed by Xiaomi from all mirrors", for one link as for several
    void xiaomiMirrorsGoneSayRemovedByXiaomi()
    {
        TestHttpServer proxy; // answers 404 to every request
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port()));
        const auto restore = qScopeGuard([] { QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy); });
        const QString path = QStringLiteral("/7.6.8/miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip");
        for (const QStringList &hosts : {QStringList{QStringLiteral("bigota.d.miui.com")},
                                         QStringList{QStringLiteral("cdnorg.d.miui.com"),
                                                     QStringLiteral("bkt-sgp-miui-ota-update-alisgp.oss-ap-southeast-1.aliyuncs.com"),
                                                     QStringLiteral("cdn-ota.azureedge.net")}}) {
            DownloadRequest r = request();
            r.urls.clear();
            for (const QString &host : hosts)
                r.urls.append(QUrl(QLatin1String("http://") + host + path));
            Download *d = m_manager->add(r);
            WAIT_FINAL(d);
            QCOMPARE(d->status().error, DownloadError::Gone);
            QCOMPARE(d->status().message, QStringLiteral("removed by Xiaomi from all mirrors"));
            m_manager->remove(d);
        }
        QCOMPARE(proxy.requestCount(), 4);
        QCOMPARE(proxy.requests().constFirst().path, QByteArray("http://bigota.d.miui.com") + path.toLatin1());
    }

    void xiaomiHostsAreTheCatalogs()
    {
        for (const char *host : {"bigota.d.miui.com", "hugeota.d.miui.com", "cdnorg.d.miui.com", "bn.d.miui.com",
                                 "ks3orig.bigota.d.miui.com", "airtel.bigota.d.miui.com", "cdn-ota.azureedge.net",
                                 "bkt-sgp-miui-ota-update-alisgp.oss-ap-southeast-1.aliyuncs.com", "BN.D.MIUI.COM"})
            QVERIFY2(Mirrors::isXiaomiHost(QLatin1String(host)), host);
        for (const char *host : {"127.0.0.1", "example.org", "d.miui.com.example.org", "evild.miui.com", "azureedge.net",
                                 "other-bucket.oss-ap-southeast-1.aliyuncs.com"})
            QVERIFY2(!Mirrors::isXiaomiHost(QLatin1String(host)), host);
    }

    void retryBudgetPerMirrorThenNext()
    {
        DownloadSettings s = fastSettings();
        s.maxAttemptsWithoutProgress = 2;
        setSettings(s);
        mirror(0).setScript("/rom.zip", {}, status(503));
        Download *d = m_manager->add(request());
        StateRecorder rec(d);
        WAIT_FINAL(d);
        VERIFIED(d);
        QCOMPARE(mirror(0).requestCount(), 3); // the first try and two retries
        QCOMPARE(mirror(1).requestCount(), 1);
        QVERIFY(rec.sawMessage(QStringLiteral("gave up; failed attempts in a row: 3")));
    }

    // Bad input (hostile HTTP answer): a mirror whose certificate is not trusted: not a byte is asked from it; the next mirror serves the file
    void tlsErrorMovesOn()
    {
        TestHttpServer https(TestHttpServer::testTlsConfiguration(QStringLiteral(FWB_TEST_DATA)));
        https.addResource("/rom.zip", Size);
        DownloadRequest r = request();
        r.urls.prepend(https.url("/rom.zip")); // a certificate nobody trusts
        Download *d = m_manager->add(r);
        StateRecorder rec(d);
        WAIT_FINAL(d);
        VERIFIED(d);
        QCOMPARE(https.requestCount(), 0);
        QCOMPARE(d->status().mirrorNumber, 2);
        QVERIFY2(rec.sawMessage(QStringLiteral("TLS")), qPrintable(rec.messages.join(u'|')));
    }

    // Totals match: the .part goes on at the next mirror with Range alone (another host's ETag
    // means nothing here).
    void resumesAcrossMirrorsWhenTotalsMatch()
    {
        Response cut;
        cut.closeAfter = 100000;
        mirror(0).setScript("/rom.zip", {cut}, status(404));
        mirror(1).setEtag("/rom.zip", "\"another-host\"");
        Download *d = m_manager->add(request());
        WAIT_FINAL(d);
        VERIFIED(d);
        const auto first = mirror(0).requests();
        QCOMPARE(first.size(), 2);
        QCOMPARE(first[1].header("If-Range"), QByteArray("\"etag-1-300000\""));
        const auto second = mirror(1).requests();
        QCOMPARE(second.size(), 1);
        QCOMPARE(second[0].header("Range"), QByteArray("bytes=100000-"));
        QVERIFY(second[0].header("If-Range").isEmpty());
    }

    // Bad input (hostile HTTP answer): the next mirror reports another total for the rest of a .part: no bytes appended, the download starts over there; MD5 verified
    void restartsWhenTotalsDiffer()
    {
        Response cut;
        cut.closeAfter = 100000;
        mirror(0).setScript("/rom.zip", {cut}, status(404));
        Response otherTotal;
        otherTotal.wrongTotal = Size + 5;
        mirror(1).setScript("/rom.zip", {otherTotal});
        Download *d = m_manager->add(request());
        StateRecorder rec(d);
        WAIT_FINAL(d);
        VERIFIED(d);
        const auto second = mirror(1).requests();
        QCOMPARE(second.size(), 2);
        QCOMPARE(second[0].header("Range"), QByteArray("bytes=100000-"));
        QVERIFY(second[1].header("Range").isEmpty());
        QVERIFY(rec.sawMessage(QStringLiteral("another size")));
    }

    // Nothing known to compare another mirror's size with (no Content-Length anywhere): start over.
    void restartsWhenNoTotalIsKnown()
    {
        Response cut;
        cut.noContentLength = true;
        cut.closeAfter = 100000;
        cut.reset = true;
        mirror(0).setScript("/rom.zip", {cut}, status(404));
        Download *d = m_manager->add(request());
        WAIT_FINAL(d);
        VERIFIED(d);
        const auto second = mirror(1).requests();
        QCOMPARE(second.size(), 1);
        QVERIFY(second[0].header("Range").isEmpty());
    }

    void slowMirrorMovesOnAndResumes()
    {
        DownloadSettings s = fastSettings();
        s.mirrorMinSpeed = 1000 * 1000; // far above the trickle, far below loopback
        s.mirrorSlowWindowMs = 300;
        setSettings(s);
        Response trickle;
        trickle.trickleBytes = 2000;
        trickle.trickleIntervalMs = 20; // at most 100 kB/s
        mirror(0).setScript("/rom.zip", {}, trickle);
        Download *d = m_manager->add(request());
        StateRecorder rec(d);
        WAIT_FINAL(d);
        VERIFIED(d);
        QVERIFY2(rec.sawMessage(QStringLiteral("too slow")), qPrintable(rec.messages.join(u'|')));
        QCOMPARE(mirror(0).requestCount(), 1);
        const auto second = mirror(1).requests();
        QCOMPARE(second.size(), 1);
        QVERIFY2(second[0].header("Range").startsWith("bytes=") && second[0].header("Range") != "bytes=0-",
                 qPrintable(log()));
        QVERIFY(second[0].header("If-Range").isEmpty());
        QCOMPARE(d->status().mirrorNumber, 2);
    }

    // Slow but working beats gone: with no other mirror left the slow one is used again.
    void slowMirrorIsKeptWhenTheOthersFail()
    {
        constexpr qint64 Small = 120 * 1000;
        startMirrors(2, Small);
        DownloadSettings s = fastSettings();
        s.mirrorMinSpeed = 1000 * 1000;
        s.mirrorSlowWindowMs = 300;
        setSettings(s);
        Response trickle;
        trickle.trickleBytes = 2000;
        trickle.trickleIntervalMs = 20;
        mirror(0).setScript("/rom.zip", {}, trickle);
        mirror(1).setScript("/rom.zip", {}, status(404));
        Download *d = m_manager->add(request());
        WAIT_FINAL(d);
        VERIFIED(d);
        QCOMPARE(mirror(0).requestCount(), 2);
        QCOMPARE(mirror(1).requestCount(), 1);
        QCOMPARE(d->status().mirrorNumber, 1);
        // Back on its own mirror, the resume is guarded by its own validator again.
        QCOMPARE(mirror(0).requests()[1].header("If-Range"), QByteArray("\"etag-1-120000\""));
    }

    void preferredMirrorGoesFirst()
    {
        startMirrors(3);
        RomFile file;
        file.fileName = QStringLiteral("rom.zip");
        file.md5 = TestHttpServer::md5(Size);
        for (const QUrl &url : urls())
            file.urls.append(url.toString());
        DownloadPreferences preferences;
        preferences.directory = m_dir->path();
        preferences.preferredMirror = Mirrors::name(urls()[2]);
        const DownloadRequest automatic = preferences.requestFor(file, QUrl());
        QCOMPARE(automatic.urls, (QList<QUrl>{urls()[2], urls()[0], urls()[1]}));
        // A mirror picked from the Download menu still goes first.
        QCOMPARE(preferences.requestFor(file, urls()[1]).urls, (QList<QUrl>{urls()[1], urls()[2], urls()[0]}));

        Download *d = m_manager->add(automatic);
        WAIT_FINAL(d);
        VERIFIED(d);
        QCOMPARE(mirror(2).requestCount(), 1);
        QCOMPARE(mirror(0).requestCount(), 0);
        QCOMPARE(mirror(1).requestCount(), 0);
        QCOMPARE(d->status().mirror, Mirrors::name(urls()[2]));
    }

    // The real mirrors of a real card, in page order, and with a preferred host.
    void preferredHostOrdersRealMirrors()
    {
        const CatalogPtr catalog = Fixtures::pagesCatalog();
        const int page = catalog->findPage(QStringLiteral("gemini"), QStringLiteral("7.6.8"));
        QVERIFY(page >= 0);
        const RomFile &file = catalog->files().at(catalog->pages().at(page).files.first());
        QList<QUrl> pageOrder;
        for (const QString &url : file.urls)
            pageOrder.append(QUrl(url));
        QVERIFY(pageOrder.size() >= 3);
        QStringList hosts;
        for (const QUrl &url : pageOrder)
            hosts.append(Mirrors::name(url));
        QCOMPARE(hosts, Mirrors::knownHosts().mid(0, hosts.size()));
        QVERIFY(hosts.contains(QStringLiteral("bn.d.miui.com")));
        const QUrl bn = pageOrder.at(hosts.indexOf(QStringLiteral("bn.d.miui.com")));
        QList<QUrl> expected = pageOrder;
        expected.removeAll(bn);
        expected.prepend(bn);
        QCOMPARE(Mirrors::ordered(pageOrder, QStringLiteral("bn.d.miui.com")), expected);
        QCOMPARE(Mirrors::ordered(pageOrder, QString()), pageOrder);
        QCOMPARE(Mirrors::ordered(pageOrder, QStringLiteral("mirror.example")), pageOrder);
    }

    void preferencesKeepThePreferredMirror()
    {
        PreferencesDialog dialog;
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("mirrorCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 1 + Mirrors::knownHosts().size());
        QCOMPARE(combo->itemText(0), QStringLiteral("Automatic (page order)"));
        QCOMPARE(combo->currentIndex(), 0);
        QCOMPARE(dialog.preferences().preferredMirror, QString());
        combo->setCurrentIndex(combo->findData(QStringLiteral("bn.d.miui.com")));
        DownloadPreferences chosen = dialog.preferences();
        QCOMPARE(chosen.preferredMirror, QStringLiteral("bn.d.miui.com"));
        chosen.save();
        QCOMPARE(QSettings().value(QStringLiteral("downloads/preferredMirror")).toString(),
                 QStringLiteral("bn.d.miui.com"));
        QCOMPARE(DownloadPreferences::load(), chosen);

        // A host set outside the list stays selectable; Restore Defaults goes back to Automatic.
        DownloadPreferences other = chosen;
        other.preferredMirror = QStringLiteral("cdn-ota.azureedge.net");
        dialog.setPreferences(other);
        QCOMPARE(dialog.preferences(), other);
        dialog.setPreferences(DownloadPreferences());
        QCOMPARE(dialog.preferences().preferredMirror, QString());
    }

    void panelShowsTheMirrorInUse()
    {
        mirror(0).setScript("/rom.zip", {}, status(404));
        Response stall;
        stall.stallAfter = 50000;
        mirror(1).setScript("/rom.zip", {stall});
        DownloadSettings s = fastSettings();
        s.stallTimeoutMs = 60000;
        s.lowSpeedWindowMs = 60000;
        setSettings(s);
        DownloadsPanel panel(m_manager.get());
        Download *d = m_manager->add(request());
        QTRY_COMPARE_WITH_TIMEOUT(d->status().received, qint64(50000), 10000);
        const QModelIndex cell = panel.model()->index(0, DownloadListModel::MirrorColumn);
        const QString expected = Mirrors::name(urls()[1]) + QLatin1String(" (2/2)");
        QTRY_COMPARE(cell.data().toString(), expected);
        QCOMPARE(cell.data(DownloadListModel::MirrorRole).toString(), Mirrors::name(urls()[1]));
        QCOMPARE(panel.model()->headerData(DownloadListModel::MirrorColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Mirror"));
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("from mirror 2 of 2: ") + urls()[1].toString()), qPrintable(tip));
        QVERIFY(!panel.view()->isColumnHidden(DownloadListModel::MirrorColumn));
        d->pause();
        QTRY_COMPARE(d->state(), DownloadState::Paused);
    }

    void cliSaysWhichMirrorItTries()
    {
        mirror(0).setScript("/rom.zip", {}, status(404));
        const QStringList args{QStringLiteral("fetch"), urls()[0].toString(), urls()[1].toString(),
                               QStringLiteral("--md5"), TestHttpServer::md5(Size), QStringLiteral("-o"), m_dir->path()};
        QCOMPARE(runCli(args), 0);
        QVERIFY2(m_stderr.contains(QStringLiteral("trying mirror 1/2: %1\n").arg(Mirrors::name(urls()[0]))),
                 qPrintable(m_stderr));
        QVERIFY2(m_stderr.contains(QStringLiteral("trying mirror 2/2: %1 (%2: HTTP 404")
                                       .arg(Mirrors::name(urls()[1]), Mirrors::name(urls()[0]))),
                 qPrintable(m_stderr));
        QVERIFY2(lastLine().startsWith(QLatin1String("verified")), qPrintable(lastLine()));
    }

    void cliSaysGoneFromEveryMirror()
    {
        mirror(0).setScript("/rom.zip", {}, status(404));
        mirror(1).setScript("/rom.zip", {}, page(noSuchKey(), "application/xml", 404));
        const QStringList args{QStringLiteral("fetch"), urls()[0].toString(), urls()[1].toString(),
                               QStringLiteral("-o"), m_dir->path()};
        QCOMPARE(runCli(args), 2);
        QCOMPARE(lastLine(), QStringLiteral("failed: the file is gone from every mirror"));
        QVERIFY(!QFile::exists(finalPath()));
    }
};

QTEST_MAIN(TestMirrors)
#include "tst_mirrors.moc"
