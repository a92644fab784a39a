// SPDX-License-Identifier: GPL-3.0-or-later
// fwb-catalog-tool import-pages DIR --output FILE [--names YML]... [--firmware DIR] [--snapshot DATE] [--source TEXT]
//     Reads every XFU version page (*.md, *.html) under DIR, and with --firmware the site's firmware
//     and vendor sections (the root of xfu-firmware.tar.xz), and writes a catalog file; reports each
//     page or list record it cannot read, with the reason, and then writes nothing.
// fwb-catalog-tool unpack IN OUT
//     Writes a catalog file with its data uncompressed (the build lets rcc compress it with zstd).
#include "devicenames.h"
#include "firmwareimport.h"
#include "catalog/catalog.h"
#include "catalog/catalogfile.h"
#include "catalog/xfupagereader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>
#include <QtConcurrent>

namespace {

QTextStream err(stderr);

int fail(const QString &message)
{
    err << "fwb-catalog-tool: " << message << '\n';
    return 1;
}

bool save(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return false;
}

int importPages(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Catalog file to write."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption names(QStringLiteral("names"), QStringLiteral("A codename: name map; repeatable."),
                                   QStringLiteral("YML"));
    const QCommandLineOption snapshot(QStringLiteral("snapshot"), QStringLiteral("When the pages were taken."),
                                      QStringLiteral("DATE"));
    const QCommandLineOption source(QStringLiteral("source"), QStringLiteral("Where the pages came from."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption firmware(QStringLiteral("firmware"),
                                      QStringLiteral("The site repo's firmware and vendor data (pages/firmware, data/)."),
                                      QStringLiteral("DIR"));
    parser.addOptions({output, names, firmware, snapshot, source});
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.positionalArguments().size() != 1 || !parser.isSet(output))
        return fail(QStringLiteral("import-pages needs DIR and --output FILE"));

    QElapsedTimer timer;
    timer.start();
    QStringList paths;
    QDirIterator it(parser.positionalArguments().first(), {QStringLiteral("*.md"), QStringLiteral("*.html")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(it.next());
    paths.sort(); // a stable order makes the catalog file reproducible
    if (paths.isEmpty())
        return fail(QStringLiteral("no version pages (*.md, *.html) under %1").arg(parser.positionalArguments().first()));

    const QList<XfuPageReader::Result> results = QtConcurrent::blockingMapped(paths, &XfuPageReader::readFile);
    QList<XfuPage> pages;
    int failed = 0, cards = 0;
    for (int i = 0; i < results.size(); ++i) {
        if (!results[i].ok()) {
            ++failed;
            err << QDir::toNativeSeparators(paths[i]) << ": " << results[i].error << '\n';
            continue;
        }
        cards += int(results[i].page.cards.size());
        pages.append(results[i].page);
    }

    QHash<QString, QString> marketingNames;
    for (const QString &path : parser.values(names)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        marketingNames.insert(readDeviceNameMap(file.readAll()));
    }
    if (parser.isSet(firmware)) {
        const FirmwareImport sections = importFirmwareSections(parser.value(firmware), err);
        failed += sections.failures;
        for (const XfuPage &page : sections.pages)
            cards += int(page.cards.size());
        pages.append(sections.pages);
        // The ROM side's maps name a folder first; the firmware maps name the rest.
        for (auto name = sections.deviceNames.cbegin(); name != sections.deviceNames.cend(); ++name) {
            if (!marketingNames.contains(name.key()))
                marketingNames.insert(name.key(), name.value());
        }
    }
    Catalog::Info info{parser.value(source), QDateTime::currentDateTimeUtc()};
    if (parser.isSet(snapshot)) {
        info.snapshot = QDateTime(QDate::fromString(parser.value(snapshot), Qt::ISODate), QTime(0, 0), Qt::UTC);
        if (!info.snapshot.isValid())
            return fail(QStringLiteral("--snapshot wants a date like 2026-08-23"));
    }
    const CatalogPtr catalog = Catalog::build(pages, marketingNames, info);
    err << QStringLiteral("%1 pages read, %2 could not be read; %3 cards, %4 distinct files, %5 devices (%6 ms)")
               .arg(pages.size())
               .arg(failed)
               .arg(cards)
               .arg(catalog->files().size())
               .arg(catalog->devices().size())
               .arg(timer.elapsed())
        << '\n';
    if (failed > 0)
        return fail(QStringLiteral("not written: %1 page(s) or list record(s) could not be read").arg(failed));
    const QByteArray bytes = CatalogFile::write(*catalog);
    if (!save(parser.value(output), bytes))
        return 1;
    err << QStringLiteral("Wrote %1 (%2 bytes)").arg(QDir::toNativeSeparators(parser.value(output))).arg(bytes.size())
        << '\n';
    return 0;
}

int unpack(const QStringList &arguments)
{
    if (arguments.size() != 3)
        return fail(QStringLiteral("unpack needs IN and OUT"));
    QFile in(arguments[1]);
    if (!in.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: %2").arg(arguments[1], in.errorString()));
    QString error;
    const QByteArray raw = CatalogFile::uncompressed(in.readAll(), &error);
    if (raw.isEmpty())
        return fail(QStringLiteral("%1: %2").arg(arguments[1], error));
    return save(arguments[2], raw) ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    args.removeAt(1);
    if (command == QLatin1String("import-pages"))
        return importPages(args);
    if (command == QLatin1String("unpack"))
        return unpack(args);
    return fail(QStringLiteral("usage: fwb-catalog-tool import-pages DIR --output FILE [--names YML]... [--firmware DIR] | unpack IN OUT"));
}
