// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogfiltermodel.h"

#include "catalogtreemodel.h"

#include <QRegularExpression>

CatalogFilterModel::CatalogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(false); // the source is already in display order
}

void CatalogFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_tree = qobject_cast<CatalogTreeModel *>(sourceModel);
    Q_ASSERT(m_tree);
    QSortFilterProxyModel::setSourceModel(sourceModel);
    connect(m_tree, &QAbstractItemModel::modelReset, this, &CatalogFilterModel::update);
}

void CatalogFilterModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    update();
}

void CatalogFilterModel::setBranch(const QString &branch)
{
    m_branch = branch;
    update();
}

void CatalogFilterModel::setType(const QString &type)
{
    m_type = type;
    update();
}

void CatalogFilterModel::setRegion(const QString &region)
{
    m_region = region;
    update();
}

bool CatalogFilterModel::isFiltering() const
{
    return !m_phrase.isEmpty() || !m_branch.isEmpty() || !m_type.isEmpty() || !m_region.isEmpty();
}

quint32 CatalogFilterModel::maskOf(const QStringList &names, const QString &value) const
{
    if (value.isEmpty())
        return 0;
    const qsizetype i = names.indexOf(value);
    if (i < 0 || i >= 32) {
        // Not in this catalog: nothing can match.
        const_cast<CatalogFilterModel *>(this)->m_noMatchPossible = true;
        return 0;
    }
    return 1u << i;
}

void CatalogFilterModel::update()
{
    m_phrase = m_text.simplified().toLower();
    m_deviceTerm.clear();
    m_versionTerm.clear();
    const qsizetype space = m_phrase.lastIndexOf(QLatin1Char(' '));
    if (space > 0) {
        const QString last = m_phrase.mid(space + 1);
        if (last.contains(QLatin1Char('.')) && std::any_of(last.cbegin(), last.cend(), [](QChar c) { return c.isDigit(); })) {
            m_deviceTerm = m_phrase.left(space);
            m_versionTerm = last;
        }
    }
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{4,32}$"));
    m_hexQuery = hex.match(m_phrase).hasMatch();
    m_noMatchPossible = false;
    if (m_tree) {
        m_branchMask = maskOf(m_tree->branchNames(), m_branch);
        m_typeMask = maskOf(m_tree->typeNames(), m_type);
        m_regionMask = maskOf(m_tree->regionNames(), m_region);
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    invalidateRowsFilter();
#else
    invalidateFilter();
#endif
}

bool CatalogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!isFiltering())
        return true;
    if (m_noMatchPossible)
        return false;
    const QModelIndex index = m_tree->index(sourceRow, 0, sourceParent);
    const bool filtersSet = m_branchMask | m_typeMask | m_regionMask;
    switch (m_tree->kind(index)) {
    case CatalogTreeModel::OsRow:
        return false; // shown when one of its rows is (recursive filtering)
    case CatalogTreeModel::DeviceRow:
        // With branch/type/region filters a device is shown only through its matching versions.
        return !filtersSet && m_tree->facts(index).searchText.contains(m_phrase);
    case CatalogTreeModel::VersionRow:
        break;
    }
    const CatalogTreeModel::RowFacts &page = m_tree->facts(index);
    if ((m_branchMask && !(page.branches & m_branchMask)) || (m_typeMask && !(page.types & m_typeMask))
        || (m_regionMask && !(page.regions & m_regionMask)))
        return false;
    if (m_phrase.isEmpty() || page.searchText.contains(m_phrase))
        return true;
    if (m_hexQuery) {
        for (const QString &md5 : page.md5s) {
            if (md5.startsWith(m_phrase))
                return true;
        }
    }
    const CatalogTreeModel::RowFacts &device = m_tree->facts(sourceParent);
    if (device.searchText.contains(m_phrase))
        return true;
    return !m_versionTerm.isEmpty() && device.searchText.contains(m_deviceTerm)
        && page.searchText.startsWith(m_versionTerm);
}
