// SPDX-License-Identifier: GPL-3.0-or-later
// firmware-cli list / show / import
#include "cliapp.h"

#include "catalogjson.h"
#include "catalog/cataloglookup.h"
#include "catalog/catalogstore.h"

#include <QDir>
#include <QJsonDocument>

#include <optional>

namespace {

const CliOption deviceOption{{QStringLiteral("device")},
                             QT_TRANSLATE_NOOP("CliApp", "The device named TEXT (marketing name, device name or codename); when no "
                                               "device has that name, every one whose name or codename contains TEXT."),
                             QStringLiteral("TEXT"), CliValue::Codename};
const CliOption branchOption{{QStringLiteral("branch")},
                             //: Stable, Weekly: branch names (a ROM's release channel), which stay in English
                             QT_TRANSLATE_NOOP("CliApp", "Branch (Stable, Weekly, ...)."), QStringLiteral("B"),
                             CliValue::Branch};
const CliOption typeOption{{QStringLiteral("type")},
                           //: Recovery, Fastboot: how a ROM is installed; the names stay in English
                           QT_TRANSLATE_NOOP("CliApp", "Type (Recovery or Fastboot)."), QStringLiteral("T"),
                           CliValue::Type};
const CliOption regionOption{{QStringLiteral("region")}, QT_TRANSLATE_NOOP("CliApp", "Region (Global, China, EEA, ...)."),
                             QStringLiteral("R"), CliValue::Region};

void printCard(QTextStream &out, const RomFile &file)
{
    out << "Device: " << file.deviceText() << '\n'
        << "Codename: " << file.codename << '\n'
        << "Version: " << file.version << '\n'
        << "Branch: " << file.branch << '\n'
        << "Type: " << file.type << '\n'
        << "Size: " << file.size << '\n'
        << "Release Date: " << file.releaseDate << '\n'
        << "Package Name: " << file.fileName << '\n'
        << "MD5: " << (file.hasMd5() ? file.md5 : QStringLiteral("Unknown")) << '\n';
    for (int i = 0; i < file.urls.size(); ++i)
        out << (i == 0 ? "Download: " : "          ") << file.urls[i] << '\n';
    out << "Changelog:\n";
    for (const QString &line : file.changelog.split(QLatin1Char('\n')))
        out << "  " << line << '\n';
}

// Writes a JSON array one element at a time, laid out as QJsonDocument::Indented would lay it out,
// so `list --json` over the whole catalog (~90 MB of text) never holds every card in memory.
class JsonArrayWriter
{
public:
    explicit JsonArrayWriter(QTextStream &out) : m_out(out) { m_out << "["; }

    void append(const QJsonObject &object)
    {
        m_out << (m_empty ? "\n" : ",\n");
        m_empty = false;
        QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
        text.chop(1); // the document's closing newline
        text.replace('\n', "\n    ");
        m_out << "    " << text;
    }

    void finish() { m_out << "\n]\n"; }

private:
    QTextStream &m_out;
    bool m_empty = true;
};

} // namespace

void CliApp::declareList(CliSyntax &syntax)
{
    syntax.add(deviceOption).add(branchOption).add(typeOption).add(regionOption).add(CliOptions::json).add(CliOptions::catalog);
}

int CliApp::list(const CliCommandLine &commandLine)
{
    if (!commandLine.arguments().isEmpty())
        return usageError(tr("list takes no arguments, only options"));
    const CatalogPtr catalog = loadCatalog(commandLine.value(CliOptions::catalog));
    if (!catalog)
        return ExitUsage;

    QString branchText, typeText, regionText;
    if (!readChoice(commandLine, branchOption, *catalog, &branchText)
        || !readChoice(commandLine, typeOption, *catalog, &typeText)
        || !readChoice(commandLine, regionOption, *catalog, &regionText))
        return ExitUsage;
    std::optional<CatalogLookup::DeviceQuery> device;
    if (!commandLine.value(deviceOption).isEmpty())
        device.emplace(*catalog, commandLine.value(deviceOption));
    std::optional<JsonArrayWriter> cards;
    if (commandLine.isSet(CliOptions::json))
        cards.emplace(m_out);
    int count = 0;
    for (int d = 0; d < catalog->devices().size(); ++d) {
        for (int p : catalog->devices()[d].pages) {
            const CatalogPage &page = catalog->pages()[p];
            for (int f : page.files) {
                const RomFile &file = catalog->files()[f];
                if ((device && !device->matches(d, f)) || (!branchText.isEmpty() && file.branch != branchText)
                    || (!typeText.isEmpty() && file.type != typeText)
                    || (!regionText.isEmpty() && !file.isForRegion(regionText)))
                    continue;
                ++count;
                if (cards)
                    cards->append(cardToJson(file, page));
                else
                    m_out << page.folder << '\t' << file.version << '\t' << file.branch << '\t' << file.type << '\t'
                          << file.size << '\t' << file.releaseDate << '\t' << file.fileName << '\n';
            }
        }
    }
    if (cards)
        cards->finish();
    m_out.flush();
    if (count == 0) {
        m_err << "firmware-cli: " << tr("no ROM file matches") << '\n';
        return ExitNotFound;
    }
    return ExitOk;
}

void CliApp::declareShow(CliSyntax &syntax)
{
    syntax.add(CliArguments::codename).add(CliArguments::version).add(CliOptions::json).add(CliOptions::catalog);
}

int CliApp::show(const CliCommandLine &commandLine)
{
    const QStringList args = commandLine.arguments();
    if (args.size() != 2)
        return usageError(tr("show needs CODENAME and VERSION, e.g. 'firmware-cli show gemini 7.6.8'"));
    const CatalogPtr catalog = loadCatalog(commandLine.value(CliOptions::catalog));
    if (!catalog)
        return ExitUsage;
    const CatalogLookup::PageMatch match = CatalogLookup::page(*catalog, args[0], args[1]);
    if (!match.ambiguous.isEmpty())
        return usageError(ambiguousVersion(args[1], match.folder, match.ambiguous));
    const int page = match.page;
    if (page < 0) {
        m_err << "firmware-cli: "
              << (match.folder.isEmpty()
                      ? tr("no device with the codename '%1' (the site's device folder, as in its links)").arg(args[0])
                      : tr("%1 has no version '%2'").arg(match.folder, args[1]))
              << '\n';
        return ExitNotFound;
    }
    if (commandLine.isSet(CliOptions::json)) {
        m_out << QJsonDocument(pageToJson(*catalog, page)).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const CatalogPage &p = catalog->pages()[page];
    m_out << p.name << " — " << p.version << '\n' << p.websiteUrl().toString(QUrl::FullyEncoded) << '\n';
    for (int f : p.files) {
        m_out << '\n';
        printCard(m_out, catalog->files()[f]);
    }
    return ExitOk;
}

void CliApp::declareImport(CliSyntax &syntax)
{
    syntax.add(CliArgument{QStringLiteral("FILE"), QT_TRANSLATE_NOOP("CliApp", "A version page saved from the site (HTML)."),
                           CliValue::File})
        .add(CliOptions::catalog);
}

int CliApp::importPage(const CliCommandLine &commandLine)
{
    if (commandLine.arguments().size() != 1)
        return usageError(tr("import needs one FILE, a saved XFU version page"));
    const QString base = commandLine.value(CliOptions::catalog);
    const CatalogStore store(base.isEmpty() ? CatalogStore::embeddedCatalogPath() : base);
    const CatalogStore::ImportResult result = store.importPage(commandLine.arguments().first());
    if (!result.ok()) {
        m_err << "firmware-cli: " << result.error << '\n';
        return ExitUsage;
    }
    m_out << tr("Imported %1 %2 (%Ln file(s)) into %3", nullptr, int(result.page.cards.size()))
                 .arg(result.page.name, result.page.version, QDir::toNativeSeparators(store.importsPath()))
          << '\n';
    return ExitOk;
}
