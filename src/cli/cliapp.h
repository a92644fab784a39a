// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clisyntax.h"

#include "catalog/catalog.h"
#include "phone/phoneinfo.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

class TaskProgress;
struct PhoneMatch;
struct RomFile;
struct RomInspection;

// Options that several commands take, defined once so that they read and behave the same.
namespace CliOptions {
extern const CliOption catalog; // --catalog FILE: a catalog file instead of the built-in one
extern const CliOption json;    // --json
extern const CliOption help;    // -h, --help: every command has it
extern const CliOption section; // --section S: miui, hyperos, firmware or vendor
} // namespace CliOptions

// How to reach the phone (device, inspect --phone): --adb PATH, --fastboot PATH, --serial SERIAL,
// --timeout SECONDS.
namespace CliPhoneOptions {
extern const CliOption adb;
extern const CliOption fastboot;
extern const CliOption serial;
extern const CliOption timeout;
void addTo(CliSyntax &syntax);
} // namespace CliPhoneOptions

namespace CliArguments {
extern const CliArgument codename; // CODENAME: a device folder of the site
extern const CliArgument version;  // VERSION of that device
} // namespace CliArguments

// Exit codes of firmware-cli (documented in --help and the README).
enum ExitCode {
    ExitOk = 0,
    ExitUsage = 1,      // bad usage or refused input
    ExitNetwork = 2,    // network or disk failure
    ExitMismatch = 3,   // checksum or size mismatch
    ExitNotFound = 4,   // nothing found
    ExitInterrupted = 130,
};

class CliApp;

// One command of firmware-cli: a row of CliApp::commands().
struct CliCommand
{
    QString name;
    const char *summary;             // one line for --help; source text in the "CliApp" context
    void (*declare)(CliSyntax &);    // its options and arguments (-h/--help is added to every command)
    int (CliApp::*run)(const CliCommandLine &);

    CliSyntax syntax() const;
};

// The command-line face of the core: one method per command, each returning an exit code.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    CliApp();
    int run(const QStringList &arguments);

    // Every command, in the order --help lists them (cliapp.cpp).
    static const QList<CliCommand> &commands();
    static const CliCommand *command(const QString &name);
    QString mainHelp() const;
    static QString commandHelp(const CliCommand &command);

private:
    // Each command's declare function and handler live in the file of its group.
    static void declareList(CliSyntax &syntax); // catalogcommands.cpp
    static void declareShow(CliSyntax &syntax);
    static void declareImport(CliSyntax &syntax);
    int list(const CliCommandLine &commandLine);
    int show(const CliCommandLine &commandLine);
    int importPage(const CliCommandLine &commandLine);
    static void declareLatest(CliSyntax &syntax); // refreshcommands.cpp
    static void declareRefresh(CliSyntax &syntax);
    int latest(const CliCommandLine &commandLine);
    int refresh(const CliCommandLine &commandLine);
    static void declareDownload(CliSyntax &syntax); // downloadcommands.cpp
    static void declareFetch(CliSyntax &syntax);
    static void declareVerify(CliSyntax &syntax);
    int download(const CliCommandLine &commandLine);
    int fetch(const CliCommandLine &commandLine);
    int verify(const CliCommandLine &commandLine);
    static void declareDevice(CliSyntax &syntax); // devicecommands.cpp
    int device(const CliCommandLine &commandLine);
    void printPhone(const Catalog &catalog, const PhoneMatch &match);
    // The one phone connected (or --serial's), read as `device` does; none (with *exitCode and
    // the reason on stderr) when there is no usable one.
    std::optional<PhoneInfo> detectPhone(const CliCommandLine &commandLine, int *exitCode);
    static void declareInspect(CliSyntax &syntax); // flashcommands.cpp
    static void declareExtract(CliSyntax &syntax);
    int inspect(const CliCommandLine &commandLine);
    int extract(const CliCommandLine &commandLine);
    void printInspection(const RomInspection &rom);
    // The one FILE of inspect and extract; empty (after the usage error, *exitCode) when it is not.
    QString oneFile(const CliCommandLine &commandLine, const QString &wantsOneFile, int *exitCode);
    // Runs a job of the flash domain in a worker, its progress on stderr; Ctrl+C cancels it.
    void runFlashTask(const std::function<void(TaskProgress &)> &job, const QString &fileName);
    // A copy of file in another of the user's ROM folders (the app's download folder, the
    // folders added in Preferences), checked: the exit code when it is the ROM, else -1.
    int reuseLocalCopy(const RomFile &file, const QString &directory);

    int dispatch(const QStringList &arguments);
    // Loads the catalog (embedded, or --catalog FILE, plus the user's imports); prints why not.
    CatalogPtr loadCatalog(const QString &baseOverride);
    int usageError(const QString &message);
    int diskError(const QString &message); // exit 2
    // The value of a --branch, --type or --region option as the catalog writes it ("public beta" ->
    // "Public Beta"), empty when the option is not given. A value the catalog does not have is bad
    // usage: false, after saying which values there are.
    bool readChoice(const CliCommandLine &commandLine, const CliOption &option, const Catalog &catalog, QString *value);
    // "'v7.6.8' could mean 7.6.8 or V7.6.8 of gemini": a loosely typed version that names several.
    static QString ambiguousVersion(const QString &typed, const QString &folder, const QStringList &versions);

    QTextStream m_out;
    QTextStream m_err;
};
