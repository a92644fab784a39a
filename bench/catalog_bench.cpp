// SPDX-License-Identifier: GPL-3.0-or-later
// Catalog speed figures: load the embedded catalog into a ready model, filter keystrokes over the
// whole catalog (p50/p95), and the same on a catalog made N times larger to show the cost grows
// linearly. Run by `scripts/dev.sh bench catalog`.
#include "embeddedcatalog.h"
#include "catalog/catalogfile.h"
#include "catalog/catalogfiltermodel.h"
#include "catalog/catalogstore.h"
#include "catalog/catalogtreemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace {

QTextStream out(stdout);

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Touches every visible row, as a view would after a reset of an expanded tree.
int countRows(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    int n = model.rowCount(parent);
    for (int r = 0, rows = n; r < rows; ++r) {
        const QModelIndex child = model.index(r, 0, parent);
        if (model.hasChildren(child))
            n += countRows(model, child);
    }
    return n;
}

// A catalog `factor` times larger: copies of every page under renamed folders and file names.
CatalogPtr enlarged(const Catalog &catalog, int factor)
{
    QList<XfuPage> pages = catalog.toPages();
    const qsizetype original = pages.size();
    for (int copy = 1; copy < factor; ++copy) {
        for (qsizetype i = 0; i < original; ++i) {
            XfuPage page = pages[i];
            page.folder += QStringLiteral("copy%1").arg(copy);
            for (RomFile &card : page.cards) {
                card.fileName = QStringLiteral("copy%1_").arg(copy) + card.fileName;
                card.codename += QStringLiteral("copy%1").arg(copy);
            }
            pages.append(page);
        }
    }
    return Catalog::build(pages, catalog.marketingNames(), catalog.info());
}

void filterFigures(const CatalogPtr &catalog, const char *label)
{
    CatalogTreeModel tree;
    QElapsedTimer t;
    t.start();
    tree.setCatalog(catalog);
    const double modelMs = msSince(t);
    CatalogFilterModel filter;
    filter.setSourceModel(&tree);
    out << label << ": " << catalog->pages().size() << " pages, " << catalog->cardCount() << " cards; model ready in "
        << QString::number(modelMs, 'f', 1) << " ms\n";

    const QStringList queries{QStringLiteral("gemini"), QStringLiteral("V14"), QStringLiteral("b3186f9d"),
                              QStringLiteral("MI 5"), QStringLiteral("gemini 7.6.8")};
    for (const QString &query : queries) {
        QList<double> times;
        int visible = 0;
        for (int round = 0; round < 5; ++round) {
            // Type the query one key at a time, then clear it, as a user would.
            for (int len = 1; len <= query.size(); ++len) {
                t.restart();
                filter.setSearchText(query.left(len));
                visible = filter.rowCount();
                times.append(msSince(t));
            }
            filter.setSearchText(QString());
        }
        std::sort(times.begin(), times.end());
        const double p50 = times[times.size() / 2];
        const double p95 = times[std::min<qsizetype>(times.size() - 1, qsizetype(times.size() * 0.95))];
        t.restart();
        filter.setSearchText(query);
        const int rows = countRows(filter);
        out << "  filter \"" << query << "\": p50 " << QString::number(p50, 'f', 2) << " ms, p95 "
            << QString::number(p95, 'f', 2) << " ms per keystroke (" << visible << " top rows, " << rows
            << " rows in all; full walk " << QString::number(msSince(t), 'f', 1) << " ms)\n";
        filter.setSearchText(QString());
    }
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    initEmbeddedCatalog();
    const int factor = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 3;

    // Cold: the first load in this process (what a user waits for at start-up). Warm: again,
    // with the allocator's memory already mapped (on this VM page faults cost a lot).
    double coldMs = 0, warmMs = 0;
    CatalogFile::Result result;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer t;
        t.start();
        result = CatalogFile::readFile(CatalogStore::embeddedCatalogPath());
        (round == 0 ? coldMs : warmMs) = msSince(t);
        if (!result.ok()) {
            out << "cannot read the embedded catalog: " << result.error << '\n';
            return 1;
        }
    }
    QElapsedTimer t;
    t.restart();
    CatalogTreeModel tree;
    tree.setCatalog(result.catalog);
    const double modelMs = msSince(t);
    t.restart();
    result.catalog->warmUp();
    const double searchMs = msSince(t);
    out << "embedded catalog: " << result.catalog->pages().size() << " pages, " << result.catalog->cardCount()
        << " cards; unpack + decode + indexes: cold " << QString::number(coldMs, 'f', 1) << " ms, warm "
        << QString::number(warmMs, 'f', 1) << " ms; model " << QString::number(modelMs, 'f', 1)
        << " ms; load into a ready model (cold) " << QString::number(coldMs + modelMs, 'f', 1)
        << " ms (goal < 300 ms); then search texts and look-ups in the background " << QString::number(searchMs, 'f', 1)
        << " ms\n";

    filterFigures(result.catalog, "catalog x1");
    filterFigures(enlarged(*result.catalog, factor), qPrintable(QStringLiteral("catalog x%1").arg(factor)));
    return 0;
}
