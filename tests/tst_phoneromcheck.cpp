// SPDX-License-Identifier: GPL-3.0-or-later
// A ROM file against the connected phone (src/core/flash/phoneromcheck), with the phone the fake
// fastboot of tests/support reports: a Redmi Note 5 Pro (whyred) in fastboot mode, anti = 4.
#include "flash/phoneromcheck.h"
#include "flash/rominspector.h"
#include "phone/deviceprobe.h"
#include "phonetesthelpers.h"
#include "testarchives.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestArchives;

class TestPhoneRomCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PhoneInfo m_fastbootPhone;

    RomInspection inspect(const QString &product, AntiCheck check, int index)
    {
        FastbootRomSpec spec;
        spec.folder = product + QStringLiteral("_global_images_test");
        spec.product = product;
        spec.antiCheck = check;
        spec.antiIndex = index;
        const QString path = m_dir.filePath(QStringLiteral("%1-%2-%3.tgz").arg(product).arg(int(check)).arg(index));
        if (!writeTgz(path, fastbootRom(spec)))
            qFatal("cannot write %s", qPrintable(path));
        const RomInspector::Result result = RomInspector::inspect(path);
        if (!result.ok())
            qFatal("%s", qPrintable(result.error));
        return *result.inspection;
    }

private Q_SLOTS:
    void initTestCase()
    {
        FWB_SKIP_WHERE_FAKE_PHONES_CANNOT_RUN();
        QVERIFY(m_dir.isValid());
        // The phone as detection reads it from the fake fastboot.
        FakePhones::useScenario("fastboot");
        DeviceProbe probe;
        probe.setTools(QString(), FakePhones::fastboot());
        QSignalSpy finished(&probe, &DeviceProbe::finished);
        probe.start();
        QVERIFY(finished.wait(30000));
        const PhoneScan scan = finished.at(0).at(0).value<PhoneScan>();
        QCOMPARE(scan.readyPhones().size(), 1);
        m_fastbootPhone = scan.readyPhones().first();
        QCOMPARE(m_fastbootPhone.device, QStringLiteral("whyred"));
        QCOMPARE(m_fastbootPhone.anti, std::optional<int>(4));
    }

    void fittingRomRecommendsTheScriptThatKeepsData()
    {
        const PhoneRomCheck check(inspect(QStringLiteral("whyred"), AntiCheck::Literal, 4), m_fastbootPhone);
        QVERIFY(!check.refused());
        QVERIFY(check.errors().isEmpty());
        QVERIFY(check.warnings().isEmpty());
        QVERIFY(check.refusal().isEmpty());
        QCOMPARE(check.advice().size(), 3);
        QVERIFY2(check.advice().at(1).contains(QLatin1String("Recommended: flash_all_except_storage keeps your data")),
                 qPrintable(check.advice().join(QLatin1Char('\n'))));
        QVERIFY(check.advice().at(2).contains(QLatin1String("flash_all_lock relocks the bootloader")));
        QVERIFY(check.advice().at(0).contains(QLatin1String("flash_all erases all data")));
        // A higher index than the phone's is fine too.
        QVERIFY(!PhoneRomCheck(inspect(QStringLiteral("whyred"), AntiCheck::VersionFile, 5), m_fastbootPhone).refused());
    }

    // Bad input (wrong ROM): a Fastboot ROM for gemini against the fastboot phone whyred: refused, no script recommended
    void otherProductIsRefused()
    {
        const PhoneRomCheck check(inspect(QStringLiteral("gemini"), AntiCheck::Literal, 4), m_fastbootPhone);
        QVERIFY(check.refused());
        QVERIFY(check.isOtherProduct());
        // The phone's product is said once, whether the phone tells only it (fastboot) or a name too.
        QCOMPARE(check.errors().value(0), QStringLiteral("This ROM is for gemini, the connected phone is whyred: do not flash "
                                                         "it, its own scripts refuse it."));
        PhoneInfo named = m_fastbootPhone;
        named.model = QStringLiteral("Redmi Note 5");
        QCOMPARE(PhoneRomCheck(inspect(QStringLiteral("gemini"), AntiCheck::Literal, 4), named).errors().value(0),
                 QStringLiteral("This ROM is for gemini, the connected phone is Redmi Note 5 (whyred): do not flash it, its "
                                "own scripts refuse it."));
        QVERIFY(!check.isAntiRollbackTooLow()); // the same index as the phone's
        QCOMPARE(check.refusal(), QStringLiteral("for another product (gemini), not for the phone's whyred"));
        QVERIFY(check.advice().isEmpty());
    }

    void lowerAntiRollbackIndexNamesBothNumbers_data()
    {
        QTest::addColumn<int>("check");
        QTest::newRow("CURRENT_ANTI_VER=3") << int(AntiCheck::Literal);
        QTest::newRow("anti_version.txt 3") << int(AntiCheck::VersionFile);
    }
    // Bad input (wrong ROM): an anti-rollback index of 3 (script or anti_version.txt) against the phone's 4: "flashing would be refused or brick the phone"
    void lowerAntiRollbackIndexNamesBothNumbers()
    {
        QFETCH(int, check);
        const PhoneRomCheck result(inspect(QStringLiteral("whyred"), AntiCheck(check), 3), m_fastbootPhone);
        QVERIFY(result.refused());
        QVERIFY(result.isAntiRollbackTooLow());
        QCOMPARE(result.errors().size(), 1);
        QCOMPARE(result.errors().first(), QStringLiteral("Anti-rollback: this ROM's index is 3, the phone's is 4: flashing "
                                                         "would be refused or brick the phone."));
        // The product is right: the headline names the index alone, never another product.
        QVERIFY(!result.isOtherProduct());
        QCOMPARE(result.refusal(), QStringLiteral("anti-rollback index 3, lower than the phone's 4"));
    }

    void uncheckedOrUnknownIndexWarns()
    {
        // The ROM's scripts skip the check: the phone's index is named, nothing refused.
        PhoneRomCheck check(inspect(QStringLiteral("whyred"), AntiCheck::CommentedOut, 1), m_fastbootPhone);
        QVERIFY(!check.refused());
        QVERIFY2(check.warnings().value(0).contains(QLatin1String("commented out")), qPrintable(check.warnings().value(0)));
        QVERIFY(check.warnings().value(0).contains(QLatin1String("index is 4")));

        // In adb mode the phone does not tell its index: say how to read it.
        PhoneInfo adbPhone = m_fastbootPhone;
        adbPhone.connection = PhoneInfo::Connection::Adb;
        adbPhone.anti.reset();
        check = PhoneRomCheck(inspect(QStringLiteral("whyred"), AntiCheck::Literal, 3), adbPhone);
        QVERIFY(!check.refused());
        QVERIFY2(check.warnings().value(0).contains(QLatin1String("fastboot getvar anti")), qPrintable(check.warnings().value(0)));
        // A MediaTek ROM asks rollback_ver.
        check = PhoneRomCheck(inspect(QStringLiteral("whyred"), AntiCheck::RollbackVer, 3), adbPhone);
        QVERIFY2(check.warnings().value(0).contains(QLatin1String("fastboot getvar rollback_ver")), qPrintable(check.warnings().value(0)));
    }

    void recoveryRomProductFromMetadata()
    {
        const QString zip = m_dir.filePath(QStringLiteral("ota.zip"));
        QVERIFY(writeZip(zip, recoveryRom("ota-type=AB\npre-device=gemini\n", 4096)));
        const RomInspector::Result result = RomInspector::inspect(zip);
        QVERIFY(result.ok());
        const PhoneRomCheck check(*result.inspection, m_fastbootPhone);
        QVERIFY(check.isOtherProduct());
        QVERIFY(!check.isAntiRollbackTooLow());
    }
};

QTEST_GUILESS_MAIN(TestPhoneRomCheck)
#include "tst_phoneromcheck.moc"
