// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "download/byteranges.h"
#include "download/resumestate.h"

#include <QCoreApplication>
#include <QIODevice>

#include <functional>
#include <memory>

// Opens the .part for writing; tests inject a failing device here (disk full).
using PartOpener = std::function<std::unique_ptr<QIODevice>(const QString &partPath)>;

// The .part and its side file: which bytes are there (`done`), what they are (the side file's
// URL, size and validators), written at any offset. A download on one connection appends, and
// the .part's size is what is there; once segmented, the side file lists the ranges, saved
// after the bytes were written (at most every checkpointMs, and at every stop).
class PartFile
{
    Q_DECLARE_TR_FUNCTIONS(PartFile)

public:
    PartFile(QString partPath, QString sidePath);

    void setOpener(PartOpener opener) { m_opener = std::move(opener); }
    const QString &path() const { return m_partPath; }

    // Reads the side file and works out which bytes are there; false when there is no .part.
    bool load();
    ResumeState &side() { return m_side; }
    bool haveSide() const { return m_haveSide; }
    const ByteRanges &done() const { return m_done; }
    qint64 sizeOnDisk() const;
    // The .part is of another file of the same name, or longer than the file can be.
    bool isStaleFor(const QString &md5, qint64 exactSize) const;
    // One run's bytes (a prefix) are known; from now on the ranges say where bytes are.
    void becomeSegmented();
    bool isSegmented() const { return m_side.segmented; }

    bool open(QString *error);
    void close();
    bool isOpen() const { return bool(m_device); }
    // Writes data at offset and records it; on failure nothing past what was recorded counts
    // (an appended torn chunk is cut off again).
    bool write(qint64 offset, const QByteArray &data, QString *error);
    bool truncate(qint64 size, QString *error); // also forgets every byte past size
    void forget();                              // no side file, nothing there (the .part stays as is)

    bool saveSide(QString *error);
    // Saves the ranges when checkpointMs passed since the last save and they changed.
    void checkpoint(qint64 nowMs, qint64 checkpointMs);
    void removeFiles();

private:
    QString m_partPath;
    QString m_sidePath;
    PartOpener m_opener;
    std::unique_ptr<QIODevice> m_device;
    ResumeState m_side;
    bool m_haveSide = false;
    ByteRanges m_done;
    qint64 m_lastSaveMs = 0;
    bool m_dirty = false;
};
