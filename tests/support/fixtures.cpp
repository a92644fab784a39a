// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include "catalog/xfupagereader.h"
#include "feed/firmwarelist.h"
#include "feed/firmwarepages.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QtTest>

#include <zlib.h>

namespace Fixtures {

void isolateSettings(const QString &testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FirmwareBrowserTest"));
    QCoreApplication::setApplicationName(testName);
}

QString dataPath(const QString &name)
{
    return QStringLiteral(FWB_TEST_DATA "/") + name;
}

QByteArray readData(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

QByteArray readGzipData(const QString &name)
{
    const QByteArray packed = readData(name);
    z_stream stream{};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) // 16: a gzip header, not a zlib one
        qFatal("inflateInit2 failed");
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(packed.constData()));
    stream.avail_in = uInt(packed.size());
    QByteArray out;
    char chunk[64 * 1024];
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(chunk);
        stream.avail_out = sizeof chunk;
        status = inflate(&stream, Z_NO_FLUSH);
        out.append(chunk, qsizetype(sizeof chunk - stream.avail_out));
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END)
        qFatal("test data %s is not complete gzip data", qPrintable(name));
    return out;
}

QString seedPagePath()
{
    return dataPath(QStringLiteral("xfu-page-gemini-7.6.8.html"));
}

namespace {

QList<XfuPage> readPages(const QString &folder)
{
    QList<XfuPage> pages;
    QDirIterator it(dataPath(folder), {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    QStringList paths;
    while (it.hasNext())
        paths.append(it.next());
    paths.sort();
    for (const QString &path : std::as_const(paths)) {
        const XfuPageReader::Result result = XfuPageReader::readFile(path);
        if (!result.ok())
            qFatal("test page %s: %s", qPrintable(path), qPrintable(result.error));
        pages.append(result.page);
    }
    return pages;
}

FirmwarePages::Lists firmwareLists(const QString &folder, FirmwareList::Kind kind)
{
    FirmwarePages::Lists lists;
    const QDir dir(dataPath(folder));
    for (const QString &name : dir.entryList({QStringLiteral("*.yml")}, QDir::Files, QDir::Name)) {
        const FirmwareList::Result list = FirmwareList::read(readData(folder + QLatin1Char('/') + name), kind);
        if (!list.ok() || !list.errors.isEmpty())
            qFatal("test list %s: %s", qPrintable(name), qPrintable(list.error + list.errors.join(QLatin1Char(';'))));
        lists.insert(QFileInfo(name).completeBaseName(), list.records);
    }
    return lists;
}

} // namespace

CatalogPtr sectionsCatalog()
{
    QList<XfuPage> pages = pagesCatalog()->toPages();
    pages += FirmwarePages::firmware(readPages(QStringLiteral("firmware/pages/firmware")),
                                     firmwareLists(QStringLiteral("firmware/data/devices/full"), FirmwareList::Kind::Firmware), {})
                 .pages;
    pages += FirmwarePages::vendor(firmwareLists(QStringLiteral("firmware/data/vendor/full"), FirmwareList::Kind::Vendor), {});
    const QHash<QString, QString> names{{QStringLiteral("gemini"), QStringLiteral("MI 5")}};
    return Catalog::build(pages, names, {QStringLiteral("test pages"), QDateTime(QDate(2026, 8, 23), QTime(0, 0), Qt::UTC)});
}

CatalogPtr pagesCatalog()
{
    QList<XfuPage> pages;
    const QDir dir(dataPath(QStringLiteral("pages")));
    for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        const XfuPageReader::Result result = XfuPageReader::readFile(dir.filePath(name));
        if (!result.ok())
            qFatal("test page %s: %s", qPrintable(name), qPrintable(result.error));
        pages.append(result.page);
    }
    const QHash<QString, QString> names{{QStringLiteral("gemini"), QStringLiteral("MI 5")}};
    return Catalog::build(pages, names, {QStringLiteral("test pages"), QDateTime(QDate(2026, 8, 23), QTime(0, 0), Qt::UTC)});
}

CatalogPtr singleFileCatalog(const QString &fileName, const QString &md5, const QStringList &urls)
{
    RomFile file;
    file.device = QStringLiteral("Test Phone Global");
    file.codename = QStringLiteral("testphone");
    file.version = QStringLiteral("1.0.0");
    file.branch = QStringLiteral("Weekly");
    file.type = QStringLiteral("Recovery");
    file.fileName = fileName;
    file.md5 = md5;
    file.urls = urls;
    XfuPage page;
    page.folder = file.codename;
    page.branchSlug = QStringLiteral("weekly");
    page.version = file.version;
    page.name = file.device;
    page.cards = {file};
    return Catalog::build({page}, {}, {QStringLiteral("test"), QDateTime::currentDateTimeUtc()});
}

} // namespace Fixtures
