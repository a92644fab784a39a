// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flash/archivereader.h"
#include "flash/rominspection.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class TaskProgress;

// Reads a ROM file without unpacking it (see RomInspection): a Fastboot .tgz in one pass over
// its stream, a Recovery .zip from its central directory and its small metadata entry only.
// Blocking: run it in a worker (FlashTask); it reports progress and stops when cancelled.
class RomInspector
{
    Q_DECLARE_TR_FUNCTIONS(RomInspector)

public:
    struct Result
    {
        std::optional<RomInspection> inspection;
        QString error;          // when there is no inspection
        bool cancelled = false;
        qint64 bytesRead = 0;   // of the file: all of a .tgz, a few kilobytes of a .zip
        bool ok() const { return inspection.has_value(); }
    };

    static constexpr qint64 MaxScriptBytes = 1 << 20;   // Xiaomi's scripts have 5-20 KB
    static constexpr qint64 MaxMetadataBytes = 64 << 10; // OTA metadata: under 2 KB

    static Result inspect(const QString &path, TaskProgress *progress = nullptr,
                          const ArchiveLimits &limits = ArchiveLimits());
};
