// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "catalog/catalog.h"
#include "catalog/catalogfile.h"
#include "catalog/catalogmerge.h"
#include "catalog/md5text.h"
#include "catalog/versionorder.h"
#include "catalog/xfupagereader.h"
#include "util/weburl.h"

#include <QtTest>

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionOrder_data();
    void versionOrder();
    void newerFileIsTheNewerVersion();
    void md5Text_data();
    void md5Text();
    void webUrl_data();
    void webUrl();
    void indexes();
    void devicesSortedAndVersionsNewestFirst();
    void devicesInNaturalOrder();
    void sharedFileStoredOnce();
    void fileRoundTrip_data();
    void fileRoundTrip();
    void damagedFile_data();
    void damagedFile();
    void fuzzFinding();
    void mergeUpdatesSameFileNameAndMergesMirrors();
    void mergeAddsNewPage();
    void readsTheFormerFormat();
    void accumulatedFeedForgetsNothing();
    void newFilesAreTheLastRefreshs();
};

void TestCatalog::versionOrder_data()
{
    QTest::addColumn<QString>("newer");
    QTest::addColumn<QString>("older");
    QTest::newRow("V14 after V9") << "V14.0.3.0.TKHMIXM" << "V9.6.1.0.OAAMIFD";
    QTest::newRow("numeric not text") << "V10.2.2.0.OAAMIXM" << "V9.6.2.0.OAAMIFD";
    QTest::newRow("HyperOS above MIUI") << "OS1.0.1.0.UNCIDXM" << "V14.0.23.1.3.DEV";
    QTest::newRow("HyperOS 2 above 1") << "OS2.0.1.0.VNCMIXM" << "OS1.0.30.0.UNCMIXM";
    QTest::newRow("stable above weekly") << "V8.0.1.0.NAAMIDG" << "9.8.10";
    QTest::newRow("weekly numeric") << "7.11.16" << "7.6.8";
    QTest::newRow("weekly year") << "20.3.5" << "9.12.19";
}

void TestCatalog::versionOrder()
{
    QFETCH(QString, newer);
    QFETCH(QString, older);
    QVERIFY(compareVersions(newer, older) > 0);
    QVERIFY(compareVersions(older, newer) < 0);
    QCOMPARE(compareVersions(newer, newer), 0);
}

// The one MD5 check of the page reader, the feed, the download and the CLI.
void TestCatalog::md5Text_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("md5");
    QTest::newRow("seed page") << "b3186f9d5fb716d6f2c182b3ac61ea61" << true;
    QTest::newRow("upper case") << "B3186F9D5FB716D6F2C182B3AC61EA61" << true;
    QTest::newRow("31 digits") << "b3186f9d5fb716d6f2c182b3ac61ea6" << false;
    QTest::newRow("33 digits") << "b3186f9d5fb716d6f2c182b3ac61ea611" << false;
    QTest::newRow("not hex") << "g3186f9d5fb716d6f2c182b3ac61ea61" << false;
    QTest::newRow("trailing newline") << "b3186f9d5fb716d6f2c182b3ac61ea61\n" << false;
    QTest::newRow("Unknown") << "Unknown" << false;
    QTest::newRow("empty") << "" << false;
}

void TestCatalog::md5Text()
{
    QFETCH(QString, text);
    QFETCH(bool, md5);
    QCOMPARE(isMd5Hex(text), md5);
}

// The one http(s) check of the page reader, the feed, the download, the CLI and the GUI.
void TestCatalog::webUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("web");
    QTest::newRow("https") << "https://cdnorg.d.miui.com/7.6.8/miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip" << true;
    QTest::newRow("http") << "http://bigota.d.miui.com/7.6.8/miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip" << true;
    QTest::newRow("scheme in capitals") << "HTTPS://cdnorg.d.miui.com/x.zip" << true;
    QTest::newRow("ftp") << "ftp://127.0.0.1/x.zip" << false;
    QTest::newRow("file") << "file:///tmp/x.zip" << false;
    QTest::newRow("no host") << "http:/x.zip" << false;
    QTest::newRow("relative") << "x.zip" << false;
    QTest::newRow("invalid") << "http://exa mple.com/x.zip" << false;
}

void TestCatalog::webUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, web);
    QCOMPARE(isWebUrl(QUrl(url, QUrl::StrictMode)), web);
}

// The rule of `firmware-cli latest` and the phone's recommendations, on real pairs of the catalog.
void TestCatalog::newerFileIsTheNewerVersion()
{
    const auto rom = [](const char *version, const char *date) {
        RomFile file;
        file.version = QString::fromLatin1(version);
        file.releaseDate = QString::fromLatin1(date);
        return file;
    };
    // angelica Global: V12.5.4.0 (Android 11, 2022-07-12) over V12.0.23.0 (Android 10, a later 2023-03-23).
    QVERIFY(rom("V12.5.4.0.RCRMIXM", "2022-07-12").isNewerThan(rom("V12.0.23.0.QCRMIXM", "2023-03-23")));
    QVERIFY(!rom("V12.0.23.0.QCRMIXM", "2023-03-23").isNewerThan(rom("V12.5.4.0.RCRMIXM", "2022-07-12")));
    // A weekly's upload date (7.4.27 dated 2018-09-26) does not make it newer than 7.11.16.
    QVERIFY(rom("7.11.16", "2017-11-15").isNewerThan(rom("7.4.27", "2018-09-26")));
    // A feed file without a date (or upstream's "None") is judged by its version.
    QVERIFY(rom("OS2.0.207.0.VGQINXM", "").isNewerThan(rom("V14.0.2.0.TGQINXM", "None")));
    // The same version: the later date wins; a file is not newer than itself.
    QVERIFY(rom("V14.0.3.0.TKHMIXM", "2023-05-02").isNewerThan(rom("V14.0.3.0.TKHMIXM", "2023-05-01")));
    QVERIFY(!rom("V14.0.3.0.TKHMIXM", "2023-05-01").isNewerThan(rom("V14.0.3.0.TKHMIXM", "2023-05-01")));
}

void TestCatalog::indexes()
{
    const CatalogPtr catalog = Fixtures::pagesCatalog();
    const int page = catalog->findPage(QStringLiteral("gemini"), QStringLiteral("7.6.8"));
    QVERIFY(page >= 0);
    QCOMPARE(catalog->pages()[page].files.size(), 2);
    QCOMPARE(catalog->findPage(QStringLiteral("gemini"), QStringLiteral("7.6.9")), -1);
    QCOMPARE(catalog->findPage(QStringLiteral("nosuchdevice"), QStringLiteral("7.6.8")), -1);
    QCOMPARE(catalog->pagesOfFolder(QStringLiteral("gemini")).size(), 3);

    const QList<int> named = catalog->filesNamed(QStringLiteral("miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip"));
    QCOMPARE(named.size(), 1);
    QCOMPARE(catalog->files()[named.first()].md5, QStringLiteral("b3186f9d5fb716d6f2c182b3ac61ea61"));
    QCOMPARE(catalog->filesWithMd5(QStringLiteral("B3186F9D5FB716D6F2C182B3AC61EA61")), named);
    QCOMPARE(catalog->pagesOfFile(named.first()), QList<int>{page});
    QVERIFY(catalog->filesWithMd5(QString()).isEmpty());
    QCOMPARE(catalog->deviceOfPage(page) >= 0, true);
    QCOMPARE(catalog->devices()[catalog->deviceOfPage(page)].displayName(), QStringLiteral("MI 5 (gemini)"));
}

void TestCatalog::devicesSortedAndVersionsNewestFirst()
{
    const CatalogPtr catalog = Fixtures::pagesCatalog();
    RomOs previous = RomOs::Miui;
    for (const CatalogDevice &device : catalog->devices()) {
        QVERIFY(device.os >= previous);
        previous = device.os;
        for (int i = 1; i < device.pages.size(); ++i) {
            QVERIFY(compareVersions(catalog->pages()[device.pages[i - 1]].version,
                                    catalog->pages()[device.pages[i]].version) > 0);
        }
    }
    const CatalogDevice &gemini = catalog->devices()[catalog->deviceOfPage(catalog->pagesOfFolder(QStringLiteral("gemini")).first())];
    QStringList versions;
    for (int p : gemini.pages)
        versions.append(catalog->pages()[p].version);
    QCOMPARE(versions, (QStringList{QStringLiteral("V10.2.2.0.OAAMIXM"), QStringLiteral("V9.6.2.0.OAAMIFD"),
                                    QStringLiteral("7.6.8")}));
}

void TestCatalog::devicesInNaturalOrder()
{
    const XfuPageReader::Result seed = XfuPageReader::readFile(Fixtures::seedPagePath());
    QList<XfuPage> pages;
    const QHash<QString, QString> names{{QStringLiteral("a"), QStringLiteral("Mi 10")},
                                        {QStringLiteral("b"), QStringLiteral("MI 9")},
                                        {QStringLiteral("c"), QStringLiteral("mi 1S")}};
    for (const QString &folder : names.keys()) {
        XfuPage page = seed.page;
        page.folder = folder;
        pages.append(page);
    }
    const CatalogPtr catalog = Catalog::build(pages, names, {});
    QStringList order;
    for (const CatalogDevice &device : catalog->devices())
        order.append(device.marketingName);
    QCOMPARE(order, (QStringList{QStringLiteral("mi 1S"), QStringLiteral("MI 9"), QStringLiteral("Mi 10")}));
}

void TestCatalog::sharedFileStoredOnce()
{
    const XfuPageReader::Result seed = XfuPageReader::readFile(Fixtures::seedPagePath());
    QVERIFY(seed.ok());
    XfuPage sibling = seed.page;
    sibling.folder = QStringLiteral("geminiclone");
    const CatalogPtr catalog = Catalog::build({seed.page, sibling}, {}, {});
    QCOMPARE(catalog->pages().size(), 2);
    QCOMPARE(catalog->cardCount(), 4);
    QCOMPARE(catalog->files().size(), 2);
    QCOMPARE(catalog->pages()[0].files, catalog->pages()[1].files);
}

void TestCatalog::fileRoundTrip_data()
{
    QTest::addColumn<CatalogFile::Compression>("compression");
    QTest::newRow("zlib") << CatalogFile::Compression::Zlib;
    QTest::newRow("stored") << CatalogFile::Compression::None;
}

void TestCatalog::fileRoundTrip()
{
    QFETCH(CatalogFile::Compression, compression);
    QList<XfuPage> pages = Fixtures::pagesCatalog()->toPages();
    pages[0].cards[0].firstSeen = QDateTime(QDate(2026, 8, 24), QTime(6, 0), Qt::UTC);
    // One file under five device names.
    pages.append(XfuPageReader::readFile(Fixtures::dataPath(QStringLiteral("reader-pages/miui-HM2013023-6.6.16.md"))).page);
    QCOMPARE(pages.last().cards.first().otherDeviceNames.size(), 4);
    const CatalogPtr catalog = Catalog::build(pages, Fixtures::pagesCatalog()->marketingNames(),
                                              Fixtures::pagesCatalog()->info());
    const QByteArray bytes = CatalogFile::write(*catalog, compression);
    QString error;
    QCOMPARE(CatalogFile::uncompressed(bytes, &error), CatalogFile::write(*catalog, CatalogFile::Compression::None));
    const CatalogFile::Result read = CatalogFile::read(bytes);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.catalog->files(), catalog->files());
    QCOMPARE(read.catalog->pages().size(), catalog->pages().size());
    QCOMPARE(read.catalog->cardCount(), catalog->cardCount());
    QCOMPARE(read.catalog->info().source, catalog->info().source);
    QCOMPARE(read.catalog->info().snapshot, catalog->info().snapshot);
    for (int p = 0; p < catalog->pages().size(); ++p) {
        QCOMPARE(read.catalog->pages()[p].files, catalog->pages()[p].files);
        QCOMPARE(read.catalog->pages()[p].websiteUrl(), catalog->pages()[p].websiteUrl());
        QCOMPARE(read.catalog->pages()[p].name, catalog->pages()[p].name);
    }
    QCOMPARE(read.catalog->devices().size(), catalog->devices().size());
    for (int d = 0; d < catalog->devices().size(); ++d) {
        QCOMPARE(read.catalog->devices()[d].displayName(), catalog->devices()[d].displayName());
        QCOMPARE(read.catalog->devices()[d].pages, catalog->devices()[d].pages);
    }
}

void TestCatalog::damagedFile_data()
{
    const QByteArray good = CatalogFile::write(*Fixtures::pagesCatalog());
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << "not a Firmware Browser catalog";
    QTest::newRow("other file") << QByteArray("PK\x03\x04 zip file") << "not a Firmware Browser catalog";
    QByteArray future = good;
    future[7] = char(99);
    QTest::newRow("newer format") << future << "format 99";
    QTest::newRow("truncated") << good.left(good.size() / 2) << "damaged";
    QByteArray flipped = good;
    flipped[flipped.size() / 2] = char(~flipped[flipped.size() / 2]);
    QTest::newRow("corrupt byte") << flipped << "damaged";
    // A valid compressed stream whose records stop early (header: magic, version, compression).
    const int header = 9;
    QByteArray shortRecords = good.left(header);
    const QByteArray payload = qUncompress(reinterpret_cast<const uchar *>(good.constData()) + header, good.size() - header);
    QVERIFY(!payload.isEmpty());
    shortRecords.append(qCompress(payload.left(payload.size() - 10)));
    QByteArray unknownCompression = good;
    unknownCompression[8] = char(7);
    QTest::newRow("unknown compression") << unknownCompression << "unknown compression";
    QTest::newRow("short records") << shortRecords << "truncated";
}

// Bad input (malformed page): fuzz findings: a string id past an empty table and a 14-byte file claiming 2.6 GB are refused as damaged, nothing allocated
void TestCatalog::fuzzFinding()
{
    // Found by fuzz_catalogfile: a string id read from an empty string table bound a reference to
    // nothing (UBSan). It must be refused like any damaged file.
    const CatalogFile::Result result = CatalogFile::read(Fixtures::readData(QStringLiteral("catalog-fuzz-crash-1.fwbcat")));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QLatin1String("damaged")), qPrintable(result.error));
    // A 14-byte file claiming 2.6 GB of zlib data made qUncompress allocate it (out of memory).
    const CatalogFile::Result oom = CatalogFile::read(Fixtures::readData(QStringLiteral("catalog-fuzz-oom-1.fwbcat")));
    QVERIFY(!oom.ok());
    QVERIFY2(oom.error.contains(QLatin1String("damaged")), qPrintable(oom.error));
}

// Bad input (malformed page): a damaged catalog file (truncated, corrupt byte, newer format, unknown compression) is refused with a message, never half-loaded
void TestCatalog::damagedFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const CatalogFile::Result result = CatalogFile::read(bytes);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
}

void TestCatalog::mergeUpdatesSameFileNameAndMergesMirrors()
{
    // The catalog has the current five-mirror page; the user imports the older seed page.
    const CatalogPtr catalog = Fixtures::pagesCatalog();
    const XfuPageReader::Result seed = XfuPageReader::readFile(Fixtures::seedPagePath());
    QVERIFY(seed.ok());
    RomFile changed = seed.page.cards[0];
    changed.urls = {QStringLiteral("https://example.invalid/7.6.8/miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip")};
    XfuPage imported = seed.page;
    imported.cards[0] = changed;

    const CatalogPtr merged = Catalog::build(mergePages(catalog->toPages(), {imported}), catalog->marketingNames(), {});
    QCOMPARE(merged->pages().size(), catalog->pages().size());
    const QList<int> files = merged->filesNamed(changed.fileName);
    QCOMPARE(files.size(), 1);
    const QStringList urls = merged->files()[files.first()].urls;
    QCOMPARE(urls.size(), 6);
    QVERIFY(urls.first().startsWith(QLatin1String("https://cdnorg.d.miui.com/")));
    QCOMPARE(urls.last(), changed.urls.first());
}

void TestCatalog::mergeAddsNewPage()
{
    const CatalogPtr catalog = Fixtures::pagesCatalog();
    const XfuPageReader::Result seed = XfuPageReader::readFile(Fixtures::seedPagePath());
    XfuPage other = seed.page;
    other.version = QStringLiteral("7.6.9");
    for (RomFile &card : other.cards)
        card.fileName.replace(QLatin1String("7.6.8"), QLatin1String("7.6.9"));
    const CatalogPtr merged = Catalog::build(mergePages(catalog->toPages(), {other}), catalog->marketingNames(), {});
    QCOMPARE(merged->pages().size(), catalog->pages().size() + 1);
    QVERIFY(merged->findPage(QStringLiteral("gemini"), QStringLiteral("7.6.9")) >= 0);
    QCOMPARE(merged->pagesOfFolder(QStringLiteral("gemini")).size(), 4);
}

// The user's imports and saved refresh were written by earlier versions: they stay readable.
void TestCatalog::readsTheFormerFormat()
{
    const CatalogFile::Result read = CatalogFile::read(Fixtures::readData(QStringLiteral("catalog-format3.fwbcat")));
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.catalog->files().size(), 4);
    const int page = read.catalog->findPage(QStringLiteral("gemini"), QStringLiteral("7.6.8"));
    QVERIFY(page >= 0);
    const RomFile &file = read.catalog->files()[read.catalog->pages()[page].files.first()];
    QCOMPARE(file.md5, QStringLiteral("b3186f9d5fb716d6f2c182b3ac61ea61"));
    QVERIFY(!file.firstSeen.isValid());
}

namespace {

RomFile feedCard(const QString &fileName, const QString &md5, const QStringList &urls)
{
    RomFile card = Fixtures::singleFileCatalog(fileName, md5, urls)->files().first();
    card.size = QStringLiteral("1.6 GB");
    return card;
}

XfuPage feedPage(const QList<RomFile> &cards)
{
    XfuPage page = Fixtures::singleFileCatalog(QStringLiteral("a.zip"), QString())->toPages().first();
    page.cards = cards;
    return page;
}

} // namespace

void TestCatalog::accumulatedFeedForgetsNothing()
{
    const QDateTime first(QDate(2026, 8, 24), QTime(6, 0), Qt::UTC), second = first.addSecs(6 * 3600);
    const QString a = QStringLiteral("miui_TESTPHONE_1.0.0_aaaaaaaaaa_8.0.zip"), b = QStringLiteral("miui_TESTPHONE_1.0.0_bbbbbbbbbb_8.0.zip");
    const QString mirror1 = QStringLiteral("https://bigota.d.miui.com/1.0.0/") + a;
    const QString mirror2 = QStringLiteral("https://hugeota.d.miui.com/1.0.0/") + a;
    QList<XfuPage> saved = accumulateFeed({}, {feedPage({feedCard(a, QString(), {mirror1})})}, first);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved[0].cards[0].firstSeen, first);

    // The next feed lists a with its MD5 and another mirror, and a new b.
    RomFile later = feedCard(a, QStringLiteral("aaaaaaaaaa0123456789abcdef012345"), {mirror2});
    later.size = QStringLiteral("1.7 GB");
    saved = accumulateFeed(saved, {feedPage({later, feedCard(b, QString(), {})})}, second);
    QCOMPARE(saved[0].cards.size(), 2);
    const RomFile &updated = saved[0].cards[0];
    QCOMPARE(updated.md5, later.md5);
    QCOMPARE(QStringList(updated.urls), (QStringList{mirror1, mirror2}));
    QCOMPARE(updated.size, QStringLiteral("1.7 GB"));
    QCOMPARE(updated.firstSeen, first);
    QCOMPARE(saved[0].cards[1].firstSeen, second);

    // A feed without a: nothing is lost; one without its MD5 does not take the MD5 away.
    saved = accumulateFeed(saved, {feedPage({feedCard(b, QString(), {})})}, second.addSecs(3600));
    saved = accumulateFeed(saved, {feedPage({feedCard(a, QString(), {mirror1})})}, second.addSecs(7200));
    QCOMPARE(saved[0].cards.size(), 2);
    QCOMPARE(saved[0].cards[0].md5, later.md5);
    QCOMPARE(saved[0].cards[0].urls.size(), 2);
    QCOMPARE(saved[0].cards[1].firstSeen, second);
}

void TestCatalog::newFilesAreTheLastRefreshs()
{
    QList<XfuPage> pages = Fixtures::pagesCatalog()->toPages();
    const QDateTime first(QDate(2026, 8, 24), QTime(6, 0), Qt::UTC), second = first.addDays(1);
    pages[0].cards[0].firstSeen = first;
    pages[1].cards[0].firstSeen = second;
    const CatalogPtr catalog = Catalog::build(pages, {}, {});
    QCOMPARE(catalog->newFilesSeen(), second);
    QCOMPARE(catalog->newFiles(), catalog->filesNamed(pages[1].cards[0].fileName));
    QVERIFY(Fixtures::pagesCatalog()->newFiles().isEmpty());
    QVERIFY(!Fixtures::pagesCatalog()->newFilesSeen().isValid());
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
