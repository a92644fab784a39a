// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

class Catalog;

// What a value on the command line is; the bash completion completes it accordingly.
enum class CliValue {
    Flag,     // the option takes no value
    Text,     // anything (a number, a host, an MD5): nothing to complete
    File,
    Folder,
    Codename, // a device folder of the catalog
    Version,  // a version of the codename given before it
    Branch,   // Stable, Weekly, ... (the branches of the catalog)
    Type,     // Recovery, Fastboot (the types of the catalog)
    Region,   // Global, China, EEA, ... (the regions of the catalog)
    Section,  // miui, hyperos, firmware, vendor (the site's sections the catalog has)
};

// The values a --branch, --type, --region or --section may take: those the catalog has, sorted. Empty for
// any other kind of value.
QStringList cliChoices(CliValue value, const Catalog &catalog);

// An option of a command. Its description is English source text in the "CliApp" context
// (QT_TRANSLATE_NOOP), translated when it is shown, so that the man page made at build time stays
// English and --help follows LANG.
struct CliOption
{
    enum class Synopsis { Shown, Hidden }; // Hidden: -h, --help, which every command has

    CliOption(QStringList names, const char *description, QString valueName = {}, CliValue value = CliValue::Flag,
              QString defaultValue = {}, Synopsis synopsis = Synopsis::Shown);

    QStringList names;         // {"o", "output"}: a one-letter name is written -o, the others --name
    const char *description;
    QString valueName;         // empty for a flag
    CliValue value;
    QString defaultValue;
    bool inSynopsis;

    QCommandLineOption toQt() const;
    QString spelled() const; // "-o, --output DIR", "--json"
    QString shortest() const; // "-o", "--json": how the synopsis writes it
};

// A positional argument of a command.
struct CliArgument
{
    enum class Count { One, AnyNumber }; // AnyNumber: "[MIRROR-URL...]"

    CliArgument(QString name, const char *description, CliValue value = CliValue::Text, Count count = Count::One);

    QString name;             // "CODENAME"
    const char *description;  // source text, as for CliOption
    CliValue value;
    bool optional;
    bool repeats;

    QString synopsis() const; // "CODENAME", "[MIRROR-URL...]"
};

// The options and arguments of one command, as its declare function lists them.
class CliSyntax
{
public:
    CliSyntax &add(const CliOption &option)
    {
        m_options.append(option);
        return *this;
    }
    CliSyntax &add(const CliArgument &argument)
    {
        m_arguments.append(argument);
        return *this;
    }

    const QList<CliOption> &options() const { return m_options; }
    const QList<CliArgument> &arguments() const { return m_arguments; }

    // "CODENAME VERSION [--json] [--catalog FILE]"
    QString synopsis() const;
    void addTo(QCommandLineParser &parser) const;

private:
    QList<CliOption> m_options;
    QList<CliArgument> m_arguments;
};

// A command line parsed against a command's syntax: what its handler reads.
class CliCommandLine
{
public:
    explicit CliCommandLine(const QCommandLineParser &parser)
        : m_parser(parser)
    {
    }

    bool isSet(const CliOption &option) const { return m_parser.isSet(option.names.constFirst()); }
    QString value(const CliOption &option) const { return m_parser.value(option.names.constFirst()); }
    QStringList arguments() const { return m_parser.positionalArguments(); }

private:
    const QCommandLineParser &m_parser;
};
