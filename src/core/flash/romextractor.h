// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flash/archivereader.h"
#include "flash/rominspection.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class TaskProgress;

// Unpacks a Fastboot ROM (.tgz) into a folder, safely:
// - the archive is inspected first (unless an inspection of this very file is given), so an
//   archive with an unsafe entry (absolute path, "..", a link leaving the folder, a name Windows
//   cannot hold) or too little free space writes nothing;
// - everything goes to "<folder>.unfinished" (with a note saying so inside) and takes its real
//   name only once the last byte is written: an interrupted extraction is never taken for a
//   complete one. A failure or cancel removes it; one left by a killed process is removed by the
//   next extraction of the same ROM;
// - links are never created: a link inside the folder to a file unpacked before it becomes a copy.
// Blocking: run it in a worker (FlashTask).
class RomExtractor
{
    Q_DECLARE_TR_FUNCTIONS(RomExtractor)

public:
    enum class Failure {
        None,
        Refused,   // not a Fastboot ROM, an unsafe entry
        Exists,    // the ROM's folder is there already (an earlier extraction): nothing is overwritten
        Damaged,   // the archive ends early or is corrupt
        Disk,      // too little free space, a write failed
        Cancelled,
    };
    struct Result
    {
        QString folder;         // the unpacked ROM folder, when done
        QString existingFolder; // with Failure::Exists: the folder found in the way
        QString error;
        Failure failure = Failure::None;
        bool ok() const { return !folder.isEmpty(); }
        bool cancelled() const { return failure == Failure::Cancelled; }
    };

    static constexpr qint64 SpaceMargin = 64 << 20; // free space kept beyond the ROM's size
    static QString unfinishedSuffix() { return QStringLiteral(".unfinished"); }
    static QString unfinishedNote() { return QStringLiteral("UNFINISHED-EXTRACTION.txt"); }

    // Unpacks into outputDir/<the ROM's folder> (or outputDir/<archive name without .tgz> when
    // the archive has no single folder). known: an earlier inspection; used when it still
    // describes the file on disk.
    static Result extract(const QString &archivePath, const QString &outputDir, TaskProgress *progress = nullptr,
                          const std::optional<RomInspection> &known = std::nullopt,
                          const ArchiveLimits &limits = ArchiveLimits());
    // The folder extract() would create (checks nothing).
    static QString targetName(const RomInspection &inspection);
};
