// SPDX-License-Identifier: GPL-3.0-or-later
// Files opened with the app: FILE arguments (the desktop's "Open with"), handed over to a running
// instance, and macOS's file-open events; a ROM is verified against the catalog, a saved version
// page imported, as a drop does. The last tests start firmware-browser itself.
#include "fileopenwatcher.h"
#include "fixtures.h"
#include "launcharguments.h"
#include "mainwindow.h"
#include "verifyfiledialog.h"
#include "catalog/catalogfile.h"
#include "catalog/catalogstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileOpenEvent>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
}

// The app started here keeps its settings, data and socket in the test's folder only where the XDG
// variables move them: Windows and macOS do not read them.
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
constexpr bool StartedAppStaysInTestFolder = true;
#else
constexpr bool StartedAppStaysInTestFolder = false;
#endif

// firmware-browser with a home of its own and the offscreen platform; no refresh and no phone
// detection at start (neither may reach out of the test).
class AppLaunch
{
public:
    explicit AppLaunch(const QTemporaryDir &home)
        : m_home(home.path())
    {
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_environment.insert(QStringLiteral("HOME"), m_home.path());
        for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"})
            m_environment.insert(QString::fromLatin1(name), m_home.filePath(QString::fromLatin1(name).toLower()));
        m_home.mkpath(QStringLiteral("xdg_config_home/FirmwareBrowser"));
        m_home.mkpath(QStringLiteral("xdg_runtime_dir"));
        QFile::setPermissions(m_home.filePath(QStringLiteral("xdg_runtime_dir")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile settings(m_home.filePath(QStringLiteral("xdg_config_home/FirmwareBrowser/FirmwareBrowser.conf")));
        if (settings.open(QIODevice::WriteOnly))
            settings.write("[refresh]\nautomatic=false\n[phone]\nautoDetect=false\n");
    }

    std::unique_ptr<QProcess> start(const QStringList &arguments, const QString &workingFolder) const
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(m_environment);
        process->setWorkingDirectory(workingFolder);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QStringLiteral(FWB_APP), arguments);
        if (!process->waitForStarted(30000))
            qWarning("firmware-browser did not start: %s", qPrintable(process->errorString()));
        return process;
    }

    QString importsPath() const
    {
        return m_home.filePath(QStringLiteral("xdg_data_home/FirmwareBrowser/FirmwareBrowser/imports.fwbcat"));
    }
    bool isListening() const
    {
        return !QDir(m_home.filePath(QStringLiteral("xdg_runtime_dir"))).isEmpty(QDir::System | QDir::NoDotAndDotDot);
    }

private:
    QDir m_home;
    QProcessEnvironment m_environment;
};

void stop(QProcess &process)
{
    process.kill();
    process.waitForFinished(30000);
}

// The user's imports hold the seed page (gemini 7.6.8) once the app imported it.
bool importsHoldSeedPage(const QString &importsPath)
{
    if (!QFileInfo::exists(importsPath))
        return false;
    const CatalogFile::Result imports = CatalogFile::readFile(importsPath);
    return imports.ok() && imports.catalog->findPage(QStringLiteral("gemini"), QStringLiteral("7.6.8")) >= 0;
}

} // namespace

class TestOpenFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void argumentsSplitIntoFilesAndVersion_data();
    void argumentsSplitIntoFilesAndVersion();
    void forwardedArgumentsReadBackTheSame();
    void romOpenedAtStartIsVerifiedOnceTheCatalogIsLoaded();
    void anotherLaunchHandsOverItsFiles();
    void fileOpenEventsAreReported();
    void appImportsAPageGivenOnItsCommandLine();
    void secondLaunchHandsItsFileToTheRunningApp();

private:
    // A catalog file whose only ROM is test_rom.zip with the MD5 of the file written next to it.
    QString writeRomAndCatalog(QString *romPath);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestOpenFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOpenFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestOpenFiles::writeRomAndCatalog(QString *romPath)
{
    *romPath = m_dir->filePath(QStringLiteral("test_rom.zip"));
    const QByteArray rom = QByteArray(256 * 1024, 'r') + QByteArrayLiteral("end");
    writeFile(*romPath, rom);
    const QString md5 = QString::fromLatin1(QCryptographicHash::hash(rom, QCryptographicHash::Md5).toHex());
    const QString catalogPath = m_dir->filePath(QStringLiteral("base.fwbcat"));
    writeFile(catalogPath, CatalogFile::write(*Fixtures::singleFileCatalog(QStringLiteral("test_rom.zip"), md5)));
    return catalogPath;
}

void TestOpenFiles::argumentsSplitIntoFilesAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("files");   // relative to the working folder
    QTest::addColumn<QStringList>("request");

    const QString link = QStringLiteral("https://xmfirmwareupdater.com/miui/gemini/weekly/7.6.8/");
    QTest::newRow("codename and version") << QStringList{QStringLiteral("gemini"), QStringLiteral("7.6.8")}
                                          << QStringList{} << QStringList{QStringLiteral("gemini"), QStringLiteral("7.6.8")};
    QTest::newRow("link") << QStringList{link} << QStringList{} << QStringList{link};
    QTest::newRow("link without scheme")
        << QStringList{QStringLiteral("xmfirmwareupdater.com/miui/gemini/")} << QStringList{}
        << QStringList{QStringLiteral("xmfirmwareupdater.com/miui/gemini/")};
    QTest::newRow("existing files") << QStringList{QStringLiteral("rom.tgz"), QStringLiteral("notes")}
                                    << QStringList{QStringLiteral("rom.tgz"), QStringLiteral("notes")} << QStringList{};
    // Reported as a missing file by the verification, not looked up as a codename.
    QTest::newRow("missing ROM") << QStringList{QStringLiteral("gone/miui_MI5Global_7.6.8.zip")}
                                 << QStringList{QStringLiteral("gone/miui_MI5Global_7.6.8.zip")} << QStringList{};
    QTest::newRow("missing page, upper case") << QStringList{QStringLiteral("Page.HTML")}
                                              << QStringList{QStringLiteral("Page.HTML")} << QStringList{};
    QTest::newRow("file URL") << QStringList{QStringLiteral("file:rom.tgz")} << QStringList{QStringLiteral("rom.tgz")}
                              << QStringList{};
    QTest::newRow("a folder is no file") << QStringList{QStringLiteral("sub")} << QStringList{}
                                         << QStringList{QStringLiteral("sub")};
    QTest::newRow("file and version") << QStringList{QStringLiteral("rom.tgz"), QStringLiteral("gemini")}
                                      << QStringList{QStringLiteral("rom.tgz")} << QStringList{QStringLiteral("gemini")};
}

// Bad input (bad command line): `firmware-browser FILE` with a missing ROM or page opens it as a file
// (reported missing), never looked up as a codename; a folder is not a file; relative paths are taken
// from where it started
void TestOpenFiles::argumentsSplitIntoFilesAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, files);
    QFETCH(QStringList, request);
    const QDir folder(m_dir->path());
    writeFile(folder.filePath(QStringLiteral("rom.tgz")), "tgz");
    writeFile(folder.filePath(QStringLiteral("notes")), "a file without a suffix");
    QVERIFY(folder.mkdir(QStringLiteral("sub")));
    for (QString &argument : arguments) {
        if (argument.startsWith(QLatin1String("file:")))
            argument = QUrl::fromLocalFile(folder.filePath(argument.mid(5))).toString();
    }

    const LaunchArguments launch = LaunchArguments::parse(arguments, folder.path());
    QStringList absolute;
    for (const QString &file : files)
        absolute.append(QDir::cleanPath(folder.absoluteFilePath(file)));
    QCOMPARE(launch.files, absolute);
    QCOMPARE(launch.request, request);
}

void TestOpenFiles::forwardedArgumentsReadBackTheSame()
{
    writeFile(m_dir->filePath(QStringLiteral("rom.zip")), "zip");
    const LaunchArguments launch = LaunchArguments::parse(
        {QStringLiteral("rom.zip"), QStringLiteral("gemini"), QStringLiteral("7.6.8")}, m_dir->path());
    // The running instance reads them in another working folder.
    const LaunchArguments received = LaunchArguments::parse(launch.forwarded(), QDir::rootPath());
    QCOMPARE(received.files, QStringList{m_dir->filePath(QStringLiteral("rom.zip"))});
    QCOMPARE(received.request, (QStringList{QStringLiteral("gemini"), QStringLiteral("7.6.8")}));
}

void TestOpenFiles::romOpenedAtStartIsVerifiedOnceTheCatalogIsLoaded()
{
    QString rom;
    const QString catalog = writeRomAndCatalog(&rom);
    MainWindow window;
    window.loadCatalog(CatalogStore(catalog, m_dir->filePath(QStringLiteral("imports.fwbcat"))));
    window.show();
    window.openFiles({rom}); // as main() does: the catalog is still being read

    VerifyFileDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<VerifyFileDialog *>()) != nullptr, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isDone(), 30000);
    QCOMPARE(dialog->path(), rom);
    QCOMPARE(dialog->outcome().kind, VerifyOutcome::Match);
    QVERIFY2(dialog->resultText().startsWith(QStringLiteral("Match — this is test_rom.zip of Test Phone Global 1.0.0")),
             qPrintable(dialog->resultText()));
    QCOMPARE(window.findChildren<VerifyFileDialog *>().size(), 1);
}

void TestOpenFiles::anotherLaunchHandsOverItsFiles()
{
    QString rom;
    const QString catalog = writeRomAndCatalog(&rom);
    MainWindow window;
    QSignalSpy changed(&window, &MainWindow::catalogChanged);
    window.loadCatalog(CatalogStore(catalog, m_dir->filePath(QStringLiteral("imports.fwbcat"))));
    QVERIFY(changed.wait(30000));
    window.showMinimized();

    // What SingleInstance delivers from "firmware-browser PAGE ROM" started in another folder.
    QSignalSpy imported(&window, &MainWindow::importFinished);
    const LaunchArguments launch = LaunchArguments::parse({Fixtures::seedPagePath(), QFileInfo(rom).fileName()},
                                                          m_dir->path());
    window.openFromAnotherLaunch(launch.forwarded());
    QVERIFY(!window.isMinimized());
    QVERIFY(imported.wait(30000));
    QVERIFY2(imported[0][0].toBool(), qPrintable(imported[0][1].toString()));
    QCOMPARE(window.currentPage(), window.catalog()->findPage(QStringLiteral("gemini"), QStringLiteral("7.6.8")));
    auto *dialog = window.findChild<VerifyFileDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isDone(), 30000);
    QCOMPARE(dialog->outcome().kind, VerifyOutcome::Match);
}

void TestOpenFiles::fileOpenEventsAreReported()
{
    QObject application; // stands in for the QApplication that macOS sends them to
    auto *watcher = new FileOpenWatcher(&application);
    QSignalSpy opened(watcher, &FileOpenWatcher::fileOpened);
    const QString rom = m_dir->filePath(QStringLiteral("rom.tgz"));
    QFileOpenEvent file(rom);
    QVERIFY(QCoreApplication::sendEvent(&application, &file));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened[0][0].toString(), rom);

    // A link is not a file: left alone.
    QFileOpenEvent link(QUrl(QStringLiteral("https://xmfirmwareupdater.com/miui/gemini/")));
    QVERIFY(!QCoreApplication::sendEvent(&application, &link));
    QCOMPARE(opened.size(), 1);
}


void TestOpenFiles::appImportsAPageGivenOnItsCommandLine()
{
    if (!StartedAppStaysInTestFolder)
        QSKIP("The started app's folders are moved with XDG variables (Linux and BSD only)");
    const AppLaunch app(*m_dir);
    const QFileInfo page(Fixtures::seedPagePath());
    std::unique_ptr<QProcess> process = app.start({page.fileName()}, page.absolutePath());
    QTRY_VERIFY_WITH_TIMEOUT(importsHoldSeedPage(app.importsPath()), 60000);
    QCOMPARE(process->state(), QProcess::Running); // the window stays open
    stop(*process);
}

void TestOpenFiles::secondLaunchHandsItsFileToTheRunningApp()
{
    if (!StartedAppStaysInTestFolder)
        QSKIP("The started app's folders are moved with XDG variables (Linux and BSD only)");
    const AppLaunch app(*m_dir);
    std::unique_ptr<QProcess> first = app.start({}, m_dir->path());
    QTRY_VERIFY_WITH_TIMEOUT(app.isListening(), 60000);

    // Started in the page's folder with a relative name: the running app works elsewhere.
    const QFileInfo page(Fixtures::seedPagePath());
    std::unique_ptr<QProcess> second = app.start({page.fileName()}, page.absolutePath());
    QVERIFY(second->waitForFinished(60000));
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QCOMPARE(second->exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(importsHoldSeedPage(app.importsPath()), 60000);
    QCOMPARE(first->state(), QProcess::Running);
    stop(*first);
}

QTEST_MAIN(TestOpenFiles)
#include "tst_openfiles.moc"
