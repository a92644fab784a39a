// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "refreshsettings.h"
#include "feed/catalogupdater.h"
#include "feed/pagecompleter.h"

#include <QObject>

// The main window's side of the live catalog: runs CatalogUpdater (at start when due, on F5)
// with the user's RefreshSettings, completes feed-only pages on demand with PageCompleter, and
// words the outcome for the status bar. It never swaps the catalog itself: MainWindow does.
class CatalogRefresher : public QObject
{
    Q_OBJECT

public:
    explicit CatalogRefresher(const CatalogStore &store, QObject *parent = nullptr);

    void setStore(const CatalogStore &store);
    void setSettings(const RefreshSettings &settings);
    const RefreshSettings &settings() const { return m_settings; }
    // Tests point the page fetches at a loopback server.
    void setPageBaseUrl(const QUrl &base) { m_completer->setBaseUrl(base); }

    void refresh(const CatalogPtr &current);
    // At start: refreshes when automatic refresh is on and the last check is old enough.
    bool refreshIfDue(const CatalogPtr &current);
    bool isRefreshing() const { return m_updater->isBusy(); }

    void completePage(const QString &folder, const QString &version);
    bool isCompleting(const QString &folder, const QString &version) const;

    // "Offline — catalog from 2026-08-23", "Catalog refreshed: 3 new files." …
    static QString statusText(const CatalogUpdater::Result &result, const Catalog *catalog);
    // What the status bar's tooltip adds to statusText(): every source's error when offline (the
    // status bar has room for "Offline — catalog from 2026-08-23", not for two host errors).
    static QString statusDetails(const CatalogUpdater::Result &result);

Q_SIGNALS:
    void refreshStarted();
    void refreshed(const CatalogUpdater::Result &result);
    void pageCompleted(const PageCompleter::Result &result);

private:
    CatalogStore m_store;
    RefreshSettings m_settings;
    CatalogUpdater *m_updater;
    PageCompleter *m_completer;
};
