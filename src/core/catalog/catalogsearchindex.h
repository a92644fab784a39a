// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <mutex>

class Catalog;

// What the tree filter searches: the lower-case texts of all pages (version, device name, file
// names, card codenames) and of all devices (marketing name, codename, device names) each kept
// as one long UTF-8 string, so a query is one fast byte scan instead of 34,000 small ones; and for each
// page and device bit sets of the branches, types and regions found below it. Built once with the
// catalog, in the loading worker; the texts (the costly part, ~100 ms) are built on first use or
// by warmUp(), so a loaded catalog reaches the tree view before its search index is ready.
class CatalogSearchIndex
{
public:
    CatalogSearchIndex() = default;
    CatalogSearchIndex(const CatalogSearchIndex &) = delete;
    CatalogSearchIndex &operator=(const CatalogSearchIndex &) = delete;

    // The branch/type/region sets; keeps `catalog` to build the texts later (it owns this index).
    void build(const Catalog &catalog);
    // Builds the texts now (thread-safe; call it in a worker after loading).
    void warmUp() const { ensureTexts(); }

    // Marks (sets to true) every page / device whose text contains the needle (any case).
    void markPagesContaining(const QString &needle, QList<bool> &pages) const;
    void markDevicesContaining(const QString &needle, QList<bool> &devices) const;
    bool pageStartsWith(int page, const QString &prefix) const;

    quint32 pageBranches(int page) const { return m_pageBits[3 * page]; }
    quint32 pageTypes(int page) const { return m_pageBits[3 * page + 1]; }
    quint32 pageRegions(int page) const { return m_pageBits[3 * page + 2]; }
    quint32 deviceBranches(int device) const { return m_deviceBits[3 * device]; }
    quint32 deviceTypes(int device) const { return m_deviceBits[3 * device + 1]; }
    quint32 deviceRegions(int device) const { return m_deviceBits[3 * device + 2]; }

    // The distinct values, in catalog order: bit i of the sets above stands for entry i.
    const QStringList &branchNames() const { return m_branchNames; }
    const QStringList &typeNames() const { return m_typeNames; }
    const QStringList &regionNames() const { return m_regionNames; }

private:
    void ensureTexts() const;
    void buildTexts() const;

    struct Texts
    {
        QByteArray all;         // each item's text followed by a separator no query contains
        QList<qsizetype> start; // item i: all[start[i] .. start[i + 1] - 1)
        void append(const QString &text);
        void endItem();
        void mark(const QString &needle, QList<bool> &items) const;
    };
    const Catalog *m_catalog = nullptr;
    mutable std::once_flag m_textsBuilt;
    mutable Texts m_pages, m_devices;
    QList<quint32> m_pageBits, m_deviceBits; // branches, types, regions per item
    QStringList m_branchNames, m_typeNames, m_regionNames;
};
