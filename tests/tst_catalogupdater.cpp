// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "tempcatalogstore.h"
#include "testhttpserver.h"
#include "catalog/catalogstore.h"
#include "feed/catalogupdater.h"
#include "feed/pagecompleter.h"

#include <QSignalSpy>
#include <QtTest>

// The refresh against a loopback server: conditional GETs, the fallback source, and every way
// a feed can be bad, each leaving the saved feed and the catalog as they were.
class TestCatalogUpdater : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempCatalogStore> m_store;
    CatalogPtr m_base;

    CatalogStore store() const { return m_store->store(); }

    CatalogUpdater::Result refresh(const QList<QUrl> &sources, qint64 maxBytes = 32 * 1024 * 1024, int timeoutMs = 10'000,
                                   CatalogPtr current = {})
    {
        CatalogUpdater::Options options;
        options.sources = sources;
        options.firmwareSources.clear(); // the ROM feed only (tst_firmwarefeed has both)
        options.maxBytes = maxBytes;
        options.timeoutMs = timeoutMs;
        return m_store->refresh(options, current ? current : m_base);
    }

    static QByteArray feed() { return Fixtures::readData(QStringLiteral("latest-excerpt.yml")); }

    static QStringList fileNames(const Catalog &catalog)
    {
        QStringList names;
        for (const RomFile &file : catalog.files())
            names.append(file.fileName);
        names.sort();
        return names;
    }

    static QStringList newFileNames(const Catalog &catalog)
    {
        QStringList names;
        for (int f : catalog.newFiles())
            names.append(catalog.files()[f].fileName);
        return names;
    }

    QByteArray savedFeed() const { return m_store->savedFeed(); }

    // A refresh that went wrong must leave the saved feed byte for byte as it was.
    void verifyUnchanged(const CatalogUpdater::Result &result, const QByteArray &feedBefore)
    {
        QVERIFY(!result.catalog);
        QVERIFY(result.addedFiles.isEmpty());
        QCOMPARE(savedFeed(), feedBefore);
        QVERIFY(!result.message.isEmpty());
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<TempCatalogStore>();
        m_base = Fixtures::pagesCatalog();
        QVERIFY(m_store->writeBase(*m_base));
    }

    void fetchesThenAsksWithItsEtag()
    {
        TestHttpServer server;
        server.addDocument("/latest.yml", feed());
        const CatalogUpdater::Result first = refresh({server.url("/latest.yml")});
        QCOMPARE(first.outcome, CatalogUpdater::Outcome::Updated);
        QVERIFY(first.catalog);
        // 9 files in the excerpt; MI 5 Global V10.2.2.0's two are on a page the catalog has.
        QCOMPARE(first.addedFiles.size(), 7);
        QVERIFY(!first.addedFiles.contains(QStringLiteral("miui_MI5Global_V10.2.2.0.OAAMIXM_d16c808eba_8.0.zip")));
        QVERIFY(first.addedFiles.contains(QStringLiteral("miui_HM2_JHACNBH22.0_a4bd134f02_4.2.zip")));
        QCOMPARE(first.source, server.url("/latest.yml"));
        QVERIFY(server.requests("/latest.yml").first().header("If-None-Match").isEmpty());

        // The new catalog has the feed's files on their pages, marked as feed-only.
        const Catalog &catalog = *first.catalog;
        const int page = catalog.findPage(QStringLiteral("charoite"), QStringLiteral("OS2.0.201.0.VPFRUXM"));
        QVERIFY(page >= 0);
        const RomFile &file = catalog.files()[catalog.pages()[page].files.first()];
        QCOMPARE(file.md5, QStringLiteral("02886ca064a0f19679152981593990b9"));
        QVERIFY(catalog.feedOnlyFiles().contains(file.fileName));
        QCOMPARE(catalog.files().size(), m_base->files().size() + 7);

        // The next refresh asks with the ETag and learns nothing changed.
        const QByteArray saved = savedFeed();
        const CatalogUpdater::Result second = refresh({server.url("/latest.yml")}, 32 << 20, 10'000, first.catalog);
        QCOMPARE(second.outcome, CatalogUpdater::Outcome::NotModified);
        QVERIFY(!server.requests("/latest.yml").last().header("If-None-Match").isEmpty());
        QVERIFY(!second.catalog);
        QCOMPARE(savedFeed(), saved);
        QVERIFY(CatalogUpdater::loadState(store()).checked.isValid());

        // A restart sees the feed: the store lays it over the base catalog.
        const CatalogStore::Loaded loaded = store().load();
        QCOMPARE(loaded.catalog->files().size(), m_base->files().size() + 7);
        QCOMPARE(loaded.feedAdded.size(), 7);
    }

    void asksWithLastModifiedWhenThereIsNoEtag()
    {
        TestHttpServer server;
        server.addDocument("/latest.yml", feed());
        server.setEtag("/latest.yml", QByteArray());
        QCOMPARE(refresh({server.url("/latest.yml")}).outcome, CatalogUpdater::Outcome::Updated);
        QCOMPARE(refresh({server.url("/latest.yml")}).outcome, CatalogUpdater::Outcome::NotModified);
        const TestHttpServer::Request second = server.requests("/latest.yml").last();
        QVERIFY(second.header("If-None-Match").isEmpty());
        QCOMPARE(second.header("If-Modified-Since"), QByteArray("Sun, 23 Aug 2026 06:00:00 GMT"));
    }

    void asksUnconditionallyWithoutASavedFeed()
    {
        TestHttpServer server;
        server.addDocument("/latest.yml", feed());
        QCOMPARE(refresh({server.url("/latest.yml")}).outcome, CatalogUpdater::Outcome::Updated);
        QFile::remove(store().feedPath()); // e.g. the user cleared the app's data
        QCOMPARE(refresh({server.url("/latest.yml")}).outcome, CatalogUpdater::Outcome::Updated);
        QVERIFY(server.requests("/latest.yml").last().header("If-None-Match").isEmpty());
    }

    void refusesMalformedYamlAndKeepsTheFeed()
    {
        TestHttpServer server;
        server.addDocument("/latest.yml", feed());
        server.addDocument("/bad.yml", "- android: '8.0'\n  branch: Weekly\n bad: indentation\n- [unclosed\n");
        QCOMPARE(refresh({server.url("/latest.yml")}).outcome, CatalogUpdater::Outcome::Updated);
        const QByteArray saved = savedFeed();
        const CatalogUpdater::Result result = refresh({server.url("/bad.yml")});
        QCOMPARE(result.outcome, CatalogUpdater::Outcome::BadData);
        QVERIFY2(result.message.contains(QLatin1String("not valid YAML")), qPrintable(result.message));
        verifyUnchanged(result, saved);
    }

    void refusesAnEmptyFeed()
    {
        TestHttpServer server;
        server.addDocument("/empty.yml", "");
        const CatalogUpdater::Result result = refresh({server.url("/empty.yml")});
        QCOMPARE(result.outcome, CatalogUpdater::Outcome::BadData);
        QVERIFY2(result.message.contains(QLatin1String("empty")), qPrintable(result.message));
        verifyUnchanged(result, QByteArray());
    }

    void refusesATruncatedBody()
    {
        TestHttpServer server;
        server.addDocument("/latest.yml", feed());
        TestHttpServer::Response cut;
        cut.closeAfter = feed().size() / 2;
        server.setScript("/latest.yml", {cut});
        const CatalogUpdater::Result result = refresh({server.url("/latest.yml")});
        QCOMPARE(result.outcome, CatalogUpdater::Outcome::NetworkError);
        verifyUnchanged(result, QByteArray());
    }

    void refusesABodyOverTheCap()
    {
        TestHttpServer server;
        server.addDocument("/latest.yml", feed());
        // Announced by Content-Length ...
        CatalogUpdater::Result result = refresh({server.url("/latest.yml")}, 1000);
        QCOMPARE(result.outcome, CatalogUpdater::Outcome::BadData);
        QVERIFY2(result.message.contains(QLatin1String("more than")), qPrintable(result.message));
        verifyUnchanged(result, QByteArray());
        // ... or not announced (chunked): counted as it arrives.
        TestHttpServer::Response chunked;
        chunked.chunked = true;
        server.setScript("/latest.yml", {chunked});
        result = refresh({server.url("/latest.yml")}, 1000);
        QCOMPARE(result.outcome, CatalogUpdater::Outcome::BadData);
        QVERIFY2(result.message.contains(QLatin1String("larger than")), qPrintable(result.message));
        verifyUnchanged(result, QByteArray());
    }

    void givesUpOnASlowServer()
    {
        TestHttpServer server;
        server.addDocument("/latest.yml", feed());
        TestHttpServer::Response stall;
        stall.stallAfter = 100;
        server.setScript("/latest.yml", {stall});
        QElapsedTimer timer;
        timer.start();
        const CatalogUpdater::Result result = refresh({server.url("/latest.yml")}, 32 << 20, 500);
        QCOMPARE(result.outcome, CatalogUpdater::Outcome::NetworkError);
        QVERIFY2(result.message.contains(QLatin1String("in time")), qPrintable(result.message));
        QVERIFY(timer.elapsed() < 5000);
        verifyUnchanged(result, QByteArray());
    }

    void fallsBackWhenThePrimaryIsDown()
    {
        TestHttpServer primary, fallback;
        primary.addDocument("/latest.yml", feed());
        TestHttpServer::Response down;
        down.status = 503;
        primary.setScript("/latest.yml", {}, down);
        fallback.addDocument("/gh/latest.yml", feed());
        const CatalogUpdater::Result result = refresh({primary.url("/latest.yml"), fallback.url("/gh/latest.yml")});
        QCOMPARE(result.outcome, CatalogUpdater::Outcome::Updated);
        QCOMPARE(result.source, fallback.url("/gh/latest.yml"));
        QCOMPARE(result.addedFiles.size(), 7);
        QCOMPARE(primary.requestCount("/latest.yml"), 1);
    }

    void saysWhyWhenEverySourceFails()
    {
        TestHttpServer server;
        server.addDocument("/latest.yml", feed());
        TestHttpServer::Response gone;
        gone.status = 404;
        server.setScript("/latest.yml", {}, gone);
        const QUrl closedPort(QStringLiteral("http://127.0.0.1:1/latest.yml"));
        const CatalogUpdater::Result result = refresh({server.url("/latest.yml"), closedPort});
        QCOMPARE(result.outcome, CatalogUpdater::Outcome::NetworkError);
        QVERIFY2(result.message.contains(QLatin1String("404")), qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("127.0.0.1")), qPrintable(result.message));
        verifyUnchanged(result, QByteArray());
    }

    // Upstream's latest.yml lists only the newest build per device, branch and region: each release
    // drops its predecessor from the feed, never from the catalog. Three successive feeds made
    // from the real latest.yml after a first refresh: one with a record of the week before, one
    // without it again, one cut short.
    // Bad input (malformed page): a feed cut short (under half the records of the last good one) is refused as suspect, saved feed unchanged; a later feed without a known ROM, or cut at 700 kB of 1.2 MB, loses none
    void theCatalogNeverForgetsARom()
    {
        const QByteArray plain = Fixtures::readGzipData(QStringLiteral("latest.yml.gz"));
        const QString added = QStringLiteral("miui_MI5Global_8.11.15_230fc57f0d_8.0.zip");
        TestHttpServer server;
        const QUrl url = server.url("/latest.yml");
        server.addDocument("/latest.yml", plain);
        const CatalogUpdater::Result baseline = refresh({url});
        QCOMPARE(baseline.outcome, CatalogUpdater::Outcome::Updated);
        QVERIFY2(baseline.addedFiles.size() > 3000, qPrintable(QString::number(baseline.addedFiles.size())));
        QCOMPARE(CatalogUpdater::loadState(store()).records, 3518);

        server.addDocument("/latest.yml", plain + Fixtures::readData(QStringLiteral("feed-record-gemini-8.11.15.yml")));
        const CatalogUpdater::Result withRecord = refresh({url}, 32 << 20, 10'000, baseline.catalog);
        QCOMPARE(withRecord.outcome, CatalogUpdater::Outcome::Updated);
        QCOMPARE(withRecord.addedFiles, QStringList{added});
        QVERIFY(withRecord.catalog->findPage(QStringLiteral("gemini"), QStringLiteral("8.11.15")) >= 0);
        QCOMPARE(newFileNames(*withRecord.catalog), QStringList{added}); // New: only the one new file

        server.addDocument("/latest.yml", plain);
        const CatalogUpdater::Result without = refresh({url}, 32 << 20, 10'000, withRecord.catalog);
        QCOMPARE(without.outcome, CatalogUpdater::Outcome::Updated);
        QVERIFY(without.addedFiles.isEmpty());
        QCOMPARE(fileNames(*without.catalog), fileNames(*withRecord.catalog));
        QVERIFY(without.catalog->findPage(QStringLiteral("gemini"), QStringLiteral("8.11.15")) >= 0);
        QCOMPARE(newFileNames(*without.catalog), QStringList{added});
        // So does the next start.
        QCOMPARE(fileNames(*store().load().catalog), fileNames(*withRecord.catalog));

        // Cut short to under half its records: taken as a feed cut on the wire, refused, and said so.
        const QByteArray savedBefore = savedFeed();
        server.addDocument("/latest.yml", plain.left(plain.size() * 2 / 5));
        const CatalogUpdater::Result suspect = refresh({url}, 32 << 20, 10'000, without.catalog);
        QCOMPARE(suspect.outcome, CatalogUpdater::Outcome::Suspect);
        QVERIFY2(suspect.message.contains(QLatin1String("of the 3518 of the last good feed")), qPrintable(suspect.message));
        verifyUnchanged(suspect, savedBefore);
        QCOMPARE(CatalogUpdater::loadState(store()).records, 3518);

        // Cut at 700 kB of its 1.2 MB (more than half): read, and still nothing is lost.
        server.addDocument("/latest.yml", plain.left(700'000));
        const CatalogUpdater::Result cut = refresh({url}, 32 << 20, 10'000, without.catalog);
        QCOMPARE(cut.outcome, CatalogUpdater::Outcome::Updated);
        QVERIFY(cut.addedFiles.isEmpty());
        QCOMPARE(fileNames(*cut.catalog), fileNames(*withRecord.catalog));
        QCOMPARE(newFileNames(*cut.catalog), QStringList{added});
    }

    void countsOnlyWhatIsNewSinceTheCurrentCatalog()
    {
        TestHttpServer server;
        server.addDocument("/latest.yml", feed());
        const CatalogUpdater::Result first = refresh({server.url("/latest.yml")});
        QCOMPARE(first.addedFiles.size(), 7);
        // The same feed again, unconditionally (e.g. another ETag), against the refreshed catalog:
        // nothing is new.
        server.setEtag("/latest.yml", "\"another\"");
        const CatalogUpdater::Result again = refresh({server.url("/latest.yml")}, 32 << 20, 10'000, first.catalog);
        QCOMPARE(again.outcome, CatalogUpdater::Outcome::Updated);
        QVERIFY(again.addedFiles.isEmpty());
        QVERIFY(again.updatedFiles.isEmpty());
    }

    // A feed file has one link and no changelog; its version page completes it.
    void completesAFeedPageFromItsVersionPage()
    {
        TestHttpServer server;
        server.addDocument("/latest.yml", feed());
        const CatalogUpdater::Result refreshed = refresh({server.url("/latest.yml")});
        QVERIFY(refreshed.catalog);
        const QString folder = QStringLiteral("gemini"), version = QStringLiteral("V10.2.1.0.OAACNXM");
        const int page = refreshed.catalog->findPage(folder, version);
        QVERIFY(page >= 0);
        QVERIFY(PageCompleter::needsCompletion(*refreshed.catalog, page));
        const RomFile before = refreshed.catalog->files()[refreshed.catalog->pages()[page].files.first()];
        QCOMPARE(before.urls.size(), 1);
        QVERIFY(before.changelog.isEmpty());

        server.addDocument("/pages/miui/updates/gemini/V10.2.1.0.OAACNXM.md",
                           Fixtures::readData(QStringLiteral("completion/V10.2.1.0.OAACNXM.md")));
        PageCompleter completer(store());
        completer.setBaseUrl(server.url("/pages"));
        QSignalSpy finished(&completer, &PageCompleter::finished);
        completer.complete(folder, version);
        QVERIFY(completer.isBusy());
        QVERIFY(finished.wait(20'000));
        PageCompleter::Result result = finished.takeFirst().first().value<PageCompleter::Result>();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(!completer.isBusy());

        const Catalog &completed = *result.catalog;
        const int completedPage = completed.findPage(folder, version);
        QCOMPARE(completed.pages()[completedPage].files.size(), 2); // the page's Recovery too
        QVERIFY(!PageCompleter::needsCompletion(completed, completedPage));
        for (int f : completed.pages()[completedPage].files) {
            QCOMPARE(completed.files()[f].urls.size(), 5);
            QVERIFY(!completed.files()[f].changelog.isEmpty());
        }
        QVERIFY(QFile::exists(store().cachedPagePath(RomOs::Miui, folder, version)));

        // Asked again (e.g. the cache was read at start): a conditional GET, answered 304.
        completer.complete(folder, version);
        QVERIFY(finished.wait(20'000));
        result = finished.takeFirst().first().value<PageCompleter::Result>();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(!server.requests("/pages/miui/updates/gemini/V10.2.1.0.OAACNXM.md").last().header("If-None-Match").isEmpty());
    }

    void saysWhyAPageCannotBeCompleted()
    {
        TestHttpServer server;
        server.addDocument("/latest.yml", feed());
        QVERIFY(refresh({server.url("/latest.yml")}).catalog);
        PageCompleter completer(store());
        QSignalSpy finished(&completer, &PageCompleter::finished);

        // Offline.
        completer.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1/pages")));
        completer.complete(QStringLiteral("gemini"), QStringLiteral("V10.2.1.0.OAACNXM"));
        QVERIFY(finished.wait(20'000));
        PageCompleter::Result result = finished.takeFirst().first().value<PageCompleter::Result>();
        QVERIFY(!result.ok());
        QVERIFY(!result.error.isEmpty());

        // Not published yet.
        completer.setBaseUrl(server.url("/pages"));
        completer.complete(QStringLiteral("gemini"), QStringLiteral("V10.2.1.0.OAACNXM"));
        QVERIFY(finished.wait(20'000));
        result = finished.takeFirst().first().value<PageCompleter::Result>();
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QLatin1String("404")), qPrintable(result.error));

        // Another page than the one asked for is refused and not cached.
        server.addDocument("/pages/miui/updates/gemini/V10.2.1.0.OAACNXM.md", Fixtures::readData(QStringLiteral("pages/miui-gemini-7.6.8.md")));
        completer.complete(QStringLiteral("gemini"), QStringLiteral("V10.2.1.0.OAACNXM"));
        QVERIFY(finished.wait(20'000));
        result = finished.takeFirst().first().value<PageCompleter::Result>();
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QLatin1String("instead")), qPrintable(result.error));
        QVERIFY(!QFile::exists(store().cachedPagePath(RomOs::Miui, QStringLiteral("gemini"), QStringLiteral("V10.2.1.0.OAACNXM"))));
    }
};

QTEST_GUILESS_MAIN(TestCatalogUpdater)
#include "tst_catalogupdater.moc"
