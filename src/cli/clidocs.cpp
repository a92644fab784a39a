// SPDX-License-Identifier: GPL-3.0-or-later
#include "clidocs.h"

#include "cliapp.h"

#include "util/version.h"

#include <QMap>
#include <QRegularExpression>

namespace {

// Text for roff: a backslash escaped, an option's dash written as a minus, no line that roff would
// take for a request.
QString roff(const QString &text)
{
    static const QRegularExpression optionDash(QStringLiteral("(?<![\\w-])-(?=[-\\w])|(?<=-)-"));
    QString out = text;
    out.replace(QLatin1Char('\\'), QLatin1String("\\e"));
    out.replace(optionDash, QStringLiteral("\\-"));
    if (out.startsWith(QLatin1Char('.')) || out.startsWith(QLatin1Char('\'')))
        out.prepend(QLatin1String("\\&"));
    return out;
}

QString roffOptionNames(const CliOption &option)
{
    QStringList names;
    for (const QString &name : option.names)
        names.append(roff((name.size() == 1 ? QLatin1String("-") : QLatin1String("--")) + name));
    return names.join(QLatin1String(", "));
}

QString manSynopsis(const CliCommand &command)
{
    const CliSyntax syntax = command.syntax();
    QString out = QLatin1String(".B firmware-cli ") + command.name + QLatin1Char('\n');
    for (const CliArgument &argument : syntax.arguments()) {
        if (argument.optional)
            out += QLatin1String(".RI [ ") + argument.name + (argument.repeats ? QLatin1String(" ...]\\&\n") : QLatin1String(" ]\n"));
        else
            out += QLatin1String(".I ") + argument.name + (argument.repeats ? QLatin1String(" ...\n") : QLatin1String("\n"));
    }
    for (const CliOption &option : syntax.options()) {
        if (!option.inSynopsis)
            continue;
        const QString name = roff(option.shortest());
        // "\ " keeps an option and its value on one line.
        if (option.valueName.isEmpty())
            out += QLatin1String(".RB [ ") + name + QLatin1String(" ]\n");
        else
            out += QLatin1String(".RB [ \"") + name + QLatin1String("\\ \\fI") + option.valueName
                   + QLatin1String("\\fP\" ]\n");
    }
    return out + QLatin1String(".br\n");
}

QString manHeading(const CliCommand &command)
{
    QString heading = QLatin1String(".TP\n\\fB") + command.name + QLatin1String("\\fR");
    const CliSyntax syntax = command.syntax();
    for (const CliArgument &argument : syntax.arguments()) {
        const QString name = QLatin1String("\\fI") + argument.name + QLatin1String("\\fR")
                             + (argument.repeats ? QLatin1String("...") : QString());
        heading += QLatin1Char(' ') + (argument.optional ? QLatin1Char('[') + name + QLatin1Char(']') : name);
    }
    return heading + QLatin1Char('\n');
}

QString manOptions(const CliCommand &command)
{
    QString out;
    const CliSyntax syntax = command.syntax();
    for (const CliOption &option : syntax.options()) {
        if (!option.inSynopsis)
            continue;
        out += QLatin1String(".TP\n");
        if (option.valueName.isEmpty())
            out += QLatin1String(".B \"") + roffOptionNames(option) + QLatin1String("\"\n");
        else
            out += QLatin1String(".BI \"") + roffOptionNames(option) + QLatin1String(" \" ") + option.valueName
                   + QLatin1Char('\n');
        out += roff(QString::fromUtf8(option.description)) + QLatin1Char('\n');
    }
    return out.isEmpty() ? out : QLatin1String(".RS\n") + out + QLatin1String(".RE\n");
}

// A word for bash: as it is when it is plain, else in single quotes.
QString shellWord(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._/-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QStringList shellWords(const QStringList &words)
{
    QStringList out;
    for (const QString &word : words)
        out.append(shellWord(word));
    return out;
}

// The bash statements that complete a value of this kind (the word being completed is $cur).
QString completionAction(CliValue value, const Catalog &catalog)
{
    switch (value) {
    case CliValue::File:
        return QStringLiteral("compopt -o filenames 2>/dev/null; _firmware_cli_reply -f");
    case CliValue::Folder:
        return QStringLiteral("compopt -o filenames 2>/dev/null; _firmware_cli_reply -d");
    case CliValue::Codename:
        return QStringLiteral("_firmware_cli_load_codenames \"$cli\"; _firmware_cli_reply -W \"$_firmware_cli_codenames\"");
    case CliValue::Branch:
    case CliValue::Type:
    case CliValue::Region:
    case CliValue::Section:
        return QLatin1String("_firmware_cli_reply_words ") + shellWords(cliChoices(value, catalog)).join(QLatin1Char(' '));
    case CliValue::Flag:
    case CliValue::Text:
    case CliValue::Version: // only as an argument, after its codename
        break;
    }
    return {};
}

// Case arms "pattern | pattern) statements ;;", one per distinct statement list, in the order
// first met; each on one line, or the statements on the next when `twoLines`.
QString caseArms(const QList<std::pair<QString, QString>> &patternAndAction, bool twoLines)
{
    QStringList actions;
    QMap<QString, QStringList> patterns;
    for (const auto &[pattern, action] : patternAndAction) {
        if (!actions.contains(action))
            actions.append(action);
        if (!patterns[action].contains(pattern))
            patterns[action].append(pattern);
    }
    const QString indent = QStringLiteral("        ");
    QString out;
    for (const QString &action : std::as_const(actions)) {
        out += indent + patterns[action].join(QLatin1String(" | ")) + QLatin1Char(')')
               + (twoLines ? QLatin1Char('\n') + indent + QLatin1String("    ") : QStringLiteral(" ")) + action
               + QLatin1String(" ;;\n");
    }
    return out;
}

// Replaces a placeholder that stands alone on its line (keeping nothing of that line) or inside one.
bool substitute(QString &text, const QString &placeholder, const QString &value, QString *error)
{
    if (!text.contains(placeholder)) {
        *error = QStringLiteral("the template has no %1").arg(placeholder);
        return false;
    }
    const QRegularExpression ownLine(QLatin1String("(?m)^[ \\t]*") + QRegularExpression::escape(placeholder)
                                     + QLatin1String("[ \\t]*\\n"));
    QString block = value;
    if (!block.isEmpty() && !block.endsWith(QLatin1Char('\n')))
        block += QLatin1Char('\n');
    text.replace(ownLine, block);
    text.replace(placeholder, value);
    return true;
}

} // namespace

CliDocs::CliDocs(const Catalog &catalog)
    : m_catalog(catalog)
{
}

QString CliDocs::manPage(const QString &templateText, QString *error) const
{
    QString synopsis;
    for (const CliCommand &command : CliApp::commands())
        synopsis += manSynopsis(command);
    QString text = templateText;
    if (!substitute(text, QStringLiteral("@VERSION@"), QStringLiteral(FWB_VERSION), error)
        || !substitute(text, QStringLiteral("@SYNOPSIS@"), synopsis, error))
        return {};

    // Each "@COMMAND name" line: the heading; the options go after the prose, before the next
    // command or section.
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString out;
    const CliCommand *open = nullptr;
    QStringList described;
    for (const QString &line : lines) {
        const bool next = line.startsWith(QLatin1String("@COMMAND ")) || line.startsWith(QLatin1String(".SH"));
        if (next && open) {
            out += manOptions(*open);
            open = nullptr;
        }
        if (line.startsWith(QLatin1String("@COMMAND "))) {
            const QString name = line.mid(9).trimmed();
            open = CliApp::command(name);
            if (!open) {
                *error = QStringLiteral("the template describes '%1', which is no command of firmware-cli").arg(name);
                return {};
            }
            if (described.contains(name)) {
                *error = QStringLiteral("the template describes '%1' twice").arg(name);
                return {};
            }
            described.append(name);
            out += manHeading(*open);
            continue;
        }
        out += line + QLatin1Char('\n');
    }
    if (open)
        out += manOptions(*open);
    for (const CliCommand &command : CliApp::commands()) {
        if (!described.contains(command.name)) {
            *error = QStringLiteral("the template has no '@COMMAND %1' line followed by what the command does")
                         .arg(command.name);
            return {};
        }
    }
    out.chop(1); // the newline split() added after the last line
    return out;
}

QString CliDocs::completion(const QString &templateText, QString *error) const
{
    QStringList commandNames;
    QStringList valueOptions;
    QList<std::pair<QString, QString>> optionCases, valueCases, argumentCases;
    for (const CliCommand &command : CliApp::commands()) {
        commandNames.append(command.name);
        const CliSyntax syntax = command.syntax();
        QStringList options;
        for (const CliOption &option : syntax.options()) {
            for (const QString &name : option.names) {
                const QString dashed = (name.size() == 1 ? QLatin1String("-") : QLatin1String("--")) + name;
                options.append(dashed);
                if (option.valueName.isEmpty())
                    continue;
                if (!valueOptions.contains(dashed))
                    valueOptions.append(dashed);
                // Also when there is nothing to offer: the value is not a command's argument.
                const QString action = completionAction(option.value, m_catalog);
                valueCases.append({shellWord(command.name + QLatin1Char(' ') + dashed),
                                   action.isEmpty() ? QStringLiteral("return") : action + QLatin1String("; return")});
            }
        }
        optionCases.append({command.name, QLatin1String("options=") + shellWord(options.join(QLatin1Char(' ')))});
        int codename = -1;
        for (int i = 0; i < syntax.arguments().size(); ++i) {
            const CliArgument &argument = syntax.arguments()[i];
            if (argument.value == CliValue::Codename)
                codename = i;
            QString action = completionAction(argument.value, m_catalog);
            if (argument.value == CliValue::Version && codename >= 0)
                action = QStringLiteral("_firmware_cli_reply -W \"$(_firmware_cli_versions \"$cli\" \"${args[%1]}\")\"")
                             .arg(codename);
            if (!action.isEmpty())
                argumentCases.append({command.name + QLatin1Char(':') + QString::number(i), action});
        }
    }
    QString text = templateText;
    if (!substitute(text, QStringLiteral("@COMMANDS@"), commandNames.join(QLatin1Char(' ')), error)
        || !substitute(text, QStringLiteral("@VALUE_OPTIONS@"), valueOptions.join(QLatin1Char(' ')), error)
        || !substitute(text, QStringLiteral("@OPTION_CASES@"), caseArms(optionCases, false), error)
        || !substitute(text, QStringLiteral("@VALUE_CASES@"), caseArms(valueCases, true),
                       error)
        || !substitute(text, QStringLiteral("@ARGUMENT_CASES@"), caseArms(argumentCases, true),
                       error))
        return {};
    return text;
}
