// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <functional>

// The catalog as a tree like the website's: MIUI / HyperOS -> device -> version page.
// Devices are sorted by name, versions newest first (numeric order). The files of a version row
// are reachable through FileIndexesRole; a catalog swap resets the model.
//
// Pinned devices ("My devices") appear a second time in a group above the OS rows; their rows
// report the same kind and roles as the originals. Rows carry marks (New, Installed, ...) keyed by
// device folder and by page (folder + version), so they survive a catalog swap.
class CatalogTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, BranchColumn, DateColumn, AndroidColumn, ContentsColumn, ColumnCount };
    enum Kind { OsRow, DeviceRow, VersionRow, PinnedGroupRow };
    enum Role {
        KindRole = Qt::UserRole + 1,
        PageRole,         // int, version rows: index into Catalog::pages()
        DeviceRole,       // int, device and version rows: index into Catalog::devices()
        FolderRole,       // QString, device folder ("gemini")
        VersionRole,      // QString, version rows
        FileIndexesRole,  // QList<int>, version rows: indexes into Catalog::files()
        WebsiteUrlRole,   // QUrl, version rows
        MarksRole,        // int (RowMarks), device and version rows
        PinnedCopyRole,   // bool, rows under "My devices"
        SectionRole,      // QString, OS, device and version rows: the section's slug ("miui", "firmware"),
                          // the same in every interface language
    };
    Q_ENUM(Role)

    enum RowMark {
        NoMark = 0,
        NewMark = 0x1,       // a file of the page arrived with the last refresh
        InstalledMark = 0x2, // the connected phone runs this version
        NewerMark = 0x4,     // newer than the connected phone's version, for its region and branch
        PinnedMark = 0x8,    // device rows: pinned by the user
        PhoneMark = 0x10,    // device rows: the connected phone
    };
    Q_DECLARE_FLAGS(RowMarks, RowMark)
    Q_FLAG(RowMarks)

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
    // The row in the OS part of the tree (not the pinned copy).
    QModelIndex indexOfPage(int page) const;
    QModelIndex indexOfDevice(int device) const;

    // "My devices": device folders in the user's order. Folders the catalog lacks are kept (a
    // later catalog may have them) but not shown.
    void setPinnedFolders(const QStringList &folders);
    const QStringList &pinnedFolders() const { return m_pinnedFolders; }
    bool isPinned(const QString &folder) const { return m_pinnedFolders.contains(folder); }
    const QList<int> &pinnedDevices() const { return m_pinnedDevices; } // shown under "My devices"

    // Replaces the set of pages (keys from pageKey()) or device folders that carry a mark.
    static QString pageKey(const QString &folder, const QString &version);
    void setPageMarks(RowMark mark, const QSet<QString> &pageKeys);
    void setDeviceMarks(RowMark mark, const QSet<QString> &folders);
    RowMarks pageMarks(int page) const;
    RowMarks deviceMarks(int device) const;

    // The distinct values the filters offer, in catalog order.
    // A catalog word (a branch, type or region as upstream writes it: "Weekly", "Recovery") as the
    // user reads it. The GUI names them in the user's language; without a namer they stay as
    // they are (the CLI and the JSON always keep upstream's words).
    enum class Term { Branch, Type, Region };
    using TermNamer = std::function<QString(Term term, const QString &word)>;
    void setTermNamer(TermNamer namer);
    QString termName(Term term, const QString &word) const;
    // The Contents of a version row: the types of the page's files that keep() accepts (all
    // without it), Recovery before Fastboot, named by the TermNamer: "Recovery, Fastboot"; of a
    // firmware or vendor version, how many files it has (sectionFiles).
    QString contentsOf(int page, const std::function<bool(const RomFile &)> &keep = {}) const;
    static QString listSeparator(); // ", " (the user's language's)
    // A firmware or vendor version's contents: "1 firmware zip", "2 vendor packages".
    static QString sectionFiles(RomOs os, int count);

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
    // An id is a node type and a number (OS row, device, page). Pinned copies have their own
    // node types so that parent() can tell them from the originals.
    enum Node { OsNodeType, DeviceNode, VersionNode, PinnedGroupNode, PinnedDeviceNode, PinnedVersionNode };
    static quintptr makeId(Node node, int n) { return (quintptr(node) << 28) | quintptr(n); }
    static Node idNode(quintptr id) { return Node(id >> 28); }
    static Kind idKind(quintptr id);
    static int idNumber(quintptr id) { return int(id & ((quintptr(1) << 28) - 1)); }
    int osRowOffset() const { return m_pinnedDevices.isEmpty() ? 0 : 1; }
    void mapPinnedDevices();
    QModelIndex pinnedGroupIndex() const;
    QVariant versionData(int page, int column, int role) const;
    void emitMarksChanged(const QSet<QString> &changedPages, const QSet<QString> &changedFolders);

    CatalogPtr m_catalog;
    QList<OsNode> m_os;
    QList<int> m_osOfDevice;   // device -> row in m_os
    QList<int> m_rowOfPage;    // page -> row under its device
    QStringList m_pinnedFolders;
    QList<int> m_pinnedDevices;          // devices under "My devices", in order
    QHash<int, int> m_pinnedRowOfDevice; // device -> row under "My devices"
    QHash<QString, RowMarks> m_pageMarks;   // pageKey -> marks
    QHash<QString, RowMarks> m_folderMarks; // folder -> marks
    TermNamer m_termNamer;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(CatalogTreeModel::RowMarks)
