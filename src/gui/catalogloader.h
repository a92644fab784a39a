// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogstore.h"

#include <QObject>
#include <QStringList>

// Runs CatalogStore's slow calls (load, import + reload) in a worker thread and reports the
// results on the GUI thread. One job at a time: load() is for an idle loader (isBusy()), while
// imports queue up and start one after another, after a running load too.
class CatalogLoader : public QObject
{
    Q_OBJECT

public:
    explicit CatalogLoader(QObject *parent = nullptr);

    void setStore(const CatalogStore &store) { m_store = store; }
    const CatalogStore &store() const { return m_store; }
    bool isBusy() const { return m_busy; }

    void load();
    // Queues a saved version page: imported, then the catalog reloaded if the import worked.
    void importPage(const QString &path);

Q_SIGNALS:
    void importStarted(const QString &path);
    void loaded(const CatalogStore::Loaded &result);
    // reloaded is empty (null catalog, no error) when the import failed.
    void imported(const CatalogStore::ImportResult &result, const CatalogStore::Loaded &reloaded);

private:
    void startNextImport();

    CatalogStore m_store;
    QStringList m_importQueue;
    bool m_busy = false;
};
