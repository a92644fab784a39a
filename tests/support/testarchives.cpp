// SPDX-License-Identifier: GPL-3.0-or-later
#include "testarchives.h"

#include <QCryptographicHash>
#include <QFile>

#include <archive.h>
#include <archive_entry.h>

namespace TestArchives {

namespace {

// Partition → image, as the flash lines of the scripts name them.
const QList<QPair<QString, QString>> Partitions = {
    {QStringLiteral("xbl"), QStringLiteral("xbl.elf")},     {QStringLiteral("abl"), QStringLiteral("abl.elf")},
    {QStringLiteral("dtbo"), QStringLiteral("dtbo.img")},   {QStringLiteral("vbmeta"), QStringLiteral("vbmeta.img")},
    {QStringLiteral("super"), QStringLiteral("super.img")}, {QStringLiteral("boot"), QStringLiteral("boot.img")},
};

QString antiBlockShell(const FastbootRomSpec &spec)
{
    const QString n = QString::number(spec.antiIndex);
    const QString getvarAnti = QStringLiteral(
        "ver=`fastboot $* getvar anti 2>&1 | grep -oP \"anti: \\K[0-9]+\"`\n"
        "if [ -z \"$ver\" ]; then ver=0; fi\n"
        "if [ $ver -gt $CURRENT_ANTI_VER ]; then echo \"current device antirollback version is greater than this "
        "pakcage\"; exit 1; fi\n");
    switch (spec.antiCheck) {
    case AntiCheck::Literal:
        return QStringLiteral("CURRENT_ANTI_VER=%1\n").arg(n) + getvarAnti;
    case AntiCheck::VersionFile:
        return QStringLiteral("#check anti_version\n"
                              "if [ -e $(dirname $0)/images/anti_version.txt ]; then\n"
                              "CURRENT_ANTI_VER=`cat $(dirname $0)/images/anti_version.txt`\n"
                              "fi\n"
                              "if [ -z \"$CURRENT_ANTI_VER\" ]; then CURRENT_ANTI_VER=0; fi\n")
            + getvarAnti;
    case AntiCheck::CommentedOut: {
        QString block;
        const QString active = QStringLiteral("CURRENT_ANTI_VER=%1\n").arg(n) + getvarAnti;
        for (const QString &line : active.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            block += QLatin1Char('#') + line + QLatin1Char('\n');
        return block;
    }
    case AntiCheck::RollbackVer:
        return QStringLiteral("CURRENT_ANTI_VER=%1\n"
                              "version=`fastboot getvar rollback_ver 2>&1 | grep \"rollback_ver:\" | awk -F \": \" "
                              "'{print $2}'`\n"
                              "if [  \"${version}\"x == \"\"x ] ; then version=0 ; fi\n"
                              "if [ ${version} -gt ${CURRENT_ANTI_VER} ] ; then  echo \"error : current device "
                              "antirollback version is greater than this package\" ; exit 1 ; fi\n")
            .arg(n);
    case AntiCheck::None:
        break;
    }
    return QString();
}

QString antiBlockBatch(const FastbootRomSpec &spec)
{
    const QString n = QString::number(spec.antiIndex);
    const auto compare = [](const QString &variable) {
        return QStringLiteral("for /f \"tokens=2 delims=: \" %%i in ('fastboot %* getvar %1 2^>^&1 ^| findstr /r "
                              "/c:\"%1:\"') do (set version=%%i)\n"
                              "if [%version%] EQU [] set version=0\n"
                              "if %version% GTR %CURRENT_ANTI_VER% (\n"
                              "    echo current device antirollback version is greater than this pakcage\n"
                              "    exit /B 1\n"
                              ")\n")
            .arg(variable);
    };
    switch (spec.antiCheck) {
    case AntiCheck::Literal:
        return QStringLiteral("set CURRENT_ANTI_VER=%1\n").arg(n) + compare(QStringLiteral("anti"));
    case AntiCheck::VersionFile:
        return QStringLiteral("::check anti_version\n"
                              "if exist \"%~dp0images\\anti_version.txt\" (for /f \"usebackq\" %%a in "
                              "(\"%~dp0images\\anti_version.txt\") do (set CURRENT_ANTI_VER=%%a))\n"
                              "if [%CURRENT_ANTI_VER%] EQU [] set CURRENT_ANTI_VER=0\n")
            + compare(QStringLiteral("anti"));
    case AntiCheck::CommentedOut: {
        QString block;
        const QString active = QStringLiteral("set CURRENT_ANTI_VER=%1\n").arg(n) + compare(QStringLiteral("anti"));
        for (const QString &line : active.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            block += QStringLiteral("::") + line + QLatin1Char('\n');
        return block;
    }
    case AntiCheck::RollbackVer:
        return QStringLiteral("set CURRENT_ANTI_VER=%1\n").arg(n) + compare(QStringLiteral("rollback_ver"));
    case AntiCheck::None:
        break;
    }
    return QString();
}

bool isLock(const QString &name)
{
    return name == QLatin1String("flash_all_lock");
}

bool wipes(const QString &name)
{
    return name == QLatin1String("flash_all") || isLock(name);
}

bool fail(QString *error, struct archive *a)
{
    if (error)
        *error = QString::fromUtf8(archive_error_string(a));
    archive_write_free(a);
    return false;
}

bool writeEntries(struct archive *a, const QString &path, const QList<Entry> &entries, QString *error)
{
    if (archive_write_open_filename(a, QFile::encodeName(path).constData()) != ARCHIVE_OK)
        return fail(error, a);
    for (const Entry &e : entries) {
        struct archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, e.path.toUtf8().constData());
        archive_entry_set_perm(entry, e.mode);
        archive_entry_set_mtime(entry, 1563321600, 0);
        switch (e.type) {
        case Entry::Type::File:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_size(entry, e.data.size());
            break;
        case Entry::Type::Directory:
            archive_entry_set_filetype(entry, AE_IFDIR);
            archive_entry_set_perm(entry, 0755);
            break;
        case Entry::Type::Symlink:
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_set_symlink(entry, e.linkTarget.toUtf8().constData());
            break;
        case Entry::Type::Hardlink:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_hardlink(entry, e.linkTarget.toUtf8().constData());
            archive_entry_set_size(entry, 0);
            break;
        }
        const int status = archive_write_header(a, entry);
        archive_entry_free(entry);
        if (status < ARCHIVE_WARN)
            return fail(error, a);
        if (e.type == Entry::Type::File && !e.data.isEmpty()
            && archive_write_data(a, e.data.constData(), size_t(e.data.size())) != e.data.size())
            return fail(error, a);
    }
    if (archive_write_close(a) != ARCHIVE_OK)
        return fail(error, a);
    archive_write_free(a);
    return true;
}

} // namespace

Entry Entry::file(const QString &path, const QByteArray &data, int mode)
{
    return {path, data, Type::File, QString(), mode};
}

Entry Entry::directory(const QString &path)
{
    return {path, QByteArray(), Type::Directory, QString(), 0755};
}

Entry Entry::symlink(const QString &path, const QString &target)
{
    return {path, QByteArray(), Type::Symlink, target, 0777};
}

Entry Entry::hardlink(const QString &path, const QString &target)
{
    return {path, QByteArray(), Type::Hardlink, target, 0644};
}

QByteArray imageBytes(const QString &name, int size)
{
    QByteArray bytes;
    bytes.reserve(size + 32);
    QByteArray block = name.toUtf8();
    while (bytes.size() < size) {
        block = QCryptographicHash::hash(block, QCryptographicHash::Sha256);
        bytes += block;
    }
    bytes.truncate(size);
    return bytes;
}

QByteArray shellScript(const FastbootRomSpec &spec, const QString &name)
{
    QString text = QStringLiteral("fastboot $* getvar product 2>&1 | grep \"^product: *%1\"\n"
                                  "if [ $? -ne 0  ] ; then echo \"Missmatching image and device\"; exit 1; fi\n")
                       .arg(spec.product);
    text += antiBlockShell(spec);
    text += QStringLiteral("fastboot $* erase boot\nif [ $? -ne 0 ] ; then echo \"Erase boot error\"; exit 1; fi\n");
    for (const auto &[partition, image] : Partitions) {
        text += QStringLiteral("fastboot $* flash %1 `dirname $0`/images/%2\n"
                               "if [ $? -ne 0 ] ; then echo \"Flash %1 error\"; exit 1; fi\n")
                    .arg(partition, image);
    }
    if (wipes(name)) {
        text += QStringLiteral("fastboot $* flash userdata `dirname $0`/images/userdata.img\n"
                               "if [ $? -ne 0 ] ; then echo \"Flash userdata error\"; exit 1; fi\n");
    }
    text += isLock(name) ? QStringLiteral("fastboot $* oem lock\nif [ $? -ne 0 ] ; then echo \"Oem lock error\"; exit 1; fi\n")
                         : QStringLiteral("fastboot $* reboot\nif [ $? -ne 0 ] ; then echo \"Reboot error\"; exit 1; fi\n");
    return text.toUtf8();
}

QByteArray batchScript(const FastbootRomSpec &spec, const QString &name)
{
    QString text = QStringLiteral("fastboot %* getvar product 2>&1 | findstr /r /c:\"^product: *%1\" || echo Missmatching image and device\n"
                                  "fastboot %* getvar product 2>&1 | findstr /r /c:\"^product: *%1\" || exit /B 1\n")
                       .arg(spec.product);
    text += antiBlockBatch(spec);
    text += QStringLiteral("fastboot %* erase boot || @echo \"Erase boot error\" && exit /B 1\n");
    for (const auto &[partition, image] : Partitions) {
        text += QStringLiteral("fastboot %* flash %1 %~dp0images\\%2 || @echo \"Flash %1 error\" && exit /B 1\n")
                    .arg(partition, image);
    }
    if (wipes(name))
        text += QStringLiteral("fastboot %* flash userdata %~dp0images\\userdata.img || @echo \"Flash userdata error\" && exit /B 1\n");
    text += isLock(name) ? QStringLiteral("fastboot %* oem lock || @echo \"Oem lock error\" && exit /B 1\n")
                         : QStringLiteral("fastboot %* reboot || @echo \"Reboot error\" && exit /B 1\n");
    return text.replace(QLatin1Char('\n'), QLatin1String("\r\n")).toUtf8();
}

QList<Entry> fastbootRom(const FastbootRomSpec &spec)
{
    const QString root = spec.folder + QLatin1Char('/');
    QList<Entry> entries{Entry::directory(root)};
    QStringList names{QStringLiteral("flash_all"), spec.keepDataName};
    if (spec.withLockScript)
        names << QStringLiteral("flash_all_lock");
    for (const QString &name : names) {
        entries << Entry::file(root + name + QLatin1String(".sh"), shellScript(spec, name), 0755);
        if (spec.withBatch)
            entries << Entry::file(root + name + QLatin1String(".bat"), batchScript(spec, name));
    }
    entries << Entry::file(root + QLatin1String("misc.txt"), "fastboot\n");
    entries << Entry::directory(root + QLatin1String("images/"));
    for (const auto &[partition, image] : Partitions)
        entries << Entry::file(root + QLatin1String("images/") + image, imageBytes(image, spec.imageBytes));
    entries << Entry::file(root + QLatin1String("images/userdata.img"), imageBytes(QStringLiteral("userdata"), spec.imageBytes));
    entries << Entry::file(root + QLatin1String("images/crclist.txt"), "boot.img 0x1c1e5f8a\n");
    if (spec.antiCheck == AntiCheck::VersionFile)
        entries << Entry::file(root + QLatin1String("images/anti_version.txt"), QByteArray::number(spec.antiIndex) + '\n');
    return entries;
}

QList<Entry> recoveryRom(const QByteArray &metadata, int payloadBytes, bool withPayload)
{
    QList<Entry> entries;
    entries << Entry::file(QStringLiteral("META-INF/com/android/metadata"), metadata);
    entries << Entry::file(QStringLiteral("META-INF/com/android/otacert"), "-----BEGIN CERTIFICATE-----\n");
    if (withPayload) {
        entries << Entry::file(QStringLiteral("payload.bin"), QByteArray("CrAU") + imageBytes(QStringLiteral("payload"), payloadBytes - 4));
        entries << Entry::file(QStringLiteral("payload_properties.txt"), "FILE_HASH=\nFILE_SIZE=\n");
    } else {
        entries << Entry::file(QStringLiteral("META-INF/com/google/android/updater-script"), "ui_print(\"update\");\n");
        entries << Entry::file(QStringLiteral("boot.img"), imageBytes(QStringLiteral("boot"), payloadBytes));
    }
    entries << Entry::file(QStringLiteral("care_map.pb"), imageBytes(QStringLiteral("care_map"), 64));
    return entries;
}

bool writeTgz(const QString &path, const QList<Entry> &entries, QString *error)
{
    struct archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    archive_write_add_filter_gzip(a);
    return writeEntries(a, path, entries, error);
}

bool writeZip(const QString &path, const QList<Entry> &entries, bool stored, QString *error)
{
    struct archive *a = archive_write_new();
    archive_write_set_format_zip(a);
    archive_write_set_options(a, stored ? "zip:compression=store" : "zip:compression=deflate");
    return writeEntries(a, path, entries, error);
}

bool writeZeroBomb(const QString &path, const QString &entryName, qint64 size, QString *error)
{
    struct archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    archive_write_add_filter_gzip(a);
    archive_write_set_options(a, "gzip:compression-level=9");
    if (archive_write_open_filename(a, QFile::encodeName(path).constData()) != ARCHIVE_OK)
        return fail(error, a);
    struct archive_entry *entry = archive_entry_new();
    archive_entry_set_pathname(entry, entryName.toUtf8().constData());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_size(entry, size);
    const int status = archive_write_header(a, entry);
    archive_entry_free(entry);
    if (status < ARCHIVE_WARN)
        return fail(error, a);
    const QByteArray zeros(1 << 20, '\0');
    for (qint64 written = 0; written < size; written += zeros.size()) {
        const qint64 n = std::min<qint64>(zeros.size(), size - written);
        if (archive_write_data(a, zeros.constData(), size_t(n)) != n)
            return fail(error, a);
    }
    if (archive_write_close(a) != ARCHIVE_OK)
        return fail(error, a);
    archive_write_free(a);
    return true;
}

} // namespace TestArchives
