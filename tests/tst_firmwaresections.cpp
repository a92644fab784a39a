// SPDX-License-Identifier: GPL-3.0-or-later
// The site's firmware and vendor sections: the firmware version pages, their download links from
// data/devices/full/<codename>.yml, the files only the lists know, and the vendor packages, on real
// excerpts of xfu-firmware.tar.xz (tests/data/firmware).
#include "fixtures.h"

#include "catalog/catalog.h"
#include "catalog/catalogfile.h"
#include "catalog/cataloglookup.h"
#include "catalog/xfupagereader.h"
#include "feed/firmwarelist.h"
#include "feed/firmwarepages.h"
#include "feed/yamlrecords.h"

#include <QFile>
#include <QtTest>

namespace {

QString firmwareData(const QString &path)
{
    return Fixtures::dataPath(QStringLiteral("firmware/") + path);
}

QByteArray readData(const QString &path)
{
    QFile file(firmwareData(path));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(path));
    return file.readAll();
}

XfuPage readPage(const QString &path)
{
    const XfuPageReader::Result result = XfuPageReader::readFile(firmwareData(path));
    if (!result.ok())
        qFatal("%s: %s", qPrintable(path), qPrintable(result.error));
    return result.page;
}

FirmwarePages::Lists lists(const QString &folder, const QStringList &devices, FirmwareList::Kind kind)
{
    FirmwarePages::Lists result;
    for (const QString &device : devices) {
        const FirmwareList::Result list = FirmwareList::read(readData(folder + device + QLatin1String(".yml")), kind);
        if (!list.ok() || !list.errors.isEmpty())
            qFatal("%s: %s", qPrintable(device), qPrintable(list.error + list.errors.join(QLatin1Char(';'))));
        result.insert(device, list.records);
    }
    return result;
}

const QString kGithub = QStringLiteral("https://github.com/XiaomiFirmwareUpdaterReleases/");

} // namespace

class TestFirmwareSections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firmwareCardsMatchTheirPages_data();
    void firmwareCardsMatchTheirPages();
    void malformedFirmwarePageIsRefused_data();
    void malformedFirmwarePageIsRefused();
    void nestedMapsReadAsDottedKeys();
    void malformedListRecordsAreRefused_data();
    void malformedListRecordsAreRefused();
    void linksComeFromTheListsNeverGuessed();
    void fileOnlyInTheListJoinsItsVersionPage();
    void vendorPackagesOnePerFileWithEveryLink();
    void sectionsSurviveTheCatalogFile();
    void findPagesGivesEverySectionRomFirst();
    void counterpartLinksRomAndFirmwareOfOneVersion();
};

void TestFirmwareSections::firmwareCardsMatchTheirPages_data()
{
    // The fields as each real page shows them (pages/firmware/updates/...).
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("fields"); // device, codename, version, branch, size, date, file, md5, android
    QTest::addColumn<QString>("permalink");
    QTest::newRow("MIUI weekly") << QStringLiteral("pages/firmware/updates/gemini/8.1.11.md")
                                 << QStringList{QStringLiteral("MI 5 Global"), QStringLiteral("gemini"), QStringLiteral("8.1.11"),
                                                QStringLiteral("Weekly"), QStringLiteral("55.7 MB"), QStringLiteral("2018-12-17"),
                                                QStringLiteral("fw_miui_MI5Global_8.1.11_4aa3c5500b_7.0.zip"),
                                                QStringLiteral("21200b0fef84b118e74fe07d86e88031"), QStringLiteral("7.0")}
                                 << QStringLiteral("https://xmfirmwareupdater.com/firmware/gemini/weekly/8.1.11/");
    QTest::newRow("MIUI stable") << QStringLiteral("pages/firmware/updates/gemini/V10.2.2.0.OAAMIXM.md")
                                 << QStringList{QStringLiteral("MI 5 Global"), QStringLiteral("gemini"),
                                                QStringLiteral("V10.2.2.0.OAAMIXM"), QStringLiteral("Stable"),
                                                QStringLiteral("56.0 MB"), QStringLiteral("2019-01-25"),
                                                QStringLiteral("fw_gemini_miui_MI5Global_V10.2.2.0.OAAMIXM_d16c808eba_8.0.zip"),
                                                QStringLiteral("d67de4da790f4241ec24808c1bc29ddb"), QStringLiteral("8.0")}
                                 << QStringLiteral("https://xmfirmwareupdater.com/firmware/gemini/stable/V10.2.2.0.OAAMIXM/");
    QTest::newRow("HyperOS") << QStringLiteral("pages/firmware/updates/air/OS1.0.1.0.UGQCNXM.md")
                             << QStringList{QStringLiteral("Redmi 13R 5G / 13C 5G China"), QStringLiteral("air"),
                                            QStringLiteral("OS1.0.1.0.UGQCNXM"), QStringLiteral("Stable"), QStringLiteral("48.1 MB"),
                                            QStringLiteral("2024-05-20"), QStringLiteral("fw_air_miui_AIR_OS1.0.1.0.UGQCNXM_6771b8fffc_14.0.zip"),
                                            QStringLiteral("103906f878dc9a5b0a234bb3ff8cf0a9"), QStringLiteral("14.0")}
                             << QStringLiteral("https://xmfirmwareupdater.com/firmware/air/stable/OS1.0.1.0.UGQCNXM/");
    QTest::newRow("weekly, two regions") << QStringLiteral("pages/firmware/updates/capricorn/9.5.30.md")
                                         << QStringList{QStringLiteral("Mi 5s Global"), QStringLiteral("capricorn"), QStringLiteral("9.5.30"),
                                                        QStringLiteral("Weekly"), QStringLiteral("56.0 MB"), QStringLiteral("2019-05-31"),
                                                        QStringLiteral("fw_capricorn_miui_MI5SGlobal_9.5.30_a547c4ddae_8.0.zip"),
                                                        QStringLiteral("74371e00ee7ce2f2d4f2c1bf7e918834"), QStringLiteral("8.0")}
                                         << QStringLiteral("https://xmfirmwareupdater.com/firmware/capricorn/weekly/9.5.30/");
}

void TestFirmwareSections::firmwareCardsMatchTheirPages()
{
    QFETCH(QString, path);
    QFETCH(QStringList, fields);
    QFETCH(QString, permalink);
    const XfuPage page = readPage(path);
    QCOMPARE(page.os, RomOs::Firmware);
    QCOMPARE(page.websiteUrl().toString(), permalink);
    QCOMPARE(page.cards.size(), 1);
    const RomFile &card = page.cards.first();
    const QStringList read{card.device,      card.codename, card.version, card.branch,        card.size,
                           card.releaseDate, card.fileName, card.md5,     card.androidVersion};
    QCOMPARE(read, fields);
    QVERIFY(card.type.isEmpty());
    QVERIFY(card.changelog.isEmpty());
    QVERIFY(card.urls.isEmpty()); // the page only names the file; the links are the lists'
}

void TestFirmwareSections::malformedFirmwarePageIsRefused_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("error");
    QTest::newRow("no MD5") << QByteArray("21200b0fef84b118e74fe07d86e88031") << QByteArray("Unknown")
                            << QStringLiteral("is not 32 hex digits");
    QTest::newRow("button for another file") << QByteArray("redirect('fw_miui_MI5Global_8.1.11_4aa3c5500b_7.0.zip')")
                                             << QByteArray("redirect('fw_miui_MI5Global_8.1.18_4aa3c5500b_7.0.zip')")
                                             << QStringLiteral("asks for");
    QTest::newRow("no button") << QByteArray("onclick=\"redirect(") << QByteArray("onclick=\"go(")
                               << QStringLiteral("no firmware download button");
    QTest::newRow("ROM label") << QByteArray("<b>Firmware Package Name: </b>") << QByteArray("<b>Package Name: </b>")
                               << QStringLiteral("is missing");
    QTest::newRow("truncated") << QByteArray("<b>MD5: </b>") << QByteArray() << QStringLiteral("field is missing");
    QTest::newRow("vendor permalink") << QByteArray("permalink: /firmware/gemini/weekly/8.1.11/")
                                      << QByteArray("permalink: /vendor/gemini/weekly/8.1.11/") << QStringLiteral("permalink");
}

// Bad input (malformed page): a firmware page without its MD5, with a button for another file, without a button, with a ROM label, truncated or with a vendor permalink is refused, naming the fault
void TestFirmwareSections::malformedFirmwarePageIsRefused()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, error);
    QByteArray bytes = readData(QStringLiteral("pages/firmware/updates/gemini/8.1.11.md"));
    QVERIFY(bytes.contains(from));
    if (to.isEmpty())
        bytes.truncate(bytes.indexOf(from));
    else
        bytes.replace(from, to);
    const XfuPageReader::Result result = XfuPageReader::read(bytes);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(error), qPrintable(result.error));
}

void TestFirmwareSections::nestedMapsReadAsDottedKeys()
{
    const YamlRecords::Result yaml = YamlRecords::read(readData(QStringLiteral("data/devices/full/gemini.yml")));
    QVERIFY(yaml.ok());
    QCOMPARE(yaml.records.size(), 1);
    const YamlRecords::Record &record = yaml.records.first();
    QCOMPARE(record.find("downloads")->kind, YamlRecords::Value::Nested);
    QCOMPARE(record.find("versions.android")->text, QStringLiteral("8.0"));
    QVERIFY(record.find("downloads.osdn")->text.startsWith(QLatin1String("https://osdn.net/")));
    // Deeper maps stay Nested, unread.
    const YamlRecords::Result deep = YamlRecords::read("- a: {b: {c: 1}, d: 2}\n");
    QCOMPARE(deep.records.first().find("a.b")->kind, YamlRecords::Value::Nested);
    QCOMPARE(deep.records.first().find("a.d")->text, QStringLiteral("2"));
    QVERIFY(!deep.records.first().find("a.b.c"));
}

void TestFirmwareSections::malformedListRecordsAreRefused_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("field");
    const QByteArray link = "releases/download/stable-25.01.2019/fw_gemini";
    QTest::newRow("link to another file") << link + "_miui_MI5Global_V10.2.2.0" << link + "_miui_MI5_V10.2.2.0"
                                          << QStringLiteral("downloads.github");
    QTest::newRow("plain http") << QByteArray("github: https://") << QByteArray("github: http://")
                                << QStringLiteral("downloads.github");
    QTest::newRow("no link") << QByteArray("    github:") << QByteArray("    gitlab:") << QStringLiteral("downloads.github");
    QTest::newRow("path in name") << QByteArray("filename: fw_") << QByteArray("filename: ../fw_") << QStringLiteral("filename");
    QTest::newRow("version not in name") << QByteArray("miui: V10.2.2.0.OAAMIXM") << QByteArray("miui: V10.2.3.0.OAAMIXM")
                                         << QStringLiteral("versions.miui");
    QTest::newRow("odd branch") << QByteArray("branch: stable") << QByteArray("branch: nightly") << QStringLiteral("branch");
    QTest::newRow("bad date") << QByteArray("'2019-01-25'") << QByteArray("'25.01.2019'") << QStringLiteral("date");
}

// Bad input (malformed page): a firmware list record linking another file, over plain http, without a GitHub link, with a path in its file name, a version its file name lacks, an unknown branch or a bad date is refused and named (the catalog tool then writes nothing)
void TestFirmwareSections::malformedListRecordsAreRefused()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, field);
    QByteArray yaml = readData(QStringLiteral("data/devices/full/gemini.yml"));
    QVERIFY(yaml.contains(from));
    yaml.replace(from, to);
    const FirmwareList::Result list = FirmwareList::read(yaml, FirmwareList::Kind::Firmware);
    QVERIFY(list.ok());
    QCOMPARE(list.records.size(), 0);
    QCOMPARE(list.errors, QStringList{QStringLiteral("record 1: missing or malformed ") + field});
    QVERIFY(!FirmwareList::read("a: map\n", FirmwareList::Kind::Firmware).ok());
    QVERIFY(!FirmwareList::read("- [unclosed\n", FirmwareList::Kind::Firmware).ok());
}

void TestFirmwareSections::linksComeFromTheListsNeverGuessed()
{
    const QList<XfuPage> pages{readPage(QStringLiteral("pages/firmware/updates/gemini/8.1.11.md")),
                               readPage(QStringLiteral("pages/firmware/updates/gemini/V10.2.2.0.OAAMIXM.md"))};
    const FirmwarePages::Result result = FirmwarePages::firmware(
        pages, lists(QStringLiteral("data/devices/full/"), {QStringLiteral("gemini")}, FirmwareList::Kind::Firmware), {});
    QCOMPARE(result.linkedCards, 1);
    QCOMPARE(result.listOnlyFiles, 0);
    QCOMPARE(result.pages.size(), 2);
    // 8.1.11's file is in no list: no link, and none made up from the file name.
    QVERIFY(result.pages[0].cards.first().urls.isEmpty());
    // Only the GitHub release asset (the site's /download page starts it; OSDN is never offered).
    QCOMPARE(result.pages[1].cards.first().urls,
             UrlList({kGithub + QStringLiteral("firmware_xiaomi_gemini/releases/download/stable-25.01.2019/"
                                               "fw_gemini_miui_MI5Global_V10.2.2.0.OAAMIXM_d16c808eba_8.0.zip")}));
}

void TestFirmwareSections::fileOnlyInTheListJoinsItsVersionPage()
{
    const QHash<QString, QString> names{{QStringLiteral("capricorn"), QStringLiteral("Mi 5s")}};
    const FirmwarePages::Result result = FirmwarePages::firmware(
        {readPage(QStringLiteral("pages/firmware/updates/capricorn/9.5.30.md"))},
        lists(QStringLiteral("data/devices/full/"), {QStringLiteral("capricorn")}, FirmwareList::Kind::Firmware), names);
    QCOMPARE(result.listOnlyFiles, 1);
    QCOMPARE(result.pages.size(), 1);
    const QList<RomFile> &cards = result.pages.first().cards;
    QCOMPARE(cards.size(), 2);
    QCOMPARE(cards[0].md5, QStringLiteral("74371e00ee7ce2f2d4f2c1bf7e918834"));
    const RomFile &chinese = cards[1];
    QCOMPARE(chinese.fileName, QStringLiteral("fw_capricorn_miui_MI5S_9.5.30_016f871ef7_8.0.zip"));
    // No page names this model, so the device is the list's device name and region.
    QCOMPARE(chinese.device, QStringLiteral("Mi 5s China"));
    QCOMPARE(chinese.version, QStringLiteral("9.5.30"));
    QCOMPARE(chinese.branch, QStringLiteral("Weekly"));
    QCOMPARE(chinese.releaseDate, QStringLiteral("2019-05-31"));
    QCOMPARE(chinese.androidVersion, QStringLiteral("8.0"));
    QVERIFY(chinese.md5.isEmpty());
    QVERIFY(chinese.size.isEmpty());
    QCOMPARE(chinese.urls.size(), 1);
    // A page naming the model gives the device name the site uses for it.
    XfuPage other = result.pages.first();
    other.version = QStringLiteral("9.5.23");
    other.cards = {cards[0]};
    other.cards[0].fileName = QStringLiteral("fw_capricorn_miui_MI5S_9.5.23_0123456789_8.0.zip");
    other.cards[0].device = QStringLiteral("Mi 5s China");
    const FirmwarePages::Result named = FirmwarePages::firmware(
        {other}, lists(QStringLiteral("data/devices/full/"), {QStringLiteral("capricorn")}, FirmwareList::Kind::Firmware), {});
    QCOMPARE(named.pages.size(), 2);
    // MI5SGlobal: named by no page and no name map, so the folder and the region.
    QCOMPARE(named.pages[1].cards.first().device, QStringLiteral("capricorn Global"));
    QCOMPARE(named.pages[1].cards.last().device, QStringLiteral("Mi 5s China"));
    QCOMPARE(FirmwarePages::modelOfFileName(QStringLiteral("fw_air_air_global-ota_full-OS2.0.207.0.VGQMIXM-user-15.0-9b31d6a8aa.zip")),
             QStringLiteral("air_global"));
}

void TestFirmwareSections::vendorPackagesOnePerFileWithEveryLink()
{
    const QList<XfuPage> pages = FirmwarePages::vendor(
        lists(QStringLiteral("data/vendor/full/"), {QStringLiteral("cmi")}, FirmwareList::Kind::Vendor),
        {{QStringLiteral("cmi"), QStringLiteral("Mi 10 Pro")}});
    QCOMPARE(pages.size(), 1);
    const XfuPage &page = pages.first();
    QCOMPARE(page.os, RomOs::Vendor);
    QCOMPARE(page.websiteUrl().toString(), QStringLiteral("https://xmfirmwareupdater.com/archive/vendor/cmi/"));
    QCOMPARE(page.cards.size(), 1); // listed twice (two releases): one package
    const RomFile &card = page.cards.first();
    QCOMPARE(card.device, QStringLiteral("Mi 10 Pro Europe"));
    QCOMPARE(card.size, QStringLiteral("1.5 GB"));
    QCOMPARE(card.releaseDate, QStringLiteral("2020-08-06")); // the first record's
    QVERIFY(card.md5.isEmpty());
    QCOMPARE(card.urls.size(), 4);
    QVERIFY(card.urls[0].startsWith(QLatin1String("https://github.com/TryHardDood/mi-vendor-updater/releases/download/cmi_eea_global-stable-beta/")));
    QVERIFY(card.urls[1].startsWith(QLatin1String("https://sourceforge.net/")));
    QVERIFY(card.urls[2].contains(QLatin1String("/cmi_eea_global-stable/")));
}

void TestFirmwareSections::sectionsSurviveTheCatalogFile()
{
    const FirmwarePages::Lists firmwareLists
        = lists(QStringLiteral("data/devices/full/"), {QStringLiteral("gemini")}, FirmwareList::Kind::Firmware);
    QList<XfuPage> pages = FirmwarePages::firmware(
        {readPage(QStringLiteral("pages/firmware/updates/gemini/V10.2.2.0.OAAMIXM.md"))}, firmwareLists, {}).pages;
    pages += FirmwarePages::vendor(lists(QStringLiteral("data/vendor/full/"), {QStringLiteral("cmi")}, FirmwareList::Kind::Vendor), {});
    const CatalogPtr built = Catalog::build(pages, {}, {});
    const CatalogFile::Result read = CatalogFile::read(CatalogFile::write(*built));
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.catalog->toPages().size(), 2);
    QCOMPARE(read.catalog->toPages()[0].os, RomOs::Firmware);
    QCOMPARE(read.catalog->toPages()[1].os, RomOs::Vendor);
    for (int p = 0; p < 2; ++p)
        QCOMPARE(read.catalog->toPages()[p].cards, built->toPages()[p].cards);
    // A format 5 reader's limit: a section beyond HyperOS in an older file is damage.
    QString error;
    QByteArray raw = CatalogFile::uncompressed(CatalogFile::write(*built), &error);
    raw[7] = 5;
    QVERIFY(!CatalogFile::read(raw).ok());
}

void TestFirmwareSections::findPagesGivesEverySectionRomFirst()
{
    const XfuPage firmware = readPage(QStringLiteral("pages/firmware/updates/gemini/V10.2.2.0.OAAMIXM.md"));
    const XfuPageReader::Result rom = XfuPageReader::readFile(Fixtures::dataPath(QStringLiteral("pages/miui-gemini-V10.2.2.0.OAAMIXM.md")));
    QVERIFY(rom.ok());
    const CatalogPtr catalog = Catalog::build({firmware, rom.page}, {}, {});
    const QList<int> pages = catalog->findPages(QStringLiteral("gemini"), QStringLiteral("V10.2.2.0.OAAMIXM"));
    QCOMPARE(pages.size(), 2);
    QCOMPARE(catalog->pages()[pages[0]].os, RomOs::Miui);
    QCOMPARE(catalog->pages()[pages[1]].os, RomOs::Firmware);
    QCOMPARE(catalog->findPage(QStringLiteral("gemini"), QStringLiteral("V10.2.2.0.OAAMIXM")), pages[0]);
    // The tree's order: sections, then devices.
    QCOMPARE(catalog->devices().first().os, RomOs::Miui);
    QCOMPARE(catalog->devices().last().os, RomOs::Firmware);
}

void TestFirmwareSections::counterpartLinksRomAndFirmwareOfOneVersion()
{
    const auto romPage = [](const QString &name) {
        const XfuPageReader::Result rom = XfuPageReader::readFile(Fixtures::dataPath(QStringLiteral("pages/") + name));
        if (!rom.ok())
            qFatal("%s: %s", qPrintable(name), qPrintable(rom.error));
        return rom.page;
    };
    const CatalogPtr catalog = Catalog::build(
        {romPage(QStringLiteral("miui-gemini-V10.2.2.0.OAAMIXM.md")), romPage(QStringLiteral("miui-gemini-7.6.8.md")),
         readPage(QStringLiteral("pages/firmware/updates/gemini/V10.2.2.0.OAAMIXM.md")),
         readPage(QStringLiteral("pages/firmware/updates/gemini/8.1.11.md"))},
        {}, {});
    const QString version = QStringLiteral("V10.2.2.0.OAAMIXM");
    const QList<int> pages = catalog->findPages(QStringLiteral("gemini"), version);
    QCOMPARE(pages.size(), 2);
    const int rom = pages[0], firmware = pages[1];
    QCOMPARE(CatalogLookup::counterpartPages(*catalog, rom), QList<int>{firmware});
    QCOMPARE(CatalogLookup::counterpartPages(*catalog, firmware), QList<int>{rom});
    const RomFile &zip = catalog->files().at(catalog->pages().at(firmware).files.first());
    QCOMPARE(zip.fileName, QStringLiteral("fw_gemini_miui_MI5Global_V10.2.2.0.OAAMIXM_d16c808eba_8.0.zip"));
    // A version only one side has links nowhere: 7.6.8 has no firmware page, 8.1.11 no ROM page here.
    QVERIFY(CatalogLookup::counterpartPages(*catalog, catalog->findPage(QStringLiteral("gemini"), QStringLiteral("7.6.8"))).isEmpty());
    QVERIFY(CatalogLookup::counterpartPages(*catalog, catalog->findPage(QStringLiteral("gemini"), QStringLiteral("8.1.11"))).isEmpty());
    QVERIFY(CatalogLookup::counterpartPages(*catalog, -1).isEmpty());
    QVERIFY(CatalogLookup::counterpartPages(*catalog, catalog->pages().size()).isEmpty());
}

QTEST_GUILESS_MAIN(TestFirmwareSections)
#include "tst_firmwaresections.moc"
