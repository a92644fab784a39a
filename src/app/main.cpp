// SPDX-License-Identifier: GPL-3.0-or-later
#include "appicon.h"
#include "darkpalette.h"
#include "embeddedcatalog.h"
#include "languagesetting.h"
#include "mainwindow.h"
#include "singleinstance.h"
#include "versionrequest.h"
#include "util/appidentity.h"
#include "util/version.h"

#include <QApplication>
#include <QCommandLineParser>
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
                                 QStringLiteral("[codename [version] | link]"));
    parser.addPositionalArgument(QStringLiteral("version"),
                                 QCoreApplication::translate("main", "Version to open (7.6.8)."));
    parser.process(app);

    // A second launch ("firmware-browser gemini 7.6.8", a site link) hands over to the running window.
    SingleInstance instance(SingleInstance::defaultServerName());
    if (instance.claim(parser.positionalArguments()) == SingleInstance::Role::Secondary)
        return 0;

    MainWindow window;
    QObject::connect(&instance, &SingleInstance::argumentsReceived, &window, &MainWindow::openFromAnotherLaunch);
    window.setAutomaticRefresh(true); // checks upstream once the catalog is shown, when due (Preferences)
    window.loadCatalog(); // in a worker: it overlaps with building and showing the window
    window.restoreSession();
    window.restoreDownloads(); // unfinished downloads carry on
    window.openRequest(VersionRequest::fromArguments(parser.positionalArguments()));
    window.show();
    return app.exec();
}
