// SPDX-License-Identifier: GPL-3.0-or-later
#include "downloadtesthelpers.h"
#include "download/downloadlistmodel.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestDownloadModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void modelFollowsTheQueue()
    {
        QTemporaryDir dir;
        TestHttpServer server;
        server.addResource("/a.zip", 200000);
        server.addResource("/b.zip", 100000, 2);
        DownloadManager manager(QString{});
        manager.setSettings(fastSettings());
        DownloadListModel model(&manager);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(DownloadListModel::ColumnCount));

        DownloadRequest a;
        a.urls = {server.url("/a.zip")};
        a.fileName = QStringLiteral("a.zip");
        a.directory = dir.path();
        a.md5 = TestHttpServer::md5(200000);
        DownloadRequest b = a;
        b.urls = {server.url("/b.zip")};
        b.fileName = QStringLiteral("b.zip");
        b.md5.clear();
        Download *da = manager.add(a);
        Download *db = manager.add(b);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, DownloadListModel::NameColumn).data().toString(), QStringLiteral("a.zip"));
        WAIT_FINAL(da);
        WAIT_FINAL(db);
        QTRY_COMPARE(model.index(0, 0).data(DownloadListModel::ProgressRole).toInt(), 1000);
        QCOMPARE(model.index(0, DownloadListModel::ProgressColumn).data().toString(), QStringLiteral("Completed (verified)"));
        QCOMPARE(model.index(1, DownloadListModel::ProgressColumn).data().toString(), QStringLiteral("Completed (not verified)"));
        QCOMPARE(model.index(1, 0).data(DownloadListModel::FinalPathRole).toString(), dir.filePath(QStringLiteral("b.zip")));
        QCOMPARE(model.index(0, 0).data(DownloadListModel::StateRole).toInt(), int(DownloadState::Completed));
        QCOMPARE(model.headerData(DownloadListModel::EtaColumn, Qt::Horizontal).toString(), QStringLiteral("Time left"));

        manager.remove(da);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("b.zip"));
    }
};

QTEST_GUILESS_MAIN(TestDownloadModel)
#include "tst_downloadmodel.moc"
