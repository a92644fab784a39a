// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshot harness (not a test): docs/inspect.png. The Phone preferences point at the fake
// fastboot of tests/support (scenario "fastboot": a Redmi Note 5 Pro, whyred, anti = 4); Tools >
// Detect Phone finds it in the real embedded catalog, then File > Inspect ROM… reads a Fastboot
// ROM the harness writes itself (tests/support/testarchives: Xiaomi's layout, anti-rollback index
// 3, a few kilobytes of test bytes as images; no real ROM's facts). The dialog shows the red
// anti-rollback warning over the window. See inspect_shot.sh.
//
//   inspect_shot <output.png> [card]    card: a catalog of the test ROM alone, its card instead, and
//                                       the message told once a download of it was checked
#include "detailspane.h"
#include "fixtures.h"
#include "flashcontroller.h"
#include "flash/localcopies.h"
#include "inspectromdialog.h"
#include "mainwindow.h"
#include "phonecontroller.h"
#include "testarchives.h"
#include "windowparts.h"
#include "../phonetesthelpers.h"
#include "download/downloadmanager.h"
#include "util/translations.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    installTranslators(); // the language of LANGUAGE / LANG, as the app's start does
    if (argc < 2) {
        qWarning("usage: inspect_shot <output.png> [card]");
        return 1;
    }
    const bool card = argc > 2 && qstrcmp(argv[2], "card") == 0;
    const QString output = QString::fromLocal8Bit(argv[1]);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FirmwareBrowserShot"));
    QCoreApplication::setApplicationName(QStringLiteral("inspect_shot"));
    QSettings().clear();
    FakePhones::useScenario("fastboot");
    FakePhones::saveFakeToolSettings();

    QTemporaryDir folder;
    TestArchives::FastbootRomSpec spec;
    spec.folder = QStringLiteral("whyred_images_test");
    spec.product = QStringLiteral("whyred");
    spec.antiIndex = 3;
    spec.imageBytes = 48 * 1024;
    const QString rom = folder.filePath(QStringLiteral("whyred_test_fastboot.tgz"));
    if (!TestArchives::writeTgz(rom, TestArchives::fastbootRom(spec)))
        return 1;

    DownloadManager downloads(folder.filePath(QStringLiteral("downloads.json")));
    MainWindow window(&downloads);
    if (card) {
        QFile file(rom);
        file.open(QIODevice::ReadOnly);
        const QString md5 = QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Md5).toHex());
        DownloadPreferences preferences;
        preferences.directory = folder.path();
        window.setDownloadPreferences(preferences);
        window.setCatalog(Fixtures::singleFileCatalog(QStringLiteral("whyred_test_fastboot.tgz"), md5));
    } else {
        window.setCatalog(FakePhones::embeddedCatalog());
    }
    window.resize(1400, 900);
    window.move(0, 0);
    window.show();

    PhoneController *phone = WindowParts::phoneController(window);
    QObject::connect(phone, &PhoneController::detectionFinished, &window, [&] {
        if (!WindowParts::phoneController(window)->readyPhone()) {
            qWarning("no phone detected");
            app.exit(1);
            return;
        }
        if (card) {
            window.selectVersion(QStringLiteral("testphone"), QStringLiteral("1.0.0"));
            WindowParts::flashController(window)->inspectInBackground(rom, QStringLiteral("whyred_test_fastboot.tgz"));
            // The screen: the message that follows the check of a download is a window of its own.
            QTimer::singleShot(2500, &window, [&] {
                app.exit(QGuiApplication::primaryScreen()->grabWindow(0, 0, 0, 1400, 900).save(output) ? 0 : 1);
            });
            return;
        }
        window.selectVersion(QStringLiteral("whyred"), QStringLiteral("V11.0.3.0.PEIMIXM"));
        WindowParts::catalogView(window)->scrollTo(WindowParts::catalogView(window)->currentIndex(), QAbstractItemView::PositionAtCenter);
        InspectRomDialog *dialog = WindowParts::flashController(window)->showInspection(rom);
        dialog->resize(760, 620);
        dialog->move(window.x() + 600, window.y() + 120);
        QObject::connect(dialog, &InspectRomDialog::inspected, &window, [&] {
            QTimer::singleShot(800, &window, [&] {
                const bool saved = QGuiApplication::primaryScreen()->grabWindow(0, 0, 0, 1400, 900).save(output);
                app.exit(saved ? 0 : 1);
            });
        });
    });
    QTimer::singleShot(500, phone, &PhoneController::detect);
    return app.exec();
}
