// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

// Reads a YAML document whose root is a list of records, each a map of scalars, such as the
// refresh feed latest.yml. It uses libyaml's event parser (Debian: libyaml-dev) in one pass and
// builds no document tree: on the 1.2 MB feed that takes ~20 ms where yaml-cpp needs 150-300 ms,
// most of it in its per-character regular expressions.
// Only the first document is read; values that are lists are kept as Nested, not read. A record's
// value that is a map is kept as Nested under its key and its scalars are read as dotted keys
// ("downloads.github"), one level deep (XFU's firmware lists: downloads: {github, osdn}).
class YamlRecords
{
    Q_DECLARE_TR_FUNCTIONS(YamlRecords)

public:
    struct Value
    {
        enum Kind { Null, Scalar, Nested };
        Kind kind = Null;
        QString text; // the scalar, as written (quotes removed, not trimmed)
    };

    struct Record
    {
        bool isMap = false; // false: the list item is a scalar or a list, not a record
        QList<std::pair<QByteArray, Value>> fields;

        // The first value under this key; nullptr when absent.
        const Value *find(const char *key) const;
    };

    enum class Root { Empty, List, Other };

    struct Result
    {
        Root root = Root::Empty; // Empty: no document, or a null one ("", "~", "null")
        QList<Record> records;   // the root list's items when root is List
        QString error;           // not valid YAML: libyaml's description of the first fault
        int errorLine = 0;       // 1-based
        int errorColumn = 0;     // 1-based
        bool ok() const { return error.isEmpty(); }
        // "not valid YAML (line 3, column 7): <libyaml's words>", for people; empty when ok.
        QString errorText() const;
    };

    static Result read(const QByteArray &yaml);
};
