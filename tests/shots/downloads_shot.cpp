// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshot harness (not a test): the main window with the Downloads dock while real transfers
// run against a local server, plus the Verify File and Preferences dialogs. The catalog is the
// real test pages with each file's URLs moved to the local mirrors (one per base URL); the
// server's files are sparse files of the catalog's size. Also saves the Downloads panel's tooltip
// of a segmented download (each mirror's connections and speed). See downloads_shot.sh.
//
//   downloads_shot <base-url>[,<base-url>...] <served-dir> <download-dir> <output-dir> [WIDTHxHEIGHT]
#include "detailspane.h"
#include "downloadspanel.h"
#include "fixtures.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "romcardwidget.h"
#include "verifyfiledialog.h"
#include "windowparts.h"
#include "download/downloadmanager.h"
#include "util/translations.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>

#include <cmath>

namespace {

// "1.6 GB" -> 1,600,000,000: the figure the panel (SI units) shows as the card does.
qint64 bytesOf(const QString &sizeText)
{
    const QStringList parts = sizeText.split(QLatin1Char(' '));
    const int power = parts.size() == 2 ? int(QStringLiteral("BKMGT").indexOf(parts[1].at(0))) : -1;
    if (power < 0)
        return 1 << 20;
    return qint64(parts[0].toDouble() * std::pow(1000.0, power));
}

// The catalog's files, each on every local mirror at <base>/<file name>.
CatalogPtr localCatalog(const QStringList &bases)
{
    const CatalogPtr real = Fixtures::pagesCatalog();
    QList<XfuPage> pages = real->toPages();
    for (XfuPage &page : pages) {
        for (RomFile &file : page.cards) {
            QStringList urls;
            for (const QString &base : bases)
                urls.append(base + file.fileName);
            file.urls = urls;
        }
    }
    return Catalog::build(pages, real->marketingNames(), real->info());
}

bool makeSparse(const QString &path, qint64 size)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.resize(size);
}

void save(QWidget *widget, const QString &path)
{
    if (!widget->grab().save(path))
        qWarning("cannot save %s", qPrintable(path));
    else
        qInfo("saved %s", qPrintable(path));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FirmwareBrowserShot"));
    QCoreApplication::setApplicationName(QStringLiteral("downloads_shot"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Firmware Browser"));
    if (argc < 5) {
        qWarning("usage: downloads_shot <base-url>[,<base-url>...] <served-dir> <download-dir> <output-dir> [WxH]");
        return 2;
    }
    const QStringList bases = QString::fromLocal8Bit(argv[1]).split(QLatin1Char(','));
    const QDir served(QString::fromLocal8Bit(argv[2]));
    const QString downloads = QString::fromLocal8Bit(argv[3]);
    const QDir output(QString::fromLocal8Bit(argv[4]));
    QSettings().clear();
    installTranslators(); // the language of LANGUAGE / LANG, or the English plural forms

    const CatalogPtr catalog = localCatalog(bases);
    QTemporaryDir state;
    DownloadManager manager(state.filePath(QStringLiteral("queue.json")));
    MainWindow window(&manager);
    window.setQuitQuestion([](int) { return true; });
    DownloadPreferences preferences;
    preferences.directory = downloads;
    preferences.parallel = 3; // the fourth file (missing on the server) fails at once
    window.setDownloadPreferences(preferences);
    window.setCatalog(catalog);
    const QStringList size = argc > 5 ? QString::fromLocal8Bit(argv[5]).split(QLatin1Char('x')) : QStringList();
    window.resize(size.size() == 2 ? QSize(size[0].toInt(), size[1].toInt()) : QSize(1400, 900));
    window.show();

    // The seed page's two files run; a file of another page is paused; one missing on the server fails.
    window.selectVersion(QStringLiteral("gemini"), QStringLiteral("7.6.8"));
    for (RomCardWidget *card : WindowParts::detailsPane(window)->cards())
        makeSparse(served.filePath(card->file().fileName), bytesOf(card->file().size));
    for (RomCardWidget *card : WindowParts::detailsPane(window)->cards())
        card->downloadButton()->click();
    const int other = catalog->findPage(QStringLiteral("gemini"), QStringLiteral("V10.2.2.0.OAAMIXM"));
    const int missing = catalog->findPage(QStringLiteral("angelicain"), QStringLiteral("V12.0.1.0.QCRIDXM"));
    if (other >= 0) {
        const int f = catalog->pages().at(other).files.first();
        makeSparse(served.filePath(catalog->files().at(f).fileName), bytesOf(catalog->files().at(f).size));
        window.queueDownload(f, QUrl(catalog->files().at(f).urls.first()));
        manager.downloads().last()->pause();
    }
    if (missing >= 0) {
        const int f = catalog->pages().at(missing).files.first();
        window.queueDownload(f, QUrl(catalog->files().at(f).urls.first()));
    }
    window.selectVersion(QStringLiteral("gemini"), QStringLiteral("7.6.8"));
    WindowParts::downloadsPanel(window)->selectRow(0);

    QTimer::singleShot(2500, &app, [&] {
        save(&window, output.filePath(QStringLiteral("downloads.png")));
        save(WindowParts::downloadsDock(window), output.filePath(QStringLiteral("downloads-dock.png")));
        // The tooltip of the first (segmented) download: each mirror's connections and speed.
        if (auto *view = WindowParts::downloadsPanel(window)->findChild<QTreeView *>()) {
            const QModelIndex first = view->model()->index(0, 0);
            QToolTip::showText(view->viewport()->mapToGlobal(view->visualRect(first).center()),
                               first.data(Qt::ToolTipRole).toString(), view);
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (w->inherits("QTipLabel") && w->isVisible())
                    save(w, output.filePath(QStringLiteral("downloads-tooltip.png")));
            }
        }

        // Verify File on a damaged copy of the seed's Recovery (its name, other bytes).
        const QString damaged = QDir(downloads).filePath(QStringLiteral("miui_MI5Global_7.6.8_b3186f9d5f_7.0.zip"));
        QFile file(damaged);
        if (file.open(QIODevice::WriteOnly))
            file.write(QByteArray(5 << 20, 'x'));
        file.close();
        VerifyFileDialog *verify = window.verifyFile(damaged);
        PreferencesDialog *prefs = window.showPreferences();
        QTimer::singleShot(1500, &app, [&, verify, prefs, damaged] {
            save(verify, output.filePath(QStringLiteral("verify.png")));
            save(prefs, output.filePath(QStringLiteral("preferences.png")));
            QFile::remove(damaged);
            window.close();
            app.quit();
        });
    });
    return app.exec();
}
