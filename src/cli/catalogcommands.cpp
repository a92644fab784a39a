// SPDX-License-Identifier: GPL-3.0-or-later
// firmware-cli list / show / import
#include "cliapp.h"

#include "catalogjson.h"
#include "catalog/catalogstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>

#include <optional>

namespace {

const QCommandLineOption catalogOption = CliOptions::catalog();
const QCommandLineOption jsonOption = CliOptions::json();

bool parse(QCommandLineParser &parser, const QStringList &arguments, QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(catalogOption);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    return true;
}

void printCard(QTextStream &out, const RomFile &file)
{
    out << "Device: " << file.device << '\n'
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

bool containsText(const QString &haystack, const QString &needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

} // namespace

int CliApp::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption device(QStringLiteral("device"), tr("Device name, marketing name or codename contains TEXT."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption branch(QStringLiteral("branch"), tr("Branch (Stable, Weekly, ...)."), QStringLiteral("B"));
    const QCommandLineOption type(QStringLiteral("type"), tr("Type (Recovery or Fastboot)."), QStringLiteral("T"));
    const QCommandLineOption region(QStringLiteral("region"), tr("Region (Global, China, EEA, ...)."), QStringLiteral("R"));
    parser.addOptions({device, branch, type, region, jsonOption});
    QString error;
    if (!parse(parser, arguments, &error))
        return usageError(error);
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("list takes no arguments, only options"));
    const CatalogPtr catalog = loadCatalog(parser.value(catalogOption));
    if (!catalog)
        return ExitUsage;

    const QString deviceText = parser.value(device);
    const QString branchText = parser.value(branch), typeText = parser.value(type), regionText = parser.value(region);
    std::optional<JsonArrayWriter> cards;
    if (parser.isSet(jsonOption))
        cards.emplace(m_out);
    int count = 0;
    for (const CatalogDevice &d : catalog->devices()) {
        const bool deviceMatches = deviceText.isEmpty() || containsText(d.displayName(), deviceText);
        for (int p : d.pages) {
            const CatalogPage &page = catalog->pages()[p];
            for (int f : page.files) {
                const RomFile &file = catalog->files()[f];
                if (!deviceMatches && !containsText(file.device, deviceText) && !containsText(file.codename, deviceText))
                    continue;
                if ((!branchText.isEmpty() && file.branch.compare(branchText, Qt::CaseInsensitive) != 0)
                    || (!typeText.isEmpty() && file.type.compare(typeText, Qt::CaseInsensitive) != 0)
                    || (!regionText.isEmpty() && file.region().compare(regionText, Qt::CaseInsensitive) != 0))
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

int CliApp::show(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption);
    QString error;
    if (!parse(parser, arguments, &error))
        return usageError(error);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(tr("show needs CODENAME and VERSION, e.g. 'firmware-cli show gemini 7.6.8'"));
    const CatalogPtr catalog = loadCatalog(parser.value(catalogOption));
    if (!catalog)
        return ExitUsage;
    const int page = catalog->findPage(args[0], args[1]);
    if (page < 0) {
        m_err << "firmware-cli: "
              << (catalog->pagesOfFolder(args[0]).isEmpty()
                      ? tr("no device with the codename '%1' (the site's device folder, as in its links)").arg(args[0])
                      : tr("%1 has no version '%2'").arg(args[0], args[1]))
              << '\n';
        return ExitNotFound;
    }
    if (parser.isSet(jsonOption)) {
        m_out << QJsonDocument(pageToJson(*catalog, page)).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const CatalogPage &p = catalog->pages()[page];
    m_out << p.name << " — " << p.version << '\n' << p.websiteUrl().toString() << '\n';
    for (int f : p.files) {
        m_out << '\n';
        printCard(m_out, catalog->files()[f]);
    }
    return ExitOk;
}

int CliApp::importPage(const QStringList &arguments)
{
    QCommandLineParser parser;
    QString error;
    if (!parse(parser, arguments, &error))
        return usageError(error);
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("import needs one FILE, a saved XFU version page"));
    const CatalogStore store(parser.value(catalogOption).isEmpty() ? CatalogStore::embeddedCatalogPath()
                                                                   : parser.value(catalogOption));
    const CatalogStore::ImportResult result = store.importPage(parser.positionalArguments().first());
    if (!result.ok()) {
        m_err << "firmware-cli: " << result.error << '\n';
        return ExitUsage;
    }
    m_out << tr("Imported %1 %2 (%n file(s)) into %3", nullptr, int(result.page.cards.size()))
                 .arg(result.page.name, result.page.version, QDir::toNativeSeparators(store.importsPath()))
          << '\n';
    return ExitOk;
}
