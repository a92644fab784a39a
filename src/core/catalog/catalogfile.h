// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The app's own catalog file: the embedded default and the user's imports. A compact binary
// format that loads in tens of milliseconds (JSON of the same data is ~6x larger and slower):
//
//   "FWBCAT", format version (2 bytes, big endian), compression (1 byte: 0 none, 1 zlib), then the
//   (optionally qCompress()ed) data:
//     varint-prefixed UTF-8 strings: source, snapshot (ISO 8601)
//     string table: count, then each string as varint length + UTF-8 bytes
//     devices: count, then (os, folder, marketing name)
//     files:   count, then 11 string ids + URL count + (origin, folder, name) string ids per URL
//              + (format 4) the first-seen time's string id (ISO 8601 with milliseconds, empty when not from a refresh)
//              + (format 5) count + string ids of the file's other device names
//     pages:   count, then (os, folder, branch, version, name, file count, file ids)
//   os is the site's section: 0 MIUI, 1 HyperOS, and from format 6 also 2 firmware, 3 vendor.
//   Every number is an unsigned LEB128 varint; strings are referred to by their table index, so
//   each distinct text (a changelog, a URL's host or folder) is stored once.
class CatalogFile
{
    Q_DECLARE_TR_FUNCTIONS(CatalogFile)

public:
    static constexpr quint16 FormatVersion = 6;
    // Older formats still read (the user's imports and saved refresh were written in them).
    static constexpr quint16 OldestReadableVersion = 3;
    enum class Compression : quint8 { None = 0, Zlib = 1 };
    // Far above the embedded catalog; protects against reading a huge unrelated file.
    static constexpr qint64 MaxFileBytes = 256 * 1024 * 1024;

    // Zlib for files on disk and in the repository; None for the embedded copy, which rcc
    // compresses with zstd (several times faster to unpack than zlib).
    static QByteArray write(const Catalog &catalog, Compression compression = Compression::Zlib);
    // The same catalog file with its data stored uncompressed; empty (and *error set) if damaged.
    static QByteArray uncompressed(const QByteArray &bytes, QString *error);

    struct Result
    {
        CatalogPtr catalog;
        QString error; // empty on success
        bool ok() const { return catalog != nullptr; }
    };
    static Result read(const QByteArray &bytes);
    static Result readFile(const QString &path);
};
