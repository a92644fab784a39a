// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshot harness (not a test): docs/phone.png. The Phone preferences point at the fake adb of
// tests/support (scenario "global": a POCO F3 Global on V14.0.7.0.TKHMIXM); Tools > Detect Phone
// finds it in the real embedded catalog, then an EEA version of it is selected: its cards carry
// the region warning, and the rows around it show the Installed and Newer marks. See phone_shot.sh.
//
//   phone_shot <output.png>
#include "detailspane.h"
#include "mainwindow.h"
#include "phonecontroller.h"
#include "windowparts.h"
#include "../phonetesthelpers.h"
#include "download/downloadmanager.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 2) {
        qWarning("usage: phone_shot <output.png>");
        return 1;
    }
    const QString output = QString::fromLocal8Bit(argv[1]);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FirmwareBrowserShot"));
    QCoreApplication::setApplicationName(QStringLiteral("phone_shot"));
    QSettings().clear();
    FakePhones::useScenario("global");
    FakePhones::saveFakeToolSettings();

    QTemporaryDir queue;
    DownloadManager downloads(queue.filePath(QStringLiteral("downloads.json")));
    MainWindow window(&downloads);
    window.setCatalog(FakePhones::embeddedCatalog());
    window.resize(1400, 900);
    window.show();

    PhoneController *phone = WindowParts::phoneController(window);
    QObject::connect(phone, &PhoneController::detectionFinished, &window, [&] {
        if (!phone->match()) {
            qWarning("no phone detected");
            app.exit(1);
            return;
        }
        window.selectVersion(QStringLiteral("alioth"), QStringLiteral("V14.0.11.0.TKHEUXM"));
        WindowParts::catalogView(window)->scrollTo(WindowParts::catalogView(window)->currentIndex(), QAbstractItemView::PositionAtTop);
        QTimer::singleShot(800, &window, [&] {
            const bool saved = window.grab().save(output);
            app.exit(saved ? 0 : 1);
        });
    });
    QTimer::singleShot(500, phone, &PhoneController::detect);
    return app.exec();
}
