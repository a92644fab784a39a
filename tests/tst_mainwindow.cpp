// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogsummary.h"
#include "detailspane.h"
#include "fieldlabel.h"
#include "fixtures.h"
#include "mainwindow.h"
#include "romcardwidget.h"
#include "searchfield.h"
#include "urlcatcher.h"
#include "versionrequest.h"
#include "windowparts.h"
#include "catalog/catalogfile.h"
#include "catalog/catalogfiltermodel.h"
#include "catalog/catalogtreemodel.h"
#include "catalog/xfupagereader.h"
#include "download/downloadmanager.h"
#include "util/translations.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using F = RomCardWidget::Field;


class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsCatalogCountsAndFilters();
    void selectingVersionShowsItsCards();
    void treeSelectionDrivesDetails();
    void searchFiltersTheTree();
    void branchFilterHidesOtherBranches();
    void findShortcutFocusesSearch();
    void escapeClearsSearch();
    void selectRevealsAFilteredOutVersion();
    void openRequestFromArguments_data();
    void openRequestFromArguments();
    void unknownRequestSaysSo();
    void requestBeforeCatalogAppliesAfterLoad();
    void openInBrowserUsesTheSystemBrowser();
    void copyActionOnTreeCopiesLink();
    void settingsRoundTrip();
    void loadsCatalogInWorker();
    void loadErrorIsShownNotFatal();
    void importSelectsImportedVersion();
    void importErrorChangesNothing();
    void dropImportsPage();
    void firstStartColumnsFitTheTree_data();
    void firstStartColumnsFitTheTree();

private:
    static QStringList visibleDeviceFolders(MainWindow &window);
    QString writeCatalogWithoutSeed();
    std::unique_ptr<DownloadManager> m_downloads;
    std::unique_ptr<MainWindow> m_window;
    CatalogPtr m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::initTestCase()
{
    Fixtures::isolateSettings(QStringLiteral("tst_mainwindow"));
    installTranslators(QLocale(QLocale::English)); // the English plural forms, as the app installs them
    m_catalog = Fixtures::pagesCatalog();
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // Its own queue: nothing here downloads (the catalog's URLs are real hosts).
    m_downloads = std::make_unique<DownloadManager>(m_dir->filePath(QStringLiteral("queue.json")));
    m_window = std::make_unique<MainWindow>(m_downloads.get());
    m_window->resize(1200, 800);
    m_window->setCatalog(m_catalog);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_downloads.reset();
    QSettings().clear();
}

QStringList TestMainWindow::visibleDeviceFolders(MainWindow &window)
{
    QStringList folders;
    const QAbstractItemModel *model = WindowParts::catalogView(window)->model();
    for (int os = 0; os < model->rowCount(); ++os) {
        const QModelIndex osIndex = model->index(os, 0);
        for (int d = 0; d < model->rowCount(osIndex); ++d)
            folders.append(model->index(d, 0, osIndex).data(CatalogTreeModel::FolderRole).toString());
    }
    return folders;
}

QString TestMainWindow::writeCatalogWithoutSeed()
{
    QList<XfuPage> pages;
    const QDir dir(Fixtures::dataPath(QStringLiteral("pages")));
    for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files)) {
        if (name == QLatin1String("miui-gemini-7.6.8.md"))
            continue;
        const XfuPageReader::Result read = XfuPageReader::readFile(dir.filePath(name));
        if (!read.ok())
            qFatal("%s", qPrintable(read.error));
        pages.append(read.page);
    }
    const CatalogPtr catalog = Catalog::build(pages, {{QStringLiteral("gemini"), QStringLiteral("MI 5")}},
                                              {QStringLiteral("test"), QDateTime(QDate(2026, 8, 23), QTime(0, 0), Qt::UTC)});
    const QString path = m_dir->filePath(QStringLiteral("base.fwbcat"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(CatalogFile::write(*catalog));
    if (!file.commit())
        qFatal("cannot commit %s", qPrintable(path));
    return path;
}

void TestMainWindow::showsCatalogCountsAndFilters()
{
    const QString status = WindowParts::catalogStatusText(*m_window);
    QCOMPARE(status, CatalogSummary::statusText(*m_catalog));
    const QLocale locale;
    QVERIFY(status.startsWith(locale.toString(qint64(m_catalog->pages().size())) + QStringLiteral(" versions · ")));
    QVERIFY(status.contains(QStringLiteral(" devices · data of ")));
    // One date format in the status bar (16.8): ISO, as "Offline — catalog from 2026-08-23" and the cards.
    QVERIFY(status.endsWith(QStringLiteral("data of 2026-08-23")));

    QCOMPARE(WindowParts::branchCombo(*m_window)->itemText(0), QStringLiteral("Any branch"));
    QCOMPARE(WindowParts::typeCombo(*m_window)->itemText(0), QStringLiteral("Any type"));
    QCOMPARE(WindowParts::regionCombo(*m_window)->itemText(0), QStringLiteral("Any region"));
    QVERIFY(WindowParts::branchCombo(*m_window)->findData(QStringLiteral("Weekly")) > 0);
    QVERIFY(WindowParts::typeCombo(*m_window)->findData(QStringLiteral("Fastboot")) > 0);
    QVERIFY(WindowParts::regionCombo(*m_window)->findData(QStringLiteral("Global")) > 0);
    QCOMPARE(WindowParts::searchField(*m_window)->placeholderText(),
             QStringLiteral("Search device, codename, version, file name or MD5"));
}

void TestMainWindow::selectingVersionShowsItsCards()
{
    QVERIFY(m_window->selectVersion(QStringLiteral("gemini"), QStringLiteral("7.6.8")));
    QCOMPARE(m_window->currentPage(), m_catalog->findPage(QStringLiteral("gemini"), QStringLiteral("7.6.8")));
    DetailsPane *pane = WindowParts::detailsPane(*m_window);
    QCOMPARE(pane->title(), QStringLiteral("MI 5 Global · MIUI 7.6.8 Weekly"));
    const QList<RomCardWidget *> cards = pane->cards();
    QCOMPARE(cards.size(), 2);
    const QList<std::pair<F, QStringList>> expected{
        {F::Device, {"MI 5 Global", "MI 5 Global"}},
        {F::Codename, {"gemini", "gemini"}},
        {F::Version, {"7.6.8", "7.6.8"}},
        {F::Branch, {"Weekly", "Weekly"}},
        {F::Type, {"Recovery", "Fastboot"}},
        {F::Size, {"1.6 GB", "1.8 GB"}},
        {F::ReleaseDate, {"2017-06-08", "2017-06-08"}},
        {F::PackageName,
         {"miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip", "gemini_global_images_7.6.8_20170608.0000.00_7.0_global_dfba39696a.tgz"}},
        {F::Md5, {"b3186f9d5fb716d6f2c182b3ac61ea61", "Unknown"}},
    };
    for (const auto &[field, texts] : expected) {
        for (int c = 0; c < 2; ++c)
            QCOMPARE(field == F::Md5 && c == 1 ? cards[c]->valueLabel(field)->text() : cards[c]->valueLabel(field)->value(),
                     texts[c]);
    }
    QTest::mouseClick(cards[0]->copyButton(F::Md5), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("b3186f9d5fb716d6f2c182b3ac61ea61"));
    QVERIFY(!cards[1]->copyButton(F::Md5)->isEnabled());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("MD5")));
}

void TestMainWindow::treeSelectionDrivesDetails()
{
    QTreeView *view = WindowParts::catalogView(*m_window);
    const QModelIndex miui = view->model()->index(0, 0);
    const QModelIndex device = view->model()->index(0, 0, miui);
    view->setCurrentIndex(device);
    QVERIFY(WindowParts::detailsPane(*m_window)->cards().isEmpty());
    QCOMPARE(WindowParts::detailsPane(*m_window)->title(), device.data().toString());
    const QModelIndex version = view->model()->index(0, 0, device);
    view->setCurrentIndex(version);
    QCOMPARE(WindowParts::detailsPane(*m_window)->currentPage(), version.data(CatalogTreeModel::PageRole).toInt());
    QVERIFY(!WindowParts::detailsPane(*m_window)->cards().isEmpty());
    view->setCurrentIndex(miui);
    QCOMPARE(WindowParts::detailsPane(*m_window)->title(), QStringLiteral("MIUI"));
}

void TestMainWindow::searchFiltersTheTree()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QStringList before = visibleDeviceFolders(*m_window);
    QVERIFY(before.size() > 1);
    QVERIFY(before.contains(QStringLiteral("gemini")));

    QTest::keyClicks(WindowParts::searchField(*m_window), QStringLiteral("gemini"));
    QTRY_COMPARE(visibleDeviceFolders(*m_window), QStringList{QStringLiteral("gemini")});
    // Few matches: the device is expanded so its versions show.
    QTreeView *view = WindowParts::catalogView(*m_window);
    const QModelIndex device = view->model()->index(0, 0, view->model()->index(0, 0));
    QVERIFY(view->isExpanded(device));
    QCOMPARE(view->model()->rowCount(device), int(m_catalog->pagesOfFolder(QStringLiteral("gemini")).size()));

    // An MD5 finds its version.
    WindowParts::searchField(*m_window)->clear();
    QTest::keyClicks(WindowParts::searchField(*m_window), QStringLiteral("b3186f9d5fb716d6f2c182b3ac61ea61"));
    QTest::keyClick(WindowParts::searchField(*m_window), Qt::Key_Return);
    QCOMPARE(visibleDeviceFolders(*m_window), QStringList{QStringLiteral("gemini")});
    const QModelIndex gemini = view->model()->index(0, 0, view->model()->index(0, 0));
    QCOMPARE(view->model()->rowCount(gemini), 1);
    QCOMPARE(view->model()->index(0, 0, gemini).data(CatalogTreeModel::VersionRole).toString(), QStringLiteral("7.6.8"));

    WindowParts::searchField(*m_window)->clear();
    QTRY_COMPARE(visibleDeviceFolders(*m_window), before);
}

void TestMainWindow::branchFilterHidesOtherBranches()
{
    QComboBox *branch = WindowParts::branchCombo(*m_window);
    branch->setCurrentIndex(branch->findData(QStringLiteral("Weekly")));
    const QStringList folders = visibleDeviceFolders(*m_window);
    QVERIFY(folders.contains(QStringLiteral("gemini")));
    QTreeView *view = WindowParts::catalogView(*m_window);
    const QModelIndex miui = view->model()->index(0, 0);
    for (int d = 0; d < view->model()->rowCount(miui); ++d) {
        const QModelIndex device = view->model()->index(d, 0, miui);
        for (int v = 0; v < view->model()->rowCount(device); ++v) {
            const QModelIndex version = view->model()->index(v, CatalogTreeModel::BranchColumn, device);
            QVERIFY2(version.data().toString().contains(QLatin1String("Weekly")), qPrintable(version.data().toString()));
        }
    }
    branch->setCurrentIndex(0);
    QVERIFY(visibleDeviceFolders(*m_window).size() > folders.size());
}

void TestMainWindow::findShortcutFocusesSearch()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    WindowParts::catalogView(*m_window)->setFocus();
    QTRY_VERIFY(WindowParts::catalogView(*m_window)->hasFocus());
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    QTRY_VERIFY(WindowParts::searchField(*m_window)->hasFocus());
}

void TestMainWindow::escapeClearsSearch()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    SearchField *search = WindowParts::searchField(*m_window);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("gemini"));
    QTRY_COMPARE(WindowParts::filterModel(*m_window)->searchText(), QStringLiteral("gemini"));
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QTRY_COMPARE(WindowParts::filterModel(*m_window)->searchText(), QString());
    QTest::keyClick(search, Qt::Key_Escape); // empty: focus moves on to the results
    QTRY_VERIFY(WindowParts::catalogView(*m_window)->hasFocus());
}

void TestMainWindow::selectRevealsAFilteredOutVersion()
{
    WindowParts::searchField(*m_window)->setText(QStringLiteral("houji"));
    QTest::keyClick(WindowParts::searchField(*m_window), Qt::Key_Return);
    QVERIFY(!visibleDeviceFolders(*m_window).contains(QStringLiteral("gemini")));
    QVERIFY(m_window->selectVersion(QStringLiteral("gemini"), QStringLiteral("7.6.8")));
    QCOMPARE(WindowParts::searchField(*m_window)->text(), QString());
    QCOMPARE(WindowParts::detailsPane(*m_window)->currentPage(), m_catalog->findPage(QStringLiteral("gemini"), QStringLiteral("7.6.8")));
    QVERIFY(WindowParts::catalogView(*m_window)->currentIndex().isValid());
}

void TestMainWindow::openRequestFromArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("version");
    QTest::newRow("codename version") << QStringList{"gemini", "7.6.8"} << "7.6.8";
    QTest::newRow("new domain") << QStringList{"https://xmfirmwareupdater.com/miui/gemini/weekly/7.6.8/"} << "7.6.8";
    QTest::newRow("old domain") << QStringList{"https://xiaomifirmwareupdater.com/miui/gemini/weekly/7.6.8/"} << "7.6.8";
    QTest::newRow("letter case") << QStringList{"Gemini", "v10.2.2.0.oaamixm"} << "V10.2.2.0.OAAMIXM";
}

void TestMainWindow::openRequestFromArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, version);
    m_window->openRequest(VersionRequest::fromArguments(arguments));
    QCOMPARE(m_window->currentPage(), m_catalog->findPage(QStringLiteral("gemini"), version));
    QCOMPARE(WindowParts::detailsPane(*m_window)->currentPage(), m_window->currentPage());
}

void TestMainWindow::unknownRequestSaysSo()
{
    m_window->openRequest(VersionRequest::fromArguments({QStringLiteral("gemini"), QStringLiteral("9.9.9")}));
    QCOMPARE(m_window->currentPage(), -1);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("gemini 9.9.9")),
             qPrintable(m_window->statusBar()->currentMessage()));
    m_window->openRequest(VersionRequest::fromArguments({QStringLiteral("https://example.com/x")}));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("example.com")));
}

void TestMainWindow::requestBeforeCatalogAppliesAfterLoad()
{
    MainWindow window;
    window.openRequest(VersionRequest::fromArguments({QStringLiteral("gemini"), QStringLiteral("7.6.8")}));
    QCOMPARE(window.currentPage(), -1);
    window.setCatalog(m_catalog);
    QCOMPARE(window.currentPage(), m_catalog->findPage(QStringLiteral("gemini"), QStringLiteral("7.6.8")));
}

void TestMainWindow::openInBrowserUsesTheSystemBrowser()
{
    // The Download button queues (tst_windowdownloads); the menu's "Open in Browser" still hands
    // the first mirror to the browser.
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    QVERIFY(m_window->selectVersion(QStringLiteral("gemini"), QStringLiteral("7.6.8")));
    RomCardWidget *recovery = WindowParts::detailsPane(*m_window)->cards().at(0);
    auto *browser = recovery->downloadButton()->menu()->findChild<QAction *>(QStringLiteral("openInBrowser"));
    QVERIFY(browser);
    browser->trigger();
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(catcher.urls, QList<QUrl>{QUrl(recovery->file().urls.first())});
    QCOMPARE(m_downloads->downloads().size(), 0);
}

void TestMainWindow::copyActionOnTreeCopiesLink()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->selectVersion(QStringLiteral("gemini"), QStringLiteral("7.6.8")));
    WindowParts::catalogView(*m_window)->setFocus();
    QTRY_VERIFY(WindowParts::catalogView(*m_window)->hasFocus());
    QAction *copy = m_window->findChild<QAction *>(QStringLiteral("actionCopy"));
    QVERIFY(copy);
    copy->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("https://xmfirmwareupdater.com/miui/gemini/weekly/7.6.8/"));

    // The platform Copy shortcut: on the tree it is Edit > Copy; on a focused card field, that field.
    QGuiApplication::clipboard()->clear();
    QTest::keySequence(WindowParts::catalogView(*m_window), QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("https://xmfirmwareupdater.com/miui/gemini/weekly/7.6.8/"));
    FieldLabel *md5 = WindowParts::detailsPane(*m_window)->cards().at(0)->valueLabel(F::Md5);
    md5->setFocus();
    QTRY_VERIFY(md5->hasFocus());
    QTest::keySequence(md5, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("b3186f9d5fb716d6f2c182b3ac61ea61"));
}

void TestMainWindow::settingsRoundTrip()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->selectVersion(QStringLiteral("gemini"), QStringLiteral("V9.6.2.0.OAAMIFD")));
    m_window->resize(1100, 700);
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("splitter"));
    QVERIFY(splitter);
    QTRY_COMPARE(splitter->window()->size(), QSize(1100, 700));
    splitter->setSizes({450, 630});
    const QList<int> sizes = splitter->sizes();
    QVERIFY(qAbs(sizes[0] - 450) < 10);
    WindowParts::catalogView(*m_window)->header()->setSectionHidden(CatalogTreeModel::AndroidColumn, true);
    m_window->close(); // saves the session
    m_window.reset();

    MainWindow restored;
    restored.restoreSession();
    restored.show();
    QVERIFY(QTest::qWaitForWindowExposed(&restored));
    QCOMPARE(restored.size(), QSize(1100, 700));
    QCOMPARE(restored.findChild<QSplitter *>(QStringLiteral("splitter"))->sizes(), sizes);
    QVERIFY(WindowParts::catalogView(restored)->header()->isSectionHidden(CatalogTreeModel::AndroidColumn));
    QCOMPARE(restored.currentPage(), -1); // the last version waits for the catalog
    restored.setCatalog(m_catalog);
    QCOMPARE(restored.currentPage(), m_catalog->findPage(QStringLiteral("gemini"), QStringLiteral("V9.6.2.0.OAAMIFD")));
}

void TestMainWindow::loadsCatalogInWorker()
{
    MainWindow window;
    QSignalSpy changed(&window, &MainWindow::catalogChanged);
    window.loadCatalog(CatalogStore(writeCatalogWithoutSeed(), m_dir->filePath(QStringLiteral("imports.fwbcat"))));
    QVERIFY(window.isBusy());
    QCOMPARE(WindowParts::catalogStatusText(window), QStringLiteral("Loading catalog…"));
    QCOMPARE(WindowParts::detailsPane(window)->message(), QStringLiteral("Loading catalog…"));
    QVERIFY(changed.wait(10000));
    QVERIFY(window.catalog());
    QCOMPARE(window.catalog()->pages().size(), m_catalog->pages().size() - 1);
    QVERIFY(WindowParts::catalogStatusText(window).contains(QLatin1String("versions")));
}

void TestMainWindow::loadErrorIsShownNotFatal()
{
    MainWindow window;
    window.show();
    const QString bad = m_dir->filePath(QStringLiteral("bad.fwbcat"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a catalog");
    file.close();
    window.loadCatalog(CatalogStore(bad, m_dir->filePath(QStringLiteral("imports.fwbcat"))));
    QTRY_VERIFY(!window.isBusy());
    QVERIFY(!window.catalog());
    QTRY_VERIFY(window.findChild<QMessageBox *>());
    QVERIFY(window.findChild<QMessageBox *>()->text().contains(bad));
    QCOMPARE(WindowParts::catalogStatusText(window), QStringLiteral("No catalog"));
}

void TestMainWindow::importSelectsImportedVersion()
{
    MainWindow window;
    QSignalSpy changed(&window, &MainWindow::catalogChanged);
    window.loadCatalog(CatalogStore(writeCatalogWithoutSeed(), m_dir->filePath(QStringLiteral("imports.fwbcat"))));
    QVERIFY(changed.wait(10000));
    QCOMPARE(window.catalog()->findPage(QStringLiteral("gemini"), QStringLiteral("7.6.8")), -1);

    QSignalSpy finished(&window, &MainWindow::importFinished);
    window.importPage(Fixtures::seedPagePath());
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished[0][0].toBool(), qPrintable(finished[0][1].toString()));
    const int page = window.catalog()->findPage(QStringLiteral("gemini"), QStringLiteral("7.6.8"));
    QVERIFY(page >= 0);
    QCOMPARE(window.currentPage(), page);
    QCOMPARE(WindowParts::detailsPane(window)->cards().size(), 2);
    QVERIFY(window.statusBar()->currentMessage().startsWith(QLatin1String("Imported MI 5 Global")));
}

void TestMainWindow::importErrorChangesNothing()
{
    MainWindow window;
    window.show();
    QSignalSpy changed(&window, &MainWindow::catalogChanged);
    window.loadCatalog(CatalogStore(writeCatalogWithoutSeed(), m_dir->filePath(QStringLiteral("imports.fwbcat"))));
    QVERIFY(changed.wait(10000));
    const CatalogPtr before = window.catalog();
    QVERIFY(window.selectVersion(QStringLiteral("gemini"), QStringLiteral("V9.6.2.0.OAAMIFD")));

    const QString junk = m_dir->filePath(QStringLiteral("junk.html"));
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<html><body>Not a version page</body></html>");
    file.close();
    QSignalSpy finished(&window, &MainWindow::importFinished);
    window.importPage(junk);
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished[0][0].toBool());
    QVERIFY(!finished[0][1].toString().isEmpty());
    QCOMPARE(window.catalog(), before);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(window.currentPage(), before->findPage(QStringLiteral("gemini"), QStringLiteral("V9.6.2.0.OAAMIFD")));
    QVERIFY(window.statusBar()->currentMessage().startsWith(QLatin1String("Import failed")));
    QTRY_VERIFY(window.findChild<QMessageBox *>());
    QVERIFY(window.findChild<QMessageBox *>()->text().contains(QLatin1String("junk.html")));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("imports.fwbcat"))));
}

void TestMainWindow::dropImportsPage()
{
    MainWindow window;
    QSignalSpy changed(&window, &MainWindow::catalogChanged);
    window.loadCatalog(CatalogStore(writeCatalogWithoutSeed(), m_dir->filePath(QStringLiteral("imports.fwbcat"))));
    QVERIFY(changed.wait(10000));

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(Fixtures::seedPagePath())});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy finished(&window, &MainWindow::importFinished);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QVERIFY(finished.wait(10000));
    QVERIFY(finished[0][0].toBool());
    QCOMPARE(window.currentPage(), window.catalog()->findPage(QStringLiteral("gemini"), QStringLiteral("7.6.8")));

    // Other local files are taken for verification (tst_windowdownloads); links are not taken.
    QMimeData rom;
    rom.setUrls({QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("rom.zip")))});
    QDragEnterEvent verify(QPoint(10, 10), Qt::CopyAction, &rom, Qt::LeftButton, Qt::NoModifier);
    verify.setAccepted(false);
    QCoreApplication::sendEvent(&window, &verify);
    QVERIFY(verify.isAccepted());
    QMimeData link;
    link.setUrls({QUrl(QStringLiteral("https://example.org/rom.zip"))});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &link, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QCoreApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMainWindow::firstStartColumnsFitTheTree_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QList<int>>("shown");
    const QList<int> every{CatalogTreeModel::NameColumn, CatalogTreeModel::BranchColumn, CatalogTreeModel::DateColumn,
                           CatalogTreeModel::AndroidColumn, CatalogTreeModel::ContentsColumn};
    QTest::newRow("1400x900") << QSize(1400, 900) << every;
    QTest::newRow("800x600") << QSize(800, 600) << QList<int>{CatalogTreeModel::NameColumn, CatalogTreeModel::ContentsColumn};
    // 1400x900 at 2x: the names alone rather than Contents cut behind the scroll bar
    QTest::newRow("700x450") << QSize(700, 450) << QList<int>{CatalogTreeModel::NameColumn};
}

// Seen at a first start: the Contents column was cut behind the scroll bar (the name column was as
// wide as umi's vendor version, a 40-digit hash), and it was empty for firmware and vendor versions.
void TestMainWindow::firstStartColumnsFitTheTree()
{
    QFETCH(QSize, size);
    QFETCH(QList<int>, shown);
    m_window.reset();
    MainWindow window(m_downloads.get());
    window.restoreSession(); // nothing saved: a first start
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QList<XfuPage> pages = Fixtures::sectionsCatalog()->toPages();
    XfuPage hashed = pages.last(); // a vendor package versioned by a commit hash, as umi's
    QVERIFY(hashed.os == RomOs::Vendor);
    hashed.version = QStringLiteral("44edb6fd7214022224e0a6ba8eb8a067362c0fe7");
    pages.append(hashed);
    const CatalogPtr catalog = Catalog::build(pages, m_catalog->marketingNames(), m_catalog->info());
    window.setCatalog(catalog);
    QTreeView *view = WindowParts::catalogView(window);
    QHeaderView *header = view->header();
    QTRY_COMPARE(view->horizontalScrollBar()->maximum(), 0);
    for (int c = 0; c < CatalogTreeModel::ColumnCount; ++c) {
        QCOMPARE(!header->isSectionHidden(c), shown.contains(c));
        if (c != CatalogTreeModel::NameColumn && shown.contains(c))
            QVERIFY(header->sectionViewportPosition(c) + header->sectionSize(c) <= view->viewport()->width());
    }

    if (!shown.contains(CatalogTreeModel::ContentsColumn))
        return;
    QVERIFY(window.selectVersion(QStringLiteral("gemini"), QStringLiteral("V10.2.2.0.OAAMIXM"), QStringLiteral("firmware")));
    QCOMPARE(view->currentIndex().siblingAtColumn(CatalogTreeModel::ContentsColumn).data().toString(), QStringLiteral("1 firmware zip"));
    QVERIFY(window.selectVersion(hashed.folder, hashed.version, QStringLiteral("vendor")));
    QCOMPARE(view->currentIndex().siblingAtColumn(CatalogTreeModel::ContentsColumn).data().toString(),
             QStringLiteral("%1 vendor package%2").arg(hashed.cards.size()).arg(hashed.cards.size() == 1 ? "" : "s"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
