// SPDX-License-Identifier: GPL-3.0-or-later
#include "firmwareimport.h"

#include "devicenames.h"
#include "catalog/xfupagereader.h"
#include "feed/firmwarepages.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent>

namespace {

QByteArray readAll(const QString &path, QTextStream &err, int *failures)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        return file.readAll();
    err << QDir::toNativeSeparators(path) << ": " << file.errorString() << '\n';
    ++*failures;
    return {};
}

FirmwarePages::Lists readLists(const QString &folder, FirmwareList::Kind kind, QTextStream &err, int *failures)
{
    FirmwarePages::Lists lists;
    const QDir dir(folder);
    if (!dir.exists()) {
        err << QDir::toNativeSeparators(folder) << ": no such folder\n";
        ++*failures;
        return lists;
    }
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.yml")}, QDir::Files, QDir::Name)) {
        const FirmwareList::Result list = FirmwareList::read(readAll(info.filePath(), err, failures), kind);
        const QString where = QDir::toNativeSeparators(info.filePath()) + QLatin1String(": ");
        if (!list.ok()) {
            err << where << list.error << '\n';
            ++*failures;
            continue;
        }
        for (const QString &error : list.errors)
            err << where << error << '\n';
        *failures += int(list.errors.size());
        lists.insert(info.completeBaseName(), list.records);
    }
    return lists;
}

// The vendor list pages' names (front matter "name: Mi MIX 3 5G"): the site's heading of each device's
// vendor packages. data/vendor_devices.yml names only 31 of the 77 devices.
QHash<QString, QString> vendorPageNames(const QString &folder, QTextStream &err, int *failures)
{
    QHash<QString, QString> names;
    for (const QFileInfo &info : QDir(folder).entryInfoList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        const QByteArray text = readAll(info.filePath(), err, failures);
        const QHash<QString, QString> frontMatter = readDeviceNameMap(text.left(text.indexOf("\n---", 3)));
        const QString name = frontMatter.value(QStringLiteral("name"));
        if (name.isEmpty()) {
            err << QDir::toNativeSeparators(info.filePath()) << ": no name in its front matter\n";
            ++*failures;
            continue;
        }
        names.insert(info.completeBaseName(), name);
    }
    return names;
}

} // namespace

FirmwareImport importFirmwareSections(const QString &root, QTextStream &err)
{
    FirmwareImport result;
    const QDir base(root);
    for (const char *map : {"data/firmware_devices.yml", "data/vendor_devices.yml"}) {
        const QByteArray text = readAll(base.filePath(QString::fromLatin1(map)), err, &result.failures);
        const QHash<QString, QString> names = readDeviceNameMap(text);
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            result.deviceNames.insert(it.key(), it.value());
    }

    QStringList paths;
    QDirIterator it(base.filePath(QStringLiteral("pages/firmware/updates")), {QStringLiteral("*.md")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(it.next());
    paths.sort();
    if (paths.isEmpty()) {
        err << QDir::toNativeSeparators(base.filePath(QStringLiteral("pages/firmware/updates"))) << ": no firmware pages\n";
        ++result.failures;
    }
    const QList<XfuPageReader::Result> read = QtConcurrent::blockingMapped(paths, &XfuPageReader::readFile);
    QList<XfuPage> firmwarePages;
    for (qsizetype i = 0; i < read.size(); ++i) {
        if (read[i].ok() && read[i].page.os == RomOs::Firmware) {
            firmwarePages.append(read[i].page);
            continue;
        }
        err << QDir::toNativeSeparators(paths[i]) << ": "
            << (read[i].ok() ? QStringLiteral("not a firmware page") : read[i].error) << '\n';
        ++result.failures;
    }
    const FirmwarePages::Lists firmwareLists = readLists(base.filePath(QStringLiteral("data/devices/full")),
                                                         FirmwareList::Kind::Firmware, err, &result.failures);
    const FirmwarePages::Lists vendorLists = readLists(base.filePath(QStringLiteral("data/vendor/full")),
                                                       FirmwareList::Kind::Vendor, err, &result.failures);
    const FirmwarePages::Result firmware = FirmwarePages::firmware(firmwarePages, firmwareLists, result.deviceNames);
    QHash<QString, QString> vendorNames = result.deviceNames;
    vendorNames.insert(vendorPageNames(base.filePath(QStringLiteral("pages/vendor/full")), err, &result.failures));
    const QList<XfuPage> vendor = FirmwarePages::vendor(vendorLists, vendorNames);
    int vendorCards = 0;
    for (const XfuPage &page : vendor)
        vendorCards += int(page.cards.size());
    err << QStringLiteral("firmware: %1 pages, %2 of their files with a download link, %3 files only in the lists; "
                          "vendor: %4 packages on %5 versions")
               .arg(firmwarePages.size())
               .arg(firmware.linkedCards)
               .arg(firmware.listOnlyFiles)
               .arg(vendorCards)
               .arg(vendor.size())
        << '\n';
    result.pages = firmware.pages + vendor;
    return result;
}
