// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// ROM archives written by the tests themselves (with libarchive), laid out as Xiaomi packs them:
//   <folder>/flash_all.sh, flash_all.bat, flash_all_except_storage.sh/.bat, flash_all_lock.sh/.bat,
//   misc.txt, images/<partition images>, sometimes images/anti_version.txt
// and hostile ones. Nothing here is a real ROM's content: the scripts follow the forms of the
// real ones (the product check, the anti-rollback check in each of its variants, the flash
// lines), the images are a few kilobytes of deterministic bytes.
namespace TestArchives {

struct Entry
{
    enum class Type { File, Directory, Symlink, Hardlink };

    QString path;
    QByteArray data;
    Type type = Type::File;
    QString linkTarget;
    int mode = 0644;

    static Entry file(const QString &path, const QByteArray &data, int mode = 0644);
    static Entry directory(const QString &path);
    static Entry symlink(const QString &path, const QString &target);
    static Entry hardlink(const QString &path, const QString &target);
};

// How a script checks the anti-rollback index (the variants found in Xiaomi's ROMs).
enum class AntiCheck {
    Literal,        // CURRENT_ANTI_VER=N, then `getvar anti` compared with it
    VersionFile,    // CURRENT_ANTI_VER read from images/anti_version.txt (which holds N)
    CommentedOut,   // #CURRENT_ANTI_VER=N (.bat: ::set CURRENT_ANTI_VER=N): no check
    RollbackVer,    // CURRENT_ANTI_VER=N, then `getvar rollback_ver` (MediaTek phones)
    None,           // older ROMs: the product check only
};

struct FastbootRomSpec
{
    QString folder;            // "gemini_global_images_V10.2.2.0.OAAMIXM_20190115.0000.00_8.0_global"
    QString product;           // what getvar product must say
    AntiCheck antiCheck = AntiCheck::Literal;
    int antiIndex = 1;
    QString keepDataName = QStringLiteral("flash_all_except_storage"); // or flash_all_except_data_storage
    bool withLockScript = true;
    bool withBatch = true;     // the Windows .bat beside every .sh
    int imageBytes = 4096;     // each image's size
};

// The entries of a Fastboot ROM as Xiaomi's .tgz holds them, in their order (folders first,
// then the scripts, misc.txt, images/).
QList<Entry> fastbootRom(const FastbootRomSpec &spec);
QByteArray shellScript(const FastbootRomSpec &spec, const QString &name);
QByteArray batchScript(const FastbootRomSpec &spec, const QString &name);
// Deterministic, incompressible bytes.
QByteArray imageBytes(const QString &name, int size);

// A Recovery ROM's entries: META-INF/com/android/metadata (these lines), payload.bin of
// payloadBytes, payload_properties.txt, care_map.pb.
QList<Entry> recoveryRom(const QByteArray &metadata, int payloadBytes, bool withPayload = true);

// Writes the entries as a gzip-compressed tar (pax), an uncompressed tar or a zip (deflated, or
// stored). False and a message on failure.
bool writeTgz(const QString &path, const QList<Entry> &entries, QString *error = nullptr);
bool writeZip(const QString &path, const QList<Entry> &entries, bool stored = false, QString *error = nullptr);

// A gzip-compressed tar whose one entry holds `size` zero bytes (compresses ~1000:1).
bool writeZeroBomb(const QString &path, const QString &entryName, qint64 size, QString *error = nullptr);

} // namespace TestArchives
