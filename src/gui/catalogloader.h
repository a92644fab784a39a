// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogstore.h"

#include <QObject>

// Runs CatalogStore's slow calls (load, import + reload) in a worker thread and reports the
// results on the GUI thread. One job at a time: callers check isBusy().
class CatalogLoader : public QObject
{
    Q_OBJECT

public:
    explicit CatalogLoader(QObject *parent = nullptr);

    void setStore(const CatalogStore &store) { m_store = store; }
    const CatalogStore &store() const { return m_store; }
    bool isBusy() const { return m_busy; }

    void load();
    // Imports a saved version page, then reloads the catalog if the import worked.
    void importPage(const QString &path);

Q_SIGNALS:
    void loaded(const CatalogStore::Loaded &result);
    // reloaded is empty (null catalog, no error) when the import failed.
    void imported(const CatalogStore::ImportResult &result, const CatalogStore::Loaded &reloaded);

private:
    CatalogStore m_store;
    bool m_busy = false;
};
