// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"

#include "catalog/catalogstore.h"

#include <QDir>

#include <cerrno>
#include <cstdio>

const CliOption CliOptions::catalog{{QStringLiteral("catalog")}, QT_TRANSLATE_NOOP("CliApp", "Catalog file to use."),
                                    QStringLiteral("FILE"), CliValue::File};
const CliOption CliOptions::json{{QStringLiteral("json")}, QT_TRANSLATE_NOOP("CliApp", "Print JSON.")};
const CliOption CliOptions::section{{QStringLiteral("section")},
                                    //: miui, hyperos, firmware, vendor: the site's sections, typed as they are
                                    QT_TRANSLATE_NOOP("CliApp", "The site's section: miui, hyperos, firmware (firmware-only "
                                                      "zips) or vendor (vendor packages)."),
                                    QStringLiteral("S"), CliValue::Section};
const CliOption CliOptions::help{{QStringLiteral("h"), QStringLiteral("help")},
                                 QT_TRANSLATE_NOOP("CliApp", "Show this help."), {}, CliValue::Flag, {},
                                 CliOption::Synopsis::Hidden};

const CliArgument CliArguments::codename{
    QStringLiteral("CODENAME"), QT_TRANSLATE_NOOP("CliApp", "The site's device folder, as in its links (gemini, angelicain), in any letter case; "
                                "a phone's variant (gemini_global) finds its base folder."),
    CliValue::Codename};
const CliArgument CliArguments::version{
    QStringLiteral("VERSION"), QT_TRANSLATE_NOOP("CliApp", "The version as the site writes it (7.6.8, V14.0.3.0.TKHMIXM), with or "
                                "without the leading V."),
    CliValue::Version};

// The commands of firmware-cli, in the order --help lists them. A command is one row: its name, a
// one-line summary, the function that declares its options and arguments, and its handler (both
// in the file of its group, declared in cliapp.h). An option is one line in its command's declare
// function. `firmware-cli --help`, `firmware-cli COMMAND --help`, the man page and the bash
// completion (made by firmware-cli-docs at build time) all come from here; nothing else lists them.
const QList<CliCommand> &CliApp::commands()
{
    static const QList<CliCommand> table{
        {QStringLiteral("list"), QT_TRANSLATE_NOOP("CliApp", "the ROM files of the catalog, one per card per version page"),
         &CliApp::declareList, &CliApp::list},
        {QStringLiteral("show"), QT_TRANSLATE_NOOP("CliApp", "the cards of a version page"), &CliApp::declareShow,
         &CliApp::show},
        {QStringLiteral("import"), QT_TRANSLATE_NOOP("CliApp", "add a saved XFU version page to your catalog"),
         &CliApp::declareImport, &CliApp::importPage},
        {QStringLiteral("latest"), QT_TRANSLATE_NOOP("CliApp", "the newest file of a device per branch, type and region"),
         &CliApp::declareLatest, &CliApp::latest},
        {QStringLiteral("refresh"),
         QT_TRANSLATE_NOOP("CliApp", "add the ROMs published since the catalog was made (upstream latest.yml)"),
         &CliApp::declareRefresh, &CliApp::refresh},
        {QStringLiteral("download"),
         QT_TRANSLATE_NOOP("CliApp", "download a catalog file from its mirrors, check its size and MD5"),
         &CliApp::declareDownload, &CliApp::download},
        {QStringLiteral("fetch"),
         QT_TRANSLATE_NOOP("CliApp", "download any URL, the other URLs as mirrors of the same file"),
         &CliApp::declareFetch, &CliApp::fetch},
        {QStringLiteral("verify"), QT_TRANSLATE_NOOP("CliApp", "hash FILE; without --md5 the catalog's MD5 for its name"),
         &CliApp::declareVerify, &CliApp::verify},
        {QStringLiteral("device"),
         QT_TRANSLATE_NOOP("CliApp", "the phone connected by USB (adb or fastboot mode) and the ROMs for it"),
         &CliApp::declareDevice, &CliApp::device},
        {QStringLiteral("inspect"),
         QT_TRANSLATE_NOOP("CliApp", "what a ROM file holds (product, anti-rollback index, flash scripts, images), "
                                     "and with --phone whether it fits the connected phone"),
         &CliApp::declareInspect, &CliApp::inspect},
        {QStringLiteral("extract"),
         QT_TRANSLATE_NOOP("CliApp", "unpack a Fastboot ROM safely, ready for its flash scripts"),
         &CliApp::declareExtract, &CliApp::extract},
    };
    return table;
}

CliSyntax CliCommand::syntax() const
{
    CliSyntax syntax;
    declare(syntax);
    syntax.add(CliOptions::help);
    return syntax;
}

const CliCommand *CliApp::command(const QString &name)
{
    for (const CliCommand &command : commands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

CliApp::CliApp()
    : m_out(stdout)
    , m_err(stderr)
{
}

namespace {

// "  name  text" lines with the texts in one column.
QString twoColumns(const QList<std::pair<QString, QString>> &rows)
{
    constexpr int widest = 26;
    qsizetype width = 0;
    for (const auto &[name, text] : rows)
        width = std::max(width, std::min<qsizetype>(name.size(), widest));
    QString out;
    for (const auto &[name, text] : rows) {
        out += QLatin1String("  ") + name;
        if (name.size() > widest)
            out += QLatin1Char('\n') + QString(width + 2, QLatin1Char(' '));
        else
            out += QString(width - name.size(), QLatin1Char(' '));
        out += QLatin1String("  ") + text + QLatin1Char('\n');
    }
    return out;
}

// The synopsis cut into lines of at most `width` characters, at the spaces between its words
// (never inside "[--device TEXT]"); continuation lines are indented by `indent`.
QString wrapped(const QString &text, int width, int indent)
{
    QString out, line;
    int depth = 0;
    qsizetype start = 0;
    auto flush = [&](qsizetype end) {
        const QString word = text.mid(start, end - start);
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            out += line + QLatin1Char('\n');
            line = QString(indent, QLatin1Char(' '));
        } else if (!line.isEmpty() && !line.trimmed().isEmpty()) {
            line += QLatin1Char(' ');
        }
        line += word;
        start = end + 1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        depth += c == QLatin1Char('[') ? 1 : c == QLatin1Char(']') ? -1 : 0;
        if (c == QLatin1Char(' ') && depth == 0)
            flush(i);
    }
    flush(text.size());
    return out + line;
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

QString CliApp::mainHelp() const
{
    QString commandList;
    for (const CliCommand &command : commands()) {
        commandList += QLatin1String("  ") + wrapped(command.name + QLatin1Char(' ') + command.syntax().synopsis(), 78, 6)
                       + QLatin1String("\n      ") + tr(command.summary) + QLatin1Char('\n');
    }
    return tr("Usage: firmware-cli COMMAND [OPTIONS]\n"
              "Find and inspect official Xiaomi MIUI / HyperOS ROMs (data: Xiaomi Firmware Updater).\n")
           + QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n') + commandList + QLatin1Char('\n')
           + tr("'firmware-cli COMMAND --help' describes the options and arguments of a command.\n"
                "  -h, --help           show this help;  -v, --version  show the version\n"
                "\n"
                "Exit codes:\n"
                "  0  done (download/fetch: verified, prefix verified, or no checksum known: the\n"
                "     last line says which)\n"
                "  1  bad usage or refused input (a clear message on stderr)\n"
                "  2  network or disk failure (after the retries; the .part stays for a resume),\n"
                "     or every mirror says the file is gone\n"
                "  3  checksum or size mismatch (no final file and no .part are kept)\n"
                "  4  nothing found (verify: no checksum known)\n"
                "  130 interrupted (Ctrl+C; the .part stays for a resume)\n");
}

QString CliApp::commandHelp(const CliCommand &command)
{
    const CliSyntax syntax = command.syntax();
    const QString usage = QLatin1String("firmware-cli ") + command.name + QLatin1Char(' ') + syntax.synopsis();
    QString help = tr("Usage: %1").arg(wrapped(usage, 78, 4)) + QLatin1Char('\n') + capitalised(tr(command.summary))
                   + QLatin1String(".\n");
    QList<std::pair<QString, QString>> rows;
    for (const CliArgument &argument : syntax.arguments())
        rows.append({argument.name, tr(argument.description)});
    if (!rows.isEmpty())
        help += QLatin1Char('\n') + tr("Arguments:") + QLatin1Char('\n') + twoColumns(rows);
    rows.clear();
    for (const CliOption &option : syntax.options())
        rows.append({option.spelled(), tr(option.description)});
    return help + QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') + twoColumns(rows);
}

int CliApp::usageError(const QString &message)
{
    m_err << "firmware-cli: " << message << '\n'
          << tr("Run 'firmware-cli --help' for usage.") << '\n';
    m_err.flush();
    return ExitUsage;
}

int CliApp::run(const QStringList &arguments)
{
    const int code = dispatch(arguments);
    // Output that did not reach its file (a full disk, /dev/full) is a failure, not "done". A reader
    // that went away (a closed pipe) ends the program quietly with SIGPIPE, or here with EPIPE when
    // SIGPIPE is ignored.
    m_out.flush();
    if (m_out.status() == QTextStream::Ok)
        return code;
    const QString why = m_out.device()->errorString();
    if (why != qt_error_string(EPIPE)) {
        m_err << "firmware-cli: " << tr("cannot write the output: %1").arg(why) << '\n';
        m_err.flush();
    }
    return ExitNetwork;
}

int CliApp::dispatch(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return usageError(tr("no command given"));
    const QString name = arguments.at(1);
    if (name == QLatin1String("-h") || name == QLatin1String("--help") || name == QLatin1String("help")) {
        const CliCommand *about = arguments.size() > 2 ? command(arguments.at(2)) : nullptr;
        if (arguments.size() > 2 && !about)
            return usageError(tr("unknown command '%1'").arg(arguments.at(2)));
        m_out << (about ? commandHelp(*about) : mainHelp());
        return ExitOk;
    }
    if (name == QLatin1String("-v") || name == QLatin1String("--version")) {
        m_out << "firmware-cli " << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    const CliCommand *chosen = command(name);
    if (!chosen)
        return usageError(tr("unknown command '%1'").arg(name));

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    chosen->syntax().addTo(parser);
    if (!parser.parse(QStringList{arguments.at(0) + QLatin1Char(' ') + name} + arguments.mid(2)))
        return usageError(parser.errorText());
    if (parser.isSet(CliOptions::help.names.constFirst())) {
        m_out << commandHelp(*chosen);
        return ExitOk;
    }
    return (this->*chosen->run)(CliCommandLine(parser));
}

int CliApp::diskError(const QString &message)
{
    m_err << "firmware-cli: " << message << '\n';
    m_err.flush();
    return ExitNetwork;
}

bool CliApp::readChoice(const CliCommandLine &commandLine, const CliOption &option, const Catalog &catalog,
                        QString *value)
{
    value->clear();
    const QString typed = commandLine.value(option);
    if (typed.isEmpty())
        return true;
    const QStringList choices = cliChoices(option.value, catalog);
    for (const QString &choice : choices) {
        if (choice.compare(typed.trimmed(), Qt::CaseInsensitive) == 0) {
            *value = choice;
            return true;
        }
    }
    usageError(tr("%1 wants one of %2 (in any letter case), not '%3'")
                   .arg(option.shortest(), choices.join(QLatin1String(", ")), typed));
    return false;
}

QString CliApp::ambiguousVersion(const QString &typed, const QString &folder, const QStringList &versions)
{
    return tr("'%1' could mean any of %2 of %3; write the version as the site does")
        .arg(typed, versions.join(QLatin1String(", ")), folder);
}

CatalogPtr CliApp::loadCatalog(const QString &baseOverride)
{
    const CatalogStore store(baseOverride.isEmpty() ? CatalogStore::embeddedCatalogPath() : baseOverride);
    const CatalogStore::Loaded loaded = store.load();
    if (!loaded.warning.isEmpty())
        m_err << "firmware-cli: " << loaded.warning << '\n';
    if (!loaded.catalog)
        m_err << "firmware-cli: " << loaded.error << '\n';
    m_err.flush();
    return loaded.catalog;
}
