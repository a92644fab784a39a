// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogtreemodel.h"

#include "stringlists.h"

#include <QUrl>

#include <algorithm>
#include <functional>

CatalogTreeModel::CatalogTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void CatalogTreeModel::setCatalog(CatalogPtr catalog)
{
    beginResetModel();
    m_catalog = std::move(catalog);
    m_os.clear();
    m_osOfDevice.clear();
    m_rowOfPage.clear();
    if (m_catalog) {
        const QList<CatalogDevice> &devices = m_catalog->devices();
        m_osOfDevice.resize(devices.size());
        for (int d = 0; d < devices.size(); ++d) {
            if (m_os.isEmpty() || m_os.last().os != devices[d].os)
                m_os.append(OsNode{devices[d].os, d, 0});
            ++m_os.last().deviceCount;
            m_osOfDevice[d] = int(m_os.size() - 1);
        }
        m_rowOfPage = QList<int>(m_catalog->pages().size(), -1);
        for (const CatalogDevice &device : devices) {
            for (int row = 0; row < device.pages.size(); ++row)
                m_rowOfPage[device.pages[row]] = row;
        }
    }
    endResetModel();
}

QStringList CatalogTreeModel::branchNames() const
{
    return m_catalog ? m_catalog->search().branchNames() : QStringList();
}

QStringList CatalogTreeModel::typeNames() const
{
    return m_catalog ? m_catalog->search().typeNames() : QStringList();
}

QStringList CatalogTreeModel::regionNames() const
{
    return m_catalog ? m_catalog->search().regionNames() : QStringList();
}

QModelIndex CatalogTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_catalog || row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_os.size() ? createIndex(row, column, makeId(OsRow, row)) : QModelIndex();
    const quintptr id = parent.internalId();
    switch (idKind(id)) {
    case OsRow: {
        const OsNode &os = m_os[idNumber(id)];
        return row < os.deviceCount ? createIndex(row, column, makeId(DeviceRow, os.firstDevice + row)) : QModelIndex();
    }
    case DeviceRow: {
        const QList<int> &pages = m_catalog->devices()[idNumber(id)].pages;
        return row < pages.size() ? createIndex(row, column, makeId(VersionRow, pages[row])) : QModelIndex();
    }
    case VersionRow:
        break;
    }
    return {};
}

QModelIndex CatalogTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !m_catalog)
        return {};
    const quintptr id = child.internalId();
    switch (idKind(id)) {
    case OsRow:
        return {};
    case DeviceRow: {
        const int os = m_osOfDevice[idNumber(id)];
        return createIndex(os, 0, makeId(OsRow, os));
    }
    case VersionRow:
        return indexOfDevice(m_catalog->deviceOfPage(idNumber(id)));
    }
    return {};
}

int CatalogTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_catalog)
        return 0;
    if (!parent.isValid())
        return int(m_os.size());
    if (parent.column() != 0)
        return 0;
    const quintptr id = parent.internalId();
    switch (idKind(id)) {
    case OsRow:
        return m_os[idNumber(id)].deviceCount;
    case DeviceRow:
        return int(m_catalog->devices()[idNumber(id)].pages.size());
    case VersionRow:
        return 0;
    }
    return 0;
}

int CatalogTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

CatalogTreeModel::Kind CatalogTreeModel::kind(const QModelIndex &index) const
{
    return idKind(index.internalId());
}

QModelIndex CatalogTreeModel::indexOfDevice(int device) const
{
    if (!m_catalog || device < 0 || device >= m_osOfDevice.size())
        return {};
    const OsNode &os = m_os[m_osOfDevice[device]];
    return createIndex(device - os.firstDevice, 0, makeId(DeviceRow, device));
}

QModelIndex CatalogTreeModel::indexOfPage(int page) const
{
    if (!m_catalog || page < 0 || page >= m_rowOfPage.size())
        return {};
    return createIndex(m_rowOfPage[page], 0, makeId(VersionRow, page));
}

QVariant CatalogTreeModel::versionData(int page, int column, int role) const
{
    const CatalogPage &p = m_catalog->pages()[page];
    const QList<RomFile> &files = m_catalog->files();
    const auto fieldOfFiles = [&](QString RomFile::*field) {
        QStringList values;
        for (int f : p.files)
            values.append(files[f].*field);
        return distinctNonEmpty(values).join(QLatin1String(", "));
    };
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn:
            return p.version;
        case BranchColumn:
            return fieldOfFiles(&RomFile::branch);
        case DateColumn: {
            // The newest date of the page's files (a Fastboot build is often a day older).
            QString newest;
            for (int f : p.files) {
                const QString &date = files[f].releaseDate;
                if (date.size() == 10 && date > newest)
                    newest = date;
            }
            return newest.isEmpty() ? fieldOfFiles(&RomFile::releaseDate) : newest;
        }
        case AndroidColumn:
            return fieldOfFiles(&RomFile::androidVersion);
        case ContentsColumn: {
            // Recovery before Fastboot on every row, whatever the page's card order.
            QStringList types = fieldOfFiles(&RomFile::type).split(QLatin1String(", "));
            std::sort(types.begin(), types.end(), std::greater<>());
            return types.join(QLatin1String(", "));
        }
        }
    } else if (role == Qt::ToolTipRole && column == NameColumn) {
        return tr("%1 — %2").arg(p.name, p.version);
    }
    switch (role) {
    case PageRole:
        return page;
    case DeviceRole:
        return m_catalog->deviceOfPage(page);
    case FolderRole:
        return p.folder;
    case VersionRole:
        return p.version;
    case FileIndexesRole:
        return QVariant::fromValue(p.files);
    case WebsiteUrlRole:
        return p.websiteUrl();
    }
    return {};
}

QVariant CatalogTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_catalog)
        return {};
    const int n = idNumber(index.internalId());
    const Kind k = kind(index);
    if (role == KindRole)
        return int(k);
    switch (k) {
    case OsRow: {
        const OsNode &os = m_os[n];
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return osDisplayName(os.os);
        if (role == Qt::DisplayRole && index.column() == ContentsColumn)
            return tr("%n device(s)", nullptr, os.deviceCount);
        return {};
    }
    case DeviceRow: {
        const CatalogDevice &device = m_catalog->devices()[n];
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return device.displayName();
        if (role == Qt::DisplayRole && index.column() == ContentsColumn)
            return tr("%n version(s)", nullptr, int(device.pages.size()));
        if (role == DeviceRole)
            return n;
        if (role == FolderRole)
            return device.folder;
        return {};
    }
    case VersionRow:
        return versionData(n, index.column(), role);
    }
    return {};
}

QVariant CatalogTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Device / Version");
    case BranchColumn:
        return tr("Branch");
    case DateColumn:
        return tr("Released");
    case AndroidColumn:
        return tr("Android");
    case ContentsColumn:
        return tr("Contents");
    }
    return {};
}
