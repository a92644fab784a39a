// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"

#include "versionorder.h"

#include <algorithm>

QString CatalogDevice::displayName() const
{
    return marketingName.isEmpty() ? folder : marketingName + QLatin1String(" (") + folder + QLatin1Char(')');
}

namespace {

QString withoutRegion(const QString &deviceName)
{
    const qsizetype space = deviceName.lastIndexOf(QLatin1Char(' '));
    return space < 0 ? deviceName : deviceName.left(space);
}

} // namespace

std::shared_ptr<const Catalog> Catalog::build(const QList<XfuPage> &pages,
                                              const QHash<QString, QString> &marketingNames, const Info &info)
{
    auto catalog = std::make_shared<Catalog>();
    catalog->m_info = info;
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
                name = withoutRegion(page.name);
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
    // Devices: MIUI before HyperOS, then by name as people read it; pages newest version first.
    std::sort(m_devices.begin(), m_devices.end(), [](const CatalogDevice &a, const CatalogDevice &b) {
        if (a.os != b.os)
            return a.os < b.os;
        const int byName = QString::compare(a.marketingName, b.marketingName, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.folder < b.folder;
    });
    m_deviceOfPage = QList<int>(m_pages.size(), -1);
    for (int d = 0; d < m_devices.size(); ++d) {
        QList<int> &pages = m_devices[d].pages;
        std::sort(pages.begin(), pages.end(), [this](int a, int b) {
            const int c = compareVersions(m_pages[a].version, m_pages[b].version);
            return c != 0 ? c > 0 : a < b;
        });
        for (int p : pages)
            m_deviceOfPage[p] = d;
    }
    m_pagesByFolder.clear();
    m_filesByName.clear();
    m_filesByMd5.clear();
    m_pagesByFile.clear();
    for (int p = 0; p < m_pages.size(); ++p) {
        m_pagesByFolder[m_pages[p].folder].append(p);
        for (int f : m_pages[p].files)
            m_pagesByFile[f].append(p);
    }
    for (int f = 0; f < m_files.size(); ++f) {
        m_filesByName[m_files[f].fileName].append(f);
        if (m_files[f].hasMd5())
            m_filesByMd5[m_files[f].md5].append(f);
    }
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
        if (m_pages[p].version == version && (found < 0 || m_pages[p].os == RomOs::Miui))
            found = p;
    }
    return found;
}
