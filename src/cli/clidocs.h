// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clisyntax.h"

#include <QString>

class Catalog;

// Writes what describes firmware-cli outside the program from its command table
// (CliApp::commands()), so that they cannot drift from it: the man page and the bash completion,
// each from a template in packaging/linux that holds the prose and the shell logic. English only.
class CliDocs
{
public:
    // The valid values of --branch, --type and --region come from this catalog.
    explicit CliDocs(const Catalog &catalog);

    // The template's @VERSION@ and @SYNOPSIS@, and its "@COMMAND name" lines: each becomes the
    // command's heading, its prose follows, then its options. Every command needs its
    // @COMMAND line, and every @COMMAND line a command. Empty with *error set when not so.
    QString manPage(const QString &templateText, QString *error) const;
    // The template's @COMMANDS@, @VALUE_OPTIONS@, @OPTION_CASES@, @VALUE_CASES@ and
    // @ARGUMENT_CASES@ (bash case arms).
    QString completion(const QString &templateText, QString *error) const;

private:
    const Catalog &m_catalog;
};
