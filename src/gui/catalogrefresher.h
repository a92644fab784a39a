// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "refreshsettings.h"
#include "feed/catalogupdater.h"
#include "feed/pagecompleter.h"

#include <QObject>
#include <QPointer>

class CatalogTreeModel;
class QAction;
class QWidget;
class WhatsNewDialog;

// The main window's side of the live catalog: runs CatalogUpdater (at start when due, on F5)
// with the user's RefreshSettings, completes feed-only pages on demand with PageCompleter, marks
// the versions the last refresh brought in the tree, shows them in View → What's New, and words
// the outcome for the status bar. It never swaps the catalog itself: it hands a new one to the
// window (catalogRefreshed), which shows it and calls catalogChanged().
class CatalogRefresher : public QObject
{
    Q_OBJECT

public:
    // tree: the window's tree (its catalog is the one refreshed; it gets the New marks).
    CatalogRefresher(const CatalogStore &store, CatalogTreeModel *tree, QWidget *window);

    void setStore(const CatalogStore &store);
    void setSettings(const RefreshSettings &settings);
    const RefreshSettings &settings() const { return m_settings; }
    // Tests point the page fetches at a loopback server.
    void setPageBaseUrl(const QUrl &base) { m_completer->setBaseUrl(base); }
    // View > Refresh Catalog (disabled while a refresh runs) and View > What's New (always there:
    // before any refresh, or offline, it says why it is empty).
    void setActions(QAction *refresh, QAction *whatsNew);
    // The first catalog shown starts a refresh when due (never in tests unless asked).
    void setAutomatic(bool on) { m_automatic = on; }

    // Refreshes the tree's catalog (only a message while none is loaded yet).
    void refresh();
    // At start: refreshes when automatic refresh is on and the last check is old enough.
    bool refreshIfDue();
    bool isRefreshing() const { return m_updater->isBusy(); }
    // The tree shows another catalog: marks its new versions; the first one may start a refresh.
    void catalogChanged();

    // A feed-only page (no changelog, one mirror) was selected: fetches it from the website;
    // the window gets pageNotice() now and a completed catalog later.
    void completeIfNeeded(int page);
    void completePage(const QString &folder, const QString &version);
    bool isCompleting(const QString &folder, const QString &version) const;

    // The files of the last refresh, pinned devices first; a row asks for its version.
    WhatsNewDialog *showWhatsNew();

    // "Offline — catalog from 2026-08-23", "Catalog refreshed: 3 new files." …
    static QString statusText(const CatalogUpdater::Result &result, const Catalog *catalog);
    // What the status bar's tooltip adds to statusText(): every source's error when offline (the
    // status bar has room for "Offline — catalog from 2026-08-23", not for two host errors).
    static QString statusDetails(const CatalogUpdater::Result &result);

Q_SIGNALS:
    void refreshStarted();
    void refreshed(const CatalogUpdater::Result &result);
    void pageCompleted(const PageCompleter::Result &result);
    // A catalog with the refresh's files, or with a page completed: the window shows it.
    void catalogRefreshed(const CatalogPtr &catalog);
    // For the status bar: the text and its tooltip; timeoutMs 0 keeps it until replaced.
    void statusMessage(const QString &text, const QString &details, int timeoutMs);
    // About the page being completed, for the details pane while it shows folder / version.
    void pageNotice(const QString &folder, const QString &version, const QString &notice);
    // New ROMs arrived for pinned devices: for a tray notification.
    void newForPinned(const QString &title, const QString &text);
    // A row of What's New was activated.
    void versionRequested(const QString &folder, const QString &version, const QString &section);

private:
    void onRefreshed(const CatalogUpdater::Result &result);
    void onPageCompleted(const PageCompleter::Result &result);
    void notifyNewForPinned(const QStringList &addedFiles);
    void applyNewMarks();

    CatalogStore m_store;
    CatalogTreeModel *m_tree;
    QWidget *m_window;
    RefreshSettings m_settings;
    CatalogUpdater *m_updater;
    PageCompleter *m_completer;
    QPointer<QAction> m_refreshAction;
    bool m_automatic = false;
    bool m_firstCatalogSeen = false;
};
