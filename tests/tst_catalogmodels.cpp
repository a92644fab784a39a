// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "catalog/catalogfiltermodel.h"
#include "catalog/catalogtreemodel.h"
#include "catalog/xfupagereader.h"
#include "util/translations.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

namespace {

// Every visible version row as "folder/version", in display order.
QStringList visibleVersions(const QAbstractItemModel &model)
{
    QStringList rows;
    for (int os = 0; os < model.rowCount(); ++os) {
        const QModelIndex osIndex = model.index(os, 0);
        for (int d = 0; d < model.rowCount(osIndex); ++d) {
            const QModelIndex device = model.index(d, 0, osIndex);
            for (int v = 0; v < model.rowCount(device); ++v) {
                const QModelIndex version = model.index(v, 0, device);
                rows.append(version.data(CatalogTreeModel::FolderRole).toString() + QLatin1Char('/')
                            + version.data(CatalogTreeModel::VersionRole).toString());
            }
        }
    }
    return rows;
}

} // namespace

class TestCatalogModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        installTranslators(QLocale(QLocale::English)); // the English plural forms
        m_catalog = Fixtures::pagesCatalog();
    }
    void treeModelPassesTester();
    void treeShape();
    void versionRowData();
    void versionRowShowsNewestDate();
    void indexOfPageRoundTrips();
    void filterModelPassesTester();
    void filter_data();
    void filter();
    void filtersCombine();
    void everyDeviceNameOfAFileIsFound();
    void unknownFilterValueShowsNothing();
    void catalogSwapKeepsFilter();
    void pinnedDevicesAppearAboveTheOsRows();
    void filterShowsMyDevicesWhenTheyMatch();
    void marksFollowKeysAcrossCopiesAndSwaps();

private:
    CatalogPtr m_catalog;
};

void TestCatalogModels::treeModelPassesTester()
{
    CatalogTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog);
    model.setCatalog(nullptr);
    model.setCatalog(m_catalog);
}

void TestCatalogModels::treeShape()
{
    CatalogTreeModel model;
    model.setCatalog(m_catalog);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex miui = model.index(0, 0);
    const QModelIndex hyperos = model.index(1, 0);
    QCOMPARE(miui.data().toString(), QStringLiteral("MIUI"));
    QCOMPARE(hyperos.data().toString(), QStringLiteral("HyperOS"));
    QCOMPARE(model.index(1, CatalogTreeModel::ContentsColumn).data().toString(), QStringLiteral("2 devices"));

    QModelIndex gemini;
    for (int d = 0; d < model.rowCount(miui); ++d) {
        if (model.index(d, 0, miui).data(CatalogTreeModel::FolderRole) == QStringLiteral("gemini"))
            gemini = model.index(d, 0, miui);
    }
    QVERIFY(gemini.isValid());
    QCOMPARE(gemini.data().toString(), QStringLiteral("MI 5 (gemini)"));
    QCOMPARE(model.data(gemini.siblingAtColumn(CatalogTreeModel::ContentsColumn)).toString(), QStringLiteral("3 versions"));
    QCOMPARE(model.rowCount(gemini), 3);
    // Newest first, numerically: V10 above V9 above the weekly 7.6.8.
    QCOMPARE(model.index(0, 0, gemini).data().toString(), QStringLiteral("V10.2.2.0.OAAMIXM"));
    QCOMPARE(model.index(1, 0, gemini).data().toString(), QStringLiteral("V9.6.2.0.OAAMIFD"));
    QCOMPARE(model.index(2, 0, gemini).data().toString(), QStringLiteral("7.6.8"));
}

void TestCatalogModels::versionRowData()
{
    CatalogTreeModel model;
    model.setCatalog(m_catalog);
    const int page = m_catalog->findPage(QStringLiteral("gemini"), QStringLiteral("7.6.8"));
    const QModelIndex version = model.indexOfPage(page);
    QCOMPARE(version.data().toString(), QStringLiteral("7.6.8"));
    QCOMPARE(version.siblingAtColumn(CatalogTreeModel::BranchColumn).data().toString(), QStringLiteral("Weekly"));
    QCOMPARE(version.siblingAtColumn(CatalogTreeModel::DateColumn).data().toString(), QStringLiteral("2017-06-08"));
    QCOMPARE(version.siblingAtColumn(CatalogTreeModel::AndroidColumn).data().toString(), QStringLiteral("7.0"));
    QCOMPARE(version.siblingAtColumn(CatalogTreeModel::ContentsColumn).data().toString(), QStringLiteral("Recovery, Fastboot"));
    QCOMPARE(version.data(CatalogTreeModel::KindRole).toInt(), int(CatalogTreeModel::VersionRow));
    QCOMPARE(version.data(CatalogTreeModel::FileIndexesRole).value<QList<int>>(), m_catalog->pages()[page].files);
    QCOMPARE(version.data(CatalogTreeModel::WebsiteUrlRole).toUrl(),
             QUrl(QStringLiteral("https://xmfirmwareupdater.com/miui/gemini/weekly/7.6.8/")));
    QCOMPARE(version.parent().data().toString(), QStringLiteral("MI 5 (gemini)"));
    QCOMPARE(version.parent().parent().data().toString(), QStringLiteral("MIUI"));
}

void TestCatalogModels::versionRowShowsNewestDate()
{
    // A Fastboot build is often dated a day before its Recovery twin: the row shows one date.
    XfuPage page = m_catalog->toPages()[m_catalog->findPage(QStringLiteral("gemini"), QStringLiteral("7.6.8"))];
    page.cards[1].releaseDate = QStringLiteral("2017-06-07");
    CatalogTreeModel model;
    model.setCatalog(Catalog::build({page}, {}, {}));
    const QModelIndex version = model.indexOfPage(0);
    QCOMPARE(version.siblingAtColumn(CatalogTreeModel::DateColumn).data().toString(), QStringLiteral("2017-06-08"));
}

void TestCatalogModels::indexOfPageRoundTrips()
{
    CatalogTreeModel model;
    model.setCatalog(m_catalog);
    for (int p = 0; p < m_catalog->pages().size(); ++p) {
        const QModelIndex index = model.indexOfPage(p);
        QCOMPARE(index.data(CatalogTreeModel::PageRole).toInt(), p);
        QCOMPARE(model.index(index.row(), 0, index.parent()), index);
    }
}

void TestCatalogModels::filterModelPassesTester()
{
    CatalogTreeModel model;
    model.setCatalog(m_catalog);
    CatalogFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    for (const QString &text : {QStringLiteral("g"), QStringLiteral("gemini"), QStringLiteral("V1"), QString(),
                                QStringLiteral("zzz"), QStringLiteral("b3186f9d")}) {
        filter.setSearchText(text);
        visibleVersions(filter);
    }
    filter.setBranch(QStringLiteral("Weekly"));
    model.setCatalog(m_catalog);
    visibleVersions(filter);
}

void TestCatalogModels::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const QStringList gemini{QStringLiteral("gemini/V10.2.2.0.OAAMIXM"), QStringLiteral("gemini/V9.6.2.0.OAAMIFD"),
                             QStringLiteral("gemini/7.6.8")};
    QTest::newRow("codename") << "gemini" << gemini;
    QTest::newRow("codename upper case") << "GEMINI" << gemini;
    QTest::newRow("marketing name") << "MI 5" << gemini;
    QTest::newRow("device name with region") << "mi 5 global" << gemini;
    QTest::newRow("codename and version") << "gemini 7.6.8" << QStringList{QStringLiteral("gemini/7.6.8")};
    QTest::newRow("version") << "V9.6.2.0" << QStringList{QStringLiteral("gemini/V9.6.2.0.OAAMIFD")};
    QTest::newRow("file name") << "miui_MI5Global_7.6.8" << QStringList{QStringLiteral("gemini/7.6.8")};
    QTest::newRow("md5 prefix") << "b3186f9d" << QStringList{QStringLiteral("gemini/7.6.8")};
    QTest::newRow("hyperos codename") << "houji" << QStringList{QStringLiteral("houji/OS1.0.1.0.UNCIDXM")};
    QTest::newRow("card codename in sibling folder") << "angelica" << QStringList{QStringLiteral("angelicain/V12.0.1.0.QCRIDXM")};
    QTest::newRow("nothing") << "no such phone" << QStringList{};
}

void TestCatalogModels::filter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    CatalogTreeModel model;
    model.setCatalog(m_catalog);
    CatalogFilterModel filter;
    filter.setSourceModel(&model);
    filter.setSearchText(text);
    QCOMPARE(visibleVersions(filter), expected);
    filter.setSearchText(QString());
    QCOMPARE(visibleVersions(filter).size(), m_catalog->pages().size());
}

// HM2013023 6.6.16 lists one file under five device names; "Redmi 1 Taiwan" is only the fourth.
void TestCatalogModels::everyDeviceNameOfAFileIsFound()
{
    QList<XfuPage> pages = m_catalog->toPages();
    const XfuPageReader::Result redmi1 =
        XfuPageReader::readFile(Fixtures::dataPath(QStringLiteral("reader-pages/miui-HM2013023-6.6.16.md")));
    QVERIFY2(redmi1.ok(), qPrintable(redmi1.error));
    pages.append(redmi1.page);
    CatalogTreeModel model;
    model.setCatalog(Catalog::build(pages, m_catalog->marketingNames(), m_catalog->info()));
    CatalogFilterModel filter;
    filter.setSourceModel(&model);
    for (const QString &name : {QStringLiteral("Redmi 1 Taiwan"), QStringLiteral("redmi 1 w global")}) {
        filter.setSearchText(name);
        QCOMPARE(visibleVersions(filter), QStringList{QStringLiteral("HM2013023/6.6.16")});
    }
    filter.setSearchText(QString());
    filter.setRegion(QStringLiteral("Taiwan"));
    QCOMPARE(visibleVersions(filter), QStringList{QStringLiteral("HM2013023/6.6.16")});
}

void TestCatalogModels::filtersCombine()
{
    CatalogTreeModel model;
    model.setCatalog(m_catalog);
    QVERIFY(model.branchNames().contains(QStringLiteral("Weekly")));
    QVERIFY(model.regionNames().contains(QStringLiteral("China")));
    CatalogFilterModel filter;
    filter.setSourceModel(&model);
    filter.setBranch(QStringLiteral("Weekly"));
    const QStringList weekly = visibleVersions(filter);
    QVERIFY(weekly.contains(QStringLiteral("gemini/7.6.8")));
    QVERIFY(!weekly.contains(QStringLiteral("gemini/V9.6.2.0.OAAMIFD")));
    filter.setSearchText(QStringLiteral("gemini"));
    QCOMPARE(visibleVersions(filter), QStringList{QStringLiteral("gemini/7.6.8")});
    filter.setBranch(QString());
    filter.setType(QStringLiteral("Fastboot"));
    filter.setRegion(QStringLiteral("Global"));
    for (const QString &row : visibleVersions(filter))
        QVERIFY2(row.startsWith(QLatin1String("gemini/")), qPrintable(row));
    // A device that matches the text but has no version passing the filters is hidden.
    filter.setRegion(QStringLiteral("Indonesia"));
    QCOMPARE(visibleVersions(filter), QStringList{});
    QCOMPARE(filter.rowCount(), 0);
}

void TestCatalogModels::unknownFilterValueShowsNothing()
{
    CatalogTreeModel model;
    model.setCatalog(m_catalog);
    CatalogFilterModel filter;
    filter.setSourceModel(&model);
    filter.setBranch(QStringLiteral("Nightly"));
    QCOMPARE(filter.rowCount(), 0);
    filter.setBranch(QString());
    QCOMPARE(filter.rowCount(), 2);
}

void TestCatalogModels::catalogSwapKeepsFilter()
{
    CatalogTreeModel model;
    CatalogFilterModel filter;
    filter.setSourceModel(&model);
    filter.setSearchText(QStringLiteral("houji"));
    filter.setRegion(QStringLiteral("Indonesia")); // not a value of the empty catalog yet
    QCOMPARE(filter.rowCount(), 0);
    model.setCatalog(m_catalog);
    QCOMPARE(visibleVersions(filter), QStringList{QStringLiteral("houji/OS1.0.1.0.UNCIDXM")});
}

void TestCatalogModels::pinnedDevicesAppearAboveTheOsRows()
{
    CatalogTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog);
    const int osRows = model.rowCount();
    const QPersistentModelIndex houji = model.indexOfPage(m_catalog->findPage(QStringLiteral("houji"), QStringLiteral("OS1.0.1.0.UNCIDXM")));
    QVERIFY(houji.isValid());

    model.setPinnedFolders({QStringLiteral("gemini"), QStringLiteral("nosuchdevice")});
    QCOMPARE(model.rowCount(), osRows + 1);
    const QModelIndex group = model.index(0, 0);
    QCOMPARE(group.data().toString(), QStringLiteral("My devices"));
    QCOMPARE(group.data(CatalogTreeModel::KindRole).toInt(), int(CatalogTreeModel::PinnedGroupRow));
    QCOMPARE(model.rowCount(group), 1); // the unknown folder is kept but not shown
    const QModelIndex gemini = model.index(0, 0, group);
    QCOMPARE(gemini.data(CatalogTreeModel::FolderRole).toString(), QStringLiteral("gemini"));
    QCOMPARE(gemini.data(CatalogTreeModel::KindRole).toInt(), int(CatalogTreeModel::DeviceRow));
    QVERIFY(gemini.data(CatalogTreeModel::PinnedCopyRole).toBool());
    QVERIFY(gemini.data(CatalogTreeModel::MarksRole).toInt() & CatalogTreeModel::PinnedMark);
    const QModelIndex original = model.indexOfDevice(gemini.data(CatalogTreeModel::DeviceRole).toInt());
    QVERIFY(!original.data(CatalogTreeModel::PinnedCopyRole).toBool());
    QCOMPARE(model.rowCount(gemini), model.rowCount(original));
    const QModelIndex version = model.index(0, 0, gemini);
    QCOMPARE(version.data(CatalogTreeModel::PageRole), model.index(0, 0, original).data(CatalogTreeModel::PageRole));
    QCOMPARE(model.parent(version), gemini);
    QCOMPARE(model.parent(gemini), group);
    // Rows below the group moved down without being invalidated (selection, expansion).
    QVERIFY(houji.isValid());
    QCOMPARE(houji.data(CatalogTreeModel::VersionRole).toString(), QStringLiteral("OS1.0.1.0.UNCIDXM"));
    QCOMPARE(model.parent(model.parent(houji)).row(), houji.parent().parent().row());

    model.setCatalog(m_catalog); // a catalog swap keeps the pins
    QCOMPARE(model.rowCount(), osRows + 1);
    model.setPinnedFolders({});
    QCOMPARE(model.rowCount(), osRows);
    QCOMPARE(model.index(0, 0).data(CatalogTreeModel::KindRole).toInt(), int(CatalogTreeModel::OsRow));
}

void TestCatalogModels::filterShowsMyDevicesWhenTheyMatch()
{
    CatalogTreeModel model;
    model.setCatalog(m_catalog);
    CatalogFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    model.setPinnedFolders({QStringLiteral("gemini")});
    filter.setSearchText(QStringLiteral("houji"));
    for (int r = 0; r < filter.rowCount(); ++r)
        QVERIFY(filter.index(r, 0).data(CatalogTreeModel::KindRole).toInt() != int(CatalogTreeModel::PinnedGroupRow));
    filter.setSearchText(QStringLiteral("gemini 7.6"));
    const QModelIndex group = filter.index(0, 0);
    QCOMPARE(group.data(CatalogTreeModel::KindRole).toInt(), int(CatalogTreeModel::PinnedGroupRow));
    const QModelIndex device = filter.index(0, 0, group);
    QCOMPARE(filter.rowCount(device), 1);
    QCOMPARE(filter.index(0, 0, device).data(CatalogTreeModel::VersionRole).toString(), QStringLiteral("7.6.8"));
}

void TestCatalogModels::marksFollowKeysAcrossCopiesAndSwaps()
{
    CatalogTreeModel model;
    model.setCatalog(m_catalog);
    model.setPinnedFolders({QStringLiteral("gemini")});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QString key = CatalogTreeModel::pageKey(QStringLiteral("gemini"), QStringLiteral("7.6.8"));
    model.setPageMarks(CatalogTreeModel::NewMark, {key});
    QCOMPARE(changed.size(), 2); // the version row and its copy under My devices
    const QModelIndex row = model.indexOfPage(m_catalog->findPage(QStringLiteral("gemini"), QStringLiteral("7.6.8")));
    QCOMPARE(row.data(CatalogTreeModel::MarksRole).toInt(), int(CatalogTreeModel::NewMark));
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QLatin1String("New since")));

    model.setPageMarks(CatalogTreeModel::InstalledMark, {key});
    QCOMPARE(row.data(CatalogTreeModel::MarksRole).toInt(), int(CatalogTreeModel::NewMark | CatalogTreeModel::InstalledMark));
    changed.clear();
    model.setPageMarks(CatalogTreeModel::InstalledMark, {key}); // no change, no signal
    QCOMPARE(changed.size(), 0);

    model.setCatalog(m_catalog); // marks are keyed by folder and version: they survive a swap
    const QModelIndex again = model.indexOfPage(m_catalog->findPage(QStringLiteral("gemini"), QStringLiteral("7.6.8")));
    QCOMPARE(again.data(CatalogTreeModel::MarksRole).toInt(), int(CatalogTreeModel::NewMark | CatalogTreeModel::InstalledMark));
    model.setPageMarks(CatalogTreeModel::NewMark, {});
    QCOMPARE(again.data(CatalogTreeModel::MarksRole).toInt(), int(CatalogTreeModel::InstalledMark));

    model.setDeviceMarks(CatalogTreeModel::PhoneMark, {QStringLiteral("houji")});
    const QModelIndex houji = model.indexOfPage(m_catalog->findPage(QStringLiteral("houji"), QStringLiteral("OS1.0.1.0.UNCIDXM"))).parent();
    QCOMPARE(houji.data(CatalogTreeModel::MarksRole).toInt(), int(CatalogTreeModel::PhoneMark));
}

QTEST_GUILESS_MAIN(TestCatalogModels)
#include "tst_catalogmodels.moc"
