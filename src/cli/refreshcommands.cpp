// SPDX-License-Identifier: GPL-3.0-or-later
// firmware-cli refresh / latest
#include "cliapp.h"

#include "catalogjson.h"
#include "catalog/cataloglookup.h"
#include "catalog/catalogstore.h"
#include "feed/catalogupdater.h"
#include "util/weburl.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace {

const CliOption sourceOption{{QStringLiteral("source")},
                             QT_TRANSLATE_NOOP("CliApp", "Fetch the feed from URL instead of upstream."), QStringLiteral("URL"),
                             CliValue::Text};
const CliOption firmwareSourceOption{
    {QStringLiteral("firmware-source")},
    QT_TRANSLATE_NOOP("CliApp", "Fetch the firmware feed from URL instead of upstream. With only one of --source and "
                                "--firmware-source, only that feed is refreshed."),
    QStringLiteral("URL"), CliValue::Text};
const CliOption feedTimeoutOption{{QStringLiteral("timeout")}, QT_TRANSLATE_NOOP("CliApp", "Seconds to wait for the feed (30)."),
                                  QStringLiteral("SECONDS"), CliValue::Text};
const CliOption latestRegionOption{{QStringLiteral("region")},
                                   QT_TRANSLATE_NOOP("CliApp", "Only this region (Global, China, EEA, ...)."),
                                   QStringLiteral("R"), CliValue::Region};

QString outcomeName(CatalogUpdater::Outcome outcome)
{
    switch (outcome) {
    case CatalogUpdater::Outcome::Updated:
        return QStringLiteral("updated");
    case CatalogUpdater::Outcome::NotModified:
        return QStringLiteral("not-modified");
    case CatalogUpdater::Outcome::Suspect:
        return QStringLiteral("suspect");
    case CatalogUpdater::Outcome::NetworkError:
    case CatalogUpdater::Outcome::BadData:
        break;
    }
    return QStringLiteral("failed");
}

QJsonValue urlOrNull(const QUrl &url)
{
    return url.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(url.toString());
}

// One feed's part of the JSON: null when it was not asked.
QJsonValue feedJson(const CatalogUpdater::FeedResult &feed)
{
    if (!feed.asked)
        return QJsonValue(QJsonValue::Null);
    QJsonObject json{{QLatin1String("outcome"), outcomeName(feed.outcome)},
                     {QLatin1String("source"), urlOrNull(feed.source)},
                     {QLatin1String("added"), int(feed.addedFiles.size())},
                     {QLatin1String("updated"), int(feed.updatedFiles.size())}};
    if (feed.failed())
        json.insert(QLatin1String("error"), feed.message);
    return json;
}

// The section (miui, hyperos, firmware) of each added and updated file, counted.
QJsonObject sectionCounts(const CatalogUpdater::Result &result)
{
    QMap<QString, std::pair<int, int>> counts;
    for (const QString &section : {QStringLiteral("miui"), QStringLiteral("hyperos"), QStringLiteral("firmware")})
        counts.insert(section, {0, 0});
    const auto sectionOf = [&result](const QString &name) {
        const Catalog &catalog = *result.catalog;
        for (int f : catalog.filesNamed(name)) {
            const QList<int> pages = catalog.pagesOfFile(f);
            if (!pages.isEmpty())
                return osSlug(catalog.pages()[pages.first()].os);
        }
        return QString();
    };
    if (result.catalog) {
        for (const QString &name : result.addedFiles)
            ++counts[sectionOf(name)].first;
        for (const QString &name : result.updatedFiles)
            ++counts[sectionOf(name)].second;
    }
    QJsonObject json;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!it.key().isEmpty())
            json.insert(it.key(), QJsonObject{{QLatin1String("added"), it->first}, {QLatin1String("updated"), it->second}});
    }
    return json;
}

// outcome, source, added, updated (both feeds), addedFiles, updatedFiles, error when it failed;
// sections: the counts per section; feeds: each feed's own outcome.
QJsonObject refreshJson(const CatalogUpdater::Result &result)
{
    const bool updated = result.outcome == CatalogUpdater::Outcome::Updated;
    QJsonObject json{{QLatin1String("outcome"), outcomeName(result.outcome)},
                     {QLatin1String("source"), urlOrNull(result.source)},
                     {QLatin1String("added"), updated ? int(result.addedFiles.size()) : 0},
                     {QLatin1String("updated"), updated ? int(result.updatedFiles.size()) : 0},
                     {QLatin1String("sections"), sectionCounts(result)},
                     {QLatin1String("feeds"), QJsonObject{{QLatin1String("roms"), feedJson(result.roms)},
                                                          {QLatin1String("firmware"), feedJson(result.firmware)}}}};
    if (updated) {
        json.insert(QLatin1String("addedFiles"), QJsonArray::fromStringList(result.addedFiles));
        json.insert(QLatin1String("updatedFiles"), QJsonArray::fromStringList(result.updatedFiles));
    } else if (result.outcome != CatalogUpdater::Outcome::NotModified) {
        json.insert(QLatin1String("error"), result.message);
    }
    return json;
}

} // namespace

void CliApp::declareRefresh(CliSyntax &syntax)
{
    syntax.add(sourceOption).add(firmwareSourceOption).add(feedTimeoutOption).add(CliOptions::json).add(CliOptions::catalog);
}

int CliApp::refresh(const CliCommandLine &commandLine)
{
    if (!commandLine.arguments().isEmpty())
        return usageError(tr("refresh takes no arguments, only options"));

    CatalogUpdater::Options options;
    if (commandLine.isSet(sourceOption) || commandLine.isSet(firmwareSourceOption)) {
        // Pointed elsewhere: only the feeds named are asked, never upstream behind the user's back.
        options.sources.clear();
        options.firmwareSources.clear();
    }
    for (const auto &[option, sources] : {std::pair{&sourceOption, &options.sources},
                                          std::pair{&firmwareSourceOption, &options.firmwareSources}}) {
        if (!commandLine.isSet(*option))
            continue;
        const QUrl source = QUrl::fromUserInput(commandLine.value(*option));
        if (!isWebUrl(source))
            return usageError((option == &sourceOption ? tr("--source wants an http(s) URL, not '%1'")
                                                       : tr("--firmware-source wants an http(s) URL, not '%1'"))
                                  .arg(commandLine.value(*option)));
        *sources = {source};
    }
    if (commandLine.isSet(feedTimeoutOption)) {
        bool ok = false;
        const int seconds = commandLine.value(feedTimeoutOption).toInt(&ok);
        if (!ok || seconds <= 0)
            return usageError(tr("--timeout wants a number of seconds, not '%1'").arg(commandLine.value(feedTimeoutOption)));
        options.timeoutMs = seconds * 1000;
    }
    const QString base = commandLine.value(CliOptions::catalog);
    const CatalogStore store(base.isEmpty() ? CatalogStore::embeddedCatalogPath() : base);
    const CatalogPtr current = loadCatalog(base);
    if (!current)
        return ExitUsage;

    CatalogUpdater updater(store);
    updater.setOptions(options);
    CatalogUpdater::Result result;
    QEventLoop loop;
    QObject::connect(&updater, &CatalogUpdater::finished, &loop, [&](const CatalogUpdater::Result &r) {
        result = r;
        loop.quit();
    });
    updater.refresh(current);
    loop.exec();

    for (const QString &warning : std::as_const(result.warnings))
        m_err << "firmware-cli: " << warning << '\n';
    if (commandLine.isSet(CliOptions::json))
        m_out << QJsonDocument(refreshJson(result)).toJson(QJsonDocument::Indented);
    else if (result.outcome == CatalogUpdater::Outcome::NotModified)
        m_out << tr("not modified") << '\n';
    else if (result.outcome == CatalogUpdater::Outcome::Updated) {
        m_out << tr("added %1, updated %2 (from %3)")
                     .arg(result.addedFiles.size())
                     .arg(result.updatedFiles.size())
                     .arg(result.source.host())
              << '\n';
        for (const QString &name : std::as_const(result.addedFiles))
            m_out << "+ " << name << '\n';
    }

    // Each feed that failed says why; the exit code is the first failure's, even when the other
    // feed brought new files (the catalog then holds them).
    int exitCode = ExitOk;
    for (const CatalogUpdater::FeedResult *feed : {&result.roms, &result.firmware}) {
        if (!feed->failed())
            continue;
        const bool roms = feed == &result.roms;
        switch (feed->outcome) {
        case CatalogUpdater::Outcome::Suspect:
            m_err << "firmware-cli: "
                  << (roms ? tr("the feed looks cut short, refused: %1") : tr("the firmware feed looks cut short, refused: %1"))
                         .arg(feed->message)
                  << '\n';
            break;
        case CatalogUpdater::Outcome::BadData:
            m_err << "firmware-cli: "
                  << (roms ? tr("the feed was refused: %1") : tr("the firmware feed was refused: %1")).arg(feed->message) << '\n';
            break;
        default:
            m_err << "firmware-cli: " << tr("offline: %1").arg(feed->message) << '\n';
            break;
        }
        if (exitCode == ExitOk)
            exitCode = feed->outcome == CatalogUpdater::Outcome::NetworkError ? ExitNetwork : ExitUsage;
    }
    if (!result.catalogChanged() && exitCode != ExitOk)
        m_err << "firmware-cli: "
              << tr("catalog unchanged (data from %1)").arg(current->info().snapshot.toUTC().date().toString(Qt::ISODate))
              << '\n';
    m_err.flush();
    return exitCode;
}

void CliApp::declareLatest(CliSyntax &syntax)
{
    syntax.add(CliArguments::codename).add(latestRegionOption).add(CliOptions::json).add(CliOptions::catalog);
}

int CliApp::latest(const CliCommandLine &commandLine)
{
    if (commandLine.arguments().size() != 1)
        return usageError(tr("latest needs a CODENAME, e.g. 'firmware-cli latest gemini'"));
    const QString codename = commandLine.arguments().first();
    const CatalogPtr catalog = loadCatalog(commandLine.value(CliOptions::catalog));
    if (!catalog)
        return ExitUsage;
    QString region;
    if (!readChoice(commandLine, latestRegionOption, *catalog, &region))
        return ExitUsage;
    const QList<int> pages = catalog->pagesOfFolder(CatalogLookup::folder(*catalog, codename));
    if (pages.isEmpty()) {
        m_err << "firmware-cli: " << tr("no device with the codename '%1' (the site's device folder, as in its links)").arg(codename)
              << '\n';
        return ExitNotFound;
    }

    // The newest file for each branch, type and region (a Global and a China Stable are different ROMs).
    QMap<QString, std::pair<int, int>> newest; // "branch\ttype\tregion" -> (file, page)
    for (int p : pages) {
        if (!isRomSection(catalog->pages()[p].os))
            continue; // the newest ROMs; their firmware is `show CODENAME VERSION`'s
        for (int f : catalog->pages()[p].files) {
            const RomFile &file = catalog->files()[f];
            if (!region.isEmpty() && !file.isForRegion(region))
                continue;
            const QString key = file.branch + QLatin1Char('\t') + file.type + QLatin1Char('\t') + file.region();
            const auto known = newest.constFind(key);
            if (known == newest.cend() || file.isNewerThan(catalog->files()[known->first]))
                newest.insert(key, {f, p});
        }
    }
    if (newest.isEmpty()) {
        m_err << "firmware-cli: " << tr("%1 has no ROM for the region '%2'").arg(codename, region) << '\n';
        return ExitNotFound;
    }
    if (commandLine.isSet(CliOptions::json)) {
        QJsonArray cards;
        for (const auto &[f, p] : std::as_const(newest))
            cards.append(cardToJson(catalog->files()[f], catalog->pages()[p]));
        m_out << QJsonDocument(cards).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const auto &[f, p] : std::as_const(newest)) {
        const RomFile &file = catalog->files()[f];
        m_out << file.branch << '\t' << file.type << '\t' << file.region() << '\t' << file.version << '\t'
              << file.releaseDate << '\t' << file.size << '\t' << file.fileName << '\n';
    }
    return ExitOk;
}
