// SPDX-License-Identifier: GPL-3.0-or-later
// firmware-cli device, run as a user would, against the fake adb and fastboot of tests/support.
#include "cliprocess.h"
#include "fakephoneskip.h"
#include "fixtures.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QtTest>

namespace {

QString fakeTool(const char *name)
{
    return QDir::cleanPath(QStringLiteral(FWB_TEST_DATA "/../support/") + QLatin1String(name));
}

} // namespace

class TestCliDevice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void jsonOfAGlobalPhone();
    void recommendedCardsAreListCards();
    void fastbootPhoneReportsAnti();
    void textNamesRegionWarnings();
    void exitCodes_data();
    void exitCodes();
    void hungAdbEndsWithinTheTimeout();
    void toolPathsFromTheSettings();
    void toolsFromPath();

private:
    using Run = CliProcess::Run;
    // `firmware-cli device ARGUMENTS` with the fake tools playing SCENARIO; PATH replaced when given.
    Run cli(const char *scenario, QStringList arguments, bool withToolOptions = true, const QByteArray &path = {});
    std::unique_ptr<CliProcess> m_cli;
};

void TestCliDevice::initTestCase()
{
    FWB_SKIP_WHERE_FAKE_PHONES_CANNOT_RUN();
}

void TestCliDevice::init()
{
    m_cli = std::make_unique<CliProcess>(QStringLiteral(FWB_CLI));
}

TestCliDevice::Run TestCliDevice::cli(const char *scenario, QStringList arguments, bool withToolOptions,
                                      const QByteArray &path)
{
    arguments.prepend(QStringLiteral("device"));
    if (withToolOptions)
        arguments << QStringLiteral("--adb") << fakeTool("fake-adb") << QStringLiteral("--fastboot")
                  << fakeTool("fake-fastboot");
    m_cli->setEnvironment(QStringLiteral("FWB_FAKE_PHONES"), QString::fromLatin1(scenario));
    m_cli->setEnvironment(QStringLiteral("PATH"), path.isEmpty() ? qEnvironmentVariable("PATH") : QString::fromLocal8Bit(path));
    return m_cli->run(arguments);
}

void TestCliDevice::jsonOfAGlobalPhone()
{
    const Run run = cli("global", {QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonParseError error;
    const QJsonObject phone = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    for (const char *key : {"codename", "variant", "region", "installedVersion", "androidVersion", "anti", "recommended"})
        QVERIFY2(phone.contains(QLatin1String(key)), key);
    QCOMPARE(phone[QStringLiteral("codename")].toString(), QStringLiteral("alioth"));
    QCOMPARE(phone[QStringLiteral("variant")].toString(), QStringLiteral("alioth_global"));
    QCOMPARE(phone[QStringLiteral("region")].toString(), QStringLiteral("Global"));
    QCOMPARE(phone[QStringLiteral("installedVersion")].toString(), QStringLiteral("V14.0.7.0.TKHMIXM"));
    QCOMPARE(phone[QStringLiteral("androidVersion")].toString(), QStringLiteral("13"));
    QVERIFY(phone[QStringLiteral("anti")].isNull());
    QCOMPARE(phone[QStringLiteral("serial")].toString(), QStringLiteral("4f6a2c1d"));
    QCOMPARE(phone[QStringLiteral("mode")].toString(), QStringLiteral("adb"));
    QCOMPARE(phone[QStringLiteral("name")].toString(), QStringLiteral("POCO F3"));
    const QJsonArray recommended = phone[QStringLiteral("recommended")].toArray();
    QVERIFY(recommended.size() >= 4);
    QCOMPARE(recommended[0][QStringLiteral("version")].toString(), QStringLiteral("OS1.0.5.0.TKHMIXM"));
    QCOMPARE(recommended[0][QStringLiteral("region")].toString(), QStringLiteral("Global"));
}

void TestCliDevice::recommendedCardsAreListCards()
{
    const Run run = cli("global", {QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray recommended = QJsonDocument::fromJson(run.out).object()[QStringLiteral("recommended")].toArray();
    const Run show = m_cli->run({QStringLiteral("show"), QStringLiteral("alioth"), QStringLiteral("OS1.0.5.0.TKHMIXM"),
                                 QStringLiteral("--json")});
    QCOMPARE(show.exitCode, 0);
    const QJsonArray cards = QJsonDocument::fromJson(show.out).array();
    QVERIFY(!cards.isEmpty());
    bool found = false;
    for (const QJsonValue &card : cards) {
        if (card[QStringLiteral("fileName")] == recommended[0][QStringLiteral("fileName")]) {
            QCOMPARE(recommended[0].toObject(), card.toObject());
            found = true;
        }
    }
    QVERIFY(found);
}

void TestCliDevice::fastbootPhoneReportsAnti()
{
    const Run run = cli("fastboot", {QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject phone = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(phone[QStringLiteral("codename")].toString(), QStringLiteral("whyred"));
    QCOMPARE(phone[QStringLiteral("anti")].toInt(-1), 4);
    QCOMPARE(phone[QStringLiteral("mode")].toString(), QStringLiteral("fastboot"));
    QVERIFY(phone[QStringLiteral("installedVersion")].isNull());
    QVERIFY(phone[QStringLiteral("variant")].isNull());
    QVERIFY(phone[QStringLiteral("region")].isNull());
    QVERIFY(phone[QStringLiteral("androidVersion")].isNull());
    QVERIFY(!phone[QStringLiteral("recommended")].toArray().isEmpty());
    for (const QJsonValue &card : phone[QStringLiteral("recommended")].toArray())
        QCOMPARE(card[QStringLiteral("type")].toString(), QStringLiteral("Fastboot"));
}

void TestCliDevice::textNamesRegionWarnings()
{
    const Run run = cli("china-on-global", {});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QLatin1String("Phone: MI 9 (adb, serial 7c1e3a90)")), qPrintable(out));
    QVERIFY(out.contains(QLatin1String("Installed version: V12.5.5.0.RFACNXM")));
    QVERIFY(out.contains(QLatin1String("Hardware region: Global (ro.boot.hwc = GLOBAL)")));
    QVERIFY(out.contains(QLatin1String("runs a China ROM, but its hardware is a Global model")));
    QVERIFY(out.contains(QLatin1String("a region change needs an unlocked bootloader and a Fastboot ROM")));
}

void TestCliDevice::exitCodes_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");
    QTest::newRow("no phone") << "none" << QStringList() << 4 << "no phone found";
    QTest::newRow("unauthorized") << "unauthorized" << QStringList() << 4 << "Allow USB debugging";
    QTest::newRow("no udev rule") << "udev" << QStringList() << 4 << "plugdev";
    QTest::newRow("getprop hangs") << "getprop-hang" << QStringList{QStringLiteral("--timeout"), QStringLiteral("0.5")}
                                   << 2 << "did not answer";
    QTest::newRow("two phones") << "two" << QStringList() << 1 << "--serial";
    QTest::newRow("two phones, one chosen") << "two" << QStringList{QStringLiteral("--serial"), QStringLiteral("c3d1a97e")}
                                            << 0 << "";
    QTest::newRow("serial not connected") << "global" << QStringList{QStringLiteral("--serial"), QStringLiteral("0000")}
                                          << 4 << "0000";
    QTest::newRow("bad timeout") << "global" << QStringList{QStringLiteral("--timeout"), QStringLiteral("soon")} << 1
                                 << "--timeout";
}

void TestCliDevice::exitCodes()
{
    QFETCH(QString, scenario);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);
    const Run run = cli(scenario.toLatin1().constData(), arguments + QStringList{QStringLiteral("--json")});
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(stderrContains), run.err.constData());
    if (exitCode != 0)
        QVERIFY2(run.out.isEmpty(), run.out.constData());
    else
        QCOMPARE(QJsonDocument::fromJson(run.out).object()[QStringLiteral("codename")].toString(),
                 QStringLiteral("angelican"));
}

void TestCliDevice::hungAdbEndsWithinTheTimeout()
{
    QElapsedTimer clock;
    clock.start();
    const Run run = cli("hang", {QStringLiteral("--timeout"), QStringLiteral("0.5")});
    QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("did not answer within 1 s"), run.err.constData());
}

void TestCliDevice::toolPathsFromTheSettings()
{
    // What Preferences -> Phone writes, read by the CLI too.
    {
        QSettings settings(m_cli->homePath(QStringLiteral("config/FirmwareBrowser/FirmwareBrowser.conf")),
                           QSettings::IniFormat);
        settings.setValue(QStringLiteral("phone/adbPath"), fakeTool("fake-adb"));
        settings.setValue(QStringLiteral("phone/fastbootPath"), fakeTool("fake-fastboot"));
    }
    const Run run = cli("global", {QStringLiteral("--json")}, false);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QJsonDocument::fromJson(run.out).object()[QStringLiteral("codename")].toString(), QStringLiteral("alioth"));

    // The options win over the settings.
    const Run missing = cli("global", {QStringLiteral("--adb"), QStringLiteral("/nonexistent/adb"),
                                       QStringLiteral("--fastboot"), QStringLiteral("/nonexistent/fastboot")},
                            false);
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("adb was not found at /nonexistent/adb"), missing.err.constData());
    QVERIFY(missing.err.contains("fastboot was not found at /nonexistent/fastboot"));
}

void TestCliDevice::toolsFromPath()
{
    const QString bin = m_cli->homePath(QStringLiteral("bin"));
    QVERIFY(QDir().mkpath(bin));
    QVERIFY(QFile::link(fakeTool("fake-adb"), bin + QStringLiteral("/adb")));
    QVERIFY(QFile::link(fakeTool("fake-fastboot"), bin + QStringLiteral("/fastboot")));
    // The fakes are shell scripts that need the system's sleep and cat.
    const Run found = cli("global", {QStringLiteral("--json")}, false, bin.toLocal8Bit() + ":/usr/bin:/bin");
    QVERIFY2(found.exitCode == 0, found.err.constData());

    const QByteArray emptyPath = m_cli->homePath(QStringLiteral("empty")).toLocal8Bit();
    const Run none = cli("global", {QStringLiteral("--json")}, false, emptyPath);
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains("adb is not installed"), none.err.constData());
    QVERIFY(none.err.contains("sudo apt install adb fastboot"));
}

QTEST_GUILESS_MAIN(TestCliDevice)
#include "tst_cli_device.moc"
