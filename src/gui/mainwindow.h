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
class CatalogFilterModel;
class CatalogLoader;
class CatalogRefresher;
class CatalogTreeModel;
class DetailsPane;
class DownloadManager;
class DownloadNotifier;
class DownloadsPanel;
class PhoneController;
class PreferencesDialog;
class QDockWidget;
class VerifyFileDialog;
class WhatsNewDialog;
class QComboBox;
class QLabel;
class QMimeData;
class QTimer;
class QTreeView;
class SearchField;

// The browser window: search and filters over the catalog tree on the left, the selected
// version's ROM cards on the right. The catalog comes from loadCatalog() (a worker reads a
// CatalogStore while the window shows "Loading catalog…") or directly from setCatalog().
// A card's Download button queues the file in a DownloadManager, shown in the bottom
// "Downloads" dock.
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
    // A later launch's arguments (SingleInstance): opens what they ask for and brings the window up.
    void openFromAnotherLaunch(const QStringList &arguments);
    // Selects, reveals and scrolls to a version; false (nothing changes) when the catalog has none.
    bool selectVersion(const QString &folder, const QString &version);
    int currentPage() const; // index into Catalog::pages(), -1 when no version is selected

    // Window geometry, splitter and header now; the last selected version once a catalog is shown
    // (unless openRequest() asked for another).
    void restoreSession();
    void saveSession() const;

    // Imports a saved version page in a worker, reloads the catalog and selects the page.
    // Several calls queue up. Errors are shown and change nothing.
    void importPage(const QString &path);
    bool isBusy() const;

    DetailsPane *detailsPane() const;
    SearchField *searchField() const;
    QTreeView *catalogView() const;
    CatalogFilterModel *filterModel() const { return m_filter; }
    QComboBox *branchCombo() const;
    QComboBox *typeCombo() const;
    QComboBox *regionCombo() const;
    QString catalogStatusText() const;

    // Downloads
    DownloadManager *downloadManager() const { return m_downloads; }
    DownloadsPanel *downloadsPanel() const { return m_downloadsPanel; }
    QDockWidget *downloadsDock() const { return m_downloadsDock; }
    DownloadNotifier *downloadNotifier() const { return m_notifier; }
    // The connected phone: Tools > Detect Phone, the Phone dock, tree marks, download warnings.
    PhoneController *phoneController() const { return m_phone; }
    // The live catalog (mainwindowrefresh.cpp): View > Refresh Catalog (F5), at start when
    // setAutomaticRefresh(true) and due (never in tests unless asked), pages completed on demand.
    CatalogRefresher *catalogRefresher() const { return m_refresher; }
    void setAutomaticRefresh(bool on) { m_automaticRefresh = on; }
    void refreshCatalog();
    // View > What's New: the files of the last refresh; a row shows its version.
    WhatsNewDialog *showWhatsNew();
    // "My devices" at the top of the tree, persisted.
    void setDevicePinned(const QString &folder, bool pinned);
    QStringList pinnedDevices() const;

    // Restores the saved queue and resumes what was running at the last quit.
    void restoreDownloads();
    // Queues a catalog file into the download folder, the given mirror first (an empty URL: the
    // preferred mirror, then page order). Refusals are
    // shown (status bar and a non-blocking message box); returns whether it was queued.
    bool queueDownload(int fileIndex, const QUrl &mirror);
    const DownloadPreferences &downloadPreferences() const { return m_preferences; }
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
    void setupTree();
    void setupFilters();
    void populateFilterCombos();
    void applySearch();
    void afterFilterChanged();
    void clearFilters();
    void onCurrentChanged(const QModelIndex &current);
    void onLoaded(const CatalogStore::Loaded &result);
    void onImported(const CatalogStore::ImportResult &result, const CatalogStore::Loaded &reloaded);
    void startNextImport();
    void applyPendingSelection();
    bool selectDevice(const QString &os, const QString &folder);
    void selectSourceIndex(const QModelIndex &source);
    void chooseImportFile();
    void copyFocused();
    void expandAll();
    void showError(const QString &title, const QString &text);
    void openDownload(int fileIndex, const QUrl &url);
    void openInBrowser(const QUrl &url);
    void setupDownloads();
    void setupPhone();
    void setupRefresh();
    void applyNewMarks();
    void completePageIfNeeded(int page);
    void notifyNewForPinned(const QStringList &addedFiles);
    void onDownloadStateChanged(DownloadState state, const QString &fileName, const QString &message);
    void chooseVerifyFile();
    bool askToQuit(int running);
    static QStringList verifiablePaths(const QMimeData *mime);
    void showHeaderMenu(const QPoint &pos);
    void showTreeMenu(const QPoint &pos);
    void applyHeaderModes();
    void applySplitterState();
    static QStringList importablePaths(const QMimeData *mime);

    std::unique_ptr<Ui::MainWindow> ui;
    CatalogTreeModel *m_tree;
    CatalogFilterModel *m_filter;
    CatalogLoader *m_loader;
    QTimer *m_searchTimer;
    QLabel *m_catalogLabel;

    VersionRequest m_pendingRequest;
    QString m_lastFolder, m_lastVersion; // from the session, until a catalog is shown
    bool m_restoreLast = false;
    QStringList m_importQueue;
    QByteArray m_pendingSplitterState; // applied once the window is shown and laid out
    bool m_splitterRestored = false;

    std::unique_ptr<DownloadManager> m_ownedDownloads;
    DownloadManager *m_downloads = nullptr;
    DownloadsPanel *m_downloadsPanel = nullptr;
    QDockWidget *m_downloadsDock = nullptr;
    DownloadNotifier *m_notifier = nullptr;
    PhoneController *m_phone = nullptr;
    CatalogRefresher *m_refresher = nullptr;
    bool m_automaticRefresh = false;
    std::pair<QString, QString> m_statusDetails; // a status bar message and its tooltip
    bool m_firstLoadDone = false;
    DownloadPreferences m_preferences;
    QuitQuestion m_quitQuestion;
};
