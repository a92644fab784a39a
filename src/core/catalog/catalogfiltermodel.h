// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

class CatalogTreeModel;
struct RomFile;

// Filters the catalog tree: a search text over device name, marketing name, codename, version,
// file name and MD5 prefix, plus section (MIUI, HyperOS, Firmware, Vendor), branch, type and region
// filters. A matching device shows all its
// versions that pass the filters; a matching version shows its device and OS. "gemini 7.6.8" (a
// device then a version with a dot) finds that version of that device.
//
// Each change of the filter decides every row once, in one tight pass over the source model's
// precomputed facts; filterAcceptsRow() then only looks the answer up. QSortFilterProxyModel's own
// recursive filtering would call it several times per row, which is too slow per keystroke.
class CatalogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CatalogFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    // An empty value means "any". The section is its slug ("firmware", osSlug()).
    void setSection(const QString &section);
    void setBranch(const QString &branch);
    void setType(const QString &type);
    void setRegion(const QString &region);

    bool isFiltering() const;
    // The one version row the search and filters leave, or -1 (none, several, or no filtering).
    int onlyShownPage() const { return m_onlyShownPage; }

    // While filtering, the Contents column says what the filters leave: "2 of 243 devices",
    // "3 of 184 versions", and only the file types that pass on a version row.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    static QString devicesShownText(int shown, int total);
    static QString versionsShownText(int shown, int total);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void update();
    void decideForCatalog();
    void decideRows();
    quint32 maskOf(const QStringList &names, const QString &value);
    bool filePasses(const RomFile &file) const;

    CatalogTreeModel *m_tree = nullptr;
    QString m_text;
    QString m_section, m_branch, m_type, m_region;
    // Derived from the above in update():
    QString m_phrase;         // lower-case, trimmed
    QString m_deviceTerm;     // for "device version" queries
    QString m_versionTerm;
    bool m_hexQuery = false;  // the phrase could be an MD5 prefix
    quint32 m_branchMask = 0, m_typeMask = 0, m_regionMask = 0; // 0 = any
    int m_sectionOs = -1; // the RomOs the section filter leaves; -1 = any
    bool m_noMatchPossible = false; // a filter value the catalog does not have
    QList<bool> m_pageShown, m_deviceShown, m_osShown; // indexed by page, device, OS number
    int m_onlyShownPage = -1;
};
