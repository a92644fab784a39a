// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "catalog/cataloglookup.h"
#include "feed/latestfeed.h"
#include "feed/yamlrecords.h"

#include <QtTest>

class TestLatestFeed : public QObject
{
    Q_OBJECT

private:
    static const RomFile *card(const LatestFeed::Result &feed, const QString &fileName)
    {
        for (const XfuPage &page : feed.pages) {
            for (const RomFile &c : page.cards) {
                if (c.fileName == fileName)
                    return &c;
            }
        }
        return nullptr;
    }
    static const XfuPage *page(const LatestFeed::Result &feed, const QString &folder, const QString &version)
    {
        for (const XfuPage &p : feed.pages) {
            if (p.folder == folder && p.version == version)
                return &p;
        }
        return nullptr;
    }

private Q_SLOTS:
    void readsTheRealRecordsWithTheirTraps()
    {
        const LatestFeed::Result feed = LatestFeed::read(Fixtures::readData(QStringLiteral("latest-excerpt.yml")));
        QVERIFY2(feed.ok(), qPrintable(feed.error));
        // 10 records; HM2013022's file is listed under two device names and is one card.
        QCOMPARE(feed.records, 9);
        QCOMPARE(feed.skippedRecords, 0);

        const RomFile *mi5 = card(feed, QStringLiteral("miui_MI5Global_V10.2.2.0.OAAMIXM_d16c808eba_8.0.zip"));
        QVERIFY(mi5);
        QCOMPARE(mi5->codename, QStringLiteral("gemini")); // variant gemini_global
        QCOMPARE(mi5->device, QStringLiteral("MI 5 Global"));
        QCOMPARE(mi5->region(), QStringLiteral("Global"));
        QCOMPARE(mi5->version, QStringLiteral("V10.2.2.0.OAAMIXM"));
        QCOMPARE(mi5->branch, QStringLiteral("Stable"));
        QCOMPARE(mi5->type, QStringLiteral("Recovery"));
        QCOMPARE(mi5->size, QStringLiteral("1.6 GB"));
        QCOMPARE(mi5->releaseDate, QStringLiteral("2019-02-04"));
        QCOMPARE(mi5->md5, QStringLiteral("d16c808eba4f89e329138b84518799d7"));
        QCOMPARE(mi5->androidVersion, QStringLiteral("8.0"));
        QVERIFY(mi5->changelog.isEmpty());
        // The feed's http link for a Xiaomi host becomes https.
        QCOMPARE(mi5->urls.toStringList(),
                 QStringList{QStringLiteral("https://bigota.d.miui.com/V10.2.2.0.OAAMIXM/"
                                            "miui_MI5Global_V10.2.2.0.OAAMIXM_d16c808eba_8.0.zip")});
        // The Recovery and the Fastboot of a version share a page, named by the first record.
        const XfuPage *mi5Page = page(feed, QStringLiteral("gemini"), QStringLiteral("V10.2.2.0.OAAMIXM"));
        QVERIFY(mi5Page);
        QCOMPARE(mi5Page->cards.size(), 2);
        QCOMPARE(mi5Page->os, RomOs::Miui);
        QCOMPARE(mi5Page->branchSlug, QStringLiteral("stable"));
        QCOMPARE(mi5Page->name, QStringLiteral("MI 5 Global"));

        const RomFile *noDate = card(feed, QStringLiteral("charoite_ru_global-ota_full-OS2.0.201.0.VPFRUXM-user-15.0-02886ca064.zip"));
        QVERIFY(noDate);
        QVERIFY(noDate->releaseDate.isEmpty()); // date: null
        QCOMPARE(noDate->codename, QStringLiteral("charoite"));
        QCOMPARE(page(feed, QStringLiteral("charoite"), QStringLiteral("OS2.0.201.0.VPFRUXM"))->os, RomOs::HyperOs);
        QCOMPARE(page(feed, QStringLiteral("charoite"), QStringLiteral("OS2.0.201.0.VPFRUXM"))->branchSlug,
                 QStringLiteral("stable beta"));

        const RomFile *noMd5 = card(feed, QStringLiteral("angelicain_in_rf_global_images_V12.0.1.0.QCRINRF_20210912.0000.00_10.0_in_00214c2414.tgz"));
        QVERIFY(noMd5);
        QVERIFY(!noMd5->hasMd5()); // md5: null
        QCOMPARE(noMd5->codename, QStringLiteral("angelicain"));

        QVERIFY(card(feed, QStringLiteral("miui_MI4LTECT_V10.1.1.0.MXGCNFI_282a6572ea_6.0.zip")));
        QCOMPARE(card(feed, QStringLiteral("laurel_sprout_eea_global_images_V12.0.23.0.RFQEUXM_20220815.0000.00_11.0_2d87b18c16.tgz"))->size,
                 QStringLiteral("350 Bytes"));
        QCOMPARE(card(feed, QStringLiteral("miui_HM2_JHACNBH22.0_a4bd134f02_4.2.zip"))->device,
                 QStringLiteral("Redmi 1 TD China"));
    }

    void mapsVariantsToBaseCodenamesAndRegions_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("region");
        QTest::newRow("china") << "gemini" << "gemini" << "China";
        QTest::newRow("global") << "gemini_global" << "gemini" << "Global";
        QTest::newRow("eea") << "agate_eea_global" << "agate" << "EEA";
        QTest::newRow("russia") << "charoite_ru_global" << "charoite" << "Russia";
        QTest::newRow("india") << "angelicain_in_rf_global" << "angelicain" << "India";
        QTest::newRow("indonesia") << "fleur_id_global" << "fleur" << "Indonesia";
        QTest::newRow("taiwan") << "lisa_tw_global" << "lisa" << "Taiwan";
        QTest::newRow("turkey") << "fleur_tr_global" << "fleur" << "Turkey";
        QTest::newRow("japan") << "lilac_jp_global" << "lilac" << "Japan";
        QTest::newRow("china model") << "cancro_lte_ct" << "cancro" << "China";
        QTest::newRow("two-part folder") << "laurel_sprout_eea_global" << "laurel" << "EEA";
    }
    void mapsVariantsToBaseCodenamesAndRegions()
    {
        QFETCH(QString, variant);
        QFETCH(QString, base);
        QFETCH(QString, region);
        QCOMPARE(CatalogLookup::baseCodename(variant), base);
        QCOMPARE(LatestFeed::regionOfVariant(variant), region);
    }

    void refusesWhatIsNotAFeed_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("only a comment") << QByteArray("# nothing\n") << "empty";
        QTest::newRow("a map") << QByteArray("codename: gemini\nversion: 7.6.8\n") << "not a list";
        QTest::newRow("bad yaml") << QByteArray("- android: '8.0'\n  branch: Weekly\n bad: indentation\n- [unclosed\n") << "not valid YAML";
        QTest::newRow("html error page") << QByteArray("<html><body>503 Service Unavailable</body></html>") << "not a list";
        QTest::newRow("records of nothing") << QByteArray("- a: 1\n- b: 2\n") << "none of its 2 record";
    }
    // Bad input (malformed page): a latest.yml that is not YAML, not a list or has no usable record is refused with a message, no pages
    void refusesWhatIsNotAFeed()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, error);
        const LatestFeed::Result feed = LatestFeed::read(yaml);
        QVERIFY(!feed.ok());
        QVERIFY2(feed.error.contains(error), qPrintable(feed.error));
        QVERIFY(feed.pages.isEmpty());
    }

    // Bad input (malformed page): feed records with a bad MD5 or a file:// link are skipped and named in a warning; the rest is read
    void skipsMalformedRecordsAndNamesThem()
    {
        QByteArray yaml = Fixtures::readData(QStringLiteral("latest-excerpt.yml"));
        yaml.replace("md5: 1b761a2ea8bf1c096e8927fab461f2bd", "md5: not-a-checksum");
        yaml.replace("link: http://bigota.d.miui.com/V10.1.1.0.MXGCNFI/", "link: file:///etc/");
        const LatestFeed::Result feed = LatestFeed::read(yaml);
        QVERIFY(feed.ok());
        QCOMPARE(feed.records, 7);
        QCOMPARE(feed.skippedRecords, 2);
        QCOMPARE(feed.warnings.size(), 2);
        QVERIFY2(feed.warnings[0].contains(QLatin1String("md5")), qPrintable(feed.warnings[0]));
        QVERIFY2(feed.warnings[1].contains(QLatin1String("link")), qPrintable(feed.warnings[1]));
    }

    // Bad input (malformed page): a feed cut short loses its last record, never keeps a shortened version
    void aFeedCutShortLosesOnlyItsLastRecord()
    {
        const QByteArray yaml = Fixtures::readData(QStringLiteral("latest-excerpt.yml"));
        // Cut inside the last record's version (its last field): the record must not survive
        // with a shortened version.
        const QByteArray cut = yaml.left(yaml.lastIndexOf("version: V12.0.23.0.RFQEUXM") + int(strlen("version: V12.0")));
        const LatestFeed::Result feed = LatestFeed::read(cut);
        QVERIFY(feed.ok());
        QCOMPARE(feed.records, 8);
        QCOMPARE(feed.skippedRecords, 1);
        QVERIFY(!page(feed, QStringLiteral("laurel"), QStringLiteral("V12.0")));
    }

    void readsTheWholeRealFeedShape()
    {
        // 3,544 records of the real feed in their shape: every real record kind is in the excerpt;
        // repeated, they must all read (the benchmark reads the full file).
        QByteArray yaml;
        const QByteArray excerpt = Fixtures::readData(QStringLiteral("latest-excerpt.yml"));
        for (int i = 0; i < 50; ++i)
            yaml += excerpt;
        const LatestFeed::Result feed = LatestFeed::read(yaml);
        QVERIFY(feed.ok());
        QCOMPARE(feed.records, 9); // the same files again are the same cards
    }

    // The YAML reader under the feed: YAML's rules, not a line reader's.
    void yamlRecordsFollowYamlRules()
    {
        const YamlRecords::Result read = YamlRecords::read(
            "# comment\n"
            "- plain: ~\n  word: null\n  empty:\n  quoted: 'null'\n  date: &d 2021-05-02\n  again: *d\n"
            "  nested: {a: 1}\n  list: [1, 2]\n  plain: second\n  folded: >-\n    one\n    two\n"
            "- just a scalar\n"
            "- [a, list]\n"
            "---\n"
            "- second: document\n");
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.root, YamlRecords::Root::List);
        QCOMPARE(read.records.size(), 3); // only the first document
        const YamlRecords::Record &record = read.records[0];
        QVERIFY(record.isMap);
        QVERIFY(!read.records[1].isMap);
        QVERIFY(!read.records[2].isMap);
        const auto kind = [&record](const char *key) { return record.find(key)->kind; };
        QCOMPARE(kind("plain"), YamlRecords::Value::Null); // the first of two equal keys
        QCOMPARE(kind("word"), YamlRecords::Value::Null);
        QCOMPARE(kind("empty"), YamlRecords::Value::Null);
        QCOMPARE(kind("quoted"), YamlRecords::Value::Scalar);
        QCOMPARE(record.find("quoted")->text, QStringLiteral("null"));
        QCOMPARE(record.find("again")->text, QStringLiteral("2021-05-02"));
        QCOMPARE(kind("nested"), YamlRecords::Value::Nested);
        QCOMPARE(kind("list"), YamlRecords::Value::Nested);
        QCOMPARE(record.find("folded")->text, QStringLiteral("one two"));
        QVERIFY(!record.find("second"));
        QVERIFY(!record.find("absent"));
    }

    void yamlRecordsReportWhereTheYamlBreaks_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::newRow("unclosed flow list") << QByteArray("- a: 1\n- [unclosed\n") << 3;
        QTest::newRow("map after the list") << QByteArray("- a: 1\nb: 2\n") << 2;
        QTest::newRow("tab indentation") << QByteArray("- a: 1\n\t- b\n") << 2;
        QTest::newRow("not UTF-8") << QByteArray("- a: \xff\xfe\n") << 1;
    }
    void yamlRecordsReportWhereTheYamlBreaks()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        const YamlRecords::Result read = YamlRecords::read(yaml);
        QVERIFY(!read.ok());
        QVERIFY(read.records.isEmpty());
        QCOMPARE(read.errorLine, line);
        QVERIFY(read.errorColumn >= 1);
    }

    void yamlRecordsRootKinds()
    {
        QCOMPARE(YamlRecords::read("").root, YamlRecords::Root::Empty);
        QCOMPARE(YamlRecords::read("---\n").root, YamlRecords::Root::Empty);
        QCOMPARE(YamlRecords::read("~\n").root, YamlRecords::Root::Empty);
        QCOMPARE(YamlRecords::read("[]\n").root, YamlRecords::Root::List);
        QCOMPARE(YamlRecords::read("a: 1\n").root, YamlRecords::Root::Other);
        QCOMPARE(YamlRecords::read("text\n").root, YamlRecords::Root::Other);
    }
};

QTEST_GUILESS_MAIN(TestLatestFeed)
#include "tst_latestfeed.moc"
