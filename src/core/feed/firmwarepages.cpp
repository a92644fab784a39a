// SPDX-License-Identifier: GPL-3.0-or-later
#include "firmwarepages.h"

#include <QRegularExpression>

#include <functional>

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

// The name the site's firmware pages give a model: "MI5S" -> "Mi 5s". Counted over the pages' cards,
// the most frequent wins (a few models' pages differ in letter case).
class ModelNames
{
public:
    void add(const RomFile &card) { ++m_counts[FirmwarePages::modelOfFileName(card.fileName)][card.device]; }
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

// A list-only firmware file is named as the site's pages name its model, else "<device> <region>".
std::function<QString(const QString &, const Record &)> firmwareNamer(const ModelNames &modelNames,
                                                                      const QHash<QString, QString> &deviceNames)
{
    return [&modelNames, &deviceNames](const QString &folder, const Record &record) -> QString {
        const QString byModel = modelNames.nameOf(record.fileName);
        return byModel.isEmpty() ? deviceNames.value(folder, folder) + QLatin1Char(' ') + record.region : byModel;
    };
}

// One page per device folder and version, one card per file: a file listed twice (uploaded to two
// releases, or in two devices' lists) is one card with every link, on the first list's page. A page
// is named from pageNames (by folder) when given, else as its first card.
QList<XfuPage> pagesOfLists(const FirmwarePages::Lists &lists, RomOs section,
                            const std::function<QString(const QString &, const Record &)> &deviceOf,
                            const QHash<QString, QString> *pageNames = nullptr)
{
    QList<XfuPage> pages;
    QHash<QString, qsizetype> pageOfVersion;
    QHash<QString, std::pair<qsizetype, qsizetype>> cardOfFile;
    for (auto list = lists.cbegin(); list != lists.cend(); ++list) {
        for (const Record &record : *list) {
            const auto known = cardOfFile.constFind(record.fileName);
            if (known != cardOfFile.cend()) {
                appendNew(pages[known->first].cards[known->second].urls, record.links);
                continue;
            }
            RomFile card = cardOfRecord(record, list.key(), deviceOf(list.key(), record));
            card.urls = record.links;
            const QString key = list.key() + QLatin1Char('/') + record.version;
            auto page = pageOfVersion.constFind(key);
            if (page == pageOfVersion.cend()) {
                page = pageOfVersion.insert(key, pages.size());
                const QString name = pageNames ? pageNames->value(list.key(), list.key()) : card.device;
                pages.append(XfuPage{section, list.key(), record.branch.toLower(), record.version, name, {}});
            }
            pages[*page].cards.append(card);
            cardOfFile.insert(record.fileName, {*page, pages[*page].cards.size() - 1});
        }
    }
    return pages;
}

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

    ModelNames modelNames;
    for (const XfuPage &page : pages) {
        for (const RomFile &card : page.cards)
            modelNames.add(card);
    }
    Lists listOnly;
    for (auto list = lists.cbegin(); list != lists.cend(); ++list) {
        for (const Record &record : *list) {
            if (!onPages.contains(record.fileName))
                listOnly[list.key()].append(record);
        }
    }
    for (const XfuPage &extra : pagesOfLists(listOnly, RomOs::Firmware, firmwareNamer(modelNames, deviceNames))) {
        const QString key = extra.folder + QLatin1Char('/') + extra.version;
        auto page = pageOfVersion.constFind(key);
        if (page == pageOfVersion.cend()) {
            page = pageOfVersion.insert(key, pages.size());
            pages.append(extra);
        } else {
            pages[*page].cards.append(extra.cards);
        }
        result.listOnlyFiles += int(extra.cards.size());
    }
    result.pages = std::move(pages);
    return result;
}

QList<XfuPage> FirmwarePages::vendor(const Lists &lists, const QHash<QString, QString> &deviceNames)
{
    return pagesOfLists(lists, RomOs::Vendor, [&deviceNames](const QString &folder, const Record &record) -> QString {
        return deviceNames.value(folder, folder) + QLatin1Char(' ') + record.region;
    }, &deviceNames);
}

QList<XfuPage> FirmwarePages::feed(const Lists &lists, const QList<RomFile> &known, const QHash<QString, QString> &deviceNames)
{
    ModelNames modelNames;
    for (const RomFile &card : known)
        modelNames.add(card);
    return pagesOfLists(lists, RomOs::Firmware, firmwareNamer(modelNames, deviceNames));
}
