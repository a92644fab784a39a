// SPDX-License-Identifier: GPL-3.0-or-later
#include "localcopy.h"

#include "taskprogress.h"
#include "util/filedigest.h"
#include "util/safefilename.h"

#include <QDir>
#include <QFileInfo>

QString LocalCopy::describe() const
{
    const QString folder = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
    switch (state) {
    case State::Checking:
        return tr("Found in %1; checking it…").arg(folder);
    case State::Verified:
        return tr("Downloaded (verified) in %1").arg(folder);
    case State::PrefixVerified:
        return tr("Downloaded (MD5 matches the file name) in %1").arg(folder);
    case State::NotVerified:
        return tr("Downloaded (not verified: no checksum known) in %1").arg(folder);
    case State::Mismatch:
        return tr("A different file with this name is in %1 (MD5 %2, the catalog says %3): it is not this ROM")
            .arg(folder, md5, expected);
    case State::Unreadable:
        return tr("A file with this name is in %1 but cannot be read: %2").arg(folder, error);
    }
    return QString();
}

QStringList LocalCopy::find(const QStringList &folders, const QString &fileName)
{
    QStringList paths;
    QString error;
    for (const QString &folder : folders) {
        if (folder.isEmpty())
            continue;
        const QString path = SafeFileName::pathIn(folder, fileName, &error);
        const QFileInfo info(path);
        if (!path.isEmpty() && info.isFile() && !info.isSymLink() && !paths.contains(info.absoluteFilePath()))
            paths << info.absoluteFilePath();
    }
    return paths;
}

LocalCopy LocalCopy::check(const QString &path, const RomFile &file, const QString &knownMd5, TaskProgress *progress)
{
    LocalCopy copy;
    const QFileInfo info(path);
    copy.path = info.absoluteFilePath();
    copy.size = info.size();
    copy.modified = info.lastModified();
    copy.expected = file.hasMd5() ? file.md5 : file.md5PrefixFromFileName();
    if (progress) {
        progress->setStage(TaskProgress::Stage::Verifying);
        progress->report(0, copy.size);
    }
    copy.md5 = knownMd5;
    if (copy.md5.isEmpty() && !copy.expected.isEmpty()) {
        QString error;
        copy.md5 = md5OfFile(path, [progress, &copy](qint64 hashed) {
            if (!progress)
                return true;
            progress->report(hashed, copy.size);
            return !progress->isCancelled();
        }, &error);
        if (copy.md5.isEmpty()) {
            copy.state = State::Unreadable;
            copy.error = error;
            return copy;
        }
    }
    if (copy.expected.isEmpty())
        copy.state = State::NotVerified;
    else if (file.hasMd5())
        copy.state = copy.md5 == copy.expected ? State::Verified : State::Mismatch;
    else
        copy.state = copy.md5.startsWith(copy.expected) ? State::PrefixVerified : State::Mismatch;
    return copy;
}
