// SPDX-License-Identifier: GPL-3.0-or-later
// firmware-cli fetch / verify against the loopback server: exit codes, files, resume after kill -9.
#include "testhttpserver.h"
#include "download/downloadlistmodel.h"
#include "download/downloadmanager.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using Response = TestHttpServer::Response;

namespace {
constexpr qint64 Size = 300 * 1000;
}

class TestCliDownload : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_stdout;
    QString m_stderr;

    void startCli(QProcess &process, const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg")));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir->path());
        process.start(QStringLiteral(FWB_CLI), arguments);
    }
    // Runs the CLI while this thread keeps serving HTTP; returns its exit code.
    int runCli(const QStringList &arguments)
    {
        QProcess process;
        startCli(process, arguments);
        if (!process.waitForStarted(10000))
            return -1;
        QElapsedTimer timer;
        timer.start();
        while (process.state() != QProcess::NotRunning && timer.elapsed() < 60000)
            QTest::qWait(20);
        m_stdout = QString::fromUtf8(process.readAllStandardOutput());
        m_stderr = QString::fromUtf8(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString lastLine() const { return m_stdout.trimmed().section(QLatin1Char('\n'), -1); }
    QStringList fetchArgs(const QByteArray &urlPath) const
    {
        return {QStringLiteral("fetch"), m_server->url(urlPath).toString(), QStringLiteral("-o"), m_dir->path(),
                QStringLiteral("--timeout"), QStringLiteral("1")};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_server = std::make_unique<TestHttpServer>();
        m_server->addResource("/rom.zip", Size);
        m_dir = std::make_unique<QTemporaryDir>();
    }
    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void fetchVerified()
    {
        const int code = runCli(fetchArgs("/rom.zip") << QStringLiteral("--md5") << TestHttpServer::md5(Size));
        QVERIFY2(code == 0, qPrintable(m_stdout + m_stderr));
        QVERIFY2(lastLine().startsWith(QLatin1String("verified")), qPrintable(lastLine()));
        QVERIFY(lastLine().contains(path(QStringLiteral("rom.zip"))));
        QCOMPARE(QFileInfo(path(QStringLiteral("rom.zip"))).size(), Size);
        QVERIFY(!QFile::exists(path(QStringLiteral("rom.zip.part"))));
    }

    void fetchWithoutChecksumSaysSo()
    {
        const int code = runCli(fetchArgs("/rom.zip") << QStringLiteral("--size") << QString::number(Size));
        QCOMPARE(code, 0);
        QVERIFY2(lastLine().contains(QLatin1String("not verified")), qPrintable(lastLine()));
    }

    // Bad input (hostile file name): `fetch --name ../evil.zip` or `NUL.zip`, a URL ending in `%2e%2e`, a bad `--md5`, an ftp:// URL: exit 1, no request
    void fetchRefusesBadInput()
    {
        QCOMPARE(runCli(fetchArgs("/rom.zip") << QStringLiteral("--md5") << QStringLiteral("xyz")), 1);
        QCOMPARE(runCli(fetchArgs("/rom.zip") << QStringLiteral("--name") << QStringLiteral("../evil.zip")), 1);
        QCOMPARE(runCli(fetchArgs("/rom.zip") << QStringLiteral("--name") << QStringLiteral("NUL.zip")), 1);
        QCOMPARE(runCli(fetchArgs("/dir/%2e%2e")), 1);
        QCOMPARE(runCli({QStringLiteral("fetch"), QStringLiteral("ftp://127.0.0.1/x.zip")}), 1);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void fetchMismatchKeepsNothing()
    {
        const int code = runCli(fetchArgs("/rom.zip") << QStringLiteral("--md5") << QString(32, QLatin1Char('0')));
        QCOMPARE(code, 3);
        QVERIFY(lastLine().contains(QLatin1String("checksum mismatch")));
        QVERIFY(!QFile::exists(path(QStringLiteral("rom.zip"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("rom.zip.part"))));
    }

    void fetchNetworkFailureKeepsPart()
    {
        Response stall;
        stall.stallAfter = 100000;
        Response refuse;
        refuse.status = 503;
        m_server->setScript("/rom.zip", {stall}, refuse);
        const int code = runCli(fetchArgs("/rom.zip") << QStringLiteral("--retries") << QStringLiteral("2"));
        QCOMPARE(code, 2);
        QCOMPARE(QFileInfo(path(QStringLiteral("rom.zip.part"))).size(), qint64(100000));
        QVERIFY2(lastLine().contains(QLatin1String(".part")), qPrintable(lastLine()));
        QVERIFY(m_stderr.contains(QLatin1String("Retrying in")));
    }

    // Scenario 38 for real: kill -9 mid-download, run again, resume from the .part.
    // Bad input (kill -9): `firmware-cli fetch` killed with SIGKILL mid-download: the rerun resumes from the .part with Range + If-Range
    void killedFetchResumes()
    {
        Response stall;
        stall.stallAfter = 120000;
        m_server->setScript("/rom.zip", {stall});
        QProcess process;
        startCli(process, {QStringLiteral("fetch"), m_server->url("/rom.zip").toString(), QStringLiteral("-o"), m_dir->path(),
                           QStringLiteral("--timeout"), QStringLiteral("60")});
        QVERIFY(process.waitForStarted(10000));
        QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(path(QStringLiteral("rom.zip.part"))).size(), qint64(120000), 20000);
        QVERIFY(QFile::exists(path(QStringLiteral("rom.zip.part.json"))));
        process.kill();
        QVERIFY(process.waitForFinished(10000));

        const int code = runCli(fetchArgs("/rom.zip") << QStringLiteral("--md5") << TestHttpServer::md5(Size));
        QVERIFY2(code == 0, qPrintable(m_stdout + m_stderr));
        const auto requests = m_server->requests("/rom.zip");
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests[1].header("Range"), QByteArray("bytes=120000-"));
        QCOMPARE(requests[1].header("If-Range"), QByteArray("\"etag-1-300000\""));
        QCOMPARE(QFileInfo(path(QStringLiteral("rom.zip"))).size(), Size);
    }

#ifdef Q_OS_UNIX
    void interruptLeavesResumablePart()
    {
        Response stall;
        stall.stallAfter = 100000;
        m_server->setScript("/rom.zip", {stall});
        QProcess process;
        startCli(process, {QStringLiteral("fetch"), m_server->url("/rom.zip").toString(), QStringLiteral("-o"), m_dir->path(),
                           QStringLiteral("--timeout"), QStringLiteral("60")});
        QVERIFY(process.waitForStarted(10000));
        QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(path(QStringLiteral("rom.zip.part"))).size(), qint64(100000), 20000);
        ::kill(pid_t(process.processId()), SIGINT);
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 20000);
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        QCOMPARE(QFileInfo(path(QStringLiteral("rom.zip.part"))).size(), qint64(100000));
    }
#endif

    // The local name is the URL given, never the redirect target's.
    // Bad input (hostile file name): a redirect to another file name: the file keeps the name of the URL given, never the server's
    void fetchNamesAfterTheGivenUrl()
    {
        m_server->addResource("/get/firmware.zip", 1);
        Response redirect;
        redirect.status = 302;
        redirect.location = "/rom.zip";
        m_server->setScript("/get/firmware.zip", {}, redirect);
        QCOMPARE(runCli(fetchArgs("/get/firmware.zip")), 0);
        QCOMPARE(QFileInfo(path(QStringLiteral("firmware.zip"))).size(), Size);
        QVERIFY(!QFile::exists(path(QStringLiteral("rom.zip"))));
    }

    // Issue 13.4: the 10-hex-digit check belongs to Xiaomi's ROM names only.
    // Bad input (hostile file name): `fetch` of report_2024061512.pdf, photos_2024061512_final.zip, data_abcdefabcd_x.bin or an XFU fw_… firmware zip (its digits are its ROM's): no MD5 guessed from the name; completed, not verified, one request
    void fetchGuessesNoMd5FromOtherNames()
    {
        for (const QByteArray &name : {QByteArray("report_2024061512.pdf"), QByteArray("photos_2024061512_final.zip"),
                                       QByteArray("data_abcdefabcd_x.bin"),
                                       QByteArray("fw_gemini_miui_MI5Global_V10.0.1.0.OAAMIFH_5d78eeb0ae_8.0.zip")}) {
            m_server->addResource('/' + name, Size);
            const int code = runCli(fetchArgs('/' + name));
            QVERIFY2(code == 0, qPrintable(name + ": " + m_stdout + m_stderr));
            QVERIFY2(lastLine().startsWith(QLatin1String("completed, not verified")), qPrintable(lastLine()));
            QCOMPARE(m_server->requestCount('/' + name), 1);
            QCOMPARE(QFileInfo(path(QString::fromLatin1(name))).size(), Size);
        }
    }

    // Issue 13.2: two runs on one file, across processes; the lock of a killed run is taken over.
    // Bad input (kill -9): a second `fetch` of a file another process is downloading: exit 1 "already being downloaded by another process (pid N)", its .part untouched; after that process is killed -9, its lock is taken over and the download resumes
    void secondProcessIsRefusedUntilTheFirstDies()
    {
        Response stall;
        stall.stallAfter = 120000;
        m_server->setScript("/rom.zip", {stall});
        QProcess first;
        startCli(first, {QStringLiteral("fetch"), m_server->url("/rom.zip").toString(), QStringLiteral("-o"), m_dir->path(),
                         QStringLiteral("--timeout"), QStringLiteral("60")});
        QVERIFY(first.waitForStarted(10000));
        QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(path(QStringLiteral("rom.zip.part"))).size(), qint64(120000), 20000);
        QVERIFY(QFile::exists(path(QStringLiteral("rom.zip.part.lock"))));

        QCOMPARE(runCli(fetchArgs("/rom.zip") << QStringLiteral("--md5") << TestHttpServer::md5(Size)), 1);
        QVERIFY2(lastLine().contains(QStringLiteral("already being downloaded by another process (pid %1)")
                                         .arg(first.processId())),
                 qPrintable(lastLine()));
        QCOMPARE(m_server->requestCount("/rom.zip"), 1);
        QCOMPARE(QFileInfo(path(QStringLiteral("rom.zip.part"))).size(), qint64(120000));

        first.kill();
        QVERIFY(first.waitForFinished(10000));
        QVERIFY(QFile::exists(path(QStringLiteral("rom.zip.part.lock")))); // left behind by kill -9
        const int code = runCli(fetchArgs("/rom.zip") << QStringLiteral("--md5") << TestHttpServer::md5(Size));
        QVERIFY2(code == 0, qPrintable(m_stdout + m_stderr));
        QCOMPARE(m_server->requests("/rom.zip").value(1).header("Range"), QByteArray("bytes=120000-"));
        QVERIFY(!QFile::exists(path(QStringLiteral("rom.zip.part.lock"))));
    }

    // The app's row says the same when the CLI holds the file.
    void appRowSaysAnotherProcessHoldsTheFile()
    {
        Response stall;
        stall.stallAfter = 50000;
        m_server->setScript("/rom.zip", {stall});
        QProcess cli;
        startCli(cli, {QStringLiteral("fetch"), m_server->url("/rom.zip").toString(), QStringLiteral("-o"), m_dir->path(),
                       QStringLiteral("--timeout"), QStringLiteral("60")});
        QVERIFY(cli.waitForStarted(10000));
        QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(path(QStringLiteral("rom.zip.part"))).size(), qint64(50000), 20000);

        DownloadManager manager(QString{});
        DownloadListModel model(&manager);
        DownloadRequest request;
        request.urls = {m_server->url("/rom.zip")};
        request.fileName = QStringLiteral("rom.zip");
        request.directory = m_dir->path();
        request.md5 = TestHttpServer::md5(Size);
        Download *d = manager.add(request);
        QTRY_VERIFY_WITH_TIMEOUT(d->status().isFinal(), 20000);
        QCOMPARE(d->status().error, DownloadError::Refused);
        QCOMPARE(model.index(0, DownloadListModel::ProgressColumn).data().toString(),
                 QStringLiteral("Failed: already being downloaded by another process (pid %1)").arg(cli.processId()));
        QCOMPARE(QFileInfo(path(QStringLiteral("rom.zip.part"))).size(), qint64(50000));

        cli.kill();
        QVERIFY(cli.waitForFinished(10000));
        d->retry();
        QTRY_VERIFY_WITH_TIMEOUT(d->status().isFinal(), 20000);
        QCOMPARE(d->state(), DownloadState::Completed);
        QCOMPARE(d->status().verification, Verification::Verified);
        QCOMPARE(m_server->requests("/rom.zip").last().header("Range"), QByteArray("bytes=50000-"));
    }

    // Issue 13.3: a server that ignores Range and cuts every answer at the same byte.
    // Bad input (hostile HTTP answer): a server that ignores Range and ends every answer at half the file: after --retries attempts that get no further, exit 2 saying the server answered every resume from byte 0
    void retriesEndWhenTheServerRestartsEveryAnswer()
    {
        Response cutWhole;
        cutWhole.ignoreRange = true;
        cutWhole.closeAfter = Size / 2;
        m_server->setScript("/rom.zip", {}, cutWhole);
        const int code = runCli(fetchArgs("/rom.zip") << QStringLiteral("--retries") << QStringLiteral("1"));
        QCOMPARE(code, 2);
        QVERIFY2(lastLine().contains(QLatin1String("the server answered every resume with the whole file from byte 0"))
                     && lastLine().contains(QStringLiteral("no attempt got past byte %1 of %2").arg(Size / 2).arg(Size))
                     && lastLine().contains(QLatin1String("gave up; failed attempts in a row: 2")),
                 qPrintable(lastLine()));
        QCOMPARE(m_server->requestCount("/rom.zip"), 2);
    }

    // A version with two files needs --type; an unknown version is "nothing found".
    void downloadAsksForType()
    {
        QCOMPARE(runCli({QStringLiteral("download"), QStringLiteral("gemini"), QStringLiteral("7.6.8"), QStringLiteral("-o"),
                         m_dir->path()}), 1);
        QVERIFY2(m_stderr.contains(QLatin1String("--type recovery")) && m_stderr.contains(QLatin1String("--type fastboot")),
                 qPrintable(m_stderr));
        QCOMPARE(runCli({QStringLiteral("download"), QStringLiteral("gemini"), QStringLiteral("0.0.0")}), 4);
        QCOMPARE(runCli({QStringLiteral("download"), QStringLiteral("gemini"), QStringLiteral("7.6.8"), QStringLiteral("--type"),
                         QStringLiteral("sideload")}), 1);
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList());
    }

    void outputFolderProblems_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("a file") << QStringLiteral("somefile") << 1 << QStringLiteral("somefile is a file, not a folder");
        QTest::newRow("empty") << QString() << 1 << QStringLiteral("-o wants a folder, not an empty name");
#ifdef Q_OS_LINUX
        // Folders no one may write into, not even root: the kernel's.
        QTest::newRow("/proc") << QStringLiteral("/proc") << 2 << QStringLiteral("cannot write into the folder /proc");
        QTest::newRow("/sys") << QStringLiteral("/sys") << 2 << QStringLiteral("cannot write into the folder /sys");
        QTest::newRow("below /sys") << QStringLiteral("/sys/roms") << 2 << QStringLiteral("cannot write into the folder /sys");
#endif
    }
    // Bad input (bad command line): `-o somefile`, `-o ""`: exit 1 saying what is wrong (no Qt warning); `-o /proc`, `-o /sys`: exit 2 "cannot write into the folder", never "not enough space" nor a partial file that is not there; no request
    void outputFolderProblems()
    {
        QFETCH(QString, folder);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QFile file(path(QStringLiteral("somefile")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString output = folder == QLatin1String("somefile") ? file.fileName() : folder;
        QCOMPARE(runCli({QStringLiteral("fetch"), m_server->url("/rom.zip").toString(), QStringLiteral("-o"), output}), exitCode);
        QVERIFY2(m_stderr.startsWith(QLatin1String("firmware-cli: ")) && m_stderr.contains(message), qPrintable(m_stderr));
        QVERIFY2(!m_stderr.contains(QLatin1String("QFSFileEngine")) && !m_stderr.contains(QLatin1String("Empty filename")),
                 qPrintable(m_stderr));
        QVERIFY(!m_stdout.contains(QLatin1String("partial file")));
        QCOMPARE(m_server->requestCount(), 0);
        // download checks the folder the same way.
        QCOMPARE(runCli({QStringLiteral("download"), QStringLiteral("gemini"), QStringLiteral("7.6.8"), QStringLiteral("--type"),
                         QStringLiteral("recovery"), QStringLiteral("-o"), output}),
                 exitCode);
        QVERIFY2(m_stderr.contains(message), qPrintable(m_stderr));
    }

    // Bad input (bad command line): `verify missing.zip`: "no such file" (was "is not a file"), exit 1
    void verifyMissingFileSaysNoSuchFile()
    {
        QCOMPARE(runCli({QStringLiteral("verify"), path(QStringLiteral("missing.zip"))}), 1);
        QVERIFY2(m_stderr.contains(QLatin1String("no such file: ")), qPrintable(m_stderr));
        QCOMPARE(runCli({QStringLiteral("verify"), m_dir->path()}), 1);
        QVERIFY2(m_stderr.contains(QLatin1String("is not a file")), qPrintable(m_stderr));
    }

    // Without a terminal (a log, CI), progress is a plain line at most every 5 s while bytes arrive:
    // percent, bytes, speed. Before, a 6 s download printed only "Downloading 0 %".
    void progressLinesWithoutATerminal()
    {
        m_server->addResource("/slow.zip", 120000);
        Response trickle;
        trickle.trickleBytes = 2000;
        trickle.trickleIntervalMs = 100; // 20 kB/s: 6 s
        m_server->setScript("/slow.zip", {}, trickle);
        QCOMPARE(runCli(fetchArgs("/slow.zip") << QStringLiteral("--timeout") << QStringLiteral("30")), 0);
        static const QRegularExpression line(QStringLiteral("^Downloading ([0-9]+) %  .+ / .+  .+/s"),
                                             QRegularExpression::MultilineOption);
        QStringList percents;
        for (auto it = line.globalMatch(m_stderr); it.hasNext();)
            percents << it.next().captured(1);
        QVERIFY2(percents.size() >= 2 && percents.size() <= 4, qPrintable(m_stderr));
        const int last = percents.constLast().toInt();
        QVERIFY2(last > 0 && last < 100, qPrintable(m_stderr));
    }

    void verifyFile()
    {
        QFile file(path(QStringLiteral("some.zip")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(TestHttpServer::body(Size));
        file.close();
        QCOMPARE(runCli({QStringLiteral("verify"), file.fileName(), QStringLiteral("--md5"), TestHttpServer::md5(Size)}), 0);
        QVERIFY(lastLine().startsWith(QLatin1String("match")));
        QCOMPARE(runCli({QStringLiteral("verify"), file.fileName(), QStringLiteral("--md5"), QString(32, QLatin1Char('a'))}), 3);
        QVERIFY(lastLine().startsWith(QLatin1String("mismatch")));
        QCOMPARE(runCli({QStringLiteral("verify"), file.fileName()}), 4);
        QVERIFY(lastLine().startsWith(QLatin1String("no checksum known")));
        QCOMPARE(runCli({QStringLiteral("verify"), file.fileName(), QStringLiteral("--md5"), QStringLiteral("12")}), 1);
        // A regular expression's '$' also matched before a final newline: such an MD5 was taken
        // and then reported as a mismatch.
        QCOMPARE(runCli({QStringLiteral("verify"), file.fileName(), QStringLiteral("--md5"), TestHttpServer::md5(Size) + QLatin1Char('\n')}), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliDownload)
#include "tst_cli_download.moc"
