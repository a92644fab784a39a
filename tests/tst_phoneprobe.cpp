// SPDX-License-Identifier: GPL-3.0-or-later
// Phone detection: the readers of adb / fastboot output, the region rules, and DeviceProbe run
// against the fake adb and fastboot of tests/support (real output formats of real phones).
#include "fixtures.h"
#include "phonetesthelpers.h"
#include "scopedstate.h"
#include "catalog/cataloglookup.h"
#include "phone/deviceprobe.h"
#include "phone/phonesettings.h"
#include "phone/phonetooloutput.h"
#include "phone/xiaomiregions.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestPhoneProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void adbDevicesLongListing();
    void getpropLines();
    void fastbootDevicesAndGetvar();
    void variantRegionsMatchUpstreamDevicesYml();
    void versionRegionLetters_data();
    void versionRegionLetters();
    void hardwareCodes();

    void globalPhoneThroughTheSettings();
    void chinaRomOnGlobalHardware();
    void twoPhones();
    void unauthorizedPhone();
    void phoneWithoutUdevRules();
    void fastbootPhoneWithAnti();
    void hungAdbIsKilledAfterTheTimeout();
    void hungGetpropMakesThePhoneUnreadable();
    void missingTools();
    void toolsFoundOnPath();

private:
    PhoneScan probe(const QString &adb, const QString &fastboot, int timeoutMs = 5000);
};

void TestPhoneProbe::initTestCase()
{
    FWB_SKIP_WHERE_FAKE_PHONES_CANNOT_RUN();
    Fixtures::isolateSettings(QStringLiteral("tst_phoneprobe"));
}

void TestPhoneProbe::init()
{
    QSettings().clear();
    FakePhones::useScenario("none");
}

PhoneScan TestPhoneProbe::probe(const QString &adb, const QString &fastboot, int timeoutMs)
{
    DeviceProbe probe;
    probe.setTools(adb, fastboot);
    probe.setTimeouts({timeoutMs, timeoutMs});
    QSignalSpy finished(&probe, &DeviceProbe::finished);
    probe.start();
    if (finished.isEmpty())
        finished.wait(4 * timeoutMs + 5000);
    if (finished.size() != 1)
        qFatal("DeviceProbe::finished came %d times", int(finished.size()));
    return finished.first().first().value<PhoneScan>();
}

void TestPhoneProbe::adbDevicesLongListing()
{
    // adb prints the daemon's start on stderr, but older versions did on stdout: both are skipped.
    const QByteArray output = "* daemon not running; starting now at tcp:5037\n"
                              "* daemon started successfully\n"
                              "List of devices attached\r\n"
                              "4f6a2c1d               device usb:1-1 product:alioth_global model:M2012K11AG device:alioth "
                              "transport_id:1\r\n"
                              "9e2f0b47               unauthorized usb:1-2 transport_id:3\n"
                              "0123456789ABCDEF       no permissions (missing udev rules? user is in the plugdev group); "
                              "see [http://developer.android.com/tools/device.html] usb:3-2 transport_id:5\n"
                              "emulator-5554\toffline\n"
                              "\n";
    const QList<PhoneToolOutput::AdbDevice> devices = PhoneToolOutput::parseAdbDevices(output);
    QCOMPARE(devices.size(), 4);
    QCOMPARE(devices[0].serial, QStringLiteral("4f6a2c1d"));
    QCOMPARE(devices[0].state, QStringLiteral("device"));
    QCOMPARE(devices[0].attributes.value(QStringLiteral("model")), QStringLiteral("M2012K11AG"));
    QCOMPARE(devices[0].attributes.value(QStringLiteral("device")), QStringLiteral("alioth"));
    QCOMPARE(devices[0].attributes.value(QStringLiteral("transport_id")), QStringLiteral("1"));
    QCOMPARE(devices[1].state, QStringLiteral("unauthorized"));
    QCOMPARE(devices[1].attributes.value(QStringLiteral("usb")), QStringLiteral("1-2"));
    QCOMPARE(devices[2].serial, QStringLiteral("0123456789ABCDEF"));
    QCOMPARE(devices[2].state, QStringLiteral("no permissions"));
    QCOMPARE(devices[2].stateText, QStringLiteral("no permissions (missing udev rules? user is in the plugdev group); "
                                                  "see [http://developer.android.com/tools/device.html]"));
    QCOMPARE(devices[2].attributes.value(QStringLiteral("usb")), QStringLiteral("3-2"));
    QCOMPARE(devices[3].serial, QStringLiteral("emulator-5554"));
    QCOMPARE(devices[3].state, QStringLiteral("offline"));
    QVERIFY(PhoneToolOutput::parseAdbDevices("List of devices attached\n\n").isEmpty());
}

void TestPhoneProbe::getpropLines()
{
    const QByteArray output = "[ro.build.version.incremental]: [V14.0.7.0.TKHMIXM]\r\n"
                              "[ro.product.mod_device]: [alioth_global]\n"
                              "[ro.empty]: []\n"
                              "[persist.sys.multiline]: [first line\n"
                              "second line]\n"
                              "not a property line\n"
                              "[ro.product.marketname]: [POCO F3]\n";
    const QHash<QString, QString> props = PhoneToolOutput::parseGetprop(output);
    QCOMPARE(props.size(), 5);
    QCOMPARE(props.value(QStringLiteral("ro.build.version.incremental")), QStringLiteral("V14.0.7.0.TKHMIXM"));
    QCOMPARE(props.value(QStringLiteral("ro.product.mod_device")), QStringLiteral("alioth_global"));
    QVERIFY(props.contains(QStringLiteral("ro.empty")));
    QCOMPARE(props.value(QStringLiteral("persist.sys.multiline")), QStringLiteral("first line\nsecond line"));
    QCOMPARE(props.value(QStringLiteral("ro.product.marketname")), QStringLiteral("POCO F3"));
    const QByteArray fake = Fixtures::readData(QStringLiteral("../support/fakephones/alioth-global.getprop"));
    QCOMPARE(PhoneToolOutput::parseGetprop(fake).value(QStringLiteral("ro.boot.hwc")), QStringLiteral("GLOBAL"));
}

void TestPhoneProbe::fastbootDevicesAndGetvar()
{
    const QList<PhoneToolOutput::FastbootDevice> devices = PhoneToolOutput::parseFastbootDevices(
        "5a3c9e21\tfastboot\n"
        "no permissions (missing udev rules? user is in the plugdev group); see "
        "[http://developer.android.com/tools/device.html]\tfastboot\n");
    QCOMPARE(devices.size(), 2);
    QCOMPARE(devices[0].serial, QStringLiteral("5a3c9e21"));
    QVERIFY(!devices[0].noPermissions);
    QVERIFY(devices[1].serial.isEmpty());
    QVERIFY(devices[1].noPermissions);
    QVERIFY(PhoneToolOutput::parseFastbootDevices("").isEmpty());

    using PhoneToolOutput::parseGetvar;
    QCOMPARE(parseGetvar("product: whyred\nFinished. Total time: 0.001s\n", QStringLiteral("product")),
             std::optional<QString>(QStringLiteral("whyred")));
    QCOMPARE(parseGetvar("anti: 4\r\nFinished. Total time: 0.001s\r\n", QStringLiteral("anti")),
             std::optional<QString>(QStringLiteral("4")));
    QCOMPARE(parseGetvar("(bootloader) anti: 1\nall: Done!\n", QStringLiteral("anti")),
             std::optional<QString>(QStringLiteral("1")));
    QCOMPARE(parseGetvar("anti: \nFinished. Total time: 0.001s\n", QStringLiteral("anti")),
             std::optional<QString>(QString()));
    QCOMPARE(parseGetvar("getvar:anti FAILED (remote: 'GetVar Variable Not found')\nFinished. Total time: 0.001s\n",
                         QStringLiteral("anti")),
             std::nullopt);
    QCOMPARE(parseGetvar("product: whyred\n", QStringLiteral("prod")), std::nullopt);
}

// Every one of upstream's 1,390 variants (data/devices.yml: "variant:" then "- Name Region")
// maps to the region its name ends with.
void TestPhoneProbe::variantRegionsMatchUpstreamDevicesYml()
{
    const QStringList lines =
        QString::fromUtf8(Fixtures::readData(QStringLiteral("devices.yml"))).split(QLatin1Char('\n'));
    int variants = 0;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (!lines[i].endsWith(QLatin1Char(':')) || lines[i].startsWith(QLatin1Char('-')))
            continue;
        const QString variant = lines[i].chopped(1);
        const QString name = lines[i + 1].mid(2);
        const QString region = name.section(QLatin1Char(' '), -1);
        const QString mapped = XiaomiRegions::ofVariant(variant);
        QVERIFY2(mapped == region, qPrintable(variant + QLatin1String(": ") + name + QLatin1String(" -> ") + mapped));
        ++variants;
    }
    QCOMPARE(variants, 1390);
    QCOMPARE(XiaomiRegions::ofVariant(u"gemini_alpha"), QStringLiteral("China")); // a China development build
    QCOMPARE(XiaomiRegions::ofVariant(u""), QString());
    QCOMPARE(CatalogLookup::baseCodename(u"angelicain_in_rf_global"), QStringLiteral("angelicain"));
    QCOMPARE(CatalogLookup::baseCodename(u"gemini"), QStringLiteral("gemini"));
}

void TestPhoneProbe::versionRegionLetters_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("region");
    // Versions of the catalog with their cards' region.
    QTest::newRow("MIUI Global") << "V14.0.7.0.TKHMIXM" << "Global";
    QTest::newRow("HyperOS China") << "OS1.0.6.0.TKHCNXM" << "China";
    QTest::newRow("EEA") << "OS1.0.3.0.TKHEUXM" << "EEA";
    QTest::newRow("Russia") << "V12.0.13.0.QCSRUXM" << "Russia";
    QTest::newRow("India") << "V12.0.2.0.QJWINRF" << "India";
    QTest::newRow("Indonesia") << "V12.5.2.0.RKHIDXM" << "Indonesia";
    QTest::newRow("Taiwan") << "V12.0.1.0.RKHTWXM" << "Taiwan";
    QTest::newRow("Turkey") << "V12.0.2.0.RKHTRXM" << "Turkey";
    QTest::newRow("Japan") << "OS3.0.303.0.WPSJPXM" << "Japan";
    QTest::newRow("Korea") << "OS1.0.1.0.UMOKRXM" << "Korea";
    QTest::newRow("China Mobile") << "V11.1.27.0.QGICMXM" << "China";
    QTest::newRow("old China") << "V8.2.1.0.KHICNDL" << "China";
    QTest::newRow("weekly") << "9.3.28" << "";
    QTest::newRow("public beta") << "V13.0.3.1.15.DEV" << "";
    QTest::newRow("HyperOS beta") << "OS1.0.23.12.11.DEV" << "";
}

void TestPhoneProbe::versionRegionLetters()
{
    QFETCH(QString, version);
    QFETCH(QString, region);
    QCOMPARE(XiaomiRegions::ofVersion(version), region);
}

void TestPhoneProbe::hardwareCodes()
{
    QCOMPARE(XiaomiRegions::ofHardwareCode(u"CN"), QStringLiteral("China"));
    QCOMPARE(XiaomiRegions::ofHardwareCode(u"GLOBAL"), QStringLiteral("Global"));
    QCOMPARE(XiaomiRegions::ofHardwareCode(u"India"), QStringLiteral("India"));
    QCOMPARE(XiaomiRegions::ofHardwareCode(u"INDIA"), QStringLiteral("India"));
    QCOMPARE(XiaomiRegions::ofHardwareCode(u"JP"), QStringLiteral("Japan"));
    QCOMPARE(XiaomiRegions::ofHardwareCode(u""), QString());
    QCOMPARE(XiaomiRegions::ofHardwareCode(u"EN"), QString());
}

void TestPhoneProbe::globalPhoneThroughTheSettings()
{
    FakePhones::useScenario("global");
    FakePhones::saveFakeToolSettings();
    DeviceProbe probe;
    probe.setTools(PhoneSettings::load()); // as the app does
    QSignalSpy finished(&probe, &DeviceProbe::finished);
    probe.start();
    QVERIFY(probe.isRunning());
    QVERIFY(finished.wait(10000));
    const PhoneScan scan = finished.first().first().value<PhoneScan>();
    QVERIFY(scan.toolProblems.isEmpty());
    QVERIFY(!scan.anyToolFailed());
    QCOMPARE(scan.phones.size(), 1);
    const PhoneInfo &phone = scan.phones.first();
    QVERIFY2(phone.isReady(), qPrintable(phone.problem));
    QCOMPARE(phone.connection, PhoneInfo::Connection::Adb);
    QCOMPARE(phone.serial, QStringLiteral("4f6a2c1d"));
    QCOMPARE(phone.model, QStringLiteral("POCO F3"));
    QCOMPARE(phone.device, QStringLiteral("alioth"));
    QCOMPARE(phone.variant, QStringLiteral("alioth_global"));
    QCOMPARE(phone.codename(), QStringLiteral("alioth"));
    QCOMPARE(phone.installedVersion, QStringLiteral("V14.0.7.0.TKHMIXM"));
    QCOMPARE(phone.androidVersion, QStringLiteral("13"));
    QCOMPARE(phone.romRegion(), QStringLiteral("Global"));
    QCOMPARE(phone.hardwareRegion(), QStringLiteral("Global"));
    QCOMPARE(phone.localeHint, QStringLiteral("GB"));
    QVERIFY(!phone.anti);
    QCOMPARE(phone.displayName(), QStringLiteral("POCO F3 (alioth)"));
}

void TestPhoneProbe::chinaRomOnGlobalHardware()
{
    FakePhones::useScenario("china-on-global");
    const PhoneScan scan = probe(FakePhones::adb(), FakePhones::fastboot());
    QCOMPARE(scan.readyPhones().size(), 1);
    const PhoneInfo phone = scan.readyPhones().first();
    QCOMPARE(phone.codename(), QStringLiteral("cepheus"));
    QCOMPARE(phone.installedVersion, QStringLiteral("V12.5.5.0.RFACNXM"));
    QCOMPARE(phone.romRegion(), QStringLiteral("China"));
    QCOMPARE(phone.hardwareRegion(), QStringLiteral("Global"));
}

void TestPhoneProbe::twoPhones()
{
    FakePhones::useScenario("two");
    const PhoneScan scan = probe(FakePhones::adb(), FakePhones::fastboot());
    QCOMPARE(scan.phones.size(), 2);
    QCOMPARE(scan.readyPhones().size(), 2);
    QCOMPARE(scan.phones[0].serial, QStringLiteral("4f6a2c1d"));
    QCOMPARE(scan.phones[0].codename(), QStringLiteral("alioth"));
    QCOMPARE(scan.phones[1].serial, QStringLiteral("c3d1a97e"));
    QCOMPARE(scan.phones[1].variant, QStringLiteral("angelican_ru_global"));
    QCOMPARE(scan.phones[1].romRegion(), QStringLiteral("Russia"));
    QCOMPARE(scan.phones[1].installedVersion, QStringLiteral("V12.0.13.0.QCSRUXM"));
}

void TestPhoneProbe::unauthorizedPhone()
{
    FakePhones::useScenario("unauthorized");
    const PhoneScan scan = probe(FakePhones::adb(), FakePhones::fastboot());
    QCOMPARE(scan.phones.size(), 1);
    QVERIFY(scan.readyPhones().isEmpty());
    QCOMPARE(scan.phones[0].state, PhoneInfo::State::Unauthorized);
    QCOMPARE(scan.phones[0].serial, QStringLiteral("9e2f0b47"));
    QVERIFY2(scan.phones[0].problem.contains(QLatin1String("Allow USB debugging")), qPrintable(scan.phones[0].problem));
    QVERIFY(!scan.anyToolFailed());
}

void TestPhoneProbe::phoneWithoutUdevRules()
{
    for (const char *scenario : {"udev", "fastboot-udev"}) {
        FakePhones::useScenario(scenario);
        const PhoneScan scan = probe(FakePhones::adb(), FakePhones::fastboot());
        QCOMPARE(scan.phones.size(), 1);
        QCOMPARE(scan.phones[0].state, PhoneInfo::State::NoPermissions);
        QVERIFY2(scan.phones[0].problem.contains(QLatin1String("udev")), qPrintable(scan.phones[0].problem));
        QVERIFY(scan.phones[0].problem.contains(QLatin1String("plugdev")));
    }
}

void TestPhoneProbe::fastbootPhoneWithAnti()
{
    FakePhones::useScenario("fastboot");
    const PhoneScan scan = probe(FakePhones::adb(), FakePhones::fastboot());
    QCOMPARE(scan.phones.size(), 1);
    const PhoneInfo &phone = scan.phones.first();
    QVERIFY2(phone.isReady(), qPrintable(phone.problem));
    QCOMPARE(phone.connection, PhoneInfo::Connection::Fastboot);
    QCOMPARE(phone.serial, QStringLiteral("5a3c9e21"));
    QCOMPARE(phone.device, QStringLiteral("whyred"));
    QCOMPARE(phone.anti, std::optional<int>(4));
    QVERIFY(phone.installedVersion.isEmpty());
    QVERIFY(phone.romRegion().isEmpty());
}

void TestPhoneProbe::hungAdbIsKilledAfterTheTimeout()
{
    FakePhones::useScenario("hang");
    DeviceProbe probe;
    probe.setTools(FakePhones::adb(), FakePhones::fastboot());
    probe.setTimeouts({400, 400});
    // The caller's event loop keeps running while adb hangs.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(20);
    QSignalSpy finished(&probe, &DeviceProbe::finished);
    QElapsedTimer clock;
    clock.start();
    probe.start();
    QVERIFY(finished.wait(10000));
    const qint64 ms = clock.elapsed();
    QVERIFY2(ms >= 390 && ms < 3000, qPrintable(QString::number(ms)));
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
    const PhoneScan scan = finished.first().first().value<PhoneScan>();
    QCOMPARE(scan.adbFailure, PhoneScan::ToolFailure::TimedOut);
    QCOMPARE(scan.fastbootFailure, PhoneScan::ToolFailure::None);
    QVERIFY(scan.phones.isEmpty());
    QCOMPARE(scan.toolProblems.size(), 1);
    QVERIFY2(scan.toolProblems[0].contains(QLatin1String("did not answer within 1 s")), qPrintable(scan.toolProblems[0]));
    QVERIFY(scan.toolProblems[0].contains(QLatin1String("adb kill-server")));
}

void TestPhoneProbe::hungGetpropMakesThePhoneUnreadable()
{
    FakePhones::useScenario("getprop-hang");
    QElapsedTimer clock;
    clock.start();
    const PhoneScan scan = probe(FakePhones::adb(), FakePhones::fastboot(), 400);
    QVERIFY(clock.elapsed() < 3000);
    QCOMPARE(scan.phones.size(), 1);
    QCOMPARE(scan.phones[0].state, PhoneInfo::State::Unreadable);
    QVERIFY2(scan.phones[0].problem.contains(QLatin1String("shell getprop")), qPrintable(scan.phones[0].problem));
    QVERIFY(scan.phones[0].problem.contains(QLatin1String("did not answer")));
}

void TestPhoneProbe::missingTools()
{
    const PhoneScan none = probe(QString(), QString());
    QCOMPARE(none.adbFailure, PhoneScan::ToolFailure::NotInstalled);
    QCOMPARE(none.fastbootFailure, PhoneScan::ToolFailure::NotInstalled);
    QVERIFY(none.allToolsFailed());
    QCOMPARE(none.toolProblems.size(), 2);
    QVERIFY2(none.toolProblems[0].contains(QLatin1String("apt install adb fastboot")), qPrintable(none.toolProblems[0]));
    QVERIFY(none.toolProblems[0].contains(QLatin1String("platform-tools")));

    const PhoneScan wrongPath = probe(QStringLiteral("/nonexistent/adb"), FakePhones::fastboot());
    QCOMPARE(wrongPath.adbFailure, PhoneScan::ToolFailure::NotInstalled);
    QCOMPARE(wrongPath.fastbootFailure, PhoneScan::ToolFailure::None);
    QVERIFY2(wrongPath.toolProblems.value(0).contains(QLatin1String("/nonexistent/adb")),
             qPrintable(wrongPath.toolProblems.value(0)));

    // A directory is no program.
    const PhoneScan directory = probe(QDir::tempPath(), QDir::tempPath());
    QVERIFY(directory.allToolsFailed());
}

void TestPhoneProbe::toolsFoundOnPath()
{
    QTemporaryDir bin;
    QVERIFY(bin.isValid());
    QVERIFY(QFile::link(FakePhones::adb(), bin.filePath(QStringLiteral("adb"))));
    QVERIFY(QFile::link(FakePhones::fastboot(), bin.filePath(QStringLiteral("fastboot"))));
    ScopedEnvironmentVariable path("PATH");
    path.set(bin.path().toLocal8Bit() + ':' + path.original());
    const PhoneSettings settings; // nothing set in Preferences: found on PATH
    QCOMPARE(settings.resolvedAdb(), bin.filePath(QStringLiteral("adb")));
    QCOMPARE(settings.resolvedFastboot(), bin.filePath(QStringLiteral("fastboot")));
    FakePhones::useScenario("fastboot");
    DeviceProbe probe;
    probe.setTools(settings);
    QSignalSpy finished(&probe, &DeviceProbe::finished);
    probe.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().value<PhoneScan>().readyPhones().size(), 1);

    path.set(bin.filePath(QStringLiteral("nothing-here")).toLocal8Bit());
    QVERIFY(PhoneSettings().resolvedAdb().isEmpty());
}

QTEST_GUILESS_MAIN(TestPhoneProbe)
#include "tst_phoneprobe.moc"
