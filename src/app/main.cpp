// SPDX-License-Identifier: GPL-3.0-or-later
#include "appicon.h"
#include "darkpalette.h"
#include "embeddedcatalog.h"
#include "fileopenwatcher.h"
#include "languagesetting.h"
#include "launcharguments.h"
#include "mainwindow.h"
#include "singleinstance.h"
#include "versionrequest.h"
#include "util/appidentity.h"
#include "util/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStyleFactory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    LanguageSetting::apply(); // before any text is made
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Firmware Browser"));
    QGuiApplication::setDesktopFileName(QStringLiteral(FWB_APP_ID));
    QApplication::setWindowIcon(applicationIcon());
    initEmbeddedCatalog();

    // FWB_DARK=1: Fusion with a dark palette, to check the GUI follows the palette.
    if (qEnvironmentVariableIntValue("FWB_DARK") == 1) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkFusionPalette());
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Browse the Xiaomi Firmware Updater ROM catalog."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("codename"),
                                 QCoreApplication::translate("main", "Device codename (gemini), or a link to a "
                                                                     "version page on xmfirmwareupdater.com."),
                                 QStringLiteral("[codename [version] | link | FILE...]"));
    parser.addPositionalArgument(QStringLiteral("version"),
                                 QCoreApplication::translate("main", "Version to open (7.6.8)."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("main", "A ROM file (.zip, .tgz) to verify against the "
                                                                     "catalog, or a saved version page (.html, .md) "
                                                                     "to import."));
    parser.process(app);
    const LaunchArguments launch = LaunchArguments::parse(parser.positionalArguments(), QDir::currentPath());

    // A second launch ("firmware-browser gemini 7.6.8", a site link, a file) hands over to the
    // running window.
    SingleInstance instance(SingleInstance::defaultServerName());
    if (instance.claim(launch.forwarded()) == SingleInstance::Role::Secondary)
        return 0;

    MainWindow window;
    QObject::connect(&instance, &SingleInstance::argumentsReceived, &window, &MainWindow::openFromAnotherLaunch);
#ifdef Q_OS_MACOS
    // Finder's Open With, also while the app runs (LaunchServices starts no second instance).
    auto *fileOpens = new FileOpenWatcher(&app);
    QObject::connect(fileOpens, &FileOpenWatcher::fileOpened, &window,
                     [&window](const QString &path) { window.openFiles({path}); });
#endif
    window.setAutomaticRefresh(true); // checks upstream once the catalog is shown, when due (Preferences)
    window.loadCatalog(); // in a worker: it overlaps with building and showing the window
    window.restoreSession();
    window.restoreDownloads(); // unfinished downloads carry on
    window.openRequest(VersionRequest::fromArguments(launch.request));
    window.show();
    window.openFiles(launch.files);
    return app.exec();
}
