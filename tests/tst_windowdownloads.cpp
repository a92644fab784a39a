// SPDX-License-Identifier: GPL-3.0-or-later
// The main window with the download engine: queueing from a card, the Downloads dock,
// preferences, the quit prompt, notices and dropped files. Downloads only reach the loopback
// server: the catalogs here are built in the test with 127.0.0.1 URLs.
#include "detailspane.h"
#include "downloadnotifier.h"
#include "downloadsession.h"
#include "downloadspanel.h"
#include "downloadtesthelpers.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "romcardwidget.h"
#include "testhttpserver.h"
#include "verifyfiledialog.h"
#include "windowparts.h"
#include "download/downloadmanager.h"

#include <QCheckBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>
#include "fixtures.h"

#include <QtTest>

namespace {

constexpr qint64 RomSize = 400000;

// A version page made in the test whose file lives on the loopback server under two mirrors.
CatalogPtr loopbackCatalog(const TestHttpServer &server)
{
    return Fixtures::singleFileCatalog(QStringLiteral("test_rom.zip"), TestHttpServer::md5(RomSize),
                                       {server.url("/m1/test_rom.zip").toString(), server.url("/m2/test_rom.zip").toString()});
}

} // namespace

class TestWindowDownloads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Fixtures::isolateSettings(QStringLiteral("tst_windowdownloads"));
    }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<TestHttpServer>();
        m_server->addResource("/m1/test_rom.zip", RomSize);
        m_server->addResource("/m2/test_rom.zip", RomSize);
        m_manager = std::make_unique<DownloadManager>(queueFile());
        m_manager->setSettings(fastSettings());
        m_window = std::make_unique<MainWindow>(m_manager.get());
        m_window->resize(1200, 800);
        DownloadPreferences preferences;
        preferences.directory = downloadDir();
        m_window->setDownloadPreferences(preferences);
        m_window->setCatalog(loopbackCatalog(*m_server));
    }

    void cleanup()
    {
        m_window.reset();
        m_manager.reset();
        m_server.reset();
        m_dir.reset();
        QSettings().clear();
    }

    void dockIsHiddenUntilADownloadIsQueued()
    {
        QDockWidget *dock = WindowParts::downloadsDock(*m_window);
        QVERIFY(dock);
        QCOMPARE(dock->objectName(), QStringLiteral("downloadsDock"));
        QCOMPARE(m_window->dockWidgetArea(dock), Qt::BottomDockWidgetArea);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(!dock->isVisible());
        QAction *toggle = dock->toggleViewAction();
        auto *view = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("menuView"));
        QVERIFY(view && view->actions().contains(toggle));
        toggle->trigger();
        QVERIFY(dock->isVisible());
        toggle->trigger();
        QVERIFY(!dock->isVisible());
    }

    void cardDownloadQueuesTheChosenMirror()
    {
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy notices(WindowParts::downloadNotifier(*m_window), &DownloadNotifier::notice);
        RomCardWidget *card = showCard();
        QList<QAction *> mirrors = card->downloadButton()->menu()->actions();
        QCOMPARE(mirrors.at(1)->text(), RomCardWidget::mirrorText(1, m_server->url("/m2/test_rom.zip")));
        mirrors.at(1)->trigger();

        QCOMPARE(m_manager->downloads().size(), 1);
        Download *d = m_manager->downloads().first();
        QCOMPARE(d->request().urls,
                 (QList<QUrl>{m_server->url("/m2/test_rom.zip"), m_server->url("/m1/test_rom.zip")}));
        QCOMPARE(d->request().directory, downloadDir());
        QCOMPARE(d->request().md5, TestHttpServer::md5(RomSize));
        QVERIFY(WindowParts::downloadsDock(*m_window)->isVisible());
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(QLatin1String("Queued test_rom.zip")));

        WAIT_FINAL(d);
        QCOMPARE(d->state(), DownloadState::Completed);
        QCOMPARE(d->status().verification, Verification::Verified);
        QVERIFY(QFile::exists(QDir(downloadDir()).filePath(QStringLiteral("test_rom.zip"))));
        QCOMPARE(m_server->requestCount("/m1/test_rom.zip"), 0);
        QTRY_COMPARE(notices.count(), 1);
        QCOMPARE(notices[0][0].toString(), QStringLiteral("Download complete"));
        QVERIFY(notices[0][1].toString().startsWith(QLatin1String("test_rom.zip")));
        QCOMPARE(notices[0][2].toBool(), false);
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Downloaded test_rom.zip."));
    }

    void duplicateIsRefusedWithTheManagersMessage()
    {
        stallDownloads();
        RomCardWidget *card = showCard();
        card->downloadButton()->click();
        QCOMPARE(m_manager->downloads().size(), 1);
        card->downloadButton()->click();
        QCOMPARE(m_manager->downloads().size(), 1);
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Not queued: test_rom.zip is already in the download queue"));
        auto *box = m_window->findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String("already in the download queue")));
        box->close();
    }

    void engineRefusalIsReported()
    {
        // An existing final file with other bytes is never overwritten: the engine fails the download.
        QVERIFY(QDir().mkpath(downloadDir()));
        QFile existing(QDir(downloadDir()).filePath(QStringLiteral("test_rom.zip")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("something else");
        existing.close();
        QSignalSpy notices(WindowParts::downloadNotifier(*m_window), &DownloadNotifier::notice);
        showCard()->downloadButton()->click();
        Download *d = m_manager->downloads().first();
        WAIT_FINAL(d);
        QCOMPARE(d->state(), DownloadState::Failed);
        QTRY_COMPARE(notices.count(), 1);
        QCOMPARE(notices[0][2].toBool(), true);
        QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QLatin1String("Download of test_rom.zip failed: ")),
                 qPrintable(m_window->statusBar()->currentMessage()));
    }

    void withoutVerifyNoChecksumIsPassedOn()
    {
        DownloadPreferences preferences = m_window->downloadPreferences();
        preferences.verify = false;
        m_window->setDownloadPreferences(preferences);
        showCard()->downloadButton()->click();
        Download *d = m_manager->downloads().first();
        QVERIFY(d->request().md5.isEmpty());
        QCOMPARE(d->request().urls.first(), m_server->url("/m1/test_rom.zip"));
        WAIT_FINAL(d);
        QCOMPARE(d->status().verification, Verification::NotVerified);
    }

    void preferencesRoundTrip()
    {
        PreferencesDialog *dialog = m_window->showPreferences();
        QVERIFY(dialog);
        auto *directory = dialog->findChild<QLineEdit *>(QStringLiteral("directoryEdit"));
        auto *parallel = dialog->findChild<QSpinBox *>(QStringLiteral("parallelSpin"));
        auto *verify = dialog->findChild<QCheckBox *>(QStringLiteral("verifyCheck"));
        QVERIFY(directory && parallel && verify);
        QCOMPARE(QDir::fromNativeSeparators(directory->text()), downloadDir());
        QCOMPARE(parallel->value(), 2);
        QCOMPARE(parallel->minimum(), 1);
        QCOMPARE(parallel->maximum(), 8);
        QVERIFY(verify->isChecked());

        const QString other = m_dir->filePath(QStringLiteral("elsewhere"));
        directory->setText(QDir::toNativeSeparators(other));
        parallel->setValue(5);
        verify->setChecked(false);
        dialog->accept();
        QCOMPARE(m_window->downloadPreferences().directory, other);
        QCOMPARE(m_manager->settings().maxParallel, 5); // applied at once

        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("downloads/directory")).toString(), other);
        QCOMPARE(settings.value(QStringLiteral("downloads/parallel")).toInt(), 5);
        QCOMPARE(settings.value(QStringLiteral("downloads/verify")).toBool(), false);

        // ... and at the next start.
        m_window.reset();
        DownloadManager manager(QString{});
        MainWindow restored(&manager);
        QCOMPARE(restored.downloadPreferences().directory, other);
        QCOMPARE(restored.downloadPreferences().parallel, 5);
        QCOMPARE(restored.downloadPreferences().verify, false);
        QCOMPARE(manager.settings().maxParallel, 5);

        // Restore Defaults.
        PreferencesDialog *again = restored.showPreferences();
        again->setPreferences(DownloadPreferences());
        QCOMPARE(again->preferences(), DownloadPreferences());
        QCOMPARE(again->preferences().directory, DownloadManager::defaultDownloadDirectory());
        again->reject();
        QCOMPARE(restored.downloadPreferences().parallel, 5);
    }

    void closeAsksAndPausesRunningDownloads()
    {
        stallDownloads();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        showCard()->downloadButton()->click();
        Download *d = m_manager->downloads().first();
        QTRY_COMPARE_WITH_TIMEOUT(d->state(), DownloadState::Downloading, 10000);

        QList<int> asked;
        m_window->setQuitQuestion([&asked](int running) {
            asked.append(running);
            return false;
        });
        QVERIFY(!m_window->close());
        QCOMPARE(asked, QList<int>{1});
        QVERIFY(m_window->isVisible());
        QCOMPARE(d->state(), DownloadState::Downloading);

        m_window->setQuitQuestion([&asked](int running) {
            asked.append(running);
            return true;
        });
        QVERIFY(m_window->close());
        QCOMPARE(asked, (QList<int>{1, 1}));
        QTRY_COMPARE(d->state(), DownloadState::Paused);
        QVERIFY(QFile::exists(d->request().partPath()));

        // The next start resumes it.
        m_window.reset();
        m_manager.reset();
        DownloadManager next(queueFile());
        next.setSettings(fastSettings());
        QVERIFY(DownloadSession::restore(next));
        QCOMPARE(next.downloads().size(), 1);
        QVERIFY(next.downloads().first()->state() != DownloadState::Paused);
        QCOMPARE(DownloadSession::runningCount(next), 1);
        QVERIFY(QSettings().value(QStringLiteral("downloads/resumeAtStart")).isNull());
    }

    void closeWithoutRunningDownloadsDoesNotAsk()
    {
        bool asked = false;
        m_window->setQuitQuestion([&asked](int) { return asked = true; });
        m_window->show();
        QVERIFY(m_window->close());
        QVERIFY(!asked);
    }

    void dropOfARomFileVerifiesIt()
    {
        const QString path = m_dir->filePath(QStringLiteral("test_rom.zip"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(TestHttpServer::body(RomSize));
        file.close();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(drop.isAccepted());

        auto *dialog = m_window->findChild<VerifyFileDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isDone());
        QCOMPARE(dialog->outcome().kind, VerifyOutcome::Match);
        QVERIFY2(dialog->resultText().startsWith(QStringLiteral("Match — this is test_rom.zip of Test Phone Global 1.0.0")),
                 qPrintable(dialog->resultText()));
        // 16.8: the next file is checked in the same window, not in another one on top.
        m_window->verifyFile(path);
        QCOMPARE(m_window->findChildren<VerifyFileDialog *>().size(), 1);
        QTRY_VERIFY(dialog->isDone());
        m_window->verifyFile(path);
        m_window->verifyFile(path);
        QCOMPARE(m_window->findChildren<VerifyFileDialog *>().size(), 1);
        QTRY_VERIFY(dialog->isDone());
        QCOMPARE(dialog->outcome().kind, VerifyOutcome::Match);
        dialog->close();
    }

    void progressTextSumsRunningDownloads()
    {
        QCOMPARE(DownloadNotifier::progressText(*m_manager), QStringLiteral("No downloads running"));
        stallDownloads();
        showCard()->downloadButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_manager->downloads().first()->status().received > 0, 10000);
        // "1 download: 25 % (100.0 KB of 400.0 KB)" (the English plural comes from the translation)
        QTRY_VERIFY(DownloadNotifier::progressText(*m_manager).contains(QLatin1String(" %")));
        QVERIFY(DownloadNotifier::progressText(*m_manager).startsWith(QLatin1String("1 download")));
    }

private:
    QString queueFile() const { return m_dir->filePath(QStringLiteral("queue.json")); }
    QString downloadDir() const { return m_dir->filePath(QStringLiteral("downloads")); }

    RomCardWidget *showCard()
    {
        if (!m_window->selectVersion(QStringLiteral("testphone"), QStringLiteral("1.0.0")))
            return nullptr;
        return WindowParts::detailsPane(*m_window)->cards().value(0);
    }

    // The server sends part of the file, then keeps the connection open and silent.
    void stallDownloads()
    {
        TestHttpServer::Response stall;
        stall.stallAfter = RomSize / 4;
        for (const QByteArray &path : {QByteArray("/m1/test_rom.zip"), QByteArray("/m2/test_rom.zip")})
            m_server->setScript(path, {}, stall);
        DownloadSettings settings = fastSettings();
        settings.stallTimeoutMs = 60000;
        settings.lowSpeedWindowMs = 60000;
        m_manager->setSettings(settings);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<DownloadManager> m_manager;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestWindowDownloads)
#include "tst_windowdownloads.moc"
