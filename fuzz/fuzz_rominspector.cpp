// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the ROM inspector (libarchive's gzip, tar and zip readers, then the flash
// script reader) must take any bytes without crashing or hanging, and what it says must hold:
// a Fastboot ROM has flash scripts and no negative index or size; a refused file says why. An
// archive it calls safe to unpack is unpacked, and nothing may land outside the folder given.
#include "flash/romextractor.h"
#include "flash/rominspector.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

namespace {

ArchiveLimits fuzzLimits()
{
    ArchiveLimits limits; // small bounds: a fuzz input never needs gigabytes
    limits.bombMinBytes = 1 << 20;
    limits.maxEntries = 2000;
    return limits;
}

void checkInspection(const RomInspection &rom)
{
    if (rom.isFastboot() && rom.scripts.isEmpty())
        std::abort();
    if (rom.antiRollback.index && *rom.antiRollback.index < 0)
        std::abort();
    if (rom.unpackedSize < 0 || (rom.product.isEmpty() != rom.products.isEmpty()))
        std::abort();
    for (const RomImage &image : rom.images) {
        if (image.name.isEmpty() || image.size < 0)
            std::abort();
    }
    const QJsonObject json = rom.toJson();
    for (const char *key : {"kind", "product", "antiRollback", "scripts", "images", "metadata"}) {
        if (!json.contains(QLatin1String(key)))
            std::abort();
    }
}

// Unpacks into <dir>/out and checks that everything created stayed under it.
void checkExtraction(const QTemporaryDir &dir, const QString &archive, const RomInspection &rom)
{
    const QString out = dir.filePath(QStringLiteral("out"));
    const RomExtractor::Result result = RomExtractor::extract(archive, out, nullptr, rom, fuzzLimits());
    QDirIterator it(dir.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path == archive || path == out)
            continue;
        if (!path.startsWith(out + QLatin1Char('/')) || it.fileInfo().isSymLink())
            std::abort();
        if (!result.ok())
            std::abort(); // a failed extraction leaves nothing behind
    }
    QDir(out).removeRecursively();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir; // one folder for the whole run
    const QString archive = dir.filePath(QStringLiteral("input"));
    QFile file(archive);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();

    const RomInspector::Result result = RomInspector::inspect(archive, nullptr, fuzzLimits());
    if (!result.ok()) {
        if (result.error.isEmpty())
            std::abort();
        return 0;
    }
    checkInspection(*result.inspection);
    if (result.inspection->isFastboot() && result.inspection->unsafeEntry.isEmpty())
        checkExtraction(dir, archive, *result.inspection);
    return 0;
}
