// SPDX-License-Identifier: GPL-3.0-or-later
// The site's firmware and vendor sections in the window (issue 18): their cards as the site's pages
// label them, the links between a ROM version and its firmware-only zip, the Section filter, and
// the tree's state across a change of language. Real excerpts of xfu-firmware.tar.xz
// (Fixtures::sectionsCatalog).
#include "counterpartlinks.h"
#include "detailspane.h"
#include "fieldlabel.h"
#include "filterrow.h"
#include "fixtures.h"
#include "mainwindow.h"
#include "romcardwidget.h"
#include "testwindow.h"
#include "verifyoutcome.h"
#include "whatsnewdialog.h"
#include "windowparts.h"
#include "catalog/catalogtreemodel.h"
#include "util/translations.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>
#include <QTreeWidget>
#include <QTranslator>
#include <QtTest>

using F = RomCardWidget::Field;

namespace {

const QString kFirmwareZip = QStringLiteral("fw_gemini_miui_MI5Global_V10.2.2.0.OAAMIXM_d16c808eba_8.0.zip");
const QString kRomVersion = QStringLiteral("V10.2.2.0.OAAMIXM");

// The labels a card shows, top to bottom.
QStringList labelsOf(const RomCardWidget &card)
{
    QList<QLabel *> labels;
    for (int f = 0; f < RomCardWidget::FieldCount; ++f) {
        if (QLabel *label = card.nameLabel(F(f)))
            labels.append(label);
    }
    std::sort(labels.begin(), labels.end(), [](QLabel *a, QLabel *b) { return a->y() < b->y(); });
    QStringList texts;
    for (QLabel *label : labels)
        texts.append(label->text());
    return texts;
}

// Gives the section names in another language, as a user's translation would: the tree's and the
// filter's words change, nothing else.
class SectionTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "RomOs") != 0)
            return {};
        if (qstrcmp(source, "Firmware") == 0)
            return QStringLiteral("Прошивка");
        if (qstrcmp(source, "Vendor") == 0)
            return QStringLiteral("Вендор");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestSectionWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firmwareCardIsLabelledAsItsPage();
    void firmwareWithoutLinkSaysNoneIsPublished();
    void listOnlyFirmwareSaysItsSizeIsNotPublished();
    void vendorCardSaysItsMd5IsNotPublished();
    void romPageLinksToItsFirmwareAndBack();
    void sectionFilterLeavesOneSection();
    void sectionFilterIsKeptAcrossACatalogSwap();
    void filtersWrapRatherThanBeCut();
    void treeStateSurvivesAChangeOfLanguage();
    void searchFindsFirmwareByFileName();
    void droppedFirmwareIsVerifiedAgainstItsPage();
    void whatsNewOpensTheFirmwarePage();

private:
    int page(RomOs os, const QString &folder, const QString &version) const;
    DetailsPane *showPage(int page);

    CatalogPtr m_catalog;
    TestWindow m_window;
};

void TestSectionWindow::initTestCase()
{
    Fixtures::isolateSettings(QStringLiteral("tst_sectionwindow"));
    installTranslators(QLocale(QLocale::English)); // the English plural forms
    m_catalog = Fixtures::sectionsCatalog();
}

void TestSectionWindow::init()
{
    QVERIFY(m_window.open(m_catalog, QSize(1300, 900)));
    QVERIFY(m_window.showExposed());
}

void TestSectionWindow::cleanup()
{
    m_window.close();
}

int TestSectionWindow::page(RomOs os, const QString &folder, const QString &version) const
{
    for (int p : m_catalog->findPages(folder, version)) {
        if (m_catalog->pages()[p].os == os)
            return p;
    }
    qFatal("no %s page %s %s in the test catalog", qPrintable(osSlug(os)), qPrintable(folder), qPrintable(version));
}

DetailsPane *TestSectionWindow::showPage(int page)
{
    DetailsPane *pane = WindowParts::detailsPane(*m_window);
    m_window->selectVersion(m_catalog->pages()[page].folder, m_catalog->pages()[page].version,
                            osSlug(m_catalog->pages()[page].os));
    return pane->currentPage() == page ? pane : nullptr;
}

// The site's firmware page (pages/firmware/updates/gemini/V10.2.2.0.OAAMIXM.md) has nine fields:
// no Type, "Firmware Package Name", no changelog.
void TestSectionWindow::firmwareCardIsLabelledAsItsPage()
{
    DetailsPane *pane = showPage(page(RomOs::Firmware, QStringLiteral("gemini"), kRomVersion));
    QVERIFY(pane);
    QCOMPARE(pane->cards().size(), 1);
    const RomCardWidget *card = pane->cards().first();
    QCOMPARE(labelsOf(*card), (QStringList{"Device:", "Codename:", "Version:", "Branch:", "Size:", "Release Date:",
                                           "Firmware Package Name:", "MD5:", "Download:"}));
    QVERIFY(!card->valueLabel(F::Type));
    QVERIFY(!card->changelogView());
    QCOMPARE(card->valueLabel(F::PackageName)->value(), kFirmwareZip);
    QCOMPARE(card->valueLabel(F::PackageName)->accessibleName(), QStringLiteral("firmware package name"));
    QCOMPARE(card->valueLabel(F::Md5)->value(), QStringLiteral("d67de4da790f4241ec24808c1bc29ddb"));
    QCOMPARE(card->accessibleName(), QStringLiteral("Firmware file ") + kFirmwareZip);
    QVERIFY(card->downloadButton()->isEnabled());
    QCOMPARE(pane->websiteButton()->toolTip(),
             QStringLiteral("https://xmfirmwareupdater.com/firmware/gemini/stable/V10.2.2.0.OAAMIXM/"));
}

// gemini 8.1.11's firmware has a page but no link in data/devices/full/gemini.yml.
void TestSectionWindow::firmwareWithoutLinkSaysNoneIsPublished()
{
    DetailsPane *pane = showPage(page(RomOs::Firmware, QStringLiteral("gemini"), QStringLiteral("8.1.11")));
    QVERIFY(pane);
    const RomCardWidget *card = pane->cards().first();
    QCOMPARE(card->file().fileName, QStringLiteral("fw_miui_MI5Global_8.1.11_4aa3c5500b_7.0.zip"));
    QVERIFY(card->file().urls.isEmpty());
    QVERIFY(!card->downloadButton()->isEnabled());
    QTRY_COMPARE(card->valueLabel(F::Download)->text(), QStringLiteral("No download link published"));
    QVERIFY(!card->valueLabel(F::Download)->isCopyable());
}

// capricorn 9.5.30's China zip is only in the list (no page): no size, no MD5, said so.
void TestSectionWindow::listOnlyFirmwareSaysItsSizeIsNotPublished()
{
    DetailsPane *pane = showPage(page(RomOs::Firmware, QStringLiteral("capricorn"), QStringLiteral("9.5.30")));
    QVERIFY(pane);
    QCOMPARE(pane->cards().size(), 2);
    const RomCardWidget *listed = pane->cards().last();
    QCOMPARE(listed->file().fileName, QStringLiteral("fw_capricorn_miui_MI5S_9.5.30_016f871ef7_8.0.zip"));
    QCOMPARE(listed->valueLabel(F::Size)->text(), QStringLiteral("Not published"));
    QCOMPARE(listed->valueLabel(F::Md5)->text(), QStringLiteral("Unknown"));
    QCOMPARE(pane->cards().first()->valueLabel(F::Size)->text(), QStringLiteral("56.0 MB"));
}

// The vendor list (data/vendor/full/cmi.yml) has sizes and links but no MD5; its date is "Updated".
void TestSectionWindow::vendorCardSaysItsMd5IsNotPublished()
{
    DetailsPane *pane = showPage(page(RomOs::Vendor, QStringLiteral("cmi"), QStringLiteral("V12.0.1.0.QJAEUXM")));
    QVERIFY(pane);
    const RomCardWidget *card = pane->cards().first();
    QCOMPARE(labelsOf(*card), (QStringList{"Device:", "Codename:", "Version:", "Branch:", "Size:", "Updated:",
                                           "Package Name:", "MD5:", "Download:"}));
    QCOMPARE(card->valueLabel(F::Size)->text(), QStringLiteral("1.5 GB"));
    QCOMPARE(card->valueLabel(F::Md5)->text(), QStringLiteral("Unknown"));
    QVERIFY(card->copyButton(F::Md5)->toolTip().contains(QLatin1String("not verified")));
    QVERIFY(card->accessibleName().startsWith(QLatin1String("Vendor file fw-vendor_cmi_")));
    QVERIFY(card->downloadButton()->isEnabled());
}

// 18.2: "Firmware only: fw_gemini_miui_…zip" on the ROM page selects the firmware page; the
// firmware page links back to its ROM page; the keyboard goes to and fro.
void TestSectionWindow::romPageLinksToItsFirmwareAndBack()
{
    const int rom = page(RomOs::Miui, QStringLiteral("gemini"), kRomVersion);
    const int firmware = page(RomOs::Firmware, QStringLiteral("gemini"), kRomVersion);
    DetailsPane *pane = showPage(rom);
    QVERIFY(pane);
    QVERIFY(pane->counterpartLinks());
    QCOMPARE(pane->counterpartLinks()->buttons().size(), 1);
    QToolButton *toFirmware = pane->counterpartLinks()->buttons().first();
    QTRY_COMPARE(toFirmware->text(), kFirmwareZip);
    // A narrow pane elides the name rather than scroll sideways.
    QVERIFY(pane->counterpartLinks()->minimumSizeHint().width() < toFirmware->fontMetrics().horizontalAdvance(kFirmwareZip) / 2);
    QCOMPARE(toFirmware->accessibleName(), QStringLiteral("Firmware only: ") + kFirmwareZip);
    QVERIFY(toFirmware->isVisible());

    QTest::mouseClick(toFirmware, Qt::LeftButton);
    QTRY_COMPARE(pane->currentPage(), firmware);
    QCOMPARE(m_window->currentPage(), firmware);
    QCOMPARE(WindowParts::catalogView(*m_window)->currentIndex().data(CatalogTreeModel::PageRole).toInt(), firmware);
    QVERIFY(pane->counterpartLinks());
    QToolButton *toRom = pane->counterpartLinks()->buttons().first();
    QTRY_COMPARE(toRom->text(), QStringLiteral("MIUI V10.2.2.0.OAAMIXM"));
    QCOMPARE(toRom->accessibleName(), QStringLiteral("ROM: MIUI V10.2.2.0.OAAMIXM"));

    // From the keyboard: Space on the link shows the ROM page, with the focus on its link back.
    m_window->activateWindow();
    toRom->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(toRom->hasFocus());
    QTest::keyClick(toRom, Qt::Key_Space);
    QTRY_COMPARE(pane->currentPage(), rom);
    QVERIFY(pane->counterpartLinks());
    QTRY_VERIFY(pane->counterpartLinks()->buttons().first()->hasFocus());

    // A version only one section has shows no links.
    QVERIFY(showPage(page(RomOs::Miui, QStringLiteral("gemini"), QStringLiteral("7.6.8"))));
    QVERIFY(!pane->counterpartLinks());
}

void TestSectionWindow::sectionFilterLeavesOneSection()
{
    QComboBox *section = m_window->findChild<QComboBox *>(QStringLiteral("sectionCombo"));
    QVERIFY(section);
    QCOMPARE(section->itemText(0), QStringLiteral("Any section"));
    QCOMPARE(section->count(), 5); // the site's order, as in the tree
    QCOMPARE(section->itemText(3), QStringLiteral("Firmware"));
    QVERIFY(section->focusPolicy() & Qt::TabFocus);
    QVERIFY(!section->toolTip().isEmpty());

    QAbstractItemModel *model = WindowParts::catalogView(*m_window)->model();
    section->setCurrentIndex(section->findData(QStringLiteral("firmware")));
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex firmware = model->index(0, 0);
    QCOMPARE(firmware.data().toString(), QStringLiteral("Firmware"));
    int firmwareDevices = 0;
    for (const CatalogDevice &device : m_catalog->devices())
        firmwareDevices += device.os == RomOs::Firmware ? 1 : 0;
    QCOMPARE(model->rowCount(firmware), firmwareDevices);
    QCOMPARE(model->index(0, CatalogTreeModel::ContentsColumn).data().toString(),
             QStringLiteral("%1 devices").arg(firmwareDevices));

    // With a search: the firmware of gemini only, counted "1 of N devices".
    QLineEdit *search = WindowParts::searchField(*m_window);
    search->setText(QStringLiteral("gemini"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, CatalogTreeModel::ContentsColumn).data().toString(),
             QStringLiteral("1 of %1 devices").arg(firmwareDevices));

    section->setCurrentIndex(0);
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(model->rowCount(), 4);
}

void TestSectionWindow::sectionFilterIsKeptAcrossACatalogSwap()
{
    QComboBox *section = m_window->findChild<QComboBox *>(QStringLiteral("sectionCombo"));
    section->setCurrentIndex(section->findData(QStringLiteral("vendor")));
    m_window->setCatalog(Fixtures::sectionsCatalog()); // as a refresh does
    QCOMPARE(section->currentData().toString(), QStringLiteral("vendor"));
    QAbstractItemModel *model = WindowParts::catalogView(*m_window)->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data(CatalogTreeModel::SectionRole).toString(), QStringLiteral("vendor"));
    // A catalog without that section offers "Any section" again, and shows everything.
    m_window->setCatalog(Fixtures::pagesCatalog());
    QCOMPARE(section->currentIndex(), 0);
    QCOMPARE(model->rowCount(), 2);
}

// Four filters in a narrow window (800x600, Russian's longer words) take two rows, each whole.
void TestSectionWindow::filtersWrapRatherThanBeCut()
{
    FilterRow row;
    QList<QComboBox *> combos;
    for (const char *text : {"Любой раздел", "Любая ветка", "Любой тип", "Любой регион"}) {
        auto *combo = new QComboBox(&row);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->addItem(QString::fromUtf8(text));
        row.addFilter(combo);
        combos.append(combo);
    }
    int oneRow = 0;
    for (QComboBox *combo : std::as_const(combos))
        oneRow += combo->sizeHint().width() + 12;
    row.resize(oneRow + 40, 100);
    row.show();
    QVERIFY(QTest::qWaitForWindowExposed(&row));
    QCOMPARE(row.columns(), 4);
    QCOMPARE(combos[3]->y(), combos[0]->y());

    row.resize(oneRow * 2 / 3, 100);
    QVERIFY(row.minimumSizeHint().width() < oneRow / 2); // a narrow pane may take it
    QTRY_COMPARE(row.columns(), 2);
    QTRY_VERIFY(combos[2]->y() > combos[0]->y());
    for (QComboBox *combo : std::as_const(combos))
        QVERIFY2(combo->width() >= combo->sizeHint().width(), qPrintable(combo->currentText()));
    QVERIFY(combos[0]->x() < combos[1]->x()); // the tab order's reading order
}

// 18.2: the tree's expanded rows are kept by section slug, not by the section's translated name,
// and a device pinned under two sections keeps each copy's state.
void TestSectionWindow::treeStateSurvivesAChangeOfLanguage()
{
    QTreeView *view = WindowParts::catalogView(*m_window);
    QAbstractItemModel *model = view->model();
    const auto deviceRow = [&](const QString &section, const QString &folder) {
        for (int s = 0; s < model->rowCount(); ++s) {
            const QModelIndex os = model->index(s, 0);
            if (os.data(CatalogTreeModel::SectionRole).toString() != section)
                continue;
            for (int d = 0; d < model->rowCount(os); ++d) {
                if (model->index(d, 0, os).data(CatalogTreeModel::FolderRole).toString() == folder)
                    return model->index(d, 0, os);
            }
        }
        return QModelIndex();
    };
    QCOMPARE(model->index(3, 0).data(CatalogTreeModel::SectionRole).toString(), QStringLiteral("vendor"));
    view->expand(deviceRow(QStringLiteral("vendor"), QStringLiteral("cmi")));
    QVERIFY(!view->isExpanded(deviceRow(QStringLiteral("firmware"), QStringLiteral("gemini"))));

    SectionTranslator translator;
    QCoreApplication::installTranslator(&translator);
    m_window->setCatalog(Fixtures::sectionsCatalog());
    QCOMPARE(model->index(3, 0).data().toString(), QStringLiteral("Вендор"));
    QVERIFY(view->isExpanded(deviceRow(QStringLiteral("vendor"), QStringLiteral("cmi"))));
    QVERIFY(!view->isExpanded(deviceRow(QStringLiteral("firmware"), QStringLiteral("gemini"))));
    QCoreApplication::removeTranslator(&translator);
}

void TestSectionWindow::searchFindsFirmwareByFileName()
{
    QLineEdit *search = WindowParts::searchField(*m_window);
    search->setText(QStringLiteral("fw_capricorn_miui_MI5S_9.5.30"));
    QTest::keyClick(search, Qt::Key_Return);
    // One version left: it is selected and shown.
    QCOMPARE(m_window->currentPage(), page(RomOs::Firmware, QStringLiteral("capricorn"), QStringLiteral("9.5.30")));
    search->setText(QStringLiteral("fw-vendor_cmi"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_window->currentPage(), page(RomOs::Vendor, QStringLiteral("cmi"), QStringLiteral("V12.0.1.0.QJAEUXM")));
}

// A dropped firmware zip is checked against its page's MD5; a vendor package has none to check.
void TestSectionWindow::droppedFirmwareIsVerifiedAgainstItsPage()
{
    const VerifyOutcome good = VerifyOutcome::decide(kFirmwareZip, QStringLiteral("d67de4da790f4241ec24808c1bc29ddb"), m_catalog.get());
    QCOMPARE(good.kind, VerifyOutcome::Match);
    QCOMPARE(good.catalogName, kFirmwareZip);
    // The 10 digits in its name are the ROM's (d16c808eba), not its own: no false alarm from them.
    const VerifyOutcome bad = VerifyOutcome::decide(kFirmwareZip, QStringLiteral("d16c808eba4f89e329138b84518799d7"), m_catalog.get());
    QCOMPARE(bad.kind, VerifyOutcome::Mismatch);
    QCOMPARE(bad.expected, QStringLiteral("d67de4da790f4241ec24808c1bc29ddb"));
    const VerifyOutcome vendor = VerifyOutcome::decide(
        QStringLiteral("fw-vendor_cmi_miui_CMIEEAGlobal_V12.0.1.0.QJAEUXM_008a8e0ecd_10.0.zip"),
        QStringLiteral("008a8e0ecd0000000000000000000000"), m_catalog.get());
    QCOMPARE(vendor.kind, VerifyOutcome::NoChecksum);
    QVERIFY(vendor.file >= 0);
}

// A refresh that brings a firmware zip of a version whose ROM is known: What's New says it is
// firmware and opens the firmware page, not the ROM page of the same version.
void TestSectionWindow::whatsNewOpensTheFirmwarePage()
{
    QList<XfuPage> pages = m_catalog->toPages();
    for (XfuPage &p : pages) {
        if (p.os == RomOs::Firmware && p.version == kRomVersion)
            p.cards.first().firstSeen = QDateTime(QDate(2026, 8, 24), QTime(6, 0), Qt::UTC);
    }
    const CatalogPtr refreshed = Catalog::build(pages, m_catalog->marketingNames(), m_catalog->info());
    QCOMPARE(refreshed->newFiles().size(), 1);
    m_window->setCatalog(refreshed);

    WhatsNewDialog dialog;
    dialog.setContents(*refreshed, {});
    QCOMPARE(dialog.list()->topLevelItemCount(), 1);
    QTreeWidgetItem *item = dialog.list()->topLevelItem(0);
    QCOMPARE(item->text(3), QStringLiteral("Firmware"));
    QCOMPARE(item->text(5), kFirmwareZip);
    connect(&dialog, &WhatsNewDialog::pageRequested, m_window.get(), &MainWindow::selectVersion);
    Q_EMIT dialog.list()->itemActivated(item, 0);
    const int firmware = refreshed->findPages(QStringLiteral("gemini"), kRomVersion).last();
    QCOMPARE(refreshed->pages()[firmware].os, RomOs::Firmware);
    QCOMPARE(m_window->currentPage(), firmware);
}

QTEST_MAIN(TestSectionWindow)
#include "tst_sectionwindow.moc"
