// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

struct archive;
struct archive_entry;
class TaskProgress;
struct ArchiveSource;

// Bounds on what an archive may make us do; the defaults suit real ROMs (a few dozen entries,
// images that gzip barely shrinks) with a wide margin.
struct ArchiveLimits
{
    // Unpacked bytes per packed byte past which the stream is taken for a decompression bomb;
    // judged only once bombMinBytes were unpacked (small text files compress well).
    int bombRatio = 200;
    qint64 bombMinBytes = qint64(1) << 30;
    int maxEntries = 20000;
};

// One entry of an archive as stored; nothing about it is trusted yet (see ArchivePath).
struct ArchiveEntry
{
    enum class Type { File, Directory, Symlink, Hardlink, Other };

    QString path;       // as stored, decoded from UTF-8
    Type type = Type::Other;
    qint64 size = -1;   // unpacked size; -1 when the archive does not say
    QString linkTarget; // for links
    int permissions = 0644; // the Unix mode bits stored
};

// Reads a ROM archive entry by entry with libarchive. A .tgz (or .tar) is read as one forward
// stream: data are read in blocks, never skipped blindly, so that a bomb is caught and a cancel
// is seen within one block. A .zip is read from its central directory: skipping an entry's data
// costs a seek, not a read. The file is read through QFile (Unicode paths on every OS); progress
// is the share of the file consumed.
class ArchiveReader
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveReader)

public:
    enum class Format { Unknown, Tar, Zip };
    enum class Next { Entry, End, Failed };

    explicit ArchiveReader(const ArchiveLimits &limits = ArchiveLimits());
    ~ArchiveReader();
    ArchiveReader(const ArchiveReader &) = delete;
    ArchiveReader &operator=(const ArchiveReader &) = delete;

    // The format is told by the first bytes (gzip or tar: Tar; "PK": Zip), never by the name.
    bool open(const QString &path, QString *error);
    Format format() const { return m_format; }
    qint64 fileSize() const { return m_fileSize; }
    qint64 consumed() const;        // how far into the file reading got
    qint64 bytesRead() const;       // bytes actually read from the file (a zip seeks past most)
    qint64 unpackedBytes() const;   // bytes the decompressor produced so far (tar stream)

    // Moves to the next entry; on Failed, errorString() says why.
    Next next(ArchiveEntry *entry);
    // Reads the current entry's data block by block; false on error or bomb (errorString()).
    // *data stays valid until the next call. *offset is where the block goes in the entry
    // (tar sparse entries leave holes). An empty block (size 0) ends the entry.
    bool readBlock(const char **data, size_t *size, qint64 *offset);
    // Reads the whole current entry when it has at most maxBytes; false (and why) otherwise.
    bool readAll(QByteArray *out, qint64 maxBytes);
    // Passes over the current entry's data: a seek in a zip, reading blocks in a tar stream
    // (with the bomb check and progress). False on error, bomb or cancel.
    bool skipData(TaskProgress *progress = nullptr);

    QString errorString() const { return m_error; }

private:
    bool checkRatio();
    bool fail(const QString &error);
    QString libarchiveError() const;

    ArchiveLimits m_limits;
    std::unique_ptr<ArchiveSource> m_source; // the file behind libarchive's callbacks
    struct archive *m_archive = nullptr;
    struct archive_entry *m_entry = nullptr;
    Format m_format = Format::Unknown;
    qint64 m_fileSize = 0;
    int m_entries = 0;
    QString m_error;
};
