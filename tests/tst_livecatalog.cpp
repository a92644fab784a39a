// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's live catalog against a loopback server: F5 refreshes, New marks, What's New,
// My devices, and a feed-only version completed from its page (or told why not).
#include "catalogrefresher.h"
#include "detailspane.h"
#include "fixtures.h"
#include "mainwindow.h"
#include "romcardwidget.h"
#include "rowmarksdelegate.h"
#include "tempcatalogstore.h"
#include "testhttpserver.h"
#include "whatsnewdialog.h"
#include "windowparts.h"
#include "catalog/catalogtreemodel.h"

#include <QPainter>
#include <QSettings>
#include <QStandardItemModel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

class TestLiveCatalog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempCatalogStore> m_store;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<MainWindow> m_window;

    CatalogStore store() const { return m_store->store(); }

    // Refreshes with F5's action and waits for the outcome.
    CatalogUpdater::Result pressRefresh()
    {
        QSignalSpy refreshed(WindowParts::catalogRefresher(*m_window), &CatalogRefresher::refreshed);
        m_window->findChild<QAction *>(QStringLiteral("actionRefreshCatalog"))->trigger();
        if (!refreshed.wait(20'000))
            return {};
        return refreshed.first().first().value<CatalogUpdater::Result>();
    }

    QModelIndex sourceRowOf(const QString &folder, const QString &version) const
    {
        const CatalogPtr catalog = m_window->catalog();
        auto *view = WindowParts::catalogView(*m_window);
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
        auto *tree = qobject_cast<CatalogTreeModel *>(proxy->sourceModel());
        return tree->indexOfPage(catalog->findPage(folder, version));
    }

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_store = std::make_unique<TempCatalogStore>();
        QVERIFY(m_store->writeBase(*Fixtures::pagesCatalog()));

        m_server = std::make_unique<TestHttpServer>();
        m_server->addDocument("/latest.yml", Fixtures::readData(QStringLiteral("latest-excerpt.yml")));
        RefreshSettings settings;
        settings.primaryUrl = m_server->url("/latest.yml");
        settings.fallbackUrl = QUrl();
        settings.automatic = false;
        settings.save();

        m_window = std::make_unique<MainWindow>();
        settings.firmwareUrl = settings.firmwareFallbackUrl = QUrl(); // the ROM feed only (not a saved setting)
        WindowParts::catalogRefresher(*m_window)->setSettings(settings);
        WindowParts::catalogRefresher(*m_window)->setPageBaseUrl(m_server->url("/pages"));
        QSignalSpy changed(m_window.get(), &MainWindow::catalogChanged);
        m_window->loadCatalog(store());
        QVERIFY(changed.wait(20'000));
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        m_server.reset();
        QSettings().clear();
    }

    void refreshMarksNewVersionsAndListsThem()
    {
        const CatalogUpdater::Result result = pressRefresh();
        QCOMPARE(result.outcome, CatalogUpdater::Outcome::Updated);
        QCOMPARE(result.addedFiles.size(), 7);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("7 new")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        // The new catalog is shown, its new versions marked.
        QVERIFY(m_window->catalog()->findPage(QStringLiteral("HM2013022"), QStringLiteral("JHACNBH22.0")) >= 0);
        const QModelIndex fresh = sourceRowOf(QStringLiteral("HM2013022"), QStringLiteral("JHACNBH22.0"));
        QVERIFY(fresh.data(CatalogTreeModel::MarksRole).toInt() & CatalogTreeModel::NewMark);
        const QModelIndex old = sourceRowOf(QStringLiteral("gemini"), QStringLiteral("7.6.8"));
        QVERIFY(!(old.data(CatalogTreeModel::MarksRole).toInt() & CatalogTreeModel::NewMark));

        WhatsNewDialog *dialog = m_window->showWhatsNew();
        QCOMPARE(dialog->list()->topLevelItemCount(), 7);
        // A row shows its version.
        QTreeWidgetItem *row = dialog->list()->findItems(QStringLiteral("JHACNBH22.0"), Qt::MatchExactly, 1).value(0);
        QVERIFY(row);
        Q_EMIT dialog->list()->itemActivated(row, 0);
        QCOMPARE(WindowParts::detailsPane(*m_window)->currentPage(),
                 m_window->catalog()->findPage(QStringLiteral("HM2013022"), QStringLiteral("JHACNBH22.0")));

        // A second refresh: not modified, the marks stay.
        const CatalogUpdater::Result again = pressRefresh();
        QCOMPARE(again.outcome, CatalogUpdater::Outcome::NotModified);
        QVERIFY(sourceRowOf(QStringLiteral("HM2013022"), QStringLiteral("JHACNBH22.0")).data(CatalogTreeModel::MarksRole).toInt()
                & CatalogTreeModel::NewMark);
    }

    void aRefreshKeepsWhatTheUserHadOpen()
    {
        QTreeView *view = WindowParts::catalogView(*m_window);
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
        const QModelIndex device = proxy->mapFromSource(sourceRowOf(QStringLiteral("gemini"), QStringLiteral("7.6.8")).parent());
        view->expand(device.parent());
        view->expand(device);
        view->setCurrentIndex(device);
        QCOMPARE(pressRefresh().outcome, CatalogUpdater::Outcome::Updated);
        const QModelIndex after = view->currentIndex();
        QCOMPARE(proxy->mapToSource(after).data(CatalogTreeModel::FolderRole).toString(), QStringLiteral("gemini"));
        QCOMPARE(after.data(CatalogTreeModel::KindRole).toInt(), int(CatalogTreeModel::DeviceRow));
        QVERIFY(view->isExpanded(after));
        QVERIFY(view->isExpanded(after.parent()));
    }

    void offlineRefreshSaysSoAndKeepsTheCatalog()
    {
        RefreshSettings settings = WindowParts::catalogRefresher(*m_window)->settings();
        settings.primaryUrl = QUrl(QStringLiteral("http://127.0.0.1:1/latest.yml"));
        WindowParts::catalogRefresher(*m_window)->setSettings(settings);
        const CatalogPtr before = m_window->catalog();
        const CatalogUpdater::Result result = pressRefresh();
        QCOMPARE(result.outcome, CatalogUpdater::Outcome::NetworkError);
        QCOMPARE(m_window->catalog(), before);
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Offline — catalog from 2026-08-23"));
        // Why, source by source, in the tooltip while that message is shown.
        QVERIFY2(m_window->statusBar()->toolTip().contains(QLatin1String("127.0.0.1")),
                 qPrintable(m_window->statusBar()->toolTip()));
        m_window->statusBar()->showMessage(QStringLiteral("Something else"));
        QVERIFY(m_window->statusBar()->toolTip().isEmpty());
    }

    void aFeedCutShortIsRefusedAndSaidSo()
    {
        QCOMPARE(pressRefresh().outcome, CatalogUpdater::Outcome::Updated);
        const CatalogPtr before = m_window->catalog();
        // The same feed cut after its third record: under half of the records of the last one.
        const QByteArray feed = Fixtures::readData(QStringLiteral("latest-excerpt.yml"));
        qsizetype cut = 0;
        for (int record = 0; record < 4; ++record)
            cut = feed.indexOf("\n- ", cut + 1);
        m_server->addDocument("/latest.yml", feed.left(cut + 1));
        const CatalogUpdater::Result result = pressRefresh();
        QCOMPARE(result.outcome, CatalogUpdater::Outcome::Suspect);
        QCOMPARE(m_window->catalog(), before);
        const QString message = m_window->statusBar()->currentMessage();
        QVERIFY2(message.contains(QLatin1String("cut short")) && message.contains(QLatin1String(" kept")),
                 qPrintable(message));
    }

    void pinnedDevicesStayOnTopAcrossRestarts()
    {
        WindowParts::browser(*m_window)->setDevicePinned(QStringLiteral("gemini"), true);
        auto *view = WindowParts::catalogView(*m_window);
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("My devices"));
        QCOMPARE(WindowParts::browser(*m_window)->pinnedDevices(), QStringList{QStringLiteral("gemini")});

        // A new window (a restart) reads the pins back.
        MainWindow second;
        QSignalSpy changed(&second, &MainWindow::catalogChanged);
        second.loadCatalog(store());
        QVERIFY(changed.wait(20'000));
        QCOMPARE(WindowParts::browser(second)->pinnedDevices(), QStringList{QStringLiteral("gemini")});
        QCOMPARE(WindowParts::catalogView(second)->model()->index(0, 0).data().toString(), QStringLiteral("My devices"));

        WindowParts::browser(*m_window)->setDevicePinned(QStringLiteral("gemini"), false);
        QVERIFY(view->model()->index(0, 0).data().toString() != QStringLiteral("My devices"));
    }

    void selectingAFeedVersionCompletesItsCards()
    {
        QCOMPARE(pressRefresh().outcome, CatalogUpdater::Outcome::Updated);
        m_server->addDocument("/pages/miui/updates/gemini/V10.2.1.0.OAACNXM.md",
                              Fixtures::readData(QStringLiteral("completion/V10.2.1.0.OAACNXM.md")));
        QSignalSpy completed(WindowParts::catalogRefresher(*m_window), &CatalogRefresher::pageCompleted);
        QVERIFY(m_window->selectVersion(QStringLiteral("gemini"), QStringLiteral("V10.2.1.0.OAACNXM")));
        QVERIFY(WindowParts::detailsPane(*m_window)->pageNotice().contains(QLatin1String("fetching its page")));
        QVERIFY(completed.wait(20'000));
        QTRY_COMPARE(WindowParts::detailsPane(*m_window)->cards().size(), 2);
        QCOMPARE(WindowParts::detailsPane(*m_window)->currentPage(),
                 m_window->catalog()->findPage(QStringLiteral("gemini"), QStringLiteral("V10.2.1.0.OAACNXM")));
        QVERIFY(WindowParts::detailsPane(*m_window)->pageNotice().isEmpty());
        for (RomCardWidget *card : WindowParts::detailsPane(*m_window)->cards())
            QVERIFY(!card->file().changelog.isEmpty());
    }

    void aFeedVersionWithoutItsPageSaysWhy()
    {
        QCOMPARE(pressRefresh().outcome, CatalogUpdater::Outcome::Updated);
        QSignalSpy completed(WindowParts::catalogRefresher(*m_window), &CatalogRefresher::pageCompleted);
        QVERIFY(m_window->selectVersion(QStringLiteral("charoite"), QStringLiteral("OS2.0.201.0.VPFRUXM")));
        QVERIFY(completed.wait(20'000));
        const QString notice = WindowParts::detailsPane(*m_window)->pageNotice();
        QVERIFY2(notice.contains(QLatin1String("404")), qPrintable(notice));
        QVERIFY2(notice.contains(QLatin1String("one known link")), qPrintable(notice));
        QCOMPARE(WindowParts::detailsPane(*m_window)->cards().size(), 1);
    }

    // The firmware feed (issue 18.4): a new zip arrives without MD5 and size; selecting its version
    // fetches its firmware page and says so in the firmware's words, or why it could not.
    void aFirmwareVersionFromTheFeedIsCompleted()
    {
        m_server->addDocument("/data/devices/latest.yml", Fixtures::readData(QStringLiteral("firmware-feed/latest-excerpt.yml")));
        RefreshSettings settings = WindowParts::catalogRefresher(*m_window)->settings();
        settings.firmwareUrl = m_server->url("/data/devices/latest.yml");
        WindowParts::catalogRefresher(*m_window)->setSettings(settings);
        const CatalogUpdater::Result result = pressRefresh();
        QCOMPARE(result.firmware.outcome, CatalogUpdater::Outcome::Updated);
        QCOMPARE(result.addedFiles.size(), 7 + 8);
        QSignalSpy completed(WindowParts::catalogRefresher(*m_window), &CatalogRefresher::pageCompleted);

        // Not published yet: the notice says what is missing.
        QVERIFY(m_window->selectVersion(QStringLiteral("capricorn"), QStringLiteral("9.10.10"), QStringLiteral("firmware")));
        QVERIFY(WindowParts::detailsPane(*m_window)->pageNotice().contains(QLatin1String("for its MD5 and size")));
        QVERIFY(completed.wait(20'000));
        QString notice = WindowParts::detailsPane(*m_window)->pageNotice();
        QVERIFY2(notice.contains(QLatin1String("its MD5 and size are not known yet")) && notice.contains(QLatin1String("404")),
                 qPrintable(notice));

        m_server->addDocument("/pages/firmware/updates/air/OS2.0.209.0.VGQCNXM.md",
                              Fixtures::readData(QStringLiteral("firmware-feed/pages/firmware/updates/air/OS2.0.209.0.VGQCNXM.md")));
        QVERIFY(m_window->selectVersion(QStringLiteral("air"), QStringLiteral("OS2.0.209.0.VGQCNXM"), QStringLiteral("firmware")));
        QVERIFY(completed.wait(20'000));
        QTRY_VERIFY(WindowParts::detailsPane(*m_window)->pageNotice().isEmpty());
        const QList<RomCardWidget *> cards = WindowParts::detailsPane(*m_window)->cards();
        QCOMPARE(cards.size(), 1);
        QCOMPARE(cards.first()->file().md5, QStringLiteral("c864e5beec5db687200f0d0c56c8737f"));
        QCOMPARE(cards.first()->file().size, QStringLiteral("48.1 MB"));
    }

    // A selected row with a New badge is highlighted across the whole cell, not only under its text.
    void aMarkedRowIsHighlightedToItsEdge()
    {
        QStandardItemModel model;
        auto *item = new QStandardItem(QStringLiteral("V10.2.1.0.OAACNXM"));
        item->setData(int(CatalogTreeModel::NewMark), CatalogTreeModel::MarksRole);
        model.appendRow(item);
        QTreeView view;
        view.setModel(&model);
        RowMarksDelegate delegate;
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.rect = QRect(0, 0, 400, 24);
        option.state |= QStyle::State_Selected | QStyle::State_Active | QStyle::State_Enabled;
        option.showDecorationSelected = true; // as QTreeView sets it when it selects rows
        const QColor highlight(0x30, 0x8c, 0xc6);
        option.palette.setColor(QPalette::Active, QPalette::Highlight, highlight);
        option.widget = &view;

        QImage image(option.rect.size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        delegate.paint(&painter, option, model.index(0, 0));
        painter.end();
        // The text and its badge take the first ~200 pixels; the rest of the cell is still the row.
        for (int x : {5, 300, 395})
            QCOMPARE(image.pixelColor(x, 2), highlight);
    }
};

QTEST_MAIN(TestLiveCatalog)
#include "tst_livecatalog.moc"
