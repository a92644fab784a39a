// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QString>

// What a local file's MD5 says about it, given the catalog: the decision behind
// File > Verify File… and dropped files. Pure logic, no I/O.
struct VerifyOutcome
{
    Q_DECLARE_TR_FUNCTIONS(VerifyOutcome)

public:
    enum Kind {
        Match,       // the catalog's MD5 (by name, else by MD5 alone) equals the file's
        Mismatch,    // the catalog (or Xiaomi's file name) expects another MD5: do not flash
        PrefixMatch, // no MD5 known, but the 10 hex digits in Xiaomi's file name match
        NoChecksum,  // nothing to compare with
    };

    Kind kind = NoChecksum;
    QString fileName; // the local file's name
    QString md5;      // computed, lower-case hex
    QString expected; // the MD5 (or prefix) compared with; empty for NoChecksum
    int file = -1;    // index into Catalog::files() of the entry it was compared with, -1 if none
    QString entry;    // "MI 5 Global 7.6.8 Weekly (Recovery)" when file >= 0
    QString catalogName; // the entry's file name when file >= 0
    QString catalogSize; // the entry's size as the catalog shows it ("1.6 GB") when file >= 0
    qint64 size = -1;    // the local file's bytes, -1 when not known

    // fileName: the local name (no folder); md5: hex of the file's bytes; catalog may be null;
    // size: the local file's bytes (a mismatch then says whether the file is incomplete).
    static VerifyOutcome decide(const QString &fileName, const QString &md5, const Catalog *catalog, qint64 size = -1);
    // The local file is smaller than the catalog's size allows: a download cut short.
    bool isIncomplete() const;

    QString headline() const; // "Match — this is … (MD5 …)", "Mismatch — expected …, got …: do not flash this file"
    QString details() const;  // one more sentence of explanation
};
