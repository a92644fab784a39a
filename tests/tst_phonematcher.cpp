// SPDX-License-Identifier: GPL-3.0-or-later
// Matching a phone to the catalog (folder, installed page, newer pages, ranked candidates) and the
// warnings before a download, on the real embedded catalog with the fakes' phones.
#include "fixtures.h"
#include "phonetesthelpers.h"
#include "phone/phonematcher.h"
#include "phone/romadvisor.h"

#include <QtTest>

namespace {

const QString RegionChange = QStringLiteral("a region change needs an unlocked bootloader and a Fastboot ROM");
const QString Downgrade =
    QStringLiteral("downgrades can be blocked or brick the phone when the anti-rollback index is higher");

PhoneInfo adbPhone(const QString &variant, const QString &version, const QString &hwc = QStringLiteral("GLOBAL"))
{
    PhoneInfo phone;
    phone.serial = QStringLiteral("4f6a2c1d");
    phone.variant = variant;
    phone.device = variant.section(QLatin1Char('_'), 0, 0);
    phone.installedVersion = version;
    phone.hardwareCode = hwc;
    return phone;
}

} // namespace

class TestPhoneMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_catalog = FakePhones::embeddedCatalog(); }

    void globalPhoneOnItsOwnRom();
    void installedVersionsFirmwareIsOffered();
    void chinaRomOnGlobalHardware();
    void siblingBuildsInTheSameFolderAreNotOffered();
    void folderFoundThroughTheCardsCodename();
    void fastbootPhoneGetsFastbootRomsOfEveryRegion();
    void downgradeWarningNamesTheAntiIndex();
    void installedVersionMissingFromTheCatalog();
    void unknownDevice();
    void advisorWithoutPhoneSaysNothing();
    void branchGuessesAndLines();

private:
    const RomFile &file(int index) const { return m_catalog->files()[index]; }
    QStringList versions(const QSet<int> &pages) const
    {
        QStringList list;
        for (int p : pages)
            list << m_catalog->pages()[p].version;
        list.sort();
        return list;
    }
    CatalogPtr m_catalog;
};

void TestPhoneMatcher::globalPhoneOnItsOwnRom()
{
    const PhoneMatch match = PhoneMatcher::match(*m_catalog, adbPhone(QStringLiteral("alioth_global"),
                                                                      QStringLiteral("V14.0.7.0.TKHMIXM")));
    QCOMPARE(match.folder, QStringLiteral("alioth"));
    QVERIFY(match.installedPage >= 0);
    const CatalogPage &installed = m_catalog->pages()[match.installedPage];
    QCOMPARE(installed.folder, QStringLiteral("alioth"));
    QCOMPARE(installed.version, QStringLiteral("V14.0.7.0.TKHMIXM"));
    QCOMPARE(m_catalog->deviceOfPage(match.installedPage), match.device);
    QCOMPARE(match.advisor.installedBranch(), QStringLiteral("Stable"));
    // Every later Global stable version of the POCO F3 in the catalog, MIUI 14 and HyperOS.
    const QStringList newer{QStringLiteral("OS1.0.2.0.TKHMIXM"), QStringLiteral("OS1.0.3.0.TKHMIXM"),
                            QStringLiteral("OS1.0.5.0.TKHMIXM"), QStringLiteral("V14.0.8.0.TKHMIXM")};
    QCOMPARE(versions(match.newerPages), newer);
    QVERIFY(match.notes.isEmpty());

    QVERIFY(match.recommended.size() >= 4);
    const RomFile &best = file(match.recommended[0].file);
    QCOMPARE(best.version, QStringLiteral("OS1.0.5.0.TKHMIXM"));
    QCOMPARE(best.type, QStringLiteral("Recovery"));
    QCOMPARE(best.region(), QStringLiteral("Global"));
    QVERIFY(match.recommended[0].warnings.isEmpty());
    QCOMPARE(file(match.recommended[1].file).version, QStringLiteral("OS1.0.5.0.TKHMIXM"));
    QCOMPARE(file(match.recommended[1].file).type, QStringLiteral("Fastboot"));
    // Same region first; another region's ROM only as a Fastboot ROM, with the region warning.
    bool otherRegionSeen = false;
    QSet<QString> otherRegions;
    for (const PhoneCandidate &candidate : match.recommended) {
        const RomFile &f = file(candidate.file);
        QCOMPARE(m_catalog->pages()[candidate.page].folder, QStringLiteral("alioth"));
        QVERIFY(m_catalog->pages()[candidate.page].files.contains(candidate.file));
        QCOMPARE(candidate.warnings, match.advisor.warnings(f));
        if (f.region() == QLatin1String("Global")) {
            QVERIFY2(!otherRegionSeen, qPrintable(f.fileName));
            continue;
        }
        otherRegionSeen = true;
        otherRegions.insert(f.region());
        QCOMPARE(f.type, QStringLiteral("Fastboot"));
        QVERIFY2(candidate.warnings.value(0).contains(RegionChange), qPrintable(candidate.warnings.value(0)));
    }
    QCOMPARE(otherRegions, (QSet<QString>{QStringLiteral("China"), QStringLiteral("EEA"), QStringLiteral("India"),
                                          QStringLiteral("Indonesia"), QStringLiteral("Russia"), QStringLiteral("Taiwan"),
                                          QStringLiteral("Turkey")}));
    // One candidate per region, branch and type.
    QSet<QString> keys;
    for (const PhoneCandidate &candidate : match.recommended) {
        const RomFile &f = file(candidate.file);
        const QString key = f.region() + f.branch + f.type;
        QVERIFY2(!keys.contains(key), qPrintable(key));
        keys.insert(key);
    }
}

// 18.2: the firmware-only zip of the installed version (for a custom ROM's user), never as a ROM.
void TestPhoneMatcher::installedVersionsFirmwareIsOffered()
{
    const PhoneMatch match = PhoneMatcher::match(*m_catalog, adbPhone(QStringLiteral("alioth_global"),
                                                                      QStringLiteral("V14.0.7.0.TKHMIXM")));
    QCOMPARE(match.installedFirmware.size(), 1);
    const PhoneCandidate &firmware = match.installedFirmware.first();
    QCOMPARE(m_catalog->pages()[firmware.page].os, RomOs::Firmware);
    QCOMPARE(file(firmware.file).fileName, QStringLiteral("fw_alioth_miui_ALIOTHGlobal_V14.0.7.0.TKHMIXM_30afed978c_13.0.zip"));
    QCOMPARE(file(firmware.file).md5, QStringLiteral("7096bce92aeff9a20facd7339254c67f"));
    QVERIFY(firmware.warnings.isEmpty());
    for (const PhoneCandidate &candidate : match.recommended)
        QVERIFY(isRomSection(m_catalog->pages()[candidate.page].os));
    // Nothing when the phone does not say its version (fastboot mode).
    PhoneInfo fastboot = adbPhone(QStringLiteral("alioth_global"), QString());
    fastboot.connection = PhoneInfo::Connection::Fastboot;
    QVERIFY(PhoneMatcher::match(*m_catalog, fastboot).installedFirmware.isEmpty());
}

void TestPhoneMatcher::chinaRomOnGlobalHardware()
{
    PhoneInfo phone = adbPhone(QStringLiteral("cepheus"), QStringLiteral("V12.5.5.0.RFACNXM"));
    const PhoneMatch match = PhoneMatcher::match(*m_catalog, phone);
    QCOMPARE(match.folder, QStringLiteral("cepheus"));
    QCOMPARE(match.advisor.region(), QStringLiteral("China"));
    QCOMPARE(versions(match.newerPages), QStringList{QStringLiteral("V12.5.6.0.RFACNXM")});
    QCOMPARE(match.notes.size(), 1);
    QVERIFY2(match.notes[0].contains(QLatin1String("runs a China ROM, but its hardware is a Global model")),
             qPrintable(match.notes[0]));
    QVERIFY(match.notes[0].contains(QLatin1String("ro.boot.hwc = GLOBAL")));
    QCOMPARE(file(match.recommended[0].file).version, QStringLiteral("V12.5.6.0.RFACNXM"));
    // After the China ROMs, the hardware's own region before the others.
    QString firstOther;
    for (const PhoneCandidate &candidate : match.recommended) {
        if (file(candidate.file).region() != QLatin1String("China")) {
            firstOther = file(candidate.file).region();
            break;
        }
    }
    QCOMPARE(firstOther, QStringLiteral("Global"));
    // A weekly Recovery ROM on a stable phone: the branch warning.
    bool branchWarned = false;
    for (const PhoneCandidate &candidate : match.recommended) {
        const RomFile &f = file(candidate.file);
        if (f.branch == QLatin1String("Weekly") && f.type == QLatin1String("Recovery")) {
            const QString warnings = candidate.warnings.join(QLatin1Char(' '));
            QVERIFY2(warnings.contains(QLatin1String("Recovery ROM for a different branch")), qPrintable(warnings));
            branchWarned = true;
        }
    }
    QVERIFY(branchWarned);
}

void TestPhoneMatcher::siblingBuildsInTheSameFolderAreNotOffered()
{
    // The angelican folder also lists Redmi 9C (angelica) and POCO C3 (angelicain) builds.
    PhoneInfo phone = adbPhone(QStringLiteral("angelican_ru_global"), QStringLiteral("V12.0.13.0.QCSRUXM"));
    const PhoneMatch match = PhoneMatcher::match(*m_catalog, phone);
    QCOMPARE(match.folder, QStringLiteral("angelican"));
    QVERIFY(match.siblingFolders.contains(QStringLiteral("angelica")));
    QVERIFY(match.installedPage >= 0);
    QCOMPARE(versions(match.newerPages),
             (QStringList{QStringLiteral("V12.0.14.0.QCSRUXM"), QStringLiteral("V12.5.3.0.RCSRUXM")}));
    QVERIFY(!match.recommended.isEmpty());
    for (const PhoneCandidate &candidate : match.recommended)
        QCOMPARE(file(candidate.file).codename, QStringLiteral("angelican"));
    QCOMPARE(file(match.recommended[0].file).region(), QStringLiteral("Russia"));
    // A Redmi 9C build picked from the same folder: only the device warning.
    int siblingBuild = -1;
    for (int p : m_catalog->pagesOfFolder(QStringLiteral("angelican"))) {
        for (int f : m_catalog->pages()[p].files) {
            if (file(f).codename == QLatin1String("angelica"))
                siblingBuild = f;
        }
    }
    QVERIFY(siblingBuild >= 0);
    const QStringList warnings = match.advisor.warnings(file(siblingBuild));
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings[0].contains(QLatin1String("(angelica), not for the connected phone")), qPrintable(warnings[0]));
}

void TestPhoneMatcher::folderFoundThroughTheCardsCodename()
{
    // tests/data/pages has no "angelica" folder: its Redmi 9C Indonesia page sits in "angelicain".
    const CatalogPtr pages = Fixtures::pagesCatalog();
    QVERIFY(pages->pagesOfFolder(QStringLiteral("angelica")).isEmpty());
    const PhoneMatch match = PhoneMatcher::match(*pages, adbPhone(QStringLiteral("angelica_id_global"),
                                                                  QStringLiteral("V12.0.1.0.QCRIDXM")));
    QCOMPARE(match.folder, QStringLiteral("angelicain"));
    QVERIFY(match.installedPage >= 0);
    QCOMPARE(pages->pages()[match.installedPage].version, QStringLiteral("V12.0.1.0.QCRIDXM"));
    QCOMPARE(match.recommended.size(), 2); // its Recovery and Fastboot ROM
    QVERIFY(match.newerPages.isEmpty());
}

void TestPhoneMatcher::fastbootPhoneGetsFastbootRomsOfEveryRegion()
{
    PhoneInfo phone;
    phone.connection = PhoneInfo::Connection::Fastboot;
    phone.serial = QStringLiteral("5a3c9e21");
    phone.device = QStringLiteral("whyred");
    phone.anti = 4;
    const PhoneMatch match = PhoneMatcher::match(*m_catalog, phone);
    QCOMPARE(match.folder, QStringLiteral("whyred"));
    QCOMPARE(match.installedPage, -1);
    QVERIFY(match.newerPages.isEmpty());
    QVERIFY(match.device >= 0);
    QSet<QString> regions;
    for (const PhoneCandidate &candidate : match.recommended) {
        QCOMPARE(file(candidate.file).type, QStringLiteral("Fastboot"));
        QVERIFY(candidate.warnings.isEmpty()); // nothing to compare with
        regions.insert(file(candidate.file).region());
    }
    QCOMPARE(regions, (QSet<QString>{QStringLiteral("China"), QStringLiteral("Global"), QStringLiteral("Russia")}));
    const QString notes = match.notes.join(QLatin1Char('\n'));
    QVERIFY2(notes.contains(QLatin1String("fastboot mode")), qPrintable(notes));
    QVERIFY(notes.contains(QLatin1String("Anti-rollback index: 4")));
}

void TestPhoneMatcher::downgradeWarningNamesTheAntiIndex()
{
    PhoneInfo phone = adbPhone(QStringLiteral("alioth_global"), QStringLiteral("V14.0.7.0.TKHMIXM"));
    phone.anti = 2;
    const PhoneMatch match = PhoneMatcher::match(*m_catalog, phone);
    const int older = m_catalog->findPage(QStringLiteral("alioth"), QStringLiteral("V14.0.4.0.TKHMIXM"));
    QVERIFY(older >= 0);
    const RomFile &olderFile = file(m_catalog->pages()[older].files.first());
    const QStringList warnings = match.advisor.warnings(olderFile);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings[0].contains(Downgrade), qPrintable(warnings[0]));
    QVERIFY(warnings[0].contains(QLatin1String("this phone reports anti = 2")));
    QVERIFY(warnings[0].contains(QLatin1String("V14.0.7.0.TKHMIXM")));

    // The installed version itself and newer ones: nothing to say.
    for (int f : m_catalog->pages()[match.installedPage].files) {
        if (file(f).region() == QLatin1String("Global"))
            QVERIFY(match.advisor.warnings(file(f)).isEmpty());
    }
    // Unknown index: the warning says how to read it.
    const PhoneMatch noAnti = PhoneMatcher::match(*m_catalog, adbPhone(QStringLiteral("alioth_global"),
                                                                       QStringLiteral("V14.0.7.0.TKHMIXM")));
    QVERIFY(noAnti.advisor.warnings(olderFile).value(0).contains(QLatin1String("fastboot getvar anti")));
    // Another region and older: both warnings, the region first.
    const int eea = m_catalog->findPage(QStringLiteral("alioth"), QStringLiteral("V13.0.11.0.SKHEUXM"));
    QVERIFY(eea >= 0);
    const QStringList both = match.advisor.warnings(file(m_catalog->pages()[eea].files.first()));
    QCOMPARE(both.size(), 2);
    QVERIFY(both[0].contains(RegionChange));
    QVERIFY(both[1].contains(Downgrade));
}

void TestPhoneMatcher::installedVersionMissingFromTheCatalog()
{
    const PhoneMatch match = PhoneMatcher::match(*m_catalog, adbPhone(QStringLiteral("alioth_global"),
                                                                      QStringLiteral("V14.0.99.0.TKHMIXM")));
    QCOMPARE(match.folder, QStringLiteral("alioth"));
    QCOMPARE(match.installedPage, -1);
    QVERIFY(match.newerPages.isEmpty());
    QVERIFY(match.notes.join(QLatin1Char(' ')).contains(QLatin1String("V14.0.99.0.TKHMIXM is not in the catalog")));
    QVERIFY(!match.recommended.isEmpty());
}

void TestPhoneMatcher::unknownDevice()
{
    const PhoneMatch match = PhoneMatcher::match(*m_catalog, adbPhone(QStringLiteral("sargo"), QStringLiteral("9")));
    QVERIFY(!match.found());
    QVERIFY(match.recommended.isEmpty());
    QCOMPARE(match.device, -1);
    QVERIFY(match.notes.value(0).contains(QLatin1String("sargo")));
}

void TestPhoneMatcher::advisorWithoutPhoneSaysNothing()
{
    const RomAdvisor advisor;
    QVERIFY(!advisor.hasPhone());
    for (int f = 0; f < 200; ++f)
        QVERIFY(advisor.warnings(file(f)).isEmpty());
}

void TestPhoneMatcher::branchGuessesAndLines()
{
    QCOMPARE(RomAdvisor::guessBranch(QStringLiteral("V14.0.7.0.TKHMIXM")), QStringLiteral("Stable"));
    QCOMPARE(RomAdvisor::guessBranch(QStringLiteral("OS1.0.3.0.TKHCNXM")), QStringLiteral("Stable"));
    QCOMPARE(RomAdvisor::guessBranch(QStringLiteral("V13.0.3.1.15.DEV")), QStringLiteral("Public Beta"));
    QCOMPARE(RomAdvisor::guessBranch(QStringLiteral("22.1.19")), QStringLiteral("Weekly"));
    QVERIFY(RomAdvisor::sameBranchLine(QStringLiteral("Stable"), QStringLiteral("Stable Beta")));
    QVERIFY(RomAdvisor::sameBranchLine(QStringLiteral("Weekly"), QStringLiteral("Public Beta")));
    QVERIFY(!RomAdvisor::sameBranchLine(QStringLiteral("Stable"), QStringLiteral("Weekly")));

    // A weekly against a stable version: the installed page's date decides, not the numbers.
    PhoneInfo phone = adbPhone(QStringLiteral("alioth"), QStringLiteral("V12.5.2.0.RKHCNXM"));
    const RomAdvisor advisor(phone, QStringLiteral("Stable"), QStringLiteral("2021-04-20"));
    RomFile weekly;
    weekly.device = QStringLiteral("Redmi K40 China");
    weekly.version = QStringLiteral("21.9.1");
    weekly.branch = QStringLiteral("Weekly");
    weekly.type = QStringLiteral("Fastboot");
    weekly.releaseDate = QStringLiteral("2021-09-01");
    QVERIFY(advisor.isNewerThanInstalled(weekly));
    weekly.releaseDate = QStringLiteral("2021-03-01");
    QVERIFY(advisor.isOlderThanInstalled(weekly));
}

QTEST_GUILESS_MAIN(TestPhoneMatcher)
#include "tst_phonematcher.moc"
