// SPDX-License-Identifier: GPL-3.0-or-later
// The firmware side's refresh (issue 18.4) from the site's data/devices/latest.yml: read, fetched
// conditionally from a loopback server beside the ROM feed, accumulated (nothing once known is
// forgotten), refused whole when malformed, and a new version completed from its firmware page.
// tests/data/firmware-feed holds real excerpts (the site repo @ c39d2587).
#include "fixtures.h"
#include "tempcatalogstore.h"
#include "testhttpserver.h"
#include "catalog/catalogstore.h"
#include "catalog/xfupagereader.h"
#include "feed/catalogupdater.h"
#include "feed/firmwarefeed.h"
#include "feed/pagecompleter.h"

#include <QSignalSpy>
#include <QtTest>

namespace {

const QString Air209 = QStringLiteral("fw_air_air-ota_full-OS2.0.209.0.VGQCNXM-user-15.0-fc3ec2da64.zip");
const QString Air209Link = QStringLiteral("https://github.com/XiaomiFirmwareUpdaterReleases/firmware_xiaomi_air/releases/"
                                          "download/stable-08.06.2026/") + Air209;
const QString Air209Page = QStringLiteral("firmware-feed/pages/firmware/updates/air/OS2.0.209.0.VGQCNXM.md");

QByteArray firmwareFeed()
{
    return Fixtures::readData(QStringLiteral("firmware-feed/latest-excerpt.yml"));
}

// The feed without the records whose file name contains one of `parts` (a record is 10 lines).
QByteArray feedWithout(const QStringList &parts)
{
    QByteArray out;
    const QList<QByteArray> records = firmwareFeed().split('\n');
    for (qsizetype i = 0; i + 10 <= records.size(); i += 10) {
        const QList<QByteArray> record = records.mid(i, 10);
        bool drop = false;
        for (const QByteArray &line : record)
            for (const QString &part : parts)
                drop = drop || (line.startsWith("  filename: ") && line.contains(part.toUtf8()));
        if (!drop) {
            for (const QByteArray &line : record)
                out += line + '\n';
        }
    }
    return out;
}

} // namespace

class TestFirmwareFeed : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempCatalogStore> m_store;
    std::unique_ptr<TestHttpServer> m_server;
    CatalogPtr m_base;

    CatalogStore store() const { return m_store->store(); }

    void writeBase(const QList<XfuPage> &extraPages = {})
    {
        QList<XfuPage> pages = Fixtures::pagesCatalog()->toPages() + extraPages;
        m_base = Catalog::build(pages, {}, {QStringLiteral("test"), QDateTime(QDate(2026, 8, 23), QTime(0, 0), Qt::UTC)});
        QVERIFY(m_store->writeBase(*m_base));
    }

    CatalogUpdater::Result refresh(bool withRomFeed = true, CatalogPtr current = {})
    {
        CatalogUpdater::Options options;
        options.sources = withRomFeed ? QList<QUrl>{m_server->url("/latest.yml")} : QList<QUrl>();
        options.firmwareSources = {m_server->url("/data/devices/latest.yml")};
        options.timeoutMs = 10'000;
        return m_store->refresh(options, current ? current : m_base);
    }

    QByteArray savedFirmwareFeed() const { return m_store->savedFeed(CatalogStore::Feed::Firmware); }

    static int firmwarePage(const Catalog &catalog, const QString &folder, const QString &version)
    {
        for (int page : catalog.findPages(folder, version)) {
            if (catalog.pages()[page].os == RomOs::Firmware)
                return page;
        }
        return -1;
    }

    static const RomFile *fileNamed(const Catalog &catalog, const QString &name)
    {
        const QList<int> files = catalog.filesNamed(name);
        return files.isEmpty() ? nullptr : &catalog.files()[files.first()];
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<TempCatalogStore>();
        QVERIFY(m_store->isValid());
        writeBase();
        m_server = std::make_unique<TestHttpServer>();
        m_server->addDocument("/latest.yml", Fixtures::readData(QStringLiteral("latest-excerpt.yml")));
        m_server->addDocument("/data/devices/latest.yml", firmwareFeed());
    }
    void cleanup()
    {
        m_server.reset();
        m_store.reset();
    }

    void readsTheRecordsByDeviceFolder()
    {
        const FeedRead feed = FirmwareFeed::read(firmwareFeed());
        QVERIFY2(feed.ok(), qPrintable(feed.error));
        QCOMPARE(feed.records, 8);
        QCOMPARE(feed.skippedRecords, 0);
        QStringList folders;
        const RomFile *air = nullptr;
        for (const XfuPage &page : feed.pages) {
            QCOMPARE(page.os, RomOs::Firmware);
            if (!folders.contains(page.folder))
                folders << page.folder;
            for (const RomFile &card : page.cards) {
                if (card.fileName == Air209)
                    air = &card;
            }
        }
        QCOMPARE(folders, (QStringList{QStringLiteral("air"), QStringLiteral("capricorn")}));
        QVERIFY(air);
        QCOMPARE(air->codename, QStringLiteral("air"));
        QCOMPARE(air->version, QStringLiteral("OS2.0.209.0.VGQCNXM"));
        QCOMPARE(air->branch, QStringLiteral("Stable"));
        QCOMPARE(air->releaseDate, QStringLiteral("2026-06-08"));
        QCOMPARE(air->urls, UrlList{Air209Link});
        QVERIFY(!air->hasMd5());
        QCOMPARE(FirmwareFeed::folderOfReleaseLink(Air209Link), QStringLiteral("air"));
        QVERIFY(FirmwareFeed::folderOfReleaseLink(QStringLiteral("https://example.org/firmware_xiaomi_air/releases/download/x/a.zip")).isEmpty());
    }

    // Bad input (malformed page): a firmware latest.yml record whose GitHub link is not a firmware_xiaomi_<codename> release is skipped with "record N: missing or malformed downloads.github"; the others are read
    void skipsARecordOfAnotherRelease()
    {
        QByteArray yaml = firmwareFeed();
        yaml.replace(QByteArray("XiaomiFirmwareUpdaterReleases/firmware_xiaomi_air/releases/download/stable-08.06.2026/" + Air209.toUtf8()),
                     QByteArray("someone/else/releases/download/stable-08.06.2026/" + Air209.toUtf8()));
        const FeedRead feed = FirmwareFeed::read(yaml);
        QVERIFY2(feed.ok(), qPrintable(feed.error));
        QCOMPARE(feed.records, 7);
        QCOMPARE(feed.skippedRecords, 1);
        QCOMPARE(feed.warnings, QStringList{QStringLiteral("record 2: missing or malformed downloads.github")});
    }

    void refusesWhatIsNotAFeed_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("error");
        QTest::newRow("malformed") << QByteArray("- branch: stable\n  date: '2026-06-08\n") << QStringLiteral("not valid YAML (line");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("the feed is empty");
        QTest::newRow("a map") << QByteArray("branch: stable\n") << QStringLiteral("it is not a list of package records");
        QTest::newRow("no record readable") << QByteArray("- branch: stable\n- 42\n") << QStringLiteral("none of its 2 record");
    }
    void refusesWhatIsNotAFeed()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, error);
        const FeedRead feed = FirmwareFeed::read(yaml);
        QVERIFY(!feed.ok());
        QVERIFY2(feed.error.startsWith(error), qPrintable(feed.error));
        QVERIFY(feed.pages.isEmpty());
    }

    // Both feeds at once; each asks with its own validators the next time.
    void refreshAddsFirmwareThenIsNotModified()
    {
        const CatalogUpdater::Result first = refresh();
        QCOMPARE(first.outcome, CatalogUpdater::Outcome::Updated);
        QCOMPARE(first.roms.outcome, CatalogUpdater::Outcome::Updated);
        QCOMPARE(first.firmware.outcome, CatalogUpdater::Outcome::Updated);
        QCOMPARE(first.firmware.addedFiles.size(), 8);
        QCOMPARE(first.firmware.source, m_server->url("/data/devices/latest.yml"));
        for (const QString &name : first.firmware.addedFiles)
            QVERIFY2(first.addedFiles.contains(name) && !first.roms.addedFiles.contains(name), qPrintable(name));
        QVERIFY(first.catalog);
        const Catalog &catalog = *first.catalog;
        const int page = firmwarePage(catalog, QStringLiteral("air"), QStringLiteral("OS2.0.209.0.VGQCNXM"));
        QVERIFY(page >= 0);
        QCOMPARE(catalog.pages()[page].branchSlug, QStringLiteral("stable"));
        const RomFile *air = fileNamed(catalog, Air209);
        QVERIFY(air);
        QCOMPARE(air->urls, UrlList{Air209Link});
        QVERIFY(!air->hasMd5()); // the feed has none: its page has
        QVERIFY(air->size.isEmpty());
        QCOMPARE(air->releaseDate, QStringLiteral("2026-06-08"));
        QCOMPARE(air->androidVersion, QStringLiteral("15.0"));
        QVERIFY(air->firstSeen.isValid()); // What's New and the New marks count it
        QVERIFY(PageCompleter::needsCompletion(catalog, page));
        int newFirmware = 0;
        for (int f : catalog.newFiles())
            newFirmware += catalog.files()[f].fileName.startsWith(QLatin1String("fw_")) ? 1 : 0;
        QCOMPARE(newFirmware, 8);

        const CatalogUpdater::Result second = refresh(true, first.catalog);
        QCOMPARE(second.outcome, CatalogUpdater::Outcome::NotModified);
        QCOMPARE(second.firmware.outcome, CatalogUpdater::Outcome::NotModified);
        QVERIFY(!m_server->requests("/data/devices/latest.yml").last().header("If-None-Match").isEmpty());
        QVERIFY(!second.catalog);
    }

    // Bad input (malformed page): a malformed firmware latest.yml is refused with "firmware list: <host>: not valid YAML (line L, column C): …"; the saved firmware feed and the catalog stay as they were
    void malformedFeedLeavesThePreviousCatalog()
    {
        QCOMPARE(refresh().outcome, CatalogUpdater::Outcome::Updated);
        const QByteArray before = savedFirmwareFeed();
        QVERIFY(!before.isEmpty());
        m_server->addDocument("/data/devices/latest.yml", firmwareFeed().left(700) + "\n  - : ]\n");
        const CatalogUpdater::Result result = refresh();
        QCOMPARE(result.firmware.outcome, CatalogUpdater::Outcome::BadData);
        QCOMPARE(result.roms.outcome, CatalogUpdater::Outcome::NotModified);
        QCOMPARE(result.outcome, CatalogUpdater::Outcome::BadData);
        QVERIFY(!result.catalog);
        QVERIFY(result.anyFeedFailed());
        QVERIFY2(result.message.contains(QLatin1String("firmware list: 127.0.0.1: not valid YAML (line")),
                 qPrintable(result.message));
        QCOMPARE(savedFirmwareFeed(), before);
    }

    // A bad firmware feed does not hold back the ROM feed's news.
    void romFeedIsAppliedWhenTheFirmwareFeedFails()
    {
        m_server->addDocument("/data/devices/latest.yml", "[");
        const CatalogUpdater::Result result = refresh();
        QCOMPARE(result.roms.outcome, CatalogUpdater::Outcome::Updated);
        QCOMPARE(result.firmware.outcome, CatalogUpdater::Outcome::BadData);
        QCOMPARE(result.outcome, CatalogUpdater::Outcome::Updated);
        QVERIFY(result.catalog);
        QVERIFY(result.anyFeedFailed());
        QVERIFY(!result.roms.addedFiles.isEmpty());
        QCOMPARE(result.addedFiles, result.roms.addedFiles);
        QVERIFY(savedFirmwareFeed().isEmpty());
    }

    // Upstream lists only the newest zip per device, branch and region: what a later feed leaves
    // out stays; a feed with under half the records of the last good one is taken as cut short.
    void aFileOnceKnownStaysAndACutFeedIsSuspect()
    {
        QCOMPARE(refresh().outcome, CatalogUpdater::Outcome::Updated);
        m_server->addDocument("/data/devices/latest.yml", feedWithout({QStringLiteral("OS2.0.209.0")}));
        const CatalogUpdater::Result later = refresh();
        QCOMPARE(later.firmware.outcome, CatalogUpdater::Outcome::Updated);
        QVERIFY(later.catalog);
        QVERIFY(fileNamed(*later.catalog, Air209));

        const QByteArray before = savedFirmwareFeed();
        m_server->addDocument("/data/devices/latest.yml", feedWithout({QStringLiteral("fw_capricorn_"), QStringLiteral("OS2.0.209.0")}));
        const CatalogUpdater::Result cut = refresh(); // 3 records after 7
        QCOMPARE(cut.firmware.outcome, CatalogUpdater::Outcome::Suspect);
        QVERIFY2(cut.message.contains(QLatin1String("it lists 3 firmware records, under half of the 7")), qPrintable(cut.message));
        QCOMPARE(savedFirmwareFeed(), before);
    }

    // A record of a file the catalog knows from its page fills only the page's gaps (its link).
    void aKnownFileGainsItsLinkAndKeepsItsPage()
    {
        const XfuPageReader::Result page = XfuPageReader::readFile(Fixtures::dataPath(Air209Page));
        QVERIFY2(page.ok(), qPrintable(page.error));
        writeBase({page.page});
        QVERIFY(fileNamed(*m_base, Air209)->urls.isEmpty()); // "no download link published" without the lists
        const CatalogUpdater::Result result = refresh(false);
        QCOMPARE(result.firmware.outcome, CatalogUpdater::Outcome::Updated);
        QVERIFY(!result.roms.asked);
        QVERIFY(result.firmware.updatedFiles.contains(Air209));
        QVERIFY(!result.firmware.addedFiles.contains(Air209));
        QCOMPARE(result.firmware.addedFiles.size(), 7);
        const RomFile *air = fileNamed(*result.catalog, Air209);
        QCOMPARE(air->md5, QStringLiteral("c864e5beec5db687200f0d0c56c8737f"));
        QCOMPARE(air->size, QStringLiteral("48.1 MB"));
        QCOMPARE(air->device, QStringLiteral("Redmi 13R 5G / 13C 5G China"));
        QCOMPARE(air->urls, UrlList{Air209Link});
    }

    // A new version from the feed is completed from its page in the site repo:
    // pages/firmware/updates/<codename>/<version>.md gives the MD5, size and device name.
    void completesANewVersionFromItsFirmwarePage()
    {
        const CatalogUpdater::Result refreshed = refresh(false);
        QVERIFY(refreshed.catalog);
        const QString folder = QStringLiteral("air"), version = QStringLiteral("OS2.0.209.0.VGQCNXM");
        m_server->addDocument("/pages/firmware/updates/air/OS2.0.209.0.VGQCNXM.md", Fixtures::readData(Air209Page));
        PageCompleter completer(store());
        completer.setBaseUrl(m_server->url("/pages"));
        QSignalSpy finished(&completer, &PageCompleter::finished);
        completer.complete(RomOs::Firmware, folder, version);
        QVERIFY(finished.wait(20'000));
        const PageCompleter::Result result = finished.takeFirst().first().value<PageCompleter::Result>();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.section, RomOs::Firmware);
        const Catalog &completed = *result.catalog;
        const int page = firmwarePage(completed, folder, version);
        QVERIFY(page >= 0);
        QVERIFY(!PageCompleter::needsCompletion(completed, page));
        const RomFile *air = fileNamed(completed, Air209);
        QCOMPARE(air->md5, QStringLiteral("c864e5beec5db687200f0d0c56c8737f"));
        QCOMPARE(air->size, QStringLiteral("48.1 MB"));
        QCOMPARE(air->device, QStringLiteral("Redmi 13R 5G / 13C 5G China"));
        QCOMPARE(air->urls, UrlList{Air209Link}); // the page has no link of its own
        QVERIFY(air->firstSeen.isValid());        // still new
        QVERIFY(QFile::exists(store().cachedPagePath(RomOs::Firmware, folder, version)));

        // A ROM page of that name is not a firmware page.
        m_server->addDocument("/pages/firmware/updates/air/OS2.0.209.0.VGQCNXM.md",
                              Fixtures::readData(QStringLiteral("pages/miui-gemini-7.6.8.md")));
        QFile::remove(store().cachedPagePath(RomOs::Firmware, folder, version));
        completer.complete(RomOs::Firmware, folder, version);
        QVERIFY(finished.wait(20'000));
        const PageCompleter::Result wrong = finished.takeFirst().first().value<PageCompleter::Result>();
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error.contains(QLatin1String("instead")), qPrintable(wrong.error));
    }
};

QTEST_GUILESS_MAIN(TestFirmwareFeed)
#include "tst_firmwarefeed.moc"
