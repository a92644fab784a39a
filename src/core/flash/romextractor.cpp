// SPDX-License-Identifier: GPL-3.0-or-later
#include "romextractor.h"

#include "archivepath.h"
#include "rominspector.h"
#include "taskprogress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QStorageInfo>

namespace {

using Failure = RomExtractor::Failure;

RomExtractor::Result failure(Failure kind, const QString &error)
{
    RomExtractor::Result result;
    result.error = error;
    result.failure = kind;
    return result;
}

QString archiveStem(const QString &path)
{
    QString name = QFileInfo(path).fileName();
    for (const char *suffix : {".tar.gz", ".tgz", ".tar"}) {
        if (name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            return name.left(name.size() - int(qstrlen(suffix)));
    }
    return name;
}

QFileDevice::Permissions permissionsOf(int mode)
{
    QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
        | QFileDevice::WriteUser | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (mode & 0100) // the flash scripts stay runnable
        permissions |= QFileDevice::ExeOwner | QFileDevice::ExeUser | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    return permissions;
}

// One pass over the archive writing every entry under the staging folder.
class Unpacker
{
public:
    Unpacker(ArchiveReader &reader, const QString &staging, TaskProgress *progress)
        : m_reader(reader)
        , m_staging(staging)
        , m_progress(progress)
    {
    }

    // Empty when every entry was written, else why not.
    QString run()
    {
        ArchiveEntry entry;
        for (;;) {
            if (cancelled())
                return RomExtractor::tr("cancelled");
            const ArchiveReader::Next next = m_reader.next(&entry);
            if (next == ArchiveReader::Next::End)
                return QString();
            if (next == ArchiveReader::Next::Failed)
                return fail(Failure::Damaged, RomExtractor::tr("the archive is damaged or incomplete: %1").arg(m_reader.errorString()));
            const QString error = write(entry);
            if (!error.isEmpty())
                return error;
        }
    }

    bool cancelled() const { return m_progress && m_progress->isCancelled(); }
    Failure failure() const { return cancelled() ? Failure::Cancelled : m_failure; }

private:
    QString fail(Failure kind, const QString &error)
    {
        m_failure = kind;
        return error;
    }

    QString write(const ArchiveEntry &entry)
    {
        QString why;
        const QString path = ArchivePath::clean(entry.path, &why);
        if (path.isEmpty())
            return why;
        if (path == RomExtractor::unfinishedNote())
            return ArchivePath::tr("the entry '%1' cannot be a file on every system: %2").arg(path, RomExtractor::tr("reserved name"));
        const QString target = m_staging + QLatin1Char('/') + path;
        switch (entry.type) {
        case ArchiveEntry::Type::Directory:
            return QDir().mkpath(target) ? QString() : fail(Failure::Disk, RomExtractor::tr("cannot create the folder %1").arg(target));
        case ArchiveEntry::Type::File:
            return writeFile(path, target, entry);
        case ArchiveEntry::Type::Symlink:
        case ArchiveEntry::Type::Hardlink: {
            const QString linked = ArchivePath::linkTarget(path, entry.linkTarget,
                                                           entry.type == ArchiveEntry::Type::Hardlink, &why);
            if (linked.isEmpty())
                return why;
            if (!m_written.contains(linked))
                return RomExtractor::tr("the link '%1' points at '%2', which is not a file unpacked before it").arg(path, linked);
            if (!claim(path))
                return ArchivePath::tr("the archive holds '%1' twice (letter case aside)").arg(path);
            QDir().mkpath(QFileInfo(target).absolutePath());
            if (!QFile::copy(m_staging + QLatin1Char('/') + linked, target))
                return fail(Failure::Disk, RomExtractor::tr("cannot write %1").arg(target));
            return m_reader.skipData(m_progress) ? QString() : fail(Failure::Damaged, m_reader.errorString());
        }
        case ArchiveEntry::Type::Other:
            break;
        }
        return ArchivePath::tr("the entry '%1' is a device, pipe or socket, not a file").arg(path);
    }

    bool claim(const QString &path)
    {
        const QString folded = path.toLower();
        if (m_claimed.contains(folded))
            return false;
        m_claimed.insert(folded);
        return true;
    }

    QString writeFile(const QString &path, const QString &target, const ArchiveEntry &entry)
    {
        if (!claim(path))
            return ArchivePath::tr("the archive holds '%1' twice (letter case aside)").arg(path);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return fail(Failure::Disk, RomExtractor::tr("cannot create the folder %1").arg(QFileInfo(target).absolutePath()));
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(Failure::Disk, RomExtractor::tr("cannot write %1: %2").arg(target, file.errorString()));
        for (;;) {
            if (cancelled())
                return RomExtractor::tr("cancelled");
            const char *data = nullptr;
            size_t size = 0;
            qint64 offset = 0;
            if (!m_reader.readBlock(&data, &size, &offset))
                return fail(Failure::Damaged, RomExtractor::tr("the archive is damaged or incomplete: %1").arg(m_reader.errorString()));
            if (m_progress)
                m_progress->report(m_reader.consumed(), m_reader.fileSize());
            if (size == 0)
                break;
            if (offset != file.pos() && !file.seek(offset)) // a hole of a sparse entry
                return fail(Failure::Disk, RomExtractor::tr("cannot write %1: %2").arg(target, file.errorString()));
            if (file.write(data, qint64(size)) != qint64(size))
                return fail(Failure::Disk, RomExtractor::tr("cannot write %1: %2").arg(target, file.errorString()));
        }
        if (entry.size > file.size() && !file.resize(entry.size)) // a trailing hole
            return fail(Failure::Disk, RomExtractor::tr("cannot write %1: %2").arg(target, file.errorString()));
        if (!file.flush())
            return fail(Failure::Disk, RomExtractor::tr("cannot write %1: %2").arg(target, file.errorString()));
        file.close();
        if (file.error() != QFileDevice::NoError)
            return fail(Failure::Disk, RomExtractor::tr("cannot write %1: %2").arg(target, file.errorString()));
        file.setPermissions(permissionsOf(entry.permissions));
        m_written.insert(path);
        return QString();
    }

    ArchiveReader &m_reader;
    QString m_staging;
    TaskProgress *m_progress;
    QSet<QString> m_written; // clean paths of the files unpacked so far
    QSet<QString> m_claimed; // the same folded to lower case
    Failure m_failure = Failure::Refused;
};

} // namespace

QString RomExtractor::targetName(const RomInspection &inspection)
{
    return inspection.folder.isEmpty() ? archiveStem(inspection.path) : inspection.folder;
}

RomExtractor::Result RomExtractor::extract(const QString &archivePath, const QString &outputDir, TaskProgress *progress,
                                           const std::optional<RomInspection> &known, const ArchiveLimits &limits)
{
    const QString absoluteArchive = QFileInfo(archivePath).absoluteFilePath();
    RomInspection inspection;
    if (known && known->path == absoluteArchive && known->describesFileOnDisk()) {
        inspection = *known;
    } else {
        if (progress)
            progress->setStage(TaskProgress::Stage::Checking);
        RomInspector::Result inspected = RomInspector::inspect(archivePath, progress, limits);
        if (!inspected.ok())
            return failure(inspected.cancelled ? Failure::Cancelled : Failure::Refused, inspected.error);
        inspection = std::move(*inspected.inspection);
    }
    if (!inspection.isFastboot())
        return failure(Failure::Refused, tr("%1 is a Recovery ROM: it is installed as it is, not unpacked").arg(QFileInfo(archivePath).fileName()));
    if (!inspection.unsafeEntry.isEmpty())
        return failure(Failure::Refused, tr("refused to unpack %1: %2; nothing was written").arg(QFileInfo(archivePath).fileName(), inspection.unsafeEntry));

    const QString out = QDir(outputDir).absolutePath();
    if (!QDir().mkpath(out))
        return failure(Failure::Disk, tr("cannot create the folder %1").arg(out));
    const QString name = targetName(inspection);
    const QString target = out + QLatin1Char('/') + name;
    if (QFileInfo::exists(target)) {
        Result exists = failure(Failure::Exists, tr("%1 already exists; remove it or choose another folder").arg(QDir::toNativeSeparators(target)));
        exists.existingFolder = target;
        return exists;
    }
    const QString staging = target + unfinishedSuffix();
    if (QFileInfo::exists(staging)) {
        // Left by an extraction that was killed: ours only when it carries the note.
        if (!QFileInfo::exists(staging + QLatin1Char('/') + unfinishedNote()) || !QDir(staging).removeRecursively())
            return failure(Failure::Refused, tr("%1 already exists; remove it or choose another folder").arg(QDir::toNativeSeparators(staging)));
    }
    const QStorageInfo storage(out);
    const qint64 needed = inspection.unpackedSize + SpaceMargin;
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < needed) {
        const QLocale locale;
        return failure(Failure::Disk, tr("not enough free space in %1: the ROM needs %2, %3 are free")
                           .arg(QDir::toNativeSeparators(out), locale.formattedDataSize(needed),
                                locale.formattedDataSize(storage.bytesAvailable())));
    }

    if (!QDir().mkpath(staging))
        return failure(Failure::Disk, tr("cannot create the folder %1").arg(staging));
    QFile note(staging + QLatin1Char('/') + unfinishedNote());
    if (!note.open(QIODevice::WriteOnly)
        || note.write("This folder is an extraction that did not finish. Do not flash from it.\n"
                      "Firmware Browser removes it when the ROM is extracted again.\n") < 0) {
        QDir(staging).removeRecursively();
        return failure(Failure::Disk, tr("cannot write in %1: %2").arg(staging, note.errorString()));
    }
    note.close();

    if (progress)
        progress->setStage(TaskProgress::Stage::Extracting);
    ArchiveReader reader(limits);
    QString error;
    if (!reader.open(archivePath, &error)) {
        QDir(staging).removeRecursively();
        return failure(Failure::Damaged, error);
    }
    Unpacker unpacker(reader, staging, progress);
    error = unpacker.run();
    if (!error.isEmpty()) {
        QDir(staging).removeRecursively();
        return failure(unpacker.failure(), error);
    }

    // Complete: the folder takes its real name.
    QFile::remove(staging + QLatin1Char('/') + unfinishedNote());
    const QString unpacked = inspection.folder.isEmpty() ? staging : staging + QLatin1Char('/') + inspection.folder;
    if (!QDir().rename(unpacked, target)) {
        QDir(staging).removeRecursively();
        return failure(Failure::Disk, tr("cannot rename the unpacked folder to %1").arg(QDir::toNativeSeparators(target)));
    }
    if (!inspection.folder.isEmpty())
        QDir().rmdir(staging); // empty by now
    Result result;
    result.folder = target;
    return result;
}
