// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The app's own catalog file: the embedded default and the user's imports. A compact binary
// format (a string table plus small records, zlib-compressed) that loads in tens of milliseconds;
// JSON of the same data is several times larger and slower to parse.
//
//   "FWBCAT" + quint16 format version, then qCompress()ed QDataStream data:
//   info, string table (UTF-8 blob + offsets), devices, files (string ids; URLs as prefix + name),
//   pages (file ids).
class CatalogFile
{
    Q_DECLARE_TR_FUNCTIONS(CatalogFile)

public:
    static constexpr quint16 FormatVersion = 1;
    // Far above the embedded catalog; protects against reading a huge unrelated file.
    static constexpr qint64 MaxFileBytes = 256 * 1024 * 1024;

    static QByteArray write(const Catalog &catalog);

    struct Result
    {
        CatalogPtr catalog;
        QString error; // empty on success
        bool ok() const { return catalog != nullptr; }
    };
    static Result read(const QByteArray &bytes);
    static Result readFile(const QString &path);
};
