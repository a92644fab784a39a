// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class QCommandLineOption;
struct PhoneMatch;

// Options that several commands take, defined once so that they read and behave the same.
namespace CliOptions {
QCommandLineOption catalog(); // --catalog FILE: a catalog file instead of the built-in one
QCommandLineOption json();    // --json
} // namespace CliOptions

// Exit codes of firmware-cli (documented in --help and the README).
enum ExitCode {
    ExitOk = 0,
    ExitUsage = 1,      // bad usage or refused input
    ExitNetwork = 2,    // network or disk failure
    ExitMismatch = 3,   // checksum or size mismatch
    ExitNotFound = 4,   // nothing found
    ExitInterrupted = 130,
};

// The command-line face of the core: one method per command, each returning an exit code.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    CliApp();
    int run(const QStringList &arguments);

private:
    int list(const QStringList &arguments);
    int show(const QStringList &arguments);
    int importPage(const QStringList &arguments);
    int download(const QStringList &arguments); // downloadcommands.cpp
    int fetch(const QStringList &arguments);
    int verify(const QStringList &arguments);
    int device(const QStringList &arguments); // devicecommands.cpp
    int refresh(const QStringList &arguments); // refreshcommands.cpp
    int latest(const QStringList &arguments);
    void printPhone(const Catalog &catalog, const PhoneMatch &match);

    // Loads the catalog (embedded, or --catalog FILE, plus the user's imports); prints why not.
    CatalogPtr loadCatalog(const QString &baseOverride);
    int usageError(const QString &message);
    QString mainHelp() const;

    QTextStream m_out;
    QTextStream m_err;
};
