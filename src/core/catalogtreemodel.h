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

    // What the filter proxy needs to decide fast, without going through QVariant.
    struct RowFacts
    {
        QString searchText; // lower-case: names, codenames, version, file names
        QStringList md5s;   // version rows
        quint32 branches = 0, types = 0, regions = 0; // bit sets over branchNames() etc.
    };

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
    const RowFacts &facts(const QModelIndex &index) const;
    QModelIndex indexOfPage(int page) const;
    QModelIndex indexOfDevice(int device) const;

    // The distinct values the filters offer, in a stable order (bit i of RowFacts = entry i).
    const QStringList &branchNames() const { return m_branchNames; }
    const QStringList &typeNames() const { return m_typeNames; }
    const QStringList &regionNames() const { return m_regionNames; }

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
    void buildFacts();
    QVariant versionData(int page, int column, int role) const;

    CatalogPtr m_catalog;
    QList<OsNode> m_os;
    QList<int> m_osOfDevice;   // device -> row in m_os
    QList<int> m_rowOfPage;    // page -> row under its device
    QList<RowFacts> m_deviceFacts, m_pageFacts;
    RowFacts m_noFacts;
    QStringList m_branchNames, m_typeNames, m_regionNames;
};
