// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivereader.h"

#include "taskprogress.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>

#include <cstdio>

struct ArchiveSource
{
    QFile file;
    QByteArray buffer = QByteArray(256 * 1024, Qt::Uninitialized);
    qint64 consumed = 0;
    qint64 bytesRead = 0;
    QString readError;
};

namespace {

la_ssize_t readSource(struct archive *, void *data, const void **buffer)
{
    auto *source = static_cast<ArchiveSource *>(data);
    const qint64 n = source->file.read(source->buffer.data(), source->buffer.size());
    if (n < 0) {
        source->readError = source->file.errorString();
        return ARCHIVE_FATAL;
    }
    source->consumed = source->file.pos();
    source->bytesRead += n;
    *buffer = source->buffer.constData();
    return la_ssize_t(n);
}

la_int64_t seekSource(struct archive *, void *data, la_int64_t offset, int whence)
{
    auto *source = static_cast<ArchiveSource *>(data);
    qint64 target = offset;
    if (whence == SEEK_CUR)
        target += source->file.pos();
    else if (whence == SEEK_END)
        target += source->file.size();
    if (target < 0 || !source->file.seek(target))
        return ARCHIVE_FATAL;
    source->consumed = target;
    return target;
}

la_int64_t skipSource(struct archive *a, void *data, la_int64_t request)
{
    // Only the zip reader skips through its source; the tar stream passes through the
    // decompressor, which reads instead.
    auto *source = static_cast<ArchiveSource *>(data);
    const qint64 before = source->file.pos();
    const qint64 after = seekSource(a, data, request, SEEK_CUR);
    return after < 0 ? 0 : after - before;
}

} // namespace

ArchiveReader::ArchiveReader(const ArchiveLimits &limits)
    : m_limits(limits)
    , m_source(std::make_unique<ArchiveSource>())
{
}

ArchiveReader::~ArchiveReader()
{
    if (m_archive)
        archive_read_free(m_archive);
}

bool ArchiveReader::fail(const QString &error)
{
    m_error = error;
    return false;
}

QString ArchiveReader::libarchiveError() const
{
    if (!m_source->readError.isEmpty())
        return m_source->readError;
    const char *text = m_archive ? archive_error_string(m_archive) : nullptr;
    return text ? QString::fromUtf8(text) : tr("the archive is damaged");
}

bool ArchiveReader::open(const QString &path, QString *error)
{
    QFile &file = m_source->file;
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    m_fileSize = file.size();
    const QByteArray magic = file.peek(4);
    if (magic.startsWith("PK\x03\x04") || magic.startsWith("PK\x05\x06"))
        m_format = Format::Zip;
    else if (magic.startsWith("\x1f\x8b"))
        m_format = Format::Tar;
    else if (file.size() >= 512 && file.peek(263).mid(257, 5) == "ustar")
        m_format = Format::Tar; // an uncompressed tar
    else {
        *error = tr("%1 is neither a Fastboot ROM (.tgz) nor a Recovery ROM (.zip)").arg(path);
        return false;
    }

    m_archive = archive_read_new();
    if (m_format == Format::Zip) {
        archive_read_support_format_zip_seekable(m_archive);
    } else {
        archive_read_support_filter_gzip(m_archive);
        archive_read_support_format_tar(m_archive);
    }
    archive_read_set_callback_data(m_archive, m_source.get());
    archive_read_set_read_callback(m_archive, readSource);
    if (m_format == Format::Zip) {
        archive_read_set_seek_callback(m_archive, seekSource);
        archive_read_set_skip_callback(m_archive, skipSource);
    }
    if (archive_read_open1(m_archive) != ARCHIVE_OK) {
        *error = tr("cannot read %1: %2").arg(path, libarchiveError());
        return false;
    }
    return true;
}

qint64 ArchiveReader::consumed() const
{
    return m_source->consumed;
}

qint64 ArchiveReader::bytesRead() const
{
    return m_source->bytesRead;
}

qint64 ArchiveReader::unpackedBytes() const
{
    return m_archive && m_format == Format::Tar ? archive_filter_bytes(m_archive, 0) : 0;
}

ArchiveReader::Next ArchiveReader::next(ArchiveEntry *entry)
{
    if (!m_archive) {
        m_error = tr("the archive is not open");
        return Next::Failed;
    }
    const int status = archive_read_next_header(m_archive, &m_entry);
    if (status == ARCHIVE_EOF)
        return Next::End;
    if (status < ARCHIVE_WARN) { // a warning (an odd name encoding) still gives an entry
        m_error = libarchiveError();
        return Next::Failed;
    }
    if (++m_entries > m_limits.maxEntries) {
        m_error = tr("the archive holds more than %1 entries; a ROM holds a few hundred at most").arg(m_limits.maxEntries);
        return Next::Failed;
    }
    const char *name = archive_entry_pathname(m_entry);
    entry->path = QString::fromUtf8(name ? name : "");
    entry->size = archive_entry_size_is_set(m_entry) ? archive_entry_size(m_entry) : -1;
    entry->linkTarget.clear();
    entry->permissions = int(archive_entry_perm(m_entry));
    if (const char *hardlink = archive_entry_hardlink(m_entry)) {
        entry->type = ArchiveEntry::Type::Hardlink;
        entry->linkTarget = QString::fromUtf8(hardlink);
        return Next::Entry;
    }
    switch (archive_entry_filetype(m_entry)) {
    case AE_IFREG:
        entry->type = ArchiveEntry::Type::File;
        break;
    case AE_IFDIR:
        entry->type = ArchiveEntry::Type::Directory;
        break;
    case AE_IFLNK:
        entry->type = ArchiveEntry::Type::Symlink;
        entry->linkTarget = QString::fromUtf8(archive_entry_symlink(m_entry));
        break;
    default:
        entry->type = ArchiveEntry::Type::Other;
    }
    return Next::Entry;
}

bool ArchiveReader::checkRatio()
{
    if (m_format != Format::Tar)
        return true;
    const qint64 unpacked = unpackedBytes();
    const qint64 packed = std::max<qint64>(1, m_source->consumed);
    if (unpacked > m_limits.bombMinBytes && unpacked / packed > m_limits.bombRatio) {
        return fail(tr("the archive unpacks to over %1 times its size (%2 bytes from %3): a decompression bomb, "
                       "not a ROM")
                        .arg(m_limits.bombRatio)
                        .arg(unpacked)
                        .arg(packed));
    }
    return true;
}

bool ArchiveReader::readBlock(const char **data, size_t *size, qint64 *offset)
{
    const void *block = nullptr;
    la_int64_t where = 0;
    const int status = archive_read_data_block(m_archive, &block, size, &where);
    if (status == ARCHIVE_EOF) {
        *data = nullptr;
        *size = 0;
        *offset = where;
        return true;
    }
    if (status < ARCHIVE_WARN)
        return fail(libarchiveError());
    *data = static_cast<const char *>(block);
    *offset = where;
    return checkRatio();
}

bool ArchiveReader::readAll(QByteArray *out, qint64 maxBytes)
{
    out->clear();
    for (;;) {
        const char *data = nullptr;
        size_t size = 0;
        qint64 offset = 0;
        if (!readBlock(&data, &size, &offset))
            return false;
        if (size == 0)
            return true;
        if (offset < 0 || offset + qint64(size) > maxBytes)
            return fail(tr("%1 is larger than %2 bytes").arg(QString::fromUtf8(archive_entry_pathname(m_entry))).arg(maxBytes));
        if (offset > out->size())
            out->append(QByteArray(offset - out->size(), '\0')); // a hole of a sparse entry
        out->append(data, qsizetype(size));
    }
}

bool ArchiveReader::skipData(TaskProgress *progress)
{
    if (m_format == Format::Zip) {
        if (archive_read_data_skip(m_archive) < ARCHIVE_WARN)
            return fail(libarchiveError());
        return true;
    }
    for (;;) {
        if (progress && progress->isCancelled())
            return fail(tr("cancelled"));
        const char *data = nullptr;
        size_t size = 0;
        qint64 offset = 0;
        if (!readBlock(&data, &size, &offset))
            return false;
        if (progress)
            progress->report(m_source->consumed, m_fileSize);
        if (size == 0)
            return true;
    }
}
