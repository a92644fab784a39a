// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "mainwindow.h"
#include "scopedstate.h"
#include "singleinstance.h"
#include "download/downloadmanager.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QtConcurrent>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

// The second launch runs in a worker thread: its blocking hand-over needs this thread's event
// loop to answer, as two processes would.
class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstLaunchBecomesPrimary();
    void secondLaunchHandsOverItsArguments();
    void launchWithoutArgumentsOnlyAsksToBeShown();
    void staleSocketIsReplaced();
    void silentInstanceIsNotWaitedFor();
    void malformedRequestIsDropped();
    void defaultNameDependsOnUserAndDisplay();
    void handOverOpensTheVersionInTheWindow();

private:
    static QFuture<SingleInstance::Role> launchInWorker(const QString &name, const QStringList &arguments,
                                                        int timeoutMs = 2000);
    QString m_name;
};

void TestSingleInstance::initTestCase()
{
    Fixtures::isolateSettings(QStringLiteral("tst_singleinstance"));
}

void TestSingleInstance::init()
{
    static int counter = 0;
    // Unique per test and process: parallel test runs never meet.
    m_name = QStringLiteral("fwb-test-%1-%2").arg(QCoreApplication::applicationPid()).arg(++counter);
}

void TestSingleInstance::cleanup()
{
    QLocalServer::removeServer(m_name);
}

QFuture<SingleInstance::Role> TestSingleInstance::launchInWorker(const QString &name, const QStringList &arguments,
                                                                 int timeoutMs)
{
    return QtConcurrent::run([name, arguments, timeoutMs] {
        SingleInstance launch(name);
        launch.setTimeout(timeoutMs);
        return launch.claim(arguments);
    });
}

void TestSingleInstance::firstLaunchBecomesPrimary()
{
    SingleInstance first(m_name);
    QCOMPARE(first.claim({QStringLiteral("gemini")}), SingleInstance::Role::Primary);
    QVERIFY(first.isListening());
    QLocalSocket probe;
    probe.connectToServer(m_name);
    QVERIFY(probe.waitForConnected(1000));
}

void TestSingleInstance::secondLaunchHandsOverItsArguments()
{
    SingleInstance first(m_name);
    QVERIFY(first.listen());
    QSignalSpy received(&first, &SingleInstance::argumentsReceived);

    const QStringList arguments{QStringLiteral("gemini"), QStringLiteral("7.6.8")};
    QFuture<SingleInstance::Role> second = launchInWorker(m_name, arguments);
    QTRY_VERIFY(second.isFinished());
    QCOMPARE(second.result(), SingleInstance::Role::Secondary);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toStringList(), arguments);

    // Later launches keep reaching the same instance; non-ASCII arguments arrive intact.
    const QStringList link{QStringLiteral("https://xmfirmwareupdater.com/miui/gemini/weekly/7.6.8/"),
                           QStringLiteral("小米 «5»")};
    QFuture<SingleInstance::Role> third = launchInWorker(m_name, link);
    QTRY_VERIFY(third.isFinished());
    QCOMPARE(third.result(), SingleInstance::Role::Secondary);
    QCOMPARE(received.size(), 2);
    QCOMPARE(received.at(1).at(0).toStringList(), link);
}

void TestSingleInstance::launchWithoutArgumentsOnlyAsksToBeShown()
{
    SingleInstance first(m_name);
    QVERIFY(first.listen());
    QSignalSpy received(&first, &SingleInstance::argumentsReceived);
    QFuture<SingleInstance::Role> second = launchInWorker(m_name, {});
    QTRY_VERIFY(second.isFinished());
    QCOMPARE(second.result(), SingleInstance::Role::Secondary);
    QCOMPARE(received.size(), 1);
    QVERIFY(received.at(0).at(0).toStringList().isEmpty());
}

void TestSingleInstance::staleSocketIsReplaced()
{
#ifndef Q_OS_UNIX
    QSKIP("Only Unix leaves a socket file behind after a crash");
#else
    // What a killed instance leaves: a bound socket file nobody listens on.
    const QString path = QDir::temp().filePath(m_name);
    m_name = path;
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(path);
    QVERIFY(size_t(encoded.size()) < sizeof(address.sun_path));
    memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    ::close(fd);
    QVERIFY(QFile::exists(path));

    SingleInstance first(m_name);
    QCOMPARE(first.claim({}), SingleInstance::Role::Primary);
    QSignalSpy received(&first, &SingleInstance::argumentsReceived);
    QFuture<SingleInstance::Role> second = launchInWorker(m_name, {QStringLiteral("gemini")});
    QTRY_VERIFY(second.isFinished());
    QCOMPARE(second.result(), SingleInstance::Role::Secondary);
    QCOMPARE(received.size(), 1);
#endif
}

void TestSingleInstance::silentInstanceIsNotWaitedFor()
{
    // An instance that accepts connections but never answers (hung): the launch runs on its own.
    QLocalServer hung;
    QVERIFY(hung.listen(m_name));
    QElapsedTimer timer;
    timer.start();
    QFuture<SingleInstance::Role> launch = launchInWorker(m_name, {QStringLiteral("gemini")}, 300);
    QTRY_VERIFY_WITH_TIMEOUT(launch.isFinished(), 10000);
    QCOMPARE(launch.result(), SingleInstance::Role::Standalone);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestSingleInstance::malformedRequestIsDropped()
{
    SingleInstance first(m_name);
    QVERIFY(first.listen());
    QSignalSpy received(&first, &SingleInstance::argumentsReceived);
    QLocalSocket client;
    QSignalSpy disconnected(&client, &QLocalSocket::disconnected);
    client.connectToServer(m_name);
    QVERIFY(client.waitForConnected(1000));
    client.write("GET / HTTP/1.1\r\n\r\n");
    QVERIFY(disconnected.wait(5000));
    QCOMPARE(received.size(), 0);

    // An oversized payload is refused from its header alone.
    QLocalSocket big;
    QSignalSpy bigDisconnected(&big, &QLocalSocket::disconnected);
    big.connectToServer(m_name);
    QVERIFY(big.waitForConnected(1000));
    big.write(QByteArray("FWB1") + QByteArray::fromHex("7fffffff"));
    QVERIFY(bigDisconnected.wait(5000));
    QCOMPARE(received.size(), 0);
}

void TestSingleInstance::defaultNameDependsOnUserAndDisplay()
{
    ScopedEnvironmentVariable display("DISPLAY");
    display.set(":71");
    const QString a = SingleInstance::defaultServerName();
    QCOMPARE(SingleInstance::defaultServerName(), a); // stable
    display.set(":72");
    const QString b = SingleInstance::defaultServerName();
    QVERIFY(a != b);
    QVERIFY(a.contains(QStringLiteral("org.firmwarebrowser.FirmwareBrowser-")));
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    QVERIFY(a.startsWith(QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation) + QLatin1Char('/')));
#endif
}

void TestSingleInstance::handOverOpensTheVersionInTheWindow()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DownloadManager downloads(dir.filePath(QStringLiteral("queue.json")));
    MainWindow window(&downloads);
    const CatalogPtr catalog = Fixtures::pagesCatalog();
    window.setCatalog(catalog);
    window.showMinimized();

    SingleInstance first(m_name);
    QVERIFY(first.listen());
    connect(&first, &SingleInstance::argumentsReceived, &window, &MainWindow::openFromAnotherLaunch);
    QFuture<SingleInstance::Role> second =
        launchInWorker(m_name, {QStringLiteral("https://xmfirmwareupdater.com/miui/gemini/weekly/7.6.8/")});
    QTRY_VERIFY(second.isFinished());
    QCOMPARE(second.result(), SingleInstance::Role::Secondary);
    QTRY_COMPARE(window.currentPage(), catalog->findPage(QStringLiteral("gemini"), QStringLiteral("7.6.8")));
    QVERIFY(window.isVisible());
    QVERIFY(!window.isMinimized());
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
