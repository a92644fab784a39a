// SPDX-License-Identifier: GPL-3.0-or-later
// Catalog refresh figures: the worker time to read the real latest.yml (3,544 records) and lay it
// over the embedded catalog, in the worst case too (a catalog that lacks every feed file, so the
// refresh adds them all). Run by `scripts/dev.sh bench refresh`; the feed path is the argument.
//   bench_refresh ../shared/upstream/latest.yml
#include "embeddedcatalog.h"
#include "catalog/catalogfile.h"
#include "catalog/catalogmerge.h"
#include "catalog/catalogstore.h"
#include "feed/latestfeed.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

namespace {

QTextStream out(stdout);

// CPU time of this (single-threaded) process: "worker time", unlike wall time not inflated when
// other processes share the cores.
struct CpuTimer
{
    std::clock_t start = std::clock();
    void restart() { start = std::clock(); }
};

double msSince(const CpuTimer &t)
{
    return double(std::clock() - t.start) * 1000.0 / CLOCKS_PER_SEC;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    initEmbeddedCatalog();
    if (argc < 2) {
        out << "usage: bench_refresh LATEST_YML\n";
        return 1;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        out << "cannot read " << file.fileName() << '\n';
        return 1;
    }
    const QByteArray yaml = file.readAll();
    const CatalogFile::Result base = CatalogFile::readFile(CatalogStore::embeddedCatalogPath());
    if (!base.ok()) {
        out << "cannot read the embedded catalog: " << base.error << '\n';
        return 1;
    }
    const QList<XfuPage> pages = base.catalog->toPages();

    // The worst case: the embedded pages without any file the feed lists.
    LatestFeed::Result feed = LatestFeed::read(yaml);
    QSet<QString> feedFiles;
    for (const XfuPage &page : std::as_const(feed.pages)) {
        for (const RomFile &card : page.cards)
            feedFiles.insert(card.fileName);
    }
    QList<XfuPage> without = pages;
    for (XfuPage &page : without)
        page.cards.removeIf([&](const RomFile &card) { return feedFiles.contains(card.fileName); });
    without.removeIf([](const XfuPage &page) { return page.cards.isEmpty(); });

    // What CatalogUpdater's worker does after the parse: save the feed layer, then lay every layer
    // again and index the result (CatalogStore::load).
    QTemporaryDir storeDir;
    const CatalogStore store(CatalogStore::embeddedCatalogPath(), storeDir.filePath(QStringLiteral("imports.fwbcat")),
                             storeDir.filePath(QStringLiteral("feed.fwbcat")), storeDir.filePath(QStringLiteral("pages")));

    QList<double> parse, mergeSame, mergeAll, buildAll, saveAndLoad;
    FeedMerge same, all;
    for (int round = 0; round < 5; ++round) {
        CpuTimer t;
        feed = LatestFeed::read(yaml);
        parse << msSince(t);
        t.restart();
        same = mergeFeed(pages, feed.pages);
        mergeSame << msSince(t);
        t.restart();
        all = mergeFeed(without, feed.pages);
        mergeAll << msSince(t);
        t.restart();
        const CatalogPtr catalog = Catalog::build(all.pages, base.catalog->marketingNames(), base.catalog->info());
        buildAll << msSince(t);
        t.restart();
        QString error;
        if (!store.saveFeed(feed.pages, QDateTime::currentDateTimeUtc(), &error) || !store.load().catalog) {
            out << "cannot save and load the feed layer: " << error << '\n';
            return 1;
        }
        saveAndLoad << msSince(t);
    }
    out << "latest.yml: " << yaml.size() / 1024 << " KiB, " << feed.records << " records read ("
        << feed.skippedRecords << " skipped), " << feed.pages.size() << " pages\n"
        << "  CPU time, median of 5:\n  parse (libyaml events + mapping): " << QString::number(median(parse), 'f', 1) << " ms\n"
        << "  merge into the embedded catalog: " << same.addedFiles.size() << " added, " << same.updatedFiles.size()
        << " updated, median " << QString::number(median(mergeSame), 'f', 1) << " ms\n"
        << "  worst case, a catalog lacking every feed file: " << all.addedFiles.size() << " added, merge median "
        << QString::number(median(mergeAll), 'f', 1) << " ms\n"
        << "  parse + merge (worst case): " << QString::number(median(parse) + median(mergeAll), 'f', 1)
        << " ms (goal < 200 ms of worker time)\n"
        << "  then the new catalog's indexes (Catalog::build): median " << QString::number(median(buildAll), 'f', 1)
        << " ms\n"
        << "  the whole refresh after the parse (save the feed layer, reload the layers, index): median "
        << QString::number(median(saveAndLoad), 'f', 1) << " ms\n";
    return 0;
}
