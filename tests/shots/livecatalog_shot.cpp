// SPDX-License-Identifier: GPL-3.0-or-later
// Takes docs/live-catalog.png: the window after a catalog refresh from a loopback server serving a
// real excerpt of latest.yml over the real test pages, gemini pinned, a new version completed
// from its real page. Run under Xvfb: xvfb-run -a build/tests/livecatalog_shot <output.png>
#include "catalogrefresher.h"
#include "fixtures.h"
#include "mainwindow.h"
#include "refreshsettings.h"
#include "testhttpserver.h"
#include "windowparts.h"
#include "catalog/catalogfile.h"
#include "util/translations.h"

#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2)
        qFatal("usage: livecatalog_shot OUTPUT.png");
    installTranslators(QLocale(QLocale::English)); // the English plural forms
    QCoreApplication::setOrganizationName(QStringLiteral("FirmwareBrowserShot"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QTemporaryDir dir;
    QFile base(dir.filePath(QStringLiteral("base.fwbcat")));
    base.open(QIODevice::WriteOnly);
    base.write(CatalogFile::write(*Fixtures::pagesCatalog()));
    base.close();
    const CatalogStore store(base.fileName(), dir.filePath(QStringLiteral("imports.fwbcat")),
                             dir.filePath(QStringLiteral("feed.fwbcat")), dir.filePath(QStringLiteral("cache")));

    TestHttpServer server;
    server.addDocument("/latest.yml", Fixtures::readData(QStringLiteral("latest-excerpt.yml")));
    server.addDocument("/pages/miui/updates/gemini/V10.2.1.0.OAACNXM.md",
                       Fixtures::readData(QStringLiteral("completion/V10.2.1.0.OAACNXM.md")));
    RefreshSettings settings;
    settings.primaryUrl = server.url("/latest.yml");
    settings.fallbackUrl = QUrl();
    settings.save();
    PinnedDevices::save({QStringLiteral("gemini")});

    MainWindow window;
    settings.firmwareUrl = settings.firmwareFallbackUrl = QUrl(); // the ROM feed only (not a saved setting)
    WindowParts::catalogRefresher(window)->setSettings(settings);
    WindowParts::catalogRefresher(window)->setPageBaseUrl(server.url("/pages"));
    QSignalSpy loaded(&window, &MainWindow::catalogChanged);
    window.loadCatalog(store);
    loaded.wait(20'000);
    window.resize(1360, 820);
    window.show();
    QSignalSpy refreshed(WindowParts::catalogRefresher(window), &CatalogRefresher::refreshed);
    window.refreshCatalog();
    refreshed.wait(20'000);
    QSignalSpy completed(WindowParts::catalogRefresher(window), &CatalogRefresher::pageCompleted);
    window.selectVersion(QStringLiteral("gemini"), QStringLiteral("V10.2.1.0.OAACNXM"));
    completed.wait(20'000);
    QTreeView *view = WindowParts::catalogView(window);
    view->expand(view->model()->index(0, 0));
    view->expand(view->model()->index(0, 0, view->model()->index(0, 0)));
    QTest::qWait(800);
    window.grab().save(QString::fromLocal8Bit(argv[1]));
    QSettings().clear();
    return 0;
}
