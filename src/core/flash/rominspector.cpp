// SPDX-License-Identifier: GPL-3.0-or-later
#include "rominspector.h"

#include "archivepath.h"
#include "taskprogress.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace {

const QString ScriptPattern = QStringLiteral("^flash_all\\w*\\.(sh|bat)$");
const QString AntiVersionFile = QStringLiteral("images/anti_version.txt");
const QString MetadataEntry = QStringLiteral("META-INF/com/android/metadata");

// What one pass over the archive's entries saw, before it is judged as a ROM.
struct EntryScan
{
    struct File
    {
        QString path; // clean
        qint64 size = 0;
    };
    QList<File> files;
    QHash<QString, QByteArray> texts; // scripts and images/anti_version.txt, by clean path
    QSet<QString> topLevel;          // first parts of every path
    QSet<QString> seen;              // clean paths folded to lower case (Windows sees one file)
    QString unsafeEntry;
    qint64 unpackedSize = 0;

    void refuse(const QString &why)
    {
        if (unsafeEntry.isEmpty())
            unsafeEntry = why;
    }
};

bool isScriptName(const QString &fileName)
{
    static const QRegularExpression re(ScriptPattern);
    return re.match(fileName).hasMatch();
}

// Reads the text files the inspection needs, anywhere in the first two levels (the folder
// the ROM unpacks into is known only at the end of the stream).
bool wantsText(const QString &cleanPath)
{
    const QStringList parts = cleanPath.split(QLatin1Char('/'));
    if (parts.size() <= 2 && isScriptName(parts.last()))
        return true;
    return parts.size() <= 3 && cleanPath.endsWith(AntiVersionFile);
}

// Checks an entry as extraction would, and notes it. False when the entry is unusable.
QString noteEntry(EntryScan &scan, const ArchiveEntry &entry)
{
    QString why;
    const QString path = ArchivePath::clean(entry.path, &why);
    if (path.isEmpty()) {
        scan.refuse(why);
        return QString();
    }
    scan.topLevel.insert(path.section(QLatin1Char('/'), 0, 0));
    if (entry.type == ArchiveEntry::Type::Directory)
        return path;
    if (scan.seen.contains(path.toLower()))
        scan.refuse(ArchivePath::tr("the archive holds '%1' twice (letter case aside)").arg(path));
    scan.seen.insert(path.toLower());
    switch (entry.type) {
    case ArchiveEntry::Type::Symlink:
    case ArchiveEntry::Type::Hardlink:
        if (ArchivePath::linkTarget(path, entry.linkTarget, entry.type == ArchiveEntry::Type::Hardlink, &why).isEmpty())
            scan.refuse(why);
        break;
    case ArchiveEntry::Type::Other:
        scan.refuse(ArchivePath::tr("the entry '%1' is a device, pipe or socket, not a file").arg(path));
        break;
    default:
        break;
    }
    return path;
}

std::optional<int> antiVersionOf(const QByteArray &text)
{
    static const QRegularExpression number(QStringLiteral("^\\s*(\\d{1,6})\\s*$"));
    const QRegularExpressionMatch match = number.match(QString::fromUtf8(text));
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt();
}

// The scripts of the ROM's folder, grouped by name (flash_all.sh with flash_all.bat), and what
// they say about the product and the anti-rollback check.
void judgeScripts(const EntryScan &scan, const QString &root, RomInspection &rom)
{
    QMap<int, FlashScript> byKind; // FlashAll, KeepData, Lock in that order
    QList<QPair<QString, FlashScriptText>> texts; // .sh first, as Linux users run them
    for (const EntryScan::File &file : scan.files) {
        if (!file.path.startsWith(root) || file.path.mid(root.size()).contains(QLatin1Char('/')))
            continue;
        const QString fileName = file.path.mid(root.size());
        if (!isScriptName(fileName))
            continue;
        const QString name = fileName.section(QLatin1Char('.'), 0, 0);
        const std::optional<FlashScript::Kind> kind = FlashScript::kindOfName(name);
        if (!kind)
            continue;
        FlashScript &script = byKind[int(*kind)];
        script.name = name;
        script.kind = *kind;
        script.files << fileName;
        script.wipesData = *kind != FlashScript::Kind::KeepData;
        script.locksBootloader = script.locksBootloader || *kind == FlashScript::Kind::Lock;
        if (!scan.texts.contains(file.path))
            continue;
        const bool batch = fileName.endsWith(QLatin1String(".bat"));
        const FlashScriptText text = FlashScriptText::read(scan.texts.value(file.path), batch);
        script.wipesData = script.wipesData || text.touchesUserData;
        script.locksBootloader = script.locksBootloader || text.locksBootloader;
        if (batch)
            texts.append({fileName, text});
        else
            texts.prepend({fileName, text});
    }
    rom.scripts = byKind.values();
    for (FlashScript &script : rom.scripts)
        std::sort(script.files.begin(), script.files.end(), [](const QString &a, const QString &b) {
            return a.endsWith(QLatin1String(".sh")) > b.endsWith(QLatin1String(".sh")); // .sh, then .bat
        });
    // flash_all first: it is the script every ROM has.
    std::stable_sort(texts.begin(), texts.end(), [](const auto &a, const auto &b) {
        return a.first.startsWith(QLatin1String("flash_all.")) > b.first.startsWith(QLatin1String("flash_all."));
    });

    AntiRollback &anti = rom.antiRollback;
    bool readsFile = false;
    for (const auto &[fileName, text] : texts) {
        for (const QString &product : text.products) {
            if (!rom.products.contains(product))
                rom.products << product;
        }
        if (!anti.index && text.antiIndex) {
            anti.index = text.antiIndex;
            anti.source = AntiRollback::Source::Script;
            anti.sourceFile = fileName;
        }
        readsFile = readsFile || text.readsAntiVersionFile;
        anti.commentedOut = anti.commentedOut || text.commentedAntiIndex.has_value();
        if (anti.phoneVariable.isEmpty())
            anti.phoneVariable = text.phoneVariable;
    }
    rom.product = rom.products.value(0);
    if (!anti.index) {
        const QString filePath = root + AntiVersionFile;
        if (const std::optional<int> index = antiVersionOf(scan.texts.value(filePath)); index) {
            anti.index = index;
            anti.source = AntiRollback::Source::AntiVersionFile;
            anti.sourceFile = AntiVersionFile;
        } else if (readsFile) {
            // The scripts fall back on 0 when the file is missing or unreadable.
            anti.index = 0;
            anti.source = AntiRollback::Source::Script;
            anti.sourceFile = texts.value(0).first;
        }
    }
    if (anti.index)
        anti.commentedOut = false;
}

RomInspector::Result failure(const QString &error, bool cancelled = false)
{
    RomInspector::Result result;
    result.error = error;
    result.cancelled = cancelled;
    return result;
}

// Moves to the next entry: false at the end, and also on a cancel or a damaged archive, which
// *stopped then describes.
bool nextEntry(ArchiveReader &reader, ArchiveEntry *entry, TaskProgress *progress, RomInspector::Result *stopped)
{
    if (progress && progress->isCancelled()) {
        *stopped = failure(RomInspector::tr("cancelled"), true);
        return false;
    }
    switch (reader.next(entry)) {
    case ArchiveReader::Next::Entry:
        return true;
    case ArchiveReader::Next::End:
        return false;
    case ArchiveReader::Next::Failed:
        break;
    }
    *stopped = failure(RomInspector::tr("the archive is damaged or incomplete: %1").arg(reader.errorString()));
    return false;
}

RomInspector::Result inspectTar(ArchiveReader &reader, RomInspection rom, TaskProgress *progress)
{
    EntryScan scan;
    ArchiveEntry entry;
    RomInspector::Result stopped;
    while (nextEntry(reader, &entry, progress, &stopped)) {
        const QString path = noteEntry(scan, entry);
        if (!path.isEmpty() && entry.type == ArchiveEntry::Type::File) {
            scan.files.append({path, std::max<qint64>(0, entry.size)});
            scan.unpackedSize += std::max<qint64>(0, entry.size);
            if (wantsText(path) && entry.size <= RomInspector::MaxScriptBytes) {
                QByteArray text;
                if (!reader.readAll(&text, RomInspector::MaxScriptBytes))
                    return failure(RomInspector::tr("the archive is damaged or incomplete: %1").arg(reader.errorString()));
                scan.texts.insert(path, text);
                continue;
            }
        }
        if (!reader.skipData(progress)) {
            if (progress && progress->isCancelled())
                return failure(RomInspector::tr("cancelled"), true);
            return failure(RomInspector::tr("the archive is damaged or incomplete: %1").arg(reader.errorString()));
        }
    }

    if (!stopped.error.isEmpty())
        return stopped;

    // A ROM unpacks into one folder ("whyred_global_images_V11.0.3.0.PEIMIXM_..._9.0_global").
    const bool oneFolder = scan.topLevel.size() == 1
        && std::any_of(scan.files.cbegin(), scan.files.cend(),
                       [](const EntryScan::File &f) { return f.path.contains(QLatin1Char('/')); })
        && std::all_of(scan.files.cbegin(), scan.files.cend(),
                       [](const EntryScan::File &f) { return f.path.contains(QLatin1Char('/')); });
    rom.folder = oneFolder ? *scan.topLevel.cbegin() : QString();
    const QString root = rom.folder.isEmpty() ? QString() : rom.folder + QLatin1Char('/');
    judgeScripts(scan, root, rom);
    if (rom.scripts.isEmpty()) {
        return failure(RomInspector::tr("%1 is a tar archive without Xiaomi's flash_all scripts: not a Fastboot ROM")
                           .arg(QFileInfo(rom.path).fileName()));
    }
    const QString imagesRoot = root + QStringLiteral("images/");
    for (const EntryScan::File &file : scan.files) {
        if (file.path.startsWith(imagesRoot))
            rom.images.append({file.path.mid(imagesRoot.size()), file.size});
    }
    if (!rom.folder.isEmpty())
        rom.metadata.insert(QStringLiteral("folder"), rom.folder);
    rom.unpackedSize = scan.unpackedSize;
    rom.unsafeEntry = scan.unsafeEntry;
    RomInspector::Result result;
    result.inspection = std::move(rom);
    return result;
}

RomInspector::Result inspectZip(ArchiveReader &reader, RomInspection rom, const ArchiveLimits &limits,
                                TaskProgress *progress)
{
    rom.kind = RomInspection::Kind::Recovery;
    EntryScan scan;
    ArchiveEntry entry;
    bool hasMetadata = false;
    bool hasUpdaterScript = false;
    RomInspector::Result stopped;
    while (nextEntry(reader, &entry, progress, &stopped)) {
        if (progress)
            progress->report(reader.consumed(), reader.fileSize());
        const QString path = noteEntry(scan, entry);
        if (path.isEmpty() || entry.type != ArchiveEntry::Type::File)
            continue;
        const qint64 size = std::max<qint64>(0, entry.size);
        scan.unpackedSize += size;
        if (scan.unpackedSize > limits.bombMinBytes && scan.unpackedSize / std::max<qint64>(1, reader.fileSize()) > limits.bombRatio) {
            return failure(RomInspector::tr("the archive claims to unpack to over %1 times its size: a zip bomb, not a ROM")
                               .arg(limits.bombRatio));
        }
        if (path == MetadataEntry) {
            QByteArray text;
            if (!reader.readAll(&text, RomInspector::MaxMetadataBytes))
                return failure(RomInspector::tr("cannot read %1: %2").arg(MetadataEntry, reader.errorString()));
            for (const QByteArray &line : text.split('\n')) {
                const int equals = line.indexOf('=');
                if (equals > 0)
                    rom.metadata.insert(QString::fromUtf8(line.left(equals)).trimmed(),
                                        QString::fromUtf8(line.mid(equals + 1)).trimmed());
            }
            hasMetadata = true;
            continue;
        }
        if (path == QLatin1String("payload.bin"))
            rom.hasPayload = true;
        if (path == QLatin1String("META-INF/com/google/android/updater-script"))
            hasUpdaterScript = true;
        if (!path.contains(QLatin1Char('/')))
            rom.images.append({path, size});
    }
    if (!stopped.error.isEmpty())
        return stopped;
    if (!hasMetadata && !rom.hasPayload && !hasUpdaterScript) {
        return failure(RomInspector::tr("%1 is a zip archive without OTA metadata, payload.bin or updater-script: "
                                        "not a Recovery ROM")
                           .arg(QFileInfo(rom.path).fileName()));
    }
    // "pre-device=cepheus" (several devices are separated by commas).
    rom.products = rom.metadata.value(QStringLiteral("pre-device")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &product : rom.products)
        product = product.trimmed();
    rom.product = rom.products.value(0);
    rom.unpackedSize = scan.unpackedSize;
    rom.unsafeEntry = scan.unsafeEntry;
    RomInspector::Result result;
    result.inspection = std::move(rom);
    return result;
}

} // namespace

RomInspector::Result RomInspector::inspect(const QString &path, TaskProgress *progress, const ArchiveLimits &limits)
{
    RomInspection rom;
    const QFileInfo info(path);
    rom.path = info.absoluteFilePath();
    rom.fileSize = info.size();
    rom.modified = info.lastModified();
    if (progress) {
        progress->setStage(TaskProgress::Stage::Reading);
        progress->report(0, rom.fileSize);
    }
    if (!info.isFile())
        return failure(tr("%1 is not a file").arg(path));

    ArchiveReader reader(limits);
    QString error;
    if (!reader.open(path, &error))
        return failure(error);
    Result result = reader.format() == ArchiveReader::Format::Zip ? inspectZip(reader, std::move(rom), limits, progress)
                                                                  : inspectTar(reader, std::move(rom), progress);
    if (progress && result.ok())
        progress->report(result.inspection->fileSize, result.inspection->fileSize);
    result.bytesRead = reader.bytesRead();
    return result;
}
