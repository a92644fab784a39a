// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "versionrequest.h"
#include "catalog/catalog.h"
#include "catalog/catalogstore.h"

#include "downloadpreferences.h"

#include <QMainWindow>
#include <QStringList>

#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}
class AboutDialog;
class CatalogBrowser;
class CatalogLoader;
class CatalogRefresher;
class DownloadManager;
class DownloadsDock;
class FlashController;
class PhoneController;
class SplitterLayout;
class PreferencesDialog;
class VerifyFileDialog;
class WhatsNewDialog;
class QMimeData;

// The browser window. It coordinates its parts and does little itself: the CatalogBrowser
// (search, filters, tree) on the left says what is selected and the DetailsPane on the right
// shows it; the catalog comes from a CatalogLoader (a worker reads a CatalogStore while the
// window shows "Loading catalog…"), from setCatalog(), or from a CatalogRefresher; a card's
// Download button goes to the DownloadsDock at the bottom; the PhoneController marks the tree;
// the FlashController knows the files on disk, inspects and extracts them.
// Its parts carry object names (catalogBrowser, detailsPane, downloadsDock, …) for tests.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Uses its own DownloadManager (the queue in AppDataLocation).
    explicit MainWindow(QWidget *parent = nullptr);
    // Uses downloads (not owned; it must outlive the window), e.g. a test's with a temporary queue.
    explicit MainWindow(DownloadManager *downloads, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads the store's catalog in a worker, then shows it (catalogChanged) or the error.
    void loadCatalog(const CatalogStore &store = CatalogStore());
    // Shows a catalog at once; imports then go to the store given to loadCatalog() or setStore().
    void setCatalog(CatalogPtr catalog);
    void setStore(const CatalogStore &store);
    CatalogPtr catalog() const;

    // Selects a version (or a device when version is empty) now, or once a catalog is shown.
    // An unknown one is reported in the status bar.
    void openRequest(const VersionRequest &request);
    // A later launch's arguments (SingleInstance, LaunchArguments): opens what they ask for and
    // brings the window up.
    void openFromAnotherLaunch(const QStringList &arguments);
    // Files opened with the app (FILE arguments, the desktop's "Open with", macOS's file-open
    // events) get what a drop gets: saved version pages are imported, any other file is verified
    // against the catalog, once it is loaded.
    void openFiles(const QStringList &paths);
    // Selects, reveals and scrolls to a version; false (nothing changes) when the catalog has none.
    // section: the site section's slug ("firmware"); empty for the first section that has the version.
    bool selectVersion(const QString &folder, const QString &version, const QString &section = {});
    int currentPage() const; // index into Catalog::pages(), -1 when no version is selected

    // Window geometry, splitter and header now; the last selected version once a catalog is shown
    // (unless openRequest() asked for another).
    void restoreSession();
    void saveSession() const;

    // Imports a saved version page in a worker, reloads the catalog and selects the page.
    // Several calls queue up. Errors are shown and change nothing.
    void importPage(const QString &path);
    bool isBusy() const;

    // The live catalog: View > Refresh Catalog (F5), at start when setAutomaticRefresh(true) and
    // due (never in tests unless asked), pages completed on demand.
    void setAutomaticRefresh(bool on);
    void refreshCatalog();
    // View > What's New: the files of the last refresh; a row shows its version.
    WhatsNewDialog *showWhatsNew();

    // Restores the saved queue and resumes what was running at the last quit.
    void restoreDownloads();
    // Queues a catalog file into the download folder, the given mirror first (an empty URL: the
    // preferred mirror, then page order). Refusals are
    // shown (status bar and a non-blocking message box); returns whether it was queued.
    bool queueDownload(int fileIndex, const QUrl &mirror);
    const DownloadPreferences &downloadPreferences() const;
    // Saves the preferences and applies them to the manager at once.
    void setDownloadPreferences(const DownloadPreferences &preferences);
    // Edit > Preferences…: opens the dialog (window-modal, non-blocking) and returns it.
    PreferencesDialog *showPreferences();
    // Hashes a local file in a worker and shows what the catalog says about it.
    VerifyFileDialog *verifyFile(const QString &path);
    // Help > About Firmware Browser: shows the dialog (not modal; one at a time) and returns it.
    AboutDialog *showAbout();
    // Asked when the window closes with running downloads; returns true to quit. The default
    // shows a message box; tests put an answer here.
    using QuitQuestion = std::function<bool(int runningDownloads)>;
    void setQuitQuestion(QuitQuestion question) { m_quitQuestion = std::move(question); }

Q_SIGNALS:
    void catalogChanged();
    void importFinished(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setupActions();
    void setupBrowser();
    void setupDownloads(DownloadManager *downloads);
    void setupPhone();
    void setupRefresh();
    // Files on disk, Inspect ROM, Extract, the check after a verified download (mainwindowflash.cpp).
    void setupFlash();
    void applyRomFolders();
    void chooseRomToInspect();
    void showDownloadCheck(const QString &fileName, const QString &text, const QString &refusal);
    void showStatus(const QString &text, int timeoutMs);
    void onLoaded(const CatalogStore::Loaded &result);
    void onImported(const CatalogStore::ImportResult &result, const CatalogStore::Loaded &reloaded);
    // The catalog, then the version select asks for (an imported page).
    void setCatalog(CatalogPtr catalog, const VersionRequest &select);
    void chooseImportFile();
    void chooseVerifyFile();
    void copyFocused();
    void showError(const QString &title, const QString &text);
    void openDownload(int fileIndex, const QUrl &url);
    void openInBrowser(const QUrl &url);
    bool askToQuit(int running);

    std::unique_ptr<Ui::MainWindow> ui;
    CatalogBrowser *m_browser;
    CatalogLoader *m_loader;

    std::unique_ptr<SplitterLayout> m_splitterLayout;

    std::unique_ptr<DownloadManager> m_ownedDownloads;
    DownloadManager *m_downloads = nullptr;
    DownloadsDock *m_downloadsDock = nullptr;
    PhoneController *m_phone = nullptr;
    FlashController *m_flash = nullptr;
    CatalogRefresher *m_refresher = nullptr;
    QuitQuestion m_quitQuestion;
};
