// SPDX-License-Identifier: GPL-3.0-or-later
#include "firmwarepages.h"

#include <QRegularExpression>

namespace {

using Record = FirmwareList::Record;

void appendNew(UrlList &urls, const QStringList &links)
{
    for (const QString &link : links) {
        if (!urls.contains(link))
            urls.append(link);
    }
}

RomFile cardOfRecord(const Record &record, const QString &folder, const QString &device)
{
    RomFile card;
    card.device = device;
    card.codename = folder;
    card.version = record.version;
    card.branch = record.branch;
    card.size = record.size;
    card.releaseDate = record.date;
    card.fileName = record.fileName;
    card.androidVersion = record.android;
    return card;
}

// The name the site's firmware pages give a model: "MI5S" -> "Mi 5s". Counted over the pages, the
// most frequent wins (a few models' pages differ in letter case).
class ModelNames
{
public:
    explicit ModelNames(const QList<XfuPage> &pages)
    {
        for (const XfuPage &page : pages) {
            for (const RomFile &card : page.cards)
                ++m_counts[FirmwarePages::modelOfFileName(card.fileName)][card.device];
        }
    }
    QString nameOf(const QString &fileName) const
    {
        const QHash<QString, int> counts = m_counts.value(FirmwarePages::modelOfFileName(fileName));
        QString best;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (best.isEmpty() || it.value() > counts.value(best) || (it.value() == counts.value(best) && it.key() < best))
                best = it.key();
        }
        return best;
    }

private:
    QHash<QString, QHash<QString, int>> m_counts;
};

} // namespace

QString FirmwarePages::modelOfFileName(const QString &fileName)
{
    static const QRegularExpression miui(QStringLiteral("^fw(?:-vendor|-non-arb)?_[A-Za-z0-9]+_miui_([A-Za-z0-9]+)_"));
    static const QRegularExpression hyperOs(QStringLiteral("^fw(?:-vendor|-non-arb)?_[A-Za-z0-9]+_([A-Za-z0-9_]+)-ota_full-"));
    QRegularExpressionMatch m = miui.match(fileName);
    if (!m.hasMatch())
        m = hyperOs.match(fileName);
    return m.hasMatch() ? m.captured(1) : QString();
}

FirmwarePages::Result FirmwarePages::firmware(QList<XfuPage> pages, const Lists &lists,
                                              const QHash<QString, QString> &deviceNames)
{
    Result result;
    // File name -> (folder, record) of every list that names it, the lists in folder order.
    QHash<QString, QList<std::pair<QString, const Record *>>> recordsOfFile;
    for (auto list = lists.cbegin(); list != lists.cend(); ++list) {
        for (const Record &record : *list)
            recordsOfFile[record.fileName].append({list.key(), &record});
    }
    QHash<QString, qsizetype> pageOfVersion; // "<folder>/<version>"
    QSet<QString> onPages;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        XfuPage &page = pages[p];
        pageOfVersion.insert(page.folder + QLatin1Char('/') + page.version, p);
        for (RomFile &card : page.cards) {
            onPages.insert(card.fileName);
            const auto records = recordsOfFile.value(card.fileName);
            // The page's own device list first, as the site looks there.
            for (bool own : {true, false}) {
                for (const auto &[folder, record] : records) {
                    if ((folder == page.folder) == own)
                        appendNew(card.urls, record->links);
                }
            }
            if (!card.urls.isEmpty())
                ++result.linkedCards;
        }
    }

    const ModelNames modelNames(pages);
    QSet<QString> added;
    for (auto list = lists.cbegin(); list != lists.cend(); ++list) {
        for (const Record &record : *list) {
            if (onPages.contains(record.fileName) || added.contains(record.fileName))
                continue;
            added.insert(record.fileName);
            QString device = modelNames.nameOf(record.fileName);
            if (device.isEmpty())
                device = deviceNames.value(list.key(), list.key()) + QLatin1Char(' ') + record.region;
            RomFile card = cardOfRecord(record, list.key(), device);
            for (const auto &[folder, other] : recordsOfFile.value(record.fileName))
                appendNew(card.urls, other->links);
            const QString key = list.key() + QLatin1Char('/') + record.version;
            auto page = pageOfVersion.constFind(key);
            if (page == pageOfVersion.cend()) {
                XfuPage newPage{RomOs::Firmware, list.key(), record.branch.toLower(), record.version, device, {}};
                page = pageOfVersion.insert(key, pages.size());
                pages.append(newPage);
            }
            pages[*page].cards.append(card);
            ++result.listOnlyFiles;
        }
    }
    result.pages = std::move(pages);
    return result;
}

QList<XfuPage> FirmwarePages::vendor(const Lists &lists, const QHash<QString, QString> &deviceNames)
{
    QList<XfuPage> pages;
    QHash<QString, qsizetype> pageOfVersion;
    QHash<QString, std::pair<qsizetype, qsizetype>> cardOfFile;
    for (auto list = lists.cbegin(); list != lists.cend(); ++list) {
        const QString name = deviceNames.value(list.key(), list.key());
        for (const Record &record : *list) {
            // A package listed twice (uploaded to two releases) is one card with both links.
            const auto known = cardOfFile.constFind(record.fileName);
            if (known != cardOfFile.cend()) {
                appendNew(pages[known->first].cards[known->second].urls, record.links);
                continue;
            }
            RomFile card = cardOfRecord(record, list.key(), name + QLatin1Char(' ') + record.region);
            card.urls = record.links;
            const QString key = list.key() + QLatin1Char('/') + record.version;
            auto page = pageOfVersion.constFind(key);
            if (page == pageOfVersion.cend()) {
                page = pageOfVersion.insert(key, pages.size());
                pages.append(XfuPage{RomOs::Vendor, list.key(), record.branch.toLower(), record.version, name, {}});
            }
            pages[*page].cards.append(card);
            cardOfFile.insert(record.fileName, {*page, pages[*page].cards.size() - 1});
        }
    }
    return pages;
}
