// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"

#include <QAbstractItemModel>
#include <QStringList>

// The catalog as a tree like the website's: MIUI / HyperOS -> device -> version page.
// Devices are sorted by name, versions newest first (numeric order). The files of a version row
// are reachable through FileIndexesRole; a catalog swap resets the model.
class CatalogTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, BranchColumn, DateColumn, AndroidColumn, ContentsColumn, ColumnCount };
    enum Kind { OsRow, DeviceRow, VersionRow };
    enum Role {
        KindRole = Qt::UserRole + 1,
        PageRole,         // int, version rows: index into Catalog::pages()
        DeviceRole,       // int, device and version rows: index into Catalog::devices()
        FolderRole,       // QString, device folder ("gemini")
        VersionRole,      // QString, version rows
        FileIndexesRole,  // QList<int>, version rows: indexes into Catalog::files()
        WebsiteUrlRole,   // QUrl, version rows
    };
    Q_ENUM(Role)

    explicit CatalogTreeModel(QObject *parent = nullptr);

    void setCatalog(CatalogPtr catalog);
    const CatalogPtr &catalog() const { return m_catalog; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Kind kind(const QModelIndex &index) const;
    // The OS row, device index or page index an index stands for (see kind()).
    int itemNumber(const QModelIndex &index) const { return idNumber(index.internalId()); }
    QModelIndex indexOfPage(int page) const;
    QModelIndex indexOfDevice(int device) const;

    // The distinct values the filters offer, in catalog order.
    QStringList branchNames() const;
    QStringList typeNames() const;
    QStringList regionNames() const;

private:
    struct OsNode
    {
        RomOs os;
        int firstDevice = 0;
        int deviceCount = 0;
    };
    static quintptr makeId(Kind kind, int n) { return (quintptr(kind) << 28) | quintptr(n); }
    static Kind idKind(quintptr id) { return Kind(id >> 28); }
    static int idNumber(quintptr id) { return int(id & ((quintptr(1) << 28) - 1)); }
    QVariant versionData(int page, int column, int role) const;

    CatalogPtr m_catalog;
    QList<OsNode> m_os;
    QList<int> m_osOfDevice;   // device -> row in m_os
    QList<int> m_rowOfPage;    // page -> row under its device
};
