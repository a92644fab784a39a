// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flash/flashscript.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

// The anti-rollback check a Fastboot ROM's scripts make before flashing.
struct AntiRollback
{
    enum class Source { None, Script, AntiVersionFile };

    std::optional<int> index;      // the ROM's index; none when its scripts do not check
    Source source = Source::None;
    QString sourceFile;            // "flash_all.sh", "images/anti_version.txt"
    bool commentedOut = false;     // the scripts carry the check, commented out
    QString phoneVariable;         // what the scripts ask the phone: "anti" or "rollback_ver"
};

struct RomImage
{
    QString name; // relative to the images folder: "super.img"
    qint64 size = 0;
};

// What a ROM file holds, read without unpacking it: for a Fastboot ROM (.tgz) the product its
// scripts accept, its anti-rollback index, its flash scripts and images; for a Recovery ROM
// (.zip) the OTA metadata (META-INF/com/android/metadata) and whether it carries payload.bin.
struct RomInspection
{
    Q_DECLARE_TR_FUNCTIONS(RomInspection)

public:
    enum class Kind { Fastboot, Recovery };

    QString path;
    qint64 fileSize = 0;
    QDateTime modified;          // with fileSize: is the file on disk still the one inspected?
    Kind kind = Kind::Fastboot;
    QString product;             // the first product accepted; empty when unknown
    QStringList products;        // every product accepted (a script may accept two)
    AntiRollback antiRollback;
    QList<FlashScript> scripts;  // in the order flash_all, keep data, lock
    QList<RomImage> images;      // Fastboot: images/*; Recovery: the zip's files outside META-INF
    QMap<QString, QString> metadata; // Recovery: every key of the OTA metadata; Fastboot: "folder"
    bool hasPayload = false;     // Recovery: payload.bin (an A/B OTA)
    QString folder;              // Fastboot: the folder the archive unpacks into ("" when none)
    qint64 unpackedSize = 0;     // every entry's size added up
    QString unsafeEntry;         // why extraction would refuse an entry; empty when none would be

    bool isFastboot() const { return kind == Kind::Fastboot; }
    // The script that keeps the user's data, else flash_all; null when the ROM has none.
    const FlashScript *recommendedScript() const;
    // Whether the file at path is still the one inspected (same size and modification time).
    bool describesFileOnDisk() const;

    static QString kindName(Kind kind); // "fastboot" / "recovery"
    // The --json object: kind, product, antiRollback (null when none), scripts, images, metadata,
    // and hasPayload, folder, unpackedSize, antiRollbackSource.
    QJsonObject toJson() const;
};

Q_DECLARE_METATYPE(RomInspection)
