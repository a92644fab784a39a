// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogfiltermodel.h"

#include "catalog/catalog.h"
#include "catalog/catalogtreemodel.h"

#include <QLocale>
#include <QRegularExpression>

CatalogFilterModel::CatalogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false); // the source is already in display order
}

void CatalogFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_tree = qobject_cast<CatalogTreeModel *>(sourceModel);
    Q_ASSERT(m_tree);
    // Decide before the proxy maps the new rows (the proxy's own reset handler runs after ours).
    connect(m_tree, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_pageShown.clear(); });
    connect(m_tree, &QAbstractItemModel::modelReset, this, &CatalogFilterModel::decideForCatalog);
    QSortFilterProxyModel::setSourceModel(sourceModel);
    update();
}

void CatalogFilterModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    update();
}

void CatalogFilterModel::setSection(const QString &section)
{
    m_section = section;
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
    return !m_phrase.isEmpty() || !m_section.isEmpty() || !m_branch.isEmpty() || !m_type.isEmpty() || !m_region.isEmpty();
}

quint32 CatalogFilterModel::maskOf(const QStringList &names, const QString &value)
{
    if (value.isEmpty())
        return 0;
    const qsizetype i = names.indexOf(value);
    if (i < 0 || i >= 32) {
        m_noMatchPossible = true; // a value this catalog does not have
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
    decideForCatalog();
    invalidateRowsFilter();
}

void CatalogFilterModel::decideForCatalog()
{
    // The filter values map to bits of the current catalog's value lists: redo it for each catalog.
    m_noMatchPossible = false;
    if (m_tree) {
        m_branchMask = maskOf(m_tree->branchNames(), m_branch);
        m_typeMask = maskOf(m_tree->typeNames(), m_type);
        m_regionMask = maskOf(m_tree->regionNames(), m_region);
    }
    m_sectionOs = -1;
    if (!m_section.isEmpty()) {
        const std::optional<RomOs> os = osFromSlug(m_section);
        m_sectionOs = os ? int(*os) : -1;
        m_noMatchPossible = m_noMatchPossible || !os;
    }
    decideRows();
}

void CatalogFilterModel::decideRows()
{
    m_pageShown.clear();
    m_deviceShown.clear();
    m_osShown.clear();
    m_onlyShownPage = -1;
    if (!m_tree || !m_tree->catalog() || !isFiltering())
        return;
    const Catalog &catalog = *m_tree->catalog();
    const CatalogSearchIndex &search = catalog.search();
    m_pageShown = QList<bool>(catalog.pages().size(), false);
    m_deviceShown = QList<bool>(catalog.devices().size(), false);
    m_osShown = QList<bool>(m_tree->rowCount(), false); // indexed by OS number (a bit long with a pinned group)
    if (m_noMatchPossible)
        return;

    // Which devices and pages the text matches, each found in one scan of the joined texts.
    QList<bool> deviceHit(catalog.devices().size(), false), pageHit(catalog.pages().size(), false);
    QList<bool> deviceTermHit(m_versionTerm.isEmpty() ? 0 : catalog.devices().size(), false);
    if (!m_phrase.isEmpty()) {
        search.markDevicesContaining(m_phrase, deviceHit);
        search.markPagesContaining(m_phrase, pageHit);
        if (!m_versionTerm.isEmpty())
            search.markDevicesContaining(m_deviceTerm, deviceTermHit);
        if (m_hexQuery) {
            for (int f = 0; f < catalog.files().size(); ++f) {
                if (catalog.files()[f].md5.startsWith(m_phrase)) {
                    for (int p : catalog.pagesOfFile(f))
                        pageHit[p] = true;
                }
            }
        }
    }

    const auto passes = [this](quint32 branches, quint32 types, quint32 regions) {
        return (!m_branchMask || (branches & m_branchMask)) && (!m_typeMask || (types & m_typeMask))
            && (!m_regionMask || (regions & m_regionMask));
    };
    const bool filtersSet = m_branchMask | m_typeMask | m_regionMask;
    int shownPages = 0;
    for (int d = 0; d < catalog.devices().size(); ++d) {
        if (m_sectionOs >= 0 && int(catalog.devices()[d].os) != m_sectionOs)
            continue;
        if (!passes(search.deviceBranches(d), search.deviceTypes(d), search.deviceRegions(d)))
            continue;
        const bool deviceMatches = m_phrase.isEmpty() || deviceHit[d];
        const bool versionQuery = !deviceTermHit.isEmpty() && deviceTermHit[d];
        bool anyPage = false;
        for (int p : catalog.devices()[d].pages) {
            if (!passes(search.pageBranches(p), search.pageTypes(p), search.pageRegions(p)))
                continue;
            if (deviceMatches || pageHit[p] || (versionQuery && search.pageStartsWith(p, m_versionTerm))) {
                m_pageShown[p] = true;
                anyPage = true;
                ++shownPages;
                m_onlyShownPage = p;
            }
        }
        // Without branch/type/region filters a matching device is shown even if no version matches.
        if (anyPage || (deviceHit[d] && !filtersSet)) {
            m_deviceShown[d] = true;
            m_osShown[m_tree->itemNumber(m_tree->indexOfDevice(d).parent())] = true;
        }
    }
    if (shownPages != 1)
        m_onlyShownPage = -1;
}

bool CatalogFilterModel::filePasses(const RomFile &file) const
{
    return (m_branch.isEmpty() || file.branch == m_branch) && (m_type.isEmpty() || file.type == m_type)
        && (m_region.isEmpty() || file.region() == m_region);
}

QVariant CatalogFilterModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole || index.column() != CatalogTreeModel::ContentsColumn || !isFiltering()
        || m_pageShown.isEmpty())
        return QSortFilterProxyModel::data(index, role);
    const QModelIndex source = mapToSource(index);
    const QModelIndex row = index.siblingAtColumn(0);
    const int total = m_tree->rowCount(source.siblingAtColumn(0));
    const int shown = rowCount(row);
    switch (m_tree->kind(source)) {
    case CatalogTreeModel::OsRow:
    case CatalogTreeModel::PinnedGroupRow:
        if (shown == total)
            break; // "243 devices", not "243 of 243 devices"
        return devicesShownText(shown, total);
    case CatalogTreeModel::DeviceRow:
        if (shown == total)
            break;
        return versionsShownText(shown, total);
    case CatalogTreeModel::VersionRow:
        if (m_branch.isEmpty() && m_type.isEmpty() && m_region.isEmpty())
            break;
        return m_tree->contentsOf(m_tree->itemNumber(source), [this](const RomFile &file) { return filePasses(file); });
    }
    return QSortFilterProxyModel::data(index, role);
}

QString CatalogFilterModel::devicesShownText(int shown, int total)
{
    //: The devices a search or filter leaves of a group's devices: "2 of 243 devices"
    return tr("%1 of %Ln device(s)", nullptr, total).arg(QLocale().toString(shown));
}

QString CatalogFilterModel::versionsShownText(int shown, int total)
{
    //: The versions a search or filter leaves of a device's versions: "3 of 184 versions"
    return tr("%1 of %Ln version(s)", nullptr, total).arg(QLocale().toString(shown));
}

bool CatalogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_pageShown.isEmpty() && !m_noMatchPossible && !isFiltering())
        return true;
    const QModelIndex index = m_tree->index(sourceRow, 0, sourceParent);
    const int n = m_tree->itemNumber(index);
    switch (m_tree->kind(index)) {
    case CatalogTreeModel::PinnedGroupRow:
        return std::any_of(m_tree->pinnedDevices().cbegin(), m_tree->pinnedDevices().cend(),
                           [this](int d) { return d < m_deviceShown.size() && m_deviceShown[d]; });
    case CatalogTreeModel::OsRow:
        return n < m_osShown.size() && m_osShown[n];
    case CatalogTreeModel::DeviceRow:
        return n < m_deviceShown.size() && m_deviceShown[n];
    case CatalogTreeModel::VersionRow:
        return n < m_pageShown.size() && m_pageShown[n];
    }
    return false;
}
