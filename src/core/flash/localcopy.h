// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/romfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

class TaskProgress;

// A file of the catalog found on disk under its catalog name, and whether it is that ROM: its
// MD5 against the card's (or, when the card has none, against the first ten hex digits Xiaomi
// puts in the file name).
struct LocalCopy
{
    Q_DECLARE_TR_FUNCTIONS(LocalCopy)

public:
    enum class State {
        Checking,       // found, being hashed
        Verified,       // the card's MD5
        PrefixVerified, // the MD5 the file name carries (first ten hex digits)
        NotVerified,    // nothing to compare with
        Mismatch,       // another file under this name
        Unreadable,
    };

    QString path;
    qint64 size = 0;
    QDateTime modified;
    State state = State::Checking;
    QString md5;      // what the file's MD5 is (hex), once hashed
    QString expected; // what it should be: the card's MD5, or the file name's prefix
    QString error;    // Unreadable: why

    // The file is that ROM (verified, or nothing says otherwise): no need to download it.
    bool isUsable() const
    {
        return state == State::Verified || state == State::PrefixVerified || state == State::NotVerified;
    }
    // "Downloaded (verified)", "Another file named … is in …", for the card and the CLI.
    QString describe() const;

    // The files of this name in the folders, in the folders' order (files only: no folder, no
    // link).
    static QStringList find(const QStringList &folders, const QString &fileName);
    // Hashes path (unless knownMd5, the MD5 of this very file, is given) and compares it with
    // the card. Blocking: in a worker, with progress and cancel.
    static LocalCopy check(const QString &path, const RomFile &file, const QString &knownMd5 = QString(),
                           TaskProgress *progress = nullptr);
};
