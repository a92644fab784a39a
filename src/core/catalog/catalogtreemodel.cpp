// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogtreemodel.h"

#include "util/stringlists.h"

#include <QUrl>

#include <algorithm>
#include <utility>
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
    mapPinnedDevices();
    endResetModel();
}

void CatalogTreeModel::setTermNamer(TermNamer namer)
{
    m_termNamer = std::move(namer);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

QString CatalogTreeModel::termName(Term term, const QString &word) const
{
    return m_termNamer ? m_termNamer(term, word) : word;
}

QString CatalogTreeModel::contentsOf(int page, const std::function<bool(const RomFile &)> &keep) const
{
    const CatalogPage &p = m_catalog->pages()[page];
    QStringList types;
    for (int f : p.files) {
        const RomFile &file = m_catalog->files()[f];
        if (!keep || keep(file))
            types.append(file.type);
    }
    // A firmware-only zip or vendor package has no type: how many the version has.
    if (!isRomSection(p.os))
        return sectionFiles(p.os, int(types.size()));
    types = distinctNonEmpty(types);
    // Recovery before Fastboot on every row, whatever the page's card order.
    std::sort(types.begin(), types.end(), std::greater<>());
    for (QString &type : types)
        type = termName(Term::Type, type);
    return types.join(listSeparator());
}

QString CatalogTreeModel::sectionFiles(RomOs os, int count)
{
    if (os == RomOs::Vendor)
        //: Contents of a vendor version in the catalog tree
        return tr("%Ln vendor package(s)", nullptr, count);
    //: Contents of a firmware version in the catalog tree: its firmware-only zips
    return tr("%Ln firmware zip(s)", nullptr, count);
}

QString CatalogTreeModel::listSeparator()
{
    //: Between the items of a short list in a cell: "Recovery, Fastboot" (Chinese: 、)
    return tr(", ");
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

CatalogTreeModel::Kind CatalogTreeModel::idKind(quintptr id)
{
    switch (idNode(id)) {
    case OsNodeType:
        return OsRow;
    case DeviceNode:
    case PinnedDeviceNode:
        return DeviceRow;
    case VersionNode:
    case PinnedVersionNode:
        return VersionRow;
    case PinnedGroupNode:
        return PinnedGroupRow;
    }
    return OsRow;
}

void CatalogTreeModel::mapPinnedDevices()
{
    m_pinnedDevices.clear();
    m_pinnedRowOfDevice.clear();
    if (!m_catalog)
        return;
    for (const QString &folder : std::as_const(m_pinnedFolders)) {
        // A folder can exist under MIUI and HyperOS: both devices are pinned.
        QList<int> devices;
        for (int page : m_catalog->pagesOfFolder(folder)) {
            const int device = m_catalog->deviceOfPage(page);
            if (!devices.contains(device))
                devices.append(device);
        }
        std::sort(devices.begin(), devices.end());
        for (int device : std::as_const(devices)) {
            m_pinnedRowOfDevice.insert(device, int(m_pinnedDevices.size()));
            m_pinnedDevices.append(device);
        }
    }
}

void CatalogTreeModel::setPinnedFolders(const QStringList &folders)
{
    if (folders == m_pinnedFolders)
        return;
    QSet<QString> changed(m_pinnedFolders.cbegin(), m_pinnedFolders.cend());
    changed.unite(QSet<QString>(folders.cbegin(), folders.cend()));
    // The group is taken out and put back whole: the OS rows below keep their persistent
    // indexes (selection, expansion), which a reset would lose.
    if (!m_pinnedDevices.isEmpty()) {
        beginRemoveRows({}, 0, 0);
        m_pinnedDevices.clear();
        m_pinnedRowOfDevice.clear();
        endRemoveRows();
    }
    m_pinnedFolders = folders;
    QList<int> devices;
    {
        // Computed aside: rowCount() must not see the new group before beginInsertRows().
        const QList<int> none;
        mapPinnedDevices();
        devices = std::exchange(m_pinnedDevices, none);
        m_pinnedRowOfDevice.clear();
    }
    if (!devices.isEmpty()) {
        beginInsertRows({}, 0, 0);
        m_pinnedDevices = devices;
        for (int row = 0; row < devices.size(); ++row)
            m_pinnedRowOfDevice.insert(devices[row], row);
        endInsertRows();
    }
    emitMarksChanged({}, changed);
}

QModelIndex CatalogTreeModel::pinnedGroupIndex() const
{
    return m_pinnedDevices.isEmpty() ? QModelIndex() : createIndex(0, 0, makeId(PinnedGroupNode, 0));
}

QModelIndex CatalogTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_catalog || row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row < osRowOffset())
            return createIndex(row, column, makeId(PinnedGroupNode, 0));
        const int os = row - osRowOffset();
        return os < m_os.size() ? createIndex(row, column, makeId(OsNodeType, os)) : QModelIndex();
    }
    const quintptr id = parent.internalId();
    switch (idNode(id)) {
    case OsNodeType: {
        const OsNode &os = m_os[idNumber(id)];
        return row < os.deviceCount ? createIndex(row, column, makeId(DeviceNode, os.firstDevice + row)) : QModelIndex();
    }
    case PinnedGroupNode:
        return row < m_pinnedDevices.size() ? createIndex(row, column, makeId(PinnedDeviceNode, m_pinnedDevices[row]))
                                            : QModelIndex();
    case DeviceNode:
    case PinnedDeviceNode: {
        const QList<int> &pages = m_catalog->devices()[idNumber(id)].pages;
        const Node node = idNode(id) == DeviceNode ? VersionNode : PinnedVersionNode;
        return row < pages.size() ? createIndex(row, column, makeId(node, pages[row])) : QModelIndex();
    }
    case VersionNode:
    case PinnedVersionNode:
        break;
    }
    return {};
}

QModelIndex CatalogTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !m_catalog)
        return {};
    const quintptr id = child.internalId();
    switch (idNode(id)) {
    case OsNodeType:
    case PinnedGroupNode:
        return {};
    case DeviceNode: {
        const int os = m_osOfDevice[idNumber(id)];
        return createIndex(os + osRowOffset(), 0, makeId(OsNodeType, os));
    }
    case PinnedDeviceNode:
        return pinnedGroupIndex();
    case VersionNode:
        return indexOfDevice(m_catalog->deviceOfPage(idNumber(id)));
    case PinnedVersionNode: {
        const int device = m_catalog->deviceOfPage(idNumber(id));
        return createIndex(m_pinnedRowOfDevice.value(device), 0, makeId(PinnedDeviceNode, device));
    }
    }
    return {};
}

int CatalogTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_catalog)
        return 0;
    if (!parent.isValid())
        return int(m_os.size()) + osRowOffset();
    if (parent.column() != 0)
        return 0;
    const quintptr id = parent.internalId();
    switch (idNode(id)) {
    case OsNodeType:
        return m_os[idNumber(id)].deviceCount;
    case PinnedGroupNode:
        return int(m_pinnedDevices.size());
    case DeviceNode:
    case PinnedDeviceNode:
        return int(m_catalog->devices()[idNumber(id)].pages.size());
    case VersionNode:
    case PinnedVersionNode:
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
    return createIndex(device - os.firstDevice, 0, makeId(DeviceNode, device));
}

QModelIndex CatalogTreeModel::indexOfPage(int page) const
{
    if (!m_catalog || page < 0 || page >= m_rowOfPage.size())
        return {};
    return createIndex(m_rowOfPage[page], 0, makeId(VersionNode, page));
}

QString CatalogTreeModel::pageKey(const QString &folder, const QString &version)
{
    return folder + QLatin1Char('/') + version;
}

CatalogTreeModel::RowMarks CatalogTreeModel::pageMarks(int page) const
{
    if (!m_catalog || m_pageMarks.isEmpty())
        return NoMark;
    const CatalogPage &p = m_catalog->pages()[page];
    return m_pageMarks.value(pageKey(p.folder, p.version));
}

CatalogTreeModel::RowMarks CatalogTreeModel::deviceMarks(int device) const
{
    if (!m_catalog)
        return NoMark;
    const QString &folder = m_catalog->devices()[device].folder;
    RowMarks marks = m_folderMarks.value(folder);
    if (isPinned(folder))
        marks |= PinnedMark;
    return marks;
}

namespace {

// Sets or clears one mark flag for every key, returning the keys whose marks changed.
template<typename Marks>
QSet<QString> replaceMark(QHash<QString, Marks> &marks, typename Marks::enum_type mark, const QSet<QString> &keys)
{
    QSet<QString> changed;
    for (auto it = marks.begin(); it != marks.end();) {
        if (it.value().testFlag(mark) && !keys.contains(it.key())) {
            changed.insert(it.key());
            it.value() &= ~Marks(mark);
            if (!it.value()) {
                it = marks.erase(it);
                continue;
            }
        }
        ++it;
    }
    for (const QString &key : keys) {
        Marks &m = marks[key];
        if (!m.testFlag(mark)) {
            m |= mark;
            changed.insert(key);
        }
    }
    return changed;
}

} // namespace

void CatalogTreeModel::setPageMarks(RowMark mark, const QSet<QString> &pageKeys)
{
    emitMarksChanged(replaceMark(m_pageMarks, mark, pageKeys), {});
}

void CatalogTreeModel::setDeviceMarks(RowMark mark, const QSet<QString> &folders)
{
    emitMarksChanged({}, replaceMark(m_folderMarks, mark, folders));
}

void CatalogTreeModel::emitMarksChanged(const QSet<QString> &changedPages, const QSet<QString> &changedFolders)
{
    if (!m_catalog)
        return;
    const QList<int> roles{MarksRole, Qt::ToolTipRole, Qt::DisplayRole};
    const auto changedRow = [&](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT dataChanged(index, index.siblingAtColumn(ColumnCount - 1), roles);
    };
    for (const QString &key : changedPages) {
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        const int page = m_catalog->findPage(key.left(slash), key.mid(slash + 1));
        if (page < 0)
            continue;
        changedRow(indexOfPage(page));
        const int device = m_catalog->deviceOfPage(page);
        if (m_pinnedRowOfDevice.contains(device))
            changedRow(createIndex(m_rowOfPage[page], 0, makeId(PinnedVersionNode, page)));
    }
    for (const QString &folder : changedFolders) {
        for (int d = 0; d < m_catalog->devices().size(); ++d) {
            if (m_catalog->devices()[d].folder != folder)
                continue;
            changedRow(indexOfDevice(d));
            if (m_pinnedRowOfDevice.contains(d))
                changedRow(createIndex(m_pinnedRowOfDevice.value(d), 0, makeId(PinnedDeviceNode, d)));
        }
    }
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
        case BranchColumn: {
            QStringList branches;
            for (int f : p.files)
                branches.append(files[f].branch);
            branches = distinctNonEmpty(branches);
            for (QString &branch : branches)
                branch = termName(Term::Branch, branch);
            return branches.join(listSeparator());
        }
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
        case ContentsColumn:
            return contentsOf(page);
        }
    } else if (role == Qt::ToolTipRole && column == NameColumn) {
        QStringList lines{tr("%1 — %2").arg(p.name, p.version)};
        const RowMarks marks = pageMarks(page);
        if (marks & NewMark)
            lines << tr("New since the previous catalog refresh");
        if (marks & InstalledMark)
            lines << tr("Installed on the connected phone");
        if (marks & NewerMark)
            lines << tr("Newer than the version on the connected phone");
        return lines.join(QLatin1Char('\n'));
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
    case SectionRole:
        return osSlug(p.os);
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
    if (role == PinnedCopyRole)
        return idNode(index.internalId()) >= PinnedGroupNode;
    switch (k) {
    case PinnedGroupRow:
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return tr("My devices");
        if (role == Qt::DisplayRole && index.column() == ContentsColumn)
            return tr("%Ln device(s)", nullptr, int(m_pinnedDevices.size()));
        return {};
    case OsRow: {
        const OsNode &os = m_os[n];
        if (role == SectionRole)
            return osSlug(os.os);
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return osDisplayName(os.os);
        if (role == Qt::DisplayRole && index.column() == ContentsColumn)
            return tr("%Ln device(s)", nullptr, os.deviceCount);
        return {};
    }
    case DeviceRow: {
        const CatalogDevice &device = m_catalog->devices()[n];
        if (role == Qt::DisplayRole && index.column() == NameColumn) {
            // The pinned copy names its OS: a folder can be pinned under MIUI and HyperOS.
            if (idNode(index.internalId()) == PinnedDeviceNode)
                return tr("%1 — %2").arg(device.displayName(), osDisplayName(device.os));
            return device.displayName();
        }
        if (role == Qt::DisplayRole && index.column() == ContentsColumn)
            return tr("%Ln version(s)", nullptr, int(device.pages.size()));
        if (role == DeviceRole)
            return n;
        if (role == FolderRole)
            return device.folder;
        if (role == SectionRole)
            return osSlug(device.os);
        if (role == MarksRole)
            return int(deviceMarks(n));
        return {};
    }
    case VersionRow:
        if (role == MarksRole)
            return int(pageMarks(n));
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
        //: Column header. A ROM's release channel: Stable, Weekly, Stable Beta… (names stay in English)
        return tr("Branch");
    case DateColumn:
        //: Column header: the release date
        return tr("Released");
    case AndroidColumn:
        return tr("Android");
    case ContentsColumn:
        //: Column header: how many devices, versions or files a row holds
        return tr("Contents");
    }
    return {};
}
