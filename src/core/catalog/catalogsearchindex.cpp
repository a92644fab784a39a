// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogsearchindex.h"

#include "catalog/catalog.h"

#include <QByteArrayMatcher>

#include <algorithm>

namespace {

// Separates items in the joined texts; queries are simplified text and never contain it.
constexpr char kSeparator = '\x01';

QByteArray folded(const QString &text)
{
    return text.toLower().toUtf8();
}

// Few distinct values (4 branches, 2 types, 11 regions): a linear look-up is fastest.
quint32 bitOf(QStringList &names, QStringView value)
{
    qsizetype i = names.indexOf(value);
    if (i < 0) {
        names.append(value.toString());
        i = names.size() - 1;
    }
    return i < 32 ? (1u << i) : 0u;
}

} // namespace

void CatalogSearchIndex::build(const Catalog &catalog)
{
    const QList<RomFile> &files = catalog.files();
    QList<quint32> fileBits(3 * files.size());
    for (qsizetype f = 0; f < files.size(); ++f) {
        fileBits[3 * f] = bitOf(m_branchNames, files[f].branch);
        fileBits[3 * f + 1] = bitOf(m_typeNames, files[f].type);
        // A file listed under several device names is in each of their regions.
        fileBits[3 * f + 2] = bitOf(m_regionNames, RomFile::regionOfName(files[f].device));
        for (const QString &name : files[f].otherDeviceNames)
            fileBits[3 * f + 2] |= bitOf(m_regionNames, RomFile::regionOfName(name));
    }

    const QList<CatalogPage> &pages = catalog.pages();
    m_pageBits = QList<quint32>(3 * pages.size(), 0);
    for (qsizetype p = 0; p < pages.size(); ++p) {
        for (int f : pages[p].files) {
            for (int k = 0; k < 3; ++k)
                m_pageBits[3 * p + k] |= fileBits[3 * f + k];
        }
    }
    const QList<CatalogDevice> &devices = catalog.devices();
    m_deviceBits = QList<quint32>(3 * devices.size(), 0);
    for (qsizetype d = 0; d < devices.size(); ++d) {
        for (int p : devices[d].pages) {
            for (int k = 0; k < 3; ++k)
                m_deviceBits[3 * d + k] |= m_pageBits[3 * p + k];
        }
    }
    m_catalog = &catalog;
}

void CatalogSearchIndex::ensureTexts() const
{
    std::call_once(m_textsBuilt, [this] { buildTexts(); });
}

void CatalogSearchIndex::buildTexts() const
{
    const QList<RomFile> &files = m_catalog->files();
    const QList<CatalogPage> &pages = m_catalog->pages();
    m_pages.start.reserve(pages.size() + 1);
    m_pages.all.reserve(pages.size() * 160);
    for (const CatalogPage &page : pages) {
        m_pages.append(page.version);
        m_pages.append(page.name);
        for (int f : page.files) {
            m_pages.append(files[f].fileName);
            if (files[f].codename != page.folder)
                m_pages.append(files[f].codename);
            for (const QString &name : files[f].otherDeviceNames)
                m_pages.append(name);
        }
        m_pages.endItem();
    }
    m_pages.start.append(m_pages.all.size());

    for (const CatalogDevice &device : m_catalog->devices()) {
        m_devices.append(device.displayName());
        QStringList names;
        const auto addName = [&](const QString &name) {
            // A device's pages carry few distinct names ("MI 5 Global", "MI 5 China").
            if (!names.contains(name)) {
                names.append(name);
                m_devices.append(name);
            }
        };
        for (int p : device.pages) {
            addName(pages[p].name);
            for (int f : pages[p].files) {
                for (const QString &name : files[f].otherDeviceNames)
                    addName(name);
            }
        }
        m_devices.endItem();
    }
    m_devices.start.append(m_devices.all.size());
}

void CatalogSearchIndex::Texts::append(const QString &text)
{
    if (start.size() == 0 || all.endsWith(kSeparator))
        start.append(all.size());
    else
        all.append('\n');
    // Upstream texts are ASCII but for a few device names: fold only what needs it.
    bool ascii = true;
    for (QChar c : text) {
        if (c.unicode() >= 0x80 || c.isUpper()) {
            ascii = false;
            break;
        }
    }
    all.append(ascii ? text.toLatin1() : folded(text));
}

void CatalogSearchIndex::Texts::endItem()
{
    all.append(kSeparator);
}

void CatalogSearchIndex::Texts::mark(const QString &needle, QList<bool> &items) const
{
    if (needle.isEmpty() || start.size() < 2)
        return;
    const QByteArrayMatcher matcher(folded(needle));
    qsizetype at = matcher.indexIn(all, 0);
    while (at >= 0) {
        // The item holding the hit, then go on after that item: one mark per item is enough.
        const auto next = std::upper_bound(start.cbegin(), start.cend(), at);
        const qsizetype item = next - start.cbegin() - 1;
        if (item >= 0 && item < items.size())
            items[item] = true;
        if (next == start.cend())
            break;
        at = matcher.indexIn(all, *next);
    }
}

void CatalogSearchIndex::markPagesContaining(const QString &needle, QList<bool> &pages) const
{
    ensureTexts();
    m_pages.mark(needle, pages);
}

void CatalogSearchIndex::markDevicesContaining(const QString &needle, QList<bool> &devices) const
{
    ensureTexts();
    m_devices.mark(needle, devices);
}

bool CatalogSearchIndex::pageStartsWith(int page, const QString &prefix) const
{
    ensureTexts();
    const qsizetype at = m_pages.start[page];
    return QByteArrayView(m_pages.all.constData() + at, m_pages.all.size() - at).startsWith(folded(prefix));
}
