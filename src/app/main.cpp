// SPDX-License-Identifier: GPL-3.0-or-later
#include "appidentity.h"
#include "darkpalette.h"
#include "embeddedcatalog.h"
#include "mainwindow.h"
#include "translations.h"
#include "versionrequest.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QStyleFactory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Firmware Browser"));
    QGuiApplication::setDesktopFileName(QStringLiteral(FWB_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(FWB_APP_ID)));
    initEmbeddedCatalog();
    installTranslators();

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

    MainWindow window;
    window.loadCatalog(); // in a worker: it overlaps with building and showing the window
    window.restoreSession();
    window.restoreDownloads(); // unfinished downloads carry on
    window.openRequest(VersionRequest::fromArguments(parser.positionalArguments()));
    window.show();
    return app.exec();
}
