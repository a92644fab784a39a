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

// A card with the labels of the site's page (a firmware card has no Type or Changelog, and names
// its file "Firmware Package Name"); a field the source does not give is left out.
void printCard(QTextStream &out, const RomFile &file, RomOs section)
{
    out << "Device: " << file.deviceText() << '\n'
        << "Codename: " << file.codename << '\n'
        << "Version: " << file.version << '\n'
        << "Branch: " << file.branch << '\n';
    if (isRomSection(section))
        out << "Type: " << file.type << '\n';
    if (!file.size.isEmpty())
        out << "Size: " << file.size << '\n';
    out << "Release Date: " << file.releaseDate << '\n'
        << packageNameLabel(section) << ": " << file.fileName << '\n'
        << "MD5: " << (file.hasMd5() ? file.md5 : QStringLiteral("Unknown")) << '\n';
    if (file.urls.isEmpty())
        out << "Download: " << CliApp::tr("no download link published") << '\n';
    for (int i = 0; i < file.urls.size(); ++i)
        out << (i == 0 ? "Download: " : "          ") << file.urls[i] << '\n';
    if (!isRomSection(section))
        return;
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
    syntax.add(CliOptions::section).add(deviceOption).add(branchOption).add(typeOption).add(regionOption)
        .add(CliOptions::json).add(CliOptions::catalog);
}

int CliApp::list(const CliCommandLine &commandLine)
{
    if (!commandLine.arguments().isEmpty())
        return usageError(tr("list takes no arguments, only options"));
    const CatalogPtr catalog = loadCatalog(commandLine.value(CliOptions::catalog));
    if (!catalog)
        return ExitUsage;

    QString sectionText, branchText, typeText, regionText;
    if (!readChoice(commandLine, CliOptions::section, *catalog, &sectionText)
        || !readChoice(commandLine, branchOption, *catalog, &branchText)
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
        if (!sectionText.isEmpty() && osSlug(catalog->devices()[d].os) != sectionText)
            continue;
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
    syntax.add(CliArguments::codename).add(CliArguments::version).add(CliOptions::section).add(CliOptions::json)
        .add(CliOptions::catalog);
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
    if (match.page < 0) {
        m_err << "firmware-cli: "
              << (match.folder.isEmpty()
                      ? tr("no device with the codename '%1' (the site's device folder, as in its links)").arg(args[0])
                      : tr("%1 has no version '%2'").arg(match.folder, args[1]))
              << '\n';
        return ExitNotFound;
    }
    QString sectionText;
    if (!readChoice(commandLine, CliOptions::section, *catalog, &sectionText))
        return ExitUsage;
    QList<int> pages;
    for (int p : match.pages) {
        if (sectionText.isEmpty() || osSlug(catalog->pages()[p].os) == sectionText)
            pages.append(p);
    }
    if (pages.isEmpty()) {
        m_err << "firmware-cli: " << tr("%1 %2 has no %3 page").arg(match.folder, args[1], sectionText) << '\n';
        return ExitNotFound;
    }
    if (commandLine.isSet(CliOptions::json)) {
        // Every section's cards in one array; each card names its section.
        QJsonArray cards;
        for (int p : pages) {
            for (const QJsonValue &card : pageToJson(*catalog, p))
                cards.append(card);
        }
        m_out << QJsonDocument(cards).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (int page : pages) {
        const CatalogPage &p = catalog->pages()[page];
        if (page != pages.constFirst())
            m_out << '\n';
        m_out << p.name << " — " << osDisplayName(p.os) << ' ' << p.version << '\n'
              << p.websiteUrl().toString(QUrl::FullyEncoded) << '\n';
        for (int f : p.files) {
            m_out << '\n';
            printCard(m_out, catalog->files()[f], p.os);
        }
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
