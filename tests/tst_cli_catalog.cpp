// SPDX-License-Identifier: GPL-3.0-or-later
// firmware-cli list / show / import, run as a user would, on the embedded catalog.
#include "cliprocess.h"
#include "fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

class TestCliCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void showJsonHasBothSeedCardsExactly();
    void showTextIsLabelledAsOnThePage();
    void listJsonWholeCatalog();
    void everyDeviceNameIsFound();
    void listFilters();
    void exitCodes_data();
    void exitCodes();
    void importSeedThenBadPageLeavesCacheUnchanged();
    void eachCommandPrintsItsOwnHelp_data();
    void eachCommandPrintsItsOwnHelp();
    void unknownValueIsBadUsage_data();
    void unknownValueIsBadUsage();
    void valuesInAnyCase();
    void oneCodenameRule_data();
    void oneCodenameRule();
    void exactDeviceNameWins();
    void failedWriteToStdoutIsAnError();
    void listSections();
    void showPrintsEverySectionOfTheVersion();
    void firmwareWithoutLinkSaysSo();

private:
    using Run = CliProcess::Run;
    Run cli(const QStringList &arguments) { return m_cli->run(arguments); }
    std::unique_ptr<CliProcess> m_cli;
};

void TestCliCatalog::init()
{
    m_cli = std::make_unique<CliProcess>(QStringLiteral(FWB_CLI));
}

void TestCliCatalog::showJsonHasBothSeedCardsExactly()
{
    const Run run = cli({QStringLiteral("show"), QStringLiteral("gemini"), QStringLiteral("7.6.8"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray cards = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(cards.size(), 2);
    const QString path = QStringLiteral("/7.6.8/miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip");
    const QJsonObject recovery{
        {QStringLiteral("section"), QStringLiteral("miui")},
        {QStringLiteral("device"), QStringLiteral("MI 5 Global")},
        {QStringLiteral("deviceNames"), QJsonArray{QStringLiteral("MI 5 Global")}},
        {QStringLiteral("codename"), QStringLiteral("gemini")},
        {QStringLiteral("version"), QStringLiteral("7.6.8")},
        {QStringLiteral("branch"), QStringLiteral("Weekly")},
        {QStringLiteral("type"), QStringLiteral("Recovery")},
        {QStringLiteral("size"), QStringLiteral("1.6 GB")},
        {QStringLiteral("releaseDate"), QStringLiteral("2017-06-08")},
        {QStringLiteral("fileName"), QStringLiteral("miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip")},
        {QStringLiteral("md5"), QStringLiteral("b3186f9d5fb716d6f2c182b3ac61ea61")},
        {QStringLiteral("urls"),
         QJsonArray{QString(QStringLiteral("https://cdnorg.d.miui.com") + path),
                    QString(QStringLiteral("https://bkt-sgp-miui-ota-update-alisgp.oss-ap-southeast-1.aliyuncs.com") + path),
                    QString(QStringLiteral("https://bn.d.miui.com") + path), QString(QStringLiteral("https://bigota.d.miui.com") + path),
                    QString(QStringLiteral("https://hugeota.d.miui.com") + path)}},
        {QStringLiteral("changelog"),
         QStringLiteral("[Other]\nOptimized system performance\nImproved system security and stability")},
        {QStringLiteral("region"), QStringLiteral("Global")},
        {QStringLiteral("androidVersion"), QStringLiteral("7.0")},
        {QStringLiteral("websiteUrl"), QStringLiteral("https://xmfirmwareupdater.com/miui/gemini/weekly/7.6.8/")},
    };
    QCOMPARE(cards[0].toObject(), recovery);
    const QJsonObject fastboot = cards[1].toObject();
    QCOMPARE(fastboot.keys(), recovery.keys());
    QCOMPARE(fastboot[QStringLiteral("type")].toString(), QStringLiteral("Fastboot"));
    QCOMPARE(fastboot[QStringLiteral("size")].toString(), QStringLiteral("1.8 GB"));
    QCOMPARE(fastboot[QStringLiteral("fileName")].toString(),
             QStringLiteral("gemini_global_images_7.6.8_20170608.0000.00_7.0_global_dfba39696a.tgz"));
    QVERIFY(fastboot[QStringLiteral("md5")].isNull());
    QCOMPARE(fastboot[QStringLiteral("changelog")].toString(), QStringLiteral("Bug fixes and system optimizations."));
    QCOMPARE(fastboot[QStringLiteral("urls")].toArray().size(), 5);
}

void TestCliCatalog::showTextIsLabelledAsOnThePage()
{
    const Run run = cli({QStringLiteral("show"), QStringLiteral("gemini"), QStringLiteral("7.6.8")});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    for (const char *line : {"Device: MI 5 Global", "Codename: gemini", "Version: 7.6.8", "Branch: Weekly",
                             "Type: Recovery", "Size: 1.6 GB", "Release Date: 2017-06-08",
                             "Package Name: miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip",
                             "MD5: b3186f9d5fb716d6f2c182b3ac61ea61", "Type: Fastboot", "Size: 1.8 GB",
                             "Package Name: gemini_global_images_7.6.8_20170608.0000.00_7.0_global_dfba39696a.tgz",
                             "MD5: Unknown", "  [Other]\n  Optimized system performance\n"}) {
        QVERIFY2(out.contains(QLatin1String(line)), line);
    }
    QVERIFY(out.indexOf(QLatin1String("Type: Recovery")) < out.indexOf(QLatin1String("Type: Fastboot")));
}

void TestCliCatalog::listJsonWholeCatalog()
{
    const Run run = cli({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray cards = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(cards.size(), 62401 + 16804 + 1231); // ROM cards, firmware files, vendor packages
    QSet<QString> pages, names;
    int severalNames = 0;
    for (const QJsonValue &card : cards) {
        const QString section = card[QStringLiteral("section")].toString();
        if (section != QLatin1String("miui") && section != QLatin1String("hyperos"))
            continue;
        const QString website = card[QStringLiteral("websiteUrl")].toString();
        pages.insert(website);
        // Valid and percent-encoded: 3,724 cards of "public beta" pages held raw spaces.
        QVERIFY2(QUrl(website, QUrl::StrictMode).isValid() && !website.contains(QLatin1Char(' ')), qPrintable(website));
        const QJsonArray deviceNames = card[QStringLiteral("deviceNames")].toArray();
        QCOMPARE(deviceNames.first(), card[QStringLiteral("device")]);
        severalNames += deviceNames.size() > 1;
        for (const QJsonValue &name : deviceNames)
            names.insert(name.toString());
    }
    QCOMPARE(pages.size(), 34377);
    // 190 page-file pairs list one file under several device names; five names are only there.
    QCOMPARE(severalNames, 190);
    for (const char *name : {"Redmi 1 Taiwan", "MI 3 Global", "Redmi 1 Global", "Redmi 1 W Global", "Redmi 2 LTE Global"})
        QVERIFY2(names.contains(QLatin1String(name)), name);
}

void TestCliCatalog::everyDeviceNameIsFound()
{
    Run run = cli({QStringLiteral("list"), QStringLiteral("--device"), QStringLiteral("Redmi 1 Taiwan"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    bool found = false;
    for (const QJsonValue &card : QJsonDocument::fromJson(run.out).array()) {
        found = found || (card[QStringLiteral("fileName")] == QStringLiteral("miui_HMW_6.6.16_049d3434e4_4.4.zip")
                          && card[QStringLiteral("deviceNames")].toArray().size() == 5);
    }
    QVERIFY(found);
    run = cli({QStringLiteral("show"), QStringLiteral("HM2013023"), QStringLiteral("6.6.16")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Device: Redmi 1 W China, Redmi 1 China, Redmi 1 Global, Redmi 1 Taiwan, Redmi 1 W Global\n"),
             run.out.constData());
}

void TestCliCatalog::listFilters()
{
    const Run run = cli({QStringLiteral("list"), QStringLiteral("--device"), QStringLiteral("gemini"),
                         QStringLiteral("--branch"), QStringLiteral("weekly"), QStringLiteral("--type"),
                         QStringLiteral("Recovery"), QStringLiteral("--region"), QStringLiteral("Global"),
                         QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray cards = QJsonDocument::fromJson(run.out).array();
    QVERIFY(cards.size() > 10);
    bool seedFound = false;
    for (const QJsonValue &card : cards) {
        QCOMPARE(card[QStringLiteral("branch")].toString(), QStringLiteral("Weekly"));
        QCOMPARE(card[QStringLiteral("type")].toString(), QStringLiteral("Recovery"));
        QCOMPARE(card[QStringLiteral("region")].toString(), QStringLiteral("Global"));
        seedFound = seedFound || card[QStringLiteral("md5")] == QStringLiteral("b3186f9d5fb716d6f2c182b3ac61ea61");
    }
    QVERIFY(seedFound);
}

void TestCliCatalog::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");
    QTest::newRow("no command") << QStringList{} << 1 << "no command";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 1 << "unknown command";
    QTest::newRow("show without version") << QStringList{QStringLiteral("show"), QStringLiteral("gemini")} << 1 << "CODENAME and VERSION";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--colour")} << 1 << "colour";
    QTest::newRow("unknown device") << QStringList{QStringLiteral("show"), QStringLiteral("nosuchphone"), QStringLiteral("1.0")} << 4 << "nosuchphone";
    QTest::newRow("unknown version") << QStringList{QStringLiteral("show"), QStringLiteral("gemini"), QStringLiteral("0.0.1")} << 4 << "0.0.1";
    QTest::newRow("list finds nothing") << QStringList{QStringLiteral("list"), QStringLiteral("--device"), QStringLiteral("nosuchphone")} << 4 << "no ROM file";
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << "";
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0 << "";
}

void TestCliCatalog::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(run.err).contains(stderrContains), run.err.constData());
}

void TestCliCatalog::importSeedThenBadPageLeavesCacheUnchanged()
{
    Run run = cli({QStringLiteral("import"), Fixtures::seedPagePath()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Imported MI 5 Global 7.6.8"), run.out.constData());
    const QString imports = m_cli->appDataPath(QStringLiteral("imports.fwbcat"));
    QFile file(imports);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(imports));
    const QByteArray before = file.readAll();
    file.close();

    const QString bad = m_cli->homePath(QStringLiteral("broken.html"));
    QFile broken(bad);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(Fixtures::readData(QStringLiteral("xfu-page-gemini-7.6.8.html")).left(3000));
    broken.close();
    run = cli({QStringLiteral("import"), bad});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("broken.html"), run.err.constData());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);

    // The imported page is shown on top of the embedded catalog.
    run = cli({QStringLiteral("show"), QStringLiteral("gemini"), QStringLiteral("7.6.8"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 2);
}

void TestCliCatalog::eachCommandPrintsItsOwnHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("usage");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("list --help") << QStringList{QStringLiteral("list"), QStringLiteral("--help")}
                                 << "Usage: firmware-cli list [--section S] [--device TEXT]"
                                 << QStringList{QStringLiteral("--device TEXT"), QStringLiteral("--branch B"),
                                                QStringLiteral("--json"), QStringLiteral("--catalog FILE"),
                                                QStringLiteral("-h, --help")};
    QTest::newRow("fetch -h") << QStringList{QStringLiteral("fetch"), QStringLiteral("-h")}
                              << "Usage: firmware-cli fetch URL [MIRROR-URL...] [--md5 HEX]"
                              << QStringList{QStringLiteral("-o, --output DIR"), QStringLiteral("--retries N"),
                                             QStringLiteral("--name FILE")};
    // Help comes before the check of the arguments: show needs two, and gets none here.
    QTest::newRow("show --help") << QStringList{QStringLiteral("show"), QStringLiteral("--help")}
                                 << "Usage: firmware-cli show CODENAME VERSION [--section S] [--json]"
                                 << QStringList{QStringLiteral("CODENAME"), QStringLiteral("VERSION"),
                                                QStringLiteral("--json")};
    QTest::newRow("help device") << QStringList{QStringLiteral("help"), QStringLiteral("device")}
                                 << "Usage: firmware-cli device [--adb PATH]"
                                 << QStringList{QStringLiteral("--serial SERIAL"), QStringLiteral("--timeout SECONDS")};
}

void TestCliCatalog::eachCommandPrintsItsOwnHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, usage);
    QFETCH(QStringList, options);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.startsWith(usage), qPrintable(out));
    for (const QString &option : std::as_const(options))
        QVERIFY2(out.contains(QLatin1String("\n  ") + option), qPrintable(option + QLatin1String(" missing from:\n") + out));
}

void TestCliCatalog::unknownValueIsBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("valid");
    QTest::newRow("list --branch nightly") << QStringList{QStringLiteral("list"), QStringLiteral("--branch"), QStringLiteral("nightly")}
                                          << "--branch wants one of Public Beta, Stable, Stable Beta, Weekly";
    QTest::newRow("list --type ota") << QStringList{QStringLiteral("list"), QStringLiteral("--type"), QStringLiteral("ota")}
                                     << "--type wants one of Fastboot, Recovery";
    QTest::newRow("list --region cn")
        << QStringList{QStringLiteral("list"), QStringLiteral("--region"), QStringLiteral("cn")}
        << "--region wants one of China, EEA, Europe, Global, India, Indonesia, Japan, Korea, Russia, Singapore, Taiwan, Turkey";
    QTest::newRow("latest --region cn")
        << QStringList{QStringLiteral("latest"), QStringLiteral("gemini"), QStringLiteral("--region"), QStringLiteral("cn")}
        << "--region wants one of China, EEA, Europe, Global";
    QTest::newRow("download --type ota")
        << QStringList{QStringLiteral("download"), QStringLiteral("gemini"), QStringLiteral("7.6.8"), QStringLiteral("--type"),
                       QStringLiteral("ota")}
        << "--type wants one of Fastboot, Recovery";
}

// Bad input (bad command line): `list --branch nightly`, `--type ota`, `--region cn` (also on latest and download): exit 1, the valid values listed (from the catalog), no "no ROM file matches"
void TestCliCatalog::unknownValueIsBadUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, valid);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(QString::fromUtf8(run.err).contains(valid), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCliCatalog::valuesInAnyCase()
{
    const Run run = cli({QStringLiteral("list"), QStringLiteral("--branch"), QStringLiteral("public beta"), QStringLiteral("--type"),
                         QStringLiteral("FASTBOOT"), QStringLiteral("--region"), QStringLiteral("china")});
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> rows = run.out.trimmed().split('\n');
    QCOMPARE(rows.size(), 129); // every Public Beta Fastboot China card of the catalog
    for (const QByteArray &row : rows) {
        const QList<QByteArray> columns = row.split('\t');
        QCOMPARE(columns.value(2), QByteArray("Public Beta"));
        QCOMPARE(columns.value(3), QByteArray("Fastboot"));
    }
}

void TestCliCatalog::oneCodenameRule_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("page");
    const QString gemini = QStringLiteral("https://xmfirmwareupdater.com/miui/gemini/weekly/7.6.8/");
    QTest::newRow("show GEMINI 7.6.8") << QStringList{QStringLiteral("show"), QStringLiteral("GEMINI"), QStringLiteral("7.6.8")} << gemini;
    QTest::newRow("show gemini_global 7.6.8")
        << QStringList{QStringLiteral("show"), QStringLiteral("gemini_global"), QStringLiteral("7.6.8")} << gemini;
    QTest::newRow("show gemini V7.6.8") << QStringList{QStringLiteral("show"), QStringLiteral("gemini"), QStringLiteral("V7.6.8")} << gemini;
    QTest::newRow("show gemini 10.2.2.0.oaamixm")
        << QStringList{QStringLiteral("show"), QStringLiteral("gemini"), QStringLiteral("10.2.2.0.oaamixm")}
        << "https://xmfirmwareupdater.com/miui/gemini/stable/V10.2.2.0.OAAMIXM/";
    QTest::newRow("show hm2013023 6.6.16") // the site writes this folder in capitals
        << QStringList{QStringLiteral("show"), QStringLiteral("hm2013023"), QStringLiteral("6.6.16")}
        << "https://xmfirmwareupdater.com/miui/HM2013023/weekly/6.6.16/";
    // download finds the page, then asks which of its two files (no request is made).
    QTest::newRow("download Gemini_Global v7.6.8")
        << QStringList{QStringLiteral("download"), QStringLiteral("Gemini_Global"), QStringLiteral("v7.6.8")}
        << "miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip";
}

// Bad input (bad command line): `show GEMINI 7.6.8`, `show gemini_global 7.6.8`, `show gemini V7.6.8`, `download Gemini_Global v7.6.8`: one codename rule (any case, a variant under its base folder) and a version with or without the V, as `latest` reads them
void TestCliCatalog::oneCodenameRule()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, page);
    const Run run = cli(arguments);
    const QString text = QString::fromUtf8(run.out + run.err);
    QVERIFY2(text.contains(page), qPrintable(text));
    QCOMPARE(run.exitCode, arguments.first() == QLatin1String("download") ? 1 : 0);
}

// Bad input (bad command line): `list --device "MI 5"`: the device named exactly (434 ROM cards and 51 firmware zips of gemini), not every name containing it (2,512 cards of 8 devices); substrings only when nothing is named exactly
void TestCliCatalog::exactDeviceNameWins()
{
    Run run = cli({QStringLiteral("list"), QStringLiteral("--device"), QStringLiteral("MI 5")});
    QCOMPARE(run.exitCode, 0);
    QList<QByteArray> rows = run.out.trimmed().split('\n');
    QCOMPARE(rows.size(), 434 + 51); // its ROM cards and its firmware zips
    for (const QByteArray &row : std::as_const(rows))
        QVERIFY2(row.startsWith("gemini\t"), row.constData());

    run = cli({QStringLiteral("list"), QStringLiteral("--device"), QStringLiteral("mi 5 global"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray cards = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(cards.size(), 153 + 27); // ROM cards and firmware zips
    for (const QJsonValue &card : cards)
        QCOMPARE(card[QStringLiteral("device")].toString(), QStringLiteral("MI 5 Global"));

    // No device is named "MI 5 G": every name that contains it.
    run = cli({QStringLiteral("list"), QStringLiteral("--device"), QStringLiteral("MI 5 G")});
    QCOMPARE(run.exitCode, 0);
    QSet<QByteArray> folders;
    for (const QByteArray &row : run.out.trimmed().split('\n'))
        folders.insert(row.left(row.indexOf('\t')));
    QVERIFY2(folders.contains("gemini") && folders.size() > 1, QByteArray::number(folders.size()).constData());
}

// Bad input (bad command line): `list > /dev/full`: exit 2 with "cannot write the output" on stderr (was exit 0); a reader that closes the pipe ends it quietly
void TestCliCatalog::failedWriteToStdoutIsAnError()
{
#ifdef Q_OS_LINUX
    QProcess full;
    full.setStandardOutputFile(QStringLiteral("/dev/full"));
    full.start(QStringLiteral(FWB_CLI), {QStringLiteral("list"), QStringLiteral("--device"), QStringLiteral("gemini")});
    QVERIFY(full.waitForFinished(60000));
    QCOMPARE(full.exitStatus(), QProcess::NormalExit);
    QCOMPARE(full.exitCode(), 2);
    const QByteArray err = full.readAllStandardError();
    QVERIFY2(err.contains("cannot write the output: No space left on device"), err.constData());

    // firmware-cli list | head -c 100
    QProcess closed, head;
    closed.setStandardOutputProcess(&head);
    head.start(QStringLiteral("head"), {QStringLiteral("-c"), QStringLiteral("100")});
    closed.start(QStringLiteral(FWB_CLI), {QStringLiteral("list")});
    QVERIFY(head.waitForFinished(60000));
    QCOMPARE(head.readAllStandardOutput().size(), 100);
    QVERIFY(closed.waitForFinished(60000));
    QVERIFY(closed.exitStatus() == QProcess::CrashExit || closed.exitCode() != 0); // SIGPIPE, or EPIPE
    QCOMPARE(closed.readAllStandardError(), QByteArray());
#else
    QSKIP("/dev/full is Linux's");
#endif
}

void TestCliCatalog::listSections()
{
    // The site's firmware section: 16,588 pages plus 216 files only its lists name; vendor: 1,231 packages.
    for (const auto &[section, count] : {std::pair{"firmware", 16804}, std::pair{"vendor", 1231}, std::pair{"miui", 40831},
                                         std::pair{"hyperos", 21570}}) {
        const Run run = cli({QStringLiteral("list"), QStringLiteral("--section"), QLatin1String(section), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray cards = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(cards.size(), count);
        int withoutMd5 = 0, withoutLink = 0;
        for (const QJsonValue &card : cards) {
            QCOMPARE(card[QStringLiteral("section")].toString(), QLatin1String(section));
            withoutMd5 += card[QStringLiteral("md5")].isNull();
            withoutLink += card[QStringLiteral("urls")].toArray().isEmpty();
            if (QLatin1String(section) == QLatin1String("firmware"))
                QVERIFY(card[QStringLiteral("websiteUrl")].toString().startsWith(QLatin1String("https://xmfirmwareupdater.com/firmware/")));
        }
        if (QLatin1String(section) == QLatin1String("firmware")) {
            QCOMPARE(withoutMd5, 216);   // the files only the lists name
            QCOMPARE(withoutLink, 4220); // 16,588 pages, 12,368 of them with a GitHub link
        } else if (QLatin1String(section) == QLatin1String("vendor")) {
            QCOMPARE(withoutMd5, 1231);
            QCOMPARE(withoutLink, 0);
        } else {
            QVERIFY(cards.first()[QStringLiteral("type")].isString());
        }
    }
    const Run text = cli({QStringLiteral("list"), QStringLiteral("--section"), QStringLiteral("Vendor")});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.trimmed().split('\n').size(), 1231);
}

void TestCliCatalog::showPrintsEverySectionOfTheVersion()
{
    Run run = cli({QStringLiteral("show"), QStringLiteral("gemini"), QStringLiteral("V10.2.2.0.OAAMIXM")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString out = QString::fromUtf8(run.out);
    const qsizetype firmware = out.indexOf(QLatin1String("https://xmfirmwareupdater.com/firmware/gemini/stable/V10.2.2.0.OAAMIXM/"));
    QVERIFY2(firmware > 0, qPrintable(out));
    QVERIFY(out.indexOf(QLatin1String("https://xmfirmwareupdater.com/miui/gemini/stable/V10.2.2.0.OAAMIXM/")) < firmware);
    QVERIFY(out.contains(QLatin1String("Firmware Package Name: fw_gemini_miui_MI5Global_V10.2.2.0.OAAMIXM_d16c808eba_8.0.zip\n"
                                       "MD5: d67de4da790f4241ec24808c1bc29ddb\n"
                                       "Download: https://github.com/XiaomiFirmwareUpdaterReleases/firmware_xiaomi_gemini/releases/"
                                       "download/stable-25.01.2019/fw_gemini_miui_MI5Global_V10.2.2.0.OAAMIXM_d16c808eba_8.0.zip\n")));
    QCOMPARE(out.count(QLatin1String("Changelog:")), 2); // the ROM's two cards; a firmware card has none

    run = cli({QStringLiteral("show"), QStringLiteral("gemini"), QStringLiteral("V10.2.2.0.OAAMIXM"), QStringLiteral("--section"),
               QStringLiteral("firmware"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray cards = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(cards.size(), 1);
    const QJsonObject card = cards.first().toObject();
    QCOMPARE(card[QStringLiteral("section")].toString(), QStringLiteral("firmware"));
    QCOMPARE(card[QStringLiteral("size")].toString(), QStringLiteral("56.0 MB"));
    QCOMPARE(card[QStringLiteral("releaseDate")].toString(), QStringLiteral("2019-01-25"));
    QVERIFY(card[QStringLiteral("type")].isNull());
    QCOMPARE(card[QStringLiteral("websiteUrl")].toString(),
             QStringLiteral("https://xmfirmwareupdater.com/firmware/gemini/stable/V10.2.2.0.OAAMIXM/"));

    run = cli({QStringLiteral("show"), QStringLiteral("gemini"), QStringLiteral("V10.2.2.0.OAAMIXM"), QStringLiteral("--section"),
               QStringLiteral("vendor")});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("has no vendor page"), run.err.constData());
}

// Bad input (bad command line): `download gemini 8.1.11 --section firmware`, a firmware zip the site publishes no link for: exit 4 with "no download link published", never a guessed URL
void TestCliCatalog::firmwareWithoutLinkSaysSo()
{
    Run run = cli({QStringLiteral("show"), QStringLiteral("gemini"), QStringLiteral("8.1.11"), QStringLiteral("--section"),
                   QStringLiteral("firmware")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Download: no download link published\n"), run.out.constData());
    run = cli({QStringLiteral("download"), QStringLiteral("gemini"), QStringLiteral("8.1.11"), QStringLiteral("--section"),
               QStringLiteral("firmware"), QStringLiteral("--output"), QDir::tempPath()});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("no download link published for fw_miui_MI5Global_8.1.11_4aa3c5500b_7.0.zip"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliCatalog)
#include "tst_cli_catalog.moc"
