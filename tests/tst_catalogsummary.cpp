// SPDX-License-Identifier: GPL-3.0-or-later
// What's New and the status bar count a refresh's new files by what they are: ROM files,
// firmware-only zips and vendor packages, each with its language's plural forms.
#include "catalogrefresher.h"
#include "catalogsummary.h"
#include "fixtures.h"
#include "scopedstate.h"
#include "whatsnewdialog.h"
#include "util/translations.h"

#include <QLabel>
#include <QTreeWidget>
#include <QtTest>

namespace {

const QString kFirmwareZip = QStringLiteral("fw_gemini_miui_MI5Global_V10.2.2.0.OAAMIXM_d16c808eba_8.0.zip");
const QString kVendorZip = QStringLiteral("fw-vendor_cmi_miui_CMIEEAGlobal_V12.0.1.0.QJAEUXM_008a8e0ecd_10.0.zip");
const QString kRecoveryZip = QStringLiteral("miui_MI5Global_V10.2.2.0.OAAMIXM_d16c808eba_8.0.zip");

// The sections catalog with these files first seen by a refresh.
CatalogPtr withNewFiles(const CatalogPtr &catalog, const QStringList &names)
{
    QList<XfuPage> pages = catalog->toPages();
    for (XfuPage &page : pages) {
        for (RomFile &card : page.cards) {
            if (names.contains(card.fileName))
                card.firstSeen = QDateTime(QDate(2026, 8, 24), QTime(6, 0), Qt::UTC);
        }
    }
    return Catalog::build(pages, catalog->marketingNames(), catalog->info());
}

} // namespace

class TestCatalogSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void newFilesAreCountedBySection_data();
    void newFilesAreCountedBySection();
    void whatsNewCountsBySection();
    void statusBarCountsBySection();

private:
    CatalogPtr m_catalog;
};

void TestCatalogSummary::initTestCase()
{
    installTranslators(QLocale(QLocale::English)); // the English plural forms
    m_catalog = Fixtures::sectionsCatalog();
    QVERIFY(m_catalog);
    for (const QString &name : {kFirmwareZip, kVendorZip, kRecoveryZip})
        QVERIFY2(!m_catalog->filesNamed(name).isEmpty(), qPrintable(name));
}

void TestCatalogSummary::newFilesAreCountedBySection_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QList<RomOs>>("sections");
    QTest::addColumn<QString>("expected");
    const QList<RomOs> twoFirmware{RomOs::Firmware, RomOs::Firmware};
    const QList<RomOs> mixed{RomOs::Vendor, RomOs::Miui, RomOs::Firmware, RomOs::HyperOs, RomOs::Firmware};
    QTest::newRow("en firmware") << "en" << twoFirmware << "2 new firmware files";
    QTest::newRow("en one vendor") << "en" << QList<RomOs>{RomOs::Vendor} << "1 new vendor package";
    QTest::newRow("en mixed") << "en" << mixed << "2 new ROM files, 2 new firmware files, 1 new vendor package";
    QTest::newRow("ru firmware") << "ru" << twoFirmware << "2 новых файла прошивки";
    QTest::newRow("ru 5 firmware") << "ru" << QList<RomOs>(5, RomOs::Firmware) << "5 новых файлов прошивки";
    QTest::newRow("ru 21 vendor") << "ru" << QList<RomOs>(21, RomOs::Vendor) << "21 новый пакет vendor";
    QTest::newRow("zh_CN mixed") << "zh_CN" << mixed << "2 个新 ROM 文件、2 个新固件文件、1 个新 Vendor 包";
    QTest::newRow("es firmware") << "es" << twoFirmware << "2 archivos de firmware nuevos";
    QTest::newRow("pt_BR vendor") << "pt_BR" << QList<RomOs>{RomOs::Vendor} << "1 pacote vendor novo";
    QTest::newRow("id firmware") << "id" << twoFirmware << "2 berkas firmware baru";
}

void TestCatalogSummary::newFilesAreCountedBySection()
{
    QFETCH(QString, language);
    QFETCH(QList<RomOs>, sections);
    QFETCH(QString, expected);
    ScopedLanguage restore;
    installTranslators(QLocale(language));
    QCOMPARE(CatalogSummary::newFiles(sections), expected);
}

// Seen after a refresh that brought firmware: What's New said "2 new ROM files".
void TestCatalogSummary::whatsNewCountsBySection()
{
    const CatalogPtr refreshed = withNewFiles(m_catalog, {kFirmwareZip, kVendorZip});
    WhatsNewDialog dialog;
    dialog.setContents(*refreshed, {});
    QCOMPARE(dialog.list()->topLevelItemCount(), 2);
    QLabel *summary = nullptr;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1String("new ")))
            summary = label;
    }
    QVERIFY(summary);
    QVERIFY2(summary->text().startsWith(QLatin1String("1 new firmware file, 1 new vendor package ")), qPrintable(summary->text()));
    QVERIFY(!summary->text().contains(QLatin1String("ROM")));
}

void TestCatalogSummary::statusBarCountsBySection()
{
    CatalogUpdater::Result result;
    result.outcome = CatalogUpdater::Outcome::Updated;
    result.addedFiles = {kFirmwareZip, kRecoveryZip, kVendorZip};
    result.catalog = withNewFiles(m_catalog, result.addedFiles);
    QCOMPARE(CatalogRefresher::statusText(result, result.catalog.get()),
             QStringLiteral("Catalog refreshed: 1 new ROM file, 1 new firmware file, 1 new vendor package (View → What's New)."));
    result.addedFiles.clear();
    QCOMPARE(CatalogRefresher::statusText(result, result.catalog.get()), QStringLiteral("Catalog refreshed: no new files."));
}

QTEST_MAIN(TestCatalogSummary)
#include "tst_catalogsummary.moc"
