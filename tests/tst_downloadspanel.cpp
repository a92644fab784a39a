// SPDX-License-Identifier: GPL-3.0-or-later
// The downloads panel against the loopback server (offscreen).
#include "downloadspanel.h"
#include "downloadtesthelpers.h"
#include "download/downloadlistmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
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
};

QTEST_MAIN(TestDownloadsPanel)
#include "tst_downloadspanel.moc"
