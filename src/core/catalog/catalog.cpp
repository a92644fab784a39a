// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"

#include "catalog/versionorder.h"

#include <QCollator>

#include <algorithm>

QString CatalogDevice::displayName() const
{
    return marketingName.isEmpty() ? folder : marketingName + QLatin1String(" (") + folder + QLatin1Char(')');
}

std::shared_ptr<const Catalog> Catalog::build(const QList<XfuPage> &pages,
                                              const QHash<QString, QString> &marketingNames, const Info &info,
                                              QSet<QString> feedOnlyFiles)
{
    auto catalog = std::make_shared<Catalog>();
    catalog->m_info = info;
    catalog->m_feedOnlyFiles = std::move(feedOnlyFiles);
    QHash<RomFile, int> fileIndex;
    QHash<QString, int> deviceIndex; // "<os>/<folder>"
    catalog->m_pages.reserve(pages.size());
    for (const XfuPage &page : pages) {
        CatalogPage entry{page.os, page.folder, page.branchSlug, page.version, page.name, {}};
        entry.files.reserve(page.cards.size());
        for (const RomFile &card : page.cards) {
            auto it = fileIndex.constFind(card);
            if (it == fileIndex.cend()) {
                it = fileIndex.insert(card, int(catalog->m_files.size()));
                catalog->m_files.append(card);
            }
            entry.files.append(*it);
        }
        catalog->m_cardCount += int(entry.files.size());

        const QString key = osSlug(page.os) + QLatin1Char('/') + page.folder;
        auto device = deviceIndex.constFind(key);
        if (device == deviceIndex.cend()) {
            device = deviceIndex.insert(key, int(catalog->m_devices.size()));
            QString name = marketingNames.value(page.folder);
            if (name.isEmpty())
                name = RomFile::nameWithoutRegion(page.name).toString();
            catalog->m_devices.append(CatalogDevice{page.os, page.folder, name, {}});
        }
        catalog->m_devices[*device].pages.append(int(catalog->m_pages.size()));
        catalog->m_pages.append(std::move(entry));
    }
    catalog->buildIndexes();
    return catalog;
}

void Catalog::buildIndexes()
{
    // Devices: by section (MIUI, HyperOS, Firmware, Vendor), then by name as people read it ("Mi 9" before "Mi 10");
    // pages newest version first.
    QCollator collator(QLocale(QLocale::English, QLocale::UnitedStates));
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const auto deviceBefore = [&collator](const CatalogDevice &a, const CatalogDevice &b) {
        if (a.os != b.os)
            return a.os < b.os;
        const int byName = collator.compare(a.marketingName, b.marketingName);
        return byName != 0 ? byName < 0 : a.folder < b.folder;
    };
    const auto pageBefore = [this](int a, int b) {
        const int c = compareVersions(m_pages[a].version, m_pages[b].version);
        return c != 0 ? c > 0 : a < b;
    };
    // A catalog read from a file is already in this order: checking is cheaper than sorting.
    if (!std::is_sorted(m_devices.cbegin(), m_devices.cend(), deviceBefore))
        std::sort(m_devices.begin(), m_devices.end(), deviceBefore);
    for (CatalogDevice &device : m_devices) {
        if (!std::is_sorted(device.pages.cbegin(), device.pages.cend(), pageBefore))
            std::sort(device.pages.begin(), device.pages.end(), pageBefore);
    }
    // Store pages in display order (device by device, newest first), so the catalog file keeps
    // that order and the next load finds everything sorted.
    QList<int> order;
    order.reserve(m_pages.size());
    for (const CatalogDevice &device : m_devices)
        order.append(device.pages);
    bool identity = order.size() == m_pages.size();
    for (int i = 0; identity && i < order.size(); ++i)
        identity = order[i] == i;
    if (!identity && order.size() == m_pages.size()) {
        QList<CatalogPage> pages;
        pages.reserve(m_pages.size());
        for (int p : order)
            pages.append(std::move(m_pages[p]));
        m_pages = std::move(pages);
        int next = 0;
        for (CatalogDevice &device : m_devices) {
            for (int &p : device.pages)
                p = next++;
        }
    }
    m_deviceOfPage = QList<int>(m_pages.size(), -1);
    for (int d = 0; d < m_devices.size(); ++d) {
        for (int p : m_devices[d].pages)
            m_deviceOfPage[p] = d;
    }
    m_pagesByFolder.clear();
    for (int p = 0; p < m_pages.size(); ++p)
        m_pagesByFolder[m_pages[p].folder].append(p);

    m_filePagesStart = QList<int>(m_files.size() + 1, 0);
    for (const CatalogPage &page : m_pages) {
        for (int f : page.files)
            ++m_filePagesStart[f + 1];
    }
    for (qsizetype f = 0; f < m_files.size(); ++f)
        m_filePagesStart[f + 1] += m_filePagesStart[f];
    m_filePages = QList<int>(m_filePagesStart.last(), 0);
    QList<int> filled = m_filePagesStart;
    for (int p = 0; p < m_pages.size(); ++p) {
        for (int f : m_pages[p].files)
            m_filePages[filled[f]++] = p;
    }
    m_search.build(*this);
}

void Catalog::ensureFileLookups() const
{
    std::call_once(m_fileLookupsBuilt, [this] {
        const auto chain = [this](QString RomFile::*key, QHash<QString, int> &first, QList<int> &next) {
            first.reserve(m_files.size());
            next = QList<int>(m_files.size(), -1);
            // Walk backwards so each chain lists files in catalog order.
            for (int f = int(m_files.size()) - 1; f >= 0; --f) {
                const QString &value = m_files[f].*key;
                if (value.isEmpty())
                    continue;
                int &head = first[value];
                next[f] = head - 1;
                head = f + 1; // stored +1 so a new (zero) entry reads as "none yet"
            }
        };
        chain(&RomFile::fileName, m_firstByName, m_nextSameName);
        chain(&RomFile::md5, m_firstByMd5, m_nextSameMd5);
    });
}

namespace {

QList<int> walkChain(const QHash<QString, int> &first, const QList<int> &next, const QString &key)
{
    QList<int> files;
    for (int f = first.value(key) - 1; f >= 0; f = next[f])
        files.append(f);
    return files;
}

} // namespace

QList<int> Catalog::filesNamed(const QString &fileName) const
{
    if (fileName.isEmpty())
        return {};
    ensureFileLookups();
    return walkChain(m_firstByName, m_nextSameName, fileName);
}

QList<int> Catalog::filesWithMd5(const QString &md5) const
{
    if (md5.isEmpty())
        return {};
    ensureFileLookups();
    return walkChain(m_firstByMd5, m_nextSameMd5, md5.toLower());
}

QList<int> Catalog::pagesOfFile(int file) const
{
    if (file < 0 || file + 1 >= m_filePagesStart.size())
        return {};
    return m_filePages.mid(m_filePagesStart[file], m_filePagesStart[file + 1] - m_filePagesStart[file]);
}

QList<XfuPage> Catalog::toPages() const
{
    QList<XfuPage> pages;
    pages.reserve(m_pages.size());
    for (const CatalogPage &p : m_pages) {
        XfuPage page{p.os, p.folder, p.branchSlug, p.version, p.name, {}};
        page.cards.reserve(p.files.size());
        for (int f : p.files)
            page.cards.append(m_files[f]);
        pages.append(std::move(page));
    }
    return pages;
}

QHash<QString, QString> Catalog::marketingNames() const
{
    QHash<QString, QString> names;
    for (const CatalogDevice &d : m_devices)
        names.insert(d.folder, d.marketingName);
    return names;
}

int Catalog::findPage(const QString &folder, const QString &version) const
{
    int found = -1;
    for (int p : m_pagesByFolder.value(folder)) {
        if (m_pages[p].version == version && (found < 0 || m_pages[p].os < m_pages[found].os))
            found = p;
    }
    return found;
}

QList<int> Catalog::findPages(const QString &folder, const QString &version) const
{
    QList<int> found;
    for (int p : m_pagesByFolder.value(folder)) {
        if (m_pages[p].version == version)
            found.append(p);
    }
    std::sort(found.begin(), found.end(), [this](int a, int b) { return m_pages[a].os < m_pages[b].os; });
    return found;
}

QDateTime Catalog::newFilesSeen() const
{
    QDateTime newest;
    for (const RomFile &file : m_files) {
        if (file.firstSeen.isValid() && (!newest.isValid() || file.firstSeen > newest))
            newest = file.firstSeen;
    }
    return newest;
}

QList<int> Catalog::newFiles() const
{
    const QDateTime newest = newFilesSeen();
    QList<int> files;
    if (!newest.isValid())
        return files;
    for (int f = 0; f < m_files.size(); ++f) {
        if (m_files[f].firstSeen == newest)
            files.append(f);
    }
    return files;
}
