// SPDX-License-Identifier: GPL-3.0-or-later
// The downloads panel against the loopback server (offscreen).
#include "downloadprogressdelegate.h"
#include "downloadspanel.h"
#include "downloadtesthelpers.h"
#include "scopedstate.h"
#include "urlcatcher.h"
#include "download/downloadlistmodel.h"
#include "util/translations.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using Response = TestHttpServer::Response;


class TestDownloadsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The segment map goes under the progress bar, in room the row keeps for it: it never
    // covers the bar's text (seen in a screenshot: "Downloading 4 %" cut along its foot).
    void segmentMapLeavesTheBarTextAlone()
    {
        QStandardItemModel model(1, DownloadListModel::ColumnCount);
        const QModelIndex cell = model.index(0, DownloadListModel::ProgressColumn);
        model.setData(cell, 40, DownloadListModel::ProgressRole);
        model.setData(cell, QStringLiteral("Downloading 4 %"), DownloadListModel::StatusTextRole);
        DownloadProgressDelegate delegate;
        QStyleOptionViewItem option;
        option.fontMetrics = QFontMetrics(option.font);
        const QSize hint = delegate.sizeHint(option, cell);
        QVERIFY2(hint.height() >= option.fontMetrics.height() + 8, qPrintable(QString::number(hint.height())));
        option.rect = QRect(QPoint(0, 0), QSize(240, hint.height()));
        const auto render = [&](const QByteArray &segments) {
            model.setData(cell, segments, DownloadListModel::SegmentsRole);
            QImage image(option.rect.size(), QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            delegate.paint(&painter, option, cell);
            return image;
        };
        const QImage plain = render(QByteArray());
        const QImage mapped = render(QByteArray(100, char(255)));
        int lowest = -1, highest = -1; // the rows the map changed
        for (int y = 0; y < plain.height(); ++y) {
            for (int x = 0; x < plain.width(); ++x) {
                if (plain.pixel(x, y) != mapped.pixel(x, y)) {
                    highest = highest < 0 ? y : highest;
                    lowest = y;
                }
            }
        }
        QVERIFY2(highest >= 0, "no segment map painted");
        // Every changed pixel lies below the bar's text line (the bar ends above the map).
        QVERIFY2(highest >= 2 + option.fontMetrics.height(), qPrintable(QStringLiteral("map from row %1 of %2").arg(highest).arg(hint.height())));
        QVERIFY(lowest < hint.height());
    }

    void rowActionsDriveTheDownload()
    {
        QTemporaryDir dir;
        TestHttpServer server;
        const qint64 size = 300000;
        server.addResource("/rom.zip", size);
        Response stall;
        stall.stallAfter = 100000;
        server.setScript("/rom.zip", {stall});
        DownloadManager manager(QString{});
        DownloadSettings settings = fastSettings();
        settings.stallTimeoutMs = 60000;
        settings.lowSpeedWindowMs = 60000;
        manager.setSettings(settings);
        DownloadsPanel panel(&manager);
        panel.resize(900, 300);
        panel.show();

        DownloadRequest request;
        request.urls = {server.url("/rom.zip")};
        request.fileName = QStringLiteral("rom.zip");
        request.directory = dir.path();
        request.md5 = TestHttpServer::md5(size);
        Download *d = manager.add(request);
        QCOMPARE(panel.view()->model()->rowCount(), 1);
        panel.selectRow(0);
        QTRY_COMPARE_WITH_TIMEOUT(d->state(), DownloadState::Downloading, 10000);
        QTRY_VERIFY(panel.action(DownloadsPanel::Pause)->isEnabled());
        QVERIFY(!panel.action(DownloadsPanel::Retry)->isEnabled());
        QVERIFY(!panel.grab().isNull()); // paints the progress bar delegate

        panel.action(DownloadsPanel::Pause)->trigger();
        QTRY_COMPARE(d->state(), DownloadState::Paused);
        QTRY_VERIFY(panel.action(DownloadsPanel::Resume)->isEnabled());
        QCOMPARE(panel.model()->index(0, DownloadListModel::ProgressColumn).data().toString(), QStringLiteral("Paused"));

        panel.action(DownloadsPanel::Resume)->trigger();
        WAIT_FINAL(d);
        QCOMPARE(d->state(), DownloadState::Completed);
        QTRY_COMPARE(panel.model()->index(0, DownloadListModel::ProgressColumn).data().toString(),
                     QStringLiteral("Completed (verified)"));
        QVERIFY(!panel.action(DownloadsPanel::Cancel)->isEnabled());
        QVERIFY(!panel.grab().isNull());

        panel.action(DownloadsPanel::CopyPath)->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QDir::toNativeSeparators(dir.filePath(QStringLiteral("rom.zip"))));
    }

    void cancelAndRetryFromThePanel()
    {
        QTemporaryDir dir;
        TestHttpServer server;
        server.addResource("/rom.zip", 300000);
        Response stall;
        stall.stallAfter = 50000;
        server.setScript("/rom.zip", {stall});
        DownloadManager manager(QString{});
        DownloadSettings settings = fastSettings();
        settings.stallTimeoutMs = 60000;
        settings.lowSpeedWindowMs = 60000;
        manager.setSettings(settings);
        DownloadsPanel panel(&manager);
        DownloadRequest request;
        request.urls = {server.url("/rom.zip")};
        request.fileName = QStringLiteral("rom.zip");
        request.directory = dir.path();
        Download *d = manager.add(request);
        panel.selectRow(0);
        QTRY_COMPARE_WITH_TIMEOUT(d->state(), DownloadState::Downloading, 10000);
        panel.action(DownloadsPanel::Cancel)->trigger();
        QTRY_COMPARE(d->state(), DownloadState::Cancelled);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("rom.zip.part"))));
        QTRY_VERIFY(panel.action(DownloadsPanel::Retry)->isEnabled());
        panel.action(DownloadsPanel::Retry)->trigger();
        WAIT_FINAL(d);
        QCOMPARE(d->state(), DownloadState::Completed);
        QCOMPARE(d->status().verification, Verification::NotVerified);
    }

    // Seen at 800x600: the Mirror column ("8 connections · 3 mirrors") was off-screen, found only in
    // the row's tooltip. Every column fits an 800-pixel panel in each language; narrower, Size
    // makes way and the connections stay in view.
    void everyColumnFitsAnEightHundredPixelPanel_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "ru", "zh_CN", "es", "pt_BR", "id"})
            QTest::newRow(language) << language;
    }
    void everyColumnFitsAnEightHundredPixelPanel()
    {
        QFETCH(QString, language);
        ScopedLanguage restore;
        installTranslators(QLocale(language));
        DownloadManager manager(QString{});
        DownloadsPanel panel(&manager);
        panel.resize(800, 220);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QHeaderView *header = panel.view()->header();
        const auto rightEdge = [header](int column) { return header->sectionViewportPosition(column) + header->sectionSize(column); };
        for (int c = 0; c < DownloadListModel::ColumnCount; ++c) {
            QVERIFY2(!header->isSectionHidden(c), qPrintable(QString::number(c)));
            QVERIFY2(rightEdge(c) <= panel.view()->viewport()->width(), qPrintable(QString::number(c)));
        }
        panel.resize(720, 220); // Size makes way where the others would not fit
        QTRY_VERIFY(rightEdge(DownloadListModel::MirrorColumn) <= panel.view()->viewport()->width());
        QVERIFY(!header->isSectionHidden(DownloadListModel::SpeedColumn));
        QVERIFY(!header->isSectionHidden(DownloadListModel::EtaColumn));
        panel.resize(800, 220);
        QTRY_VERIFY(!header->isSectionHidden(DownloadListModel::SizeColumn));
    }

    // 16.5: an empty panel says what it is for, keeps room for names, and offers nothing to do.
    void emptyPanelSaysWhatItIsFor()
    {
        DownloadManager manager(QString{});
        DownloadsPanel panel(&manager);
        panel.resize(700, 220);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const int em = panel.fontMetrics().horizontalAdvance(QLatin1Char('M'));
        // 16 em: a ROM's name's first 25-30 characters, with every other column in an 800-pixel window
        QVERIFY2(panel.view()->header()->sectionSize(DownloadListModel::NameColumn) >= em * 16,
                 qPrintable(QString::number(panel.view()->header()->sectionSize(DownloadListModel::NameColumn))));
        for (DownloadsPanel::Action which : {DownloadsPanel::PauseAll, DownloadsPanel::ResumeAll, DownloadsPanel::ClearFinished,
                                             DownloadsPanel::Remove, DownloadsPanel::OpenFolder})
            QVERIFY(!panel.action(which)->isEnabled());
        QVERIFY(panel.detailsLabel()->isVisible());
        QVERIFY(panel.detailsLabel()->text().contains(QLatin1String("Download button")));
    }

    // 16.4 + 16.5: a failed row shows its whole reason under the list; it is retried or
    // removed (its .part goes with it), not "cancelled".
    void failedRowExplainsItselfAndIsRemoved()
    {
        QTemporaryDir dir;
        TestHttpServer server;
        server.addResource("/a/rom.zip", 300000);
        server.addResource("/b/rom.zip", 300000);
        Response gone;
        gone.status = 404;
        server.setScript("/a/rom.zip", {}, gone);
        Response broken;
        broken.status = 500;
        server.setScript("/b/rom.zip", {}, broken);
        DownloadManager manager(QString{});
        manager.setSettings(fastSettings());
        DownloadsPanel panel(&manager);
        panel.resize(500, 260); // far too narrow for the reason on the bar
        panel.show();
        DownloadRequest request;
        request.urls = {server.url("/a/rom.zip"), server.url("/b/rom.zip")};
        request.fileName = QStringLiteral("rom.zip");
        request.directory = dir.path();
        Download *d = manager.add(request);
        panel.selectRow(0);
        QTRY_COMPARE_WITH_TIMEOUT(d->state(), DownloadState::Failed, 20000);
        const QString reason = panel.model()->index(0, DownloadListModel::ProgressColumn).data(DownloadListModel::StatusTextRole).toString();
        QVERIFY(reason.contains(QLatin1String("no mirror could deliver")));
        QTRY_COMPARE(panel.detailsLabel()->text(), QStringLiteral("rom.zip: ") + reason);
        QVERIFY(panel.detailsLabel()->isVisible());
        QVERIFY(panel.detailsLabel()->wordWrap());

        QVERIFY(!panel.action(DownloadsPanel::Cancel)->isEnabled());
        QVERIFY(panel.action(DownloadsPanel::Retry)->isEnabled());
        QVERIFY(panel.action(DownloadsPanel::Remove)->isEnabled());
        panel.action(DownloadsPanel::Remove)->trigger();
        QTRY_COMPARE(panel.view()->model()->rowCount(), 0);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("rom.zip.part"))));
    }

    // 16.5: finished rows go with Clear Finished; a row's link opens in the browser or is copied;
    // Open Folder opens the folder or says why not.
    void finishedRowsClearAndLinksOpen()
    {
        QTemporaryDir dir;
        TestHttpServer server;
        server.addResource("/rom.zip", 20000);
        DownloadManager manager(QString{});
        manager.setSettings(fastSettings());
        DownloadsPanel panel(&manager);
        QSignalSpy messages(&panel, &DownloadsPanel::message);
        DownloadRequest request;
        request.urls = {server.url("/rom.zip")};
        request.fileName = QStringLiteral("rom.zip");
        request.directory = dir.filePath(QStringLiteral("roms"));
        Download *d = manager.add(request);
        panel.selectRow(0);

        UrlCatcher browser;
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &browser, "open");
        WAIT_FINAL(d);
        QCOMPARE(d->state(), DownloadState::Completed);

        panel.action(DownloadsPanel::OpenInBrowser)->trigger();
        QCOMPARE(browser.urls.value(0), server.url("/rom.zip"));
        panel.action(DownloadsPanel::CopyLink)->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), server.url("/rom.zip").toString());
        panel.action(DownloadsPanel::OpenFolder)->trigger();
        QCOMPARE(browser.urls.value(1), QUrl::fromLocalFile(dir.filePath(QStringLiteral("roms"))));
        QVERIFY(messages.last().first().toString().startsWith(QLatin1String("Opened ")));
        // The folder went away: it says so instead of doing nothing visible.
        QVERIFY(QDir(dir.filePath(QStringLiteral("roms"))).removeRecursively());
        panel.action(DownloadsPanel::OpenFolder)->trigger();
        QVERIFY(messages.last().first().toString().contains(QLatin1String("does not exist")));
        QCOMPARE(browser.urls.size(), 2);
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));

        QVERIFY(panel.action(DownloadsPanel::ClearFinished)->isEnabled());
        panel.action(DownloadsPanel::ClearFinished)->trigger();
        QCOMPARE(panel.view()->model()->rowCount(), 0);
        QVERIFY(!panel.action(DownloadsPanel::ClearFinished)->isEnabled());
    }
};

QTEST_MAIN(TestDownloadsPanel)
#include "tst_downloadspanel.moc"
