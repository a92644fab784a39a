// SPDX-License-Identifier: GPL-3.0-or-later
// The Phone dock offscreen: the panel showing a matched phone, a fastboot phone, several phones and
// none; and the window after Tools > Detect Phone with the fake adb set in the Phone preferences:
// the tree's Installed / Newer marks, the cards' warnings and the question before a download.
#include "detailspane.h"
#include "devicepanel.h"
#include "fieldlabel.h"
#include "fixtures.h"
#include "mainwindow.h"
#include "phonecontroller.h"
#include "phonetesthelpers.h"
#include "preferencesdialog.h"
#include "romcardwidget.h"
#include "windowparts.h"
#include "catalog/catalogfiltermodel.h"
#include "catalog/catalogtreemodel.h"
#include "download/downloadmanager.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QDockWidget>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

namespace {

const QString RegionChange = QStringLiteral("a region change needs an unlocked bootloader and a Fastboot ROM");

PhoneInfo aliothGlobal()
{
    PhoneInfo phone;
    phone.serial = QStringLiteral("4f6a2c1d");
    phone.model = QStringLiteral("POCO F3");
    phone.device = QStringLiteral("alioth");
    phone.variant = QStringLiteral("alioth_global");
    phone.installedVersion = QStringLiteral("V14.0.7.0.TKHMIXM");
    phone.androidVersion = QStringLiteral("13");
    phone.hardwareCode = QStringLiteral("GLOBAL");
    return phone;
}

// The POCO F3's pages of the real catalog, their files moved to a closed port of 127.0.0.1: a
// download the test lets through never leaves this machine.
CatalogPtr aliothCatalog()
{
    const CatalogPtr full = FakePhones::embeddedCatalog();
    QList<XfuPage> pages;
    for (const XfuPage &page : full->toPages()) {
        if (page.folder != QLatin1String("alioth"))
            continue;
        XfuPage local = page;
        for (RomFile &file : local.cards)
            file.urls = QStringList{QStringLiteral("http://127.0.0.1:9/") + file.fileName};
        pages.append(local);
    }
    return Catalog::build(pages, full->marketingNames(), {QStringLiteral("alioth pages"), {}});
}

QAbstractButton *buttonWithRole(QMessageBox *box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == role)
            return button;
    }
    return nullptr;
}

} // namespace

class TestDevicePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void panelShowsTheMatchedPhone();
    void panelShowsAFastbootPhoneWithItsAntiIndex();
    void pickerForSeveralPhones();
    void noPhoneSaysWhatToDo();
    void windowMarksThePhoneAndWarnsBeforeADownload();
    void detectionBeforeTheCatalogSelectsOnceItIsLoaded();
    void phonePreferences();
};

void TestDevicePanel::initTestCase()
{
    FWB_SKIP_WHERE_FAKE_PHONES_CANNOT_RUN();
    Fixtures::isolateSettings(QStringLiteral("tst_devicepanel"));
}

void TestDevicePanel::init()
{
    QSettings().clear();
    FakePhones::useScenario("none");
}

void TestDevicePanel::panelShowsTheMatchedPhone()
{
    const CatalogPtr catalog = FakePhones::embeddedCatalog();
    const PhoneMatch match = PhoneMatcher::match(*catalog, aliothGlobal());
    DevicePanel panel;
    panel.resize(500, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.showMatch(match, catalog.get());
    QCOMPARE(panel.value(DevicePanel::Name)->value(), QStringLiteral("POCO F3"));
    QCOMPARE(panel.value(DevicePanel::Codename)->value(), QStringLiteral("alioth"));
    QCOMPARE(panel.value(DevicePanel::Variant)->value(), QStringLiteral("alioth_global"));
    QCOMPARE(panel.value(DevicePanel::Region)->value(), QStringLiteral("Global"));
    QCOMPARE(panel.value(DevicePanel::Installed)->value(), QStringLiteral("V14.0.7.0.TKHMIXM (Stable)"));
    QCOMPARE(panel.value(DevicePanel::Android)->value(), QStringLiteral("13"));
    QCOMPARE(panel.value(DevicePanel::Connection)->value(), QStringLiteral("adb · serial 4f6a2c1d"));
    QVERIFY(panel.isFieldShown(DevicePanel::Installed));
    QVERIFY(!panel.isFieldShown(DevicePanel::Anti)); // adb does not tell it
    QVERIFY2(panel.notesText().contains(QLatin1String("Newer versions for its region and branch: 4")),
             qPrintable(panel.notesText()));

    QTreeWidget *list = panel.recommendedView();
    QVERIFY(list->isVisible());
    // The ROMs, then the installed version's firmware-only zip (18.2).
    QCOMPARE(match.installedFirmware.size(), 1);
    QCOMPARE(list->topLevelItemCount(), int(match.recommended.size()) + 1);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("OS1.0.5.0.TKHMIXM"));
    QVERIFY(list->topLevelItem(0)->icon(0).isNull()); // nothing against it
    // Another region's ROM: the warning icon and the warning in the tooltip.
    QTreeWidgetItem *eea = list->findItems(QStringLiteral("EEA"), Qt::MatchExactly, 3).value(0);
    QVERIFY(eea);
    QVERIFY(!eea->icon(0).isNull());
    QVERIFY(eea->toolTip(0).contains(RegionChange));

    QSignalSpy activated(&panel, &DevicePanel::versionActivated);
    Q_EMIT list->itemActivated(list->topLevelItem(0), 0);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated[0][0].toString(), QStringLiteral("alioth"));
    QCOMPARE(activated[0][1].toString(), QStringLiteral("OS1.0.5.0.TKHMIXM"));
    QCOMPARE(activated[0][2].toString(), QStringLiteral("hyperos"));
    QTreeWidgetItem *firmware = list->topLevelItem(list->topLevelItemCount() - 1);
    QCOMPARE(firmware->text(0), QStringLiteral("V14.0.7.0.TKHMIXM"));
    QCOMPARE(firmware->text(2), QStringLiteral("Firmware"));
    QVERIFY(firmware->toolTip(0).startsWith(QLatin1String("fw_alioth_miui_ALIOTHGlobal_V14.0.7.0.TKHMIXM_")));
    Q_EMIT list->itemActivated(firmware, 0);
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated[1][0].toString(), QStringLiteral("alioth"));
    QCOMPARE(activated[1][1].toString(), QStringLiteral("V14.0.7.0.TKHMIXM"));
    QCOMPARE(activated[1][2].toString(), QStringLiteral("firmware"));
}

void TestDevicePanel::panelShowsAFastbootPhoneWithItsAntiIndex()
{
    const CatalogPtr catalog = FakePhones::embeddedCatalog();
    PhoneInfo phone;
    phone.connection = PhoneInfo::Connection::Fastboot;
    phone.serial = QStringLiteral("5a3c9e21");
    phone.device = QStringLiteral("whyred");
    phone.anti = 4;
    DevicePanel panel;
    panel.show();
    panel.showMatch(PhoneMatcher::match(*catalog, phone), catalog.get());
    QVERIFY(panel.isFieldShown(DevicePanel::Anti));
    QCOMPARE(panel.value(DevicePanel::Anti)->value(), QStringLiteral("4"));
    QVERIFY(!panel.isFieldShown(DevicePanel::Installed));
    QVERIFY(!panel.isFieldShown(DevicePanel::Variant));
    // fastboot does not name the model: the catalog does.
    QVERIFY2(panel.value(DevicePanel::Name)->value().contains(QLatin1String("Redmi Note 5")),
             qPrintable(panel.value(DevicePanel::Name)->value()));
    QCOMPARE(panel.value(DevicePanel::Connection)->value(), QStringLiteral("fastboot · serial 5a3c9e21"));
    QVERIFY(panel.notesText().contains(QLatin1String("fastboot mode")));
    QVERIFY(panel.notesText().contains(QLatin1String("Anti-rollback index: 4")));
}

void TestDevicePanel::pickerForSeveralPhones()
{
    PhoneScan scan;
    PhoneInfo first = aliothGlobal();
    PhoneInfo second;
    second.serial = QStringLiteral("9e2f0b47");
    second.state = PhoneInfo::State::Unauthorized;
    second.stateText = QStringLiteral("unauthorized");
    second.problem = QStringLiteral("Tap Allow.");
    scan.phones = {first, second};
    DevicePanel panel;
    panel.show();
    panel.showScan(scan, 0);
    QVERIFY(panel.phonePicker()->isVisible());
    QCOMPARE(panel.phonePicker()->count(), 2);
    QCOMPARE(panel.phonePicker()->itemText(0), QStringLiteral("POCO F3 (alioth) — adb, 4f6a2c1d"));
    QCOMPARE(panel.phonePicker()->itemText(1), QStringLiteral("9e2f0b47 — adb: unauthorized"));
    QVERIFY(panel.statusText().contains(QLatin1String("Phones connected: 2")));
    QSignalSpy chosen(&panel, &DevicePanel::phoneChosen);
    Q_EMIT panel.phonePicker()->activated(1);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen[0][0].toInt(), 1);
    panel.showPhoneProblem(second);
    QCOMPARE(panel.notesText(), QStringLiteral("Tap Allow."));
    QVERIFY(!panel.recommendedView()->isVisible());

    scan.phones = {first};
    panel.showScan(scan, 0);
    QVERIFY(!panel.phonePicker()->isVisible());
}

void TestDevicePanel::noPhoneSaysWhatToDo()
{
    PhoneScan scan;
    scan.fastbootFailure = PhoneScan::ToolFailure::NotInstalled;
    scan.toolProblems = {QStringLiteral("fastboot is not installed.")};
    DevicePanel panel;
    panel.show();
    panel.showScan(scan, -1);
    QVERIFY(panel.statusText().contains(QLatin1String("fastboot is not installed.")));
    QVERIFY(panel.statusText().contains(QLatin1String("No phone found")));
    QVERIFY(!panel.isFieldShown(DevicePanel::Name));
    QVERIFY(!panel.phonePicker()->isVisible());

    // 16.8: in the wide dock at the bottom the advice takes the panel's width, not a narrow column.
    panel.setWide(true);
    panel.resize(1230, 220);
    QTRY_COMPARE(panel.width(), 1230);
    QLabel *status = nullptr;
    for (QLabel *label : panel.findChildren<QLabel *>()) {
        if (label->text().contains(QLatin1String("No phone found")))
            status = label;
    }
    QVERIFY(status);
    QTRY_VERIFY2(status->width() > 1230 * 2 / 3, qPrintable(QString::number(status->width())));
}

void TestDevicePanel::windowMarksThePhoneAndWarnsBeforeADownload()
{
    FakePhones::useScenario("global");
    FakePhones::saveFakeToolSettings();
    QTemporaryDir dir;
    DownloadManager downloads(dir.filePath(QStringLiteral("queue.json")));
    MainWindow window(&downloads);
    window.setCatalog(aliothCatalog());
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    PhoneController *phone = WindowParts::phoneController(window);
    QSignalSpy finished(phone, &PhoneController::detectionFinished);
    auto *detect = window.findChild<QAction *>(QStringLiteral("actionDetectPhone"));
    QVERIFY(detect);
    detect->trigger();
    QVERIFY(phone->isDetecting());
    QVERIFY(finished.wait(10000));
    QVERIFY(phone->dock()->isVisible());
    QVERIFY(phone->match());

    // The tree selects the installed version and marks it, the newer ones and the device.
    const CatalogPtr catalog = window.catalog();
    const int installed = catalog->findPage(QStringLiteral("alioth"), QStringLiteral("V14.0.7.0.TKHMIXM"));
    QCOMPARE(window.currentPage(), installed);
    const QModelIndex current = WindowParts::catalogView(window)->currentIndex();
    QVERIFY(current.data(CatalogTreeModel::MarksRole).toInt() & CatalogTreeModel::InstalledMark);
    QVERIFY(current.parent().data(CatalogTreeModel::MarksRole).toInt() & CatalogTreeModel::PhoneMark);
    auto *tree = qobject_cast<CatalogTreeModel *>(WindowParts::filterModel(window)->sourceModel());
    QVERIFY(tree);
    const auto marks = [&](const char *version) {
        return tree->pageMarks(catalog->findPage(QStringLiteral("alioth"), QLatin1String(version)));
    };
    QVERIFY(marks("V14.0.8.0.TKHMIXM") & CatalogTreeModel::NewerMark);
    QVERIFY(marks("OS1.0.5.0.TKHMIXM") & CatalogTreeModel::NewerMark);
    QVERIFY(!(marks("V14.0.11.0.TKHEUXM") & CatalogTreeModel::NewerMark)); // another region
    QVERIFY(!(marks("V14.0.4.0.TKHMIXM") & CatalogTreeModel::NewerMark));  // older
    QCOMPARE(marks("V14.0.7.0.TKHMIXM"), CatalogTreeModel::RowMarks(CatalogTreeModel::InstalledMark));

    // The installed version's own cards: nothing to warn about; no question before a download.
    for (RomCardWidget *card : WindowParts::detailsPane(window)->cards())
        QVERIFY(!card->warningsLabel() || card->warningsLabel()->isHidden());
    WindowParts::detailsPane(window)->cards().first()->downloadButton()->click();
    QCOMPARE(downloads.downloads().size(), 1);
    QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("phoneWarningBox")));

    // An EEA version: the cards say why, and a download asks first.
    QVERIFY(window.selectVersion(QStringLiteral("alioth"), QStringLiteral("V14.0.11.0.TKHEUXM")));
    RomCardWidget *card = WindowParts::detailsPane(window)->cards().first();
    QVERIFY(card->warningsLabel() && card->warningsLabel()->isVisibleTo(card));
    QVERIFY2(card->warningsLabel()->text().contains(RegionChange), qPrintable(card->warningsLabel()->text()));
    card->downloadButton()->click();
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("phoneWarningBox"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY(box->text().contains(card->file().fileName));
    QVERIFY(box->informativeText().contains(RegionChange));
    buttonWithRole(box, QMessageBox::RejectRole)->click();
    QCOMPARE(downloads.downloads().size(), 1); // not queued
    QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("phoneWarningBox")));

    card->downloadButton()->click();
    box = window.findChild<QMessageBox *>(QStringLiteral("phoneWarningBox"));
    QVERIFY(box);
    buttonWithRole(box, QMessageBox::AcceptRole)->click();
    QCOMPARE(downloads.downloads().size(), 2);
    QCOMPARE(downloads.downloads().last()->request().fileName, card->file().fileName);
}

void TestDevicePanel::detectionBeforeTheCatalogSelectsOnceItIsLoaded()
{
    FakePhones::useScenario("global");
    FakePhones::saveFakeToolSettings();
    QTemporaryDir dir;
    DownloadManager downloads(dir.filePath(QStringLiteral("queue.json")));
    MainWindow window(&downloads);
    window.show();
    QSignalSpy finished(WindowParts::phoneController(window), &PhoneController::detectionFinished);
    WindowParts::phoneController(window)->detect();
    QVERIFY(finished.wait(10000));
    QVERIFY(!WindowParts::phoneController(window)->match()); // no catalog yet
    QCOMPARE(WindowParts::phoneController(window)->panel()->value(DevicePanel::Name)->value(), QStringLiteral("POCO F3"));
    window.setCatalog(aliothCatalog());
    QVERIFY(WindowParts::phoneController(window)->match());
    QCOMPARE(window.catalog()->pages()[window.currentPage()].version, QStringLiteral("V14.0.7.0.TKHMIXM"));
}

void TestDevicePanel::phonePreferences()
{
    QTemporaryDir dir;
    DownloadManager downloads(dir.filePath(QStringLiteral("queue.json")));
    MainWindow window(&downloads);
    PreferencesDialog *dialog = window.showPreferences();
    auto *adb = dialog->findChild<QLineEdit *>(QStringLiteral("adbEdit"));
    auto *fastboot = dialog->findChild<QLineEdit *>(QStringLiteral("fastbootEdit"));
    auto *autoDetect = dialog->findChild<QCheckBox *>(QStringLiteral("autoDetectCheck"));
    QVERIFY(adb && fastboot && autoDetect);
    QVERIFY(adb->text().isEmpty()); // nothing set: found on PATH
    adb->setText(FakePhones::adb());
    fastboot->setText(FakePhones::fastboot());
    autoDetect->setChecked(true);
    dialog->accept();
    const PhoneSettings saved = PhoneSettings::load();
    QCOMPARE(saved.adbPath, FakePhones::adb());
    QCOMPARE(saved.fastbootPath, FakePhones::fastboot());
    QVERIFY(saved.autoDetect);
    QCOMPARE(WindowParts::phoneController(window)->settings(), saved);

    // Set to detect at start: a new window finds the phone by itself.
    FakePhones::useScenario("global");
    MainWindow next(&downloads);
    next.setCatalog(aliothCatalog());
    QSignalSpy finished(WindowParts::phoneController(next), &PhoneController::detectionFinished);
    QVERIFY(finished.wait(10000));
    QVERIFY(WindowParts::phoneController(next)->match());
    QCOMPARE(next.catalog()->pages()[next.currentPage()].version, QStringLiteral("V14.0.7.0.TKHMIXM"));
}

QTEST_MAIN(TestDevicePanel)
#include "tst_devicepanel.moc"
