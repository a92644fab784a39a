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
const CliOption feedTimeoutOption{{QStringLiteral("timeout")}, QT_TRANSLATE_NOOP("CliApp", "Seconds to wait for the feed (30)."),
                                  QStringLiteral("SECONDS"), CliValue::Text};
const CliOption latestRegionOption{{QStringLiteral("region")},
                                   QT_TRANSLATE_NOOP("CliApp", "Only this region (Global, China, EEA, ...)."),
                                   QStringLiteral("R"), CliValue::Region};

} // namespace

void CliApp::declareRefresh(CliSyntax &syntax)
{
    syntax.add(sourceOption).add(feedTimeoutOption).add(CliOptions::json).add(CliOptions::catalog);
}

int CliApp::refresh(const CliCommandLine &commandLine)
{
    if (!commandLine.arguments().isEmpty())
        return usageError(tr("refresh takes no arguments, only options"));

    CatalogUpdater::Options options;
    if (commandLine.isSet(sourceOption)) {
        const QUrl source = QUrl::fromUserInput(commandLine.value(sourceOption));
        if (!isWebUrl(source))
            return usageError(tr("--source wants an http(s) URL, not '%1'").arg(commandLine.value(sourceOption)));
        options.sources = {source};
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

    const bool json = commandLine.isSet(CliOptions::json);
    for (const QString &warning : std::as_const(result.warnings))
        m_err << "firmware-cli: " << warning << '\n';
    switch (result.outcome) {
    case CatalogUpdater::Outcome::NetworkError:
    case CatalogUpdater::Outcome::BadData: {
        const bool bad = result.outcome == CatalogUpdater::Outcome::BadData;
        if (json) // a script reading stdout learns the outcome, too
            m_out << QJsonDocument(QJsonObject{{QLatin1String("outcome"), QLatin1String("failed")},
                                               {QLatin1String("error"), result.message},
                                               {QLatin1String("source"), result.source.isEmpty()
                                                                             ? QJsonValue(QJsonValue::Null)
                                                                             : QJsonValue(result.source.toString())},
                                               {QLatin1String("added"), 0},
                                               {QLatin1String("updated"), 0}})
                         .toJson(QJsonDocument::Indented);
        m_err << "firmware-cli: " << (bad ? tr("the feed was refused: %1") : tr("offline: %1")).arg(result.message) << '\n'
              << "firmware-cli: "
              << tr("catalog unchanged (data from %1)").arg(current->info().snapshot.toUTC().date().toString(Qt::ISODate))
              << '\n';
        m_err.flush();
        return bad ? ExitUsage : ExitNetwork;
    }
    case CatalogUpdater::Outcome::Suspect:
        if (json)
            m_out << QJsonDocument(QJsonObject{{QLatin1String("outcome"), QLatin1String("suspect")},
                                               {QLatin1String("error"), result.message}})
                         .toJson(QJsonDocument::Indented);
        m_err << "firmware-cli: " << tr("the feed looks cut short, refused: %1").arg(result.message) << '\n'
              << "firmware-cli: "
              << tr("catalog unchanged (data from %1)").arg(current->info().snapshot.toUTC().date().toString(Qt::ISODate))
              << '\n';
        m_err.flush();
        return ExitUsage;
    case CatalogUpdater::Outcome::NotModified:
        if (json)
            m_out << QJsonDocument(QJsonObject{{QLatin1String("outcome"), QLatin1String("not-modified")},
                                               {QLatin1String("source"), result.source.toString()},
                                               {QLatin1String("added"), 0},
                                               {QLatin1String("updated"), 0}})
                         .toJson(QJsonDocument::Indented);
        else
            m_out << tr("not modified") << '\n';
        return ExitOk;
    case CatalogUpdater::Outcome::Updated:
        break;
    }
    if (json) {
        m_out << QJsonDocument(QJsonObject{{QLatin1String("outcome"), QLatin1String("updated")},
                                           {QLatin1String("source"), result.source.toString()},
                                           {QLatin1String("added"), int(result.addedFiles.size())},
                                           {QLatin1String("updated"), int(result.updatedFiles.size())},
                                           {QLatin1String("addedFiles"), QJsonArray::fromStringList(result.addedFiles)},
                                           {QLatin1String("updatedFiles"), QJsonArray::fromStringList(result.updatedFiles)}})
                     .toJson(QJsonDocument::Indented);
    } else {
        m_out << tr("added %1, updated %2 (from %3)")
                     .arg(result.addedFiles.size())
                     .arg(result.updatedFiles.size())
                     .arg(result.source.host())
              << '\n';
        for (const QString &name : std::as_const(result.addedFiles))
            m_out << "+ " << name << '\n';
    }
    return ExitOk;
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
