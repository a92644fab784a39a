// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogupdater.h"

#include "catalog/catalogmerge.h"
#include "feed/latestfeed.h"
#include "util/atomicfile.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QtConcurrent>

#include <optional>

namespace {

// What the worker hands back: the feed read, saved and laid over the catalog.
struct Applied
{
    QString error;
    bool suspect = false; // the error is a feed far shorter than the last good one
    int records = 0;
    QStringList warnings;
    QStringList addedFiles;
    QStringList updatedFiles;
    CatalogPtr catalog;
};

bool sameFile(const RomFile &a, const RomFile &b)
{
    return a.md5 == b.md5 && a.urls == b.urls;
}

// The firmware cards the catalog has: they name a new file's model as the site's pages do.
QList<RomFile> firmwareCards(const CatalogPtr &catalog)
{
    QList<RomFile> cards;
    if (!catalog)
        return cards;
    for (const CatalogPage &page : catalog->pages()) {
        if (page.os != RomOs::Firmware)
            continue;
        for (int f : page.files)
            cards.append(catalog->files()[f]);
    }
    return cards;
}

FeedRead readFeed(CatalogStore::Feed feed, const QByteArray &body, const CatalogPtr &current)
{
    if (feed == CatalogStore::Feed::Roms)
        return LatestFeed::read(body);
    return FirmwareFeed::read(body, firmwareCards(current), current ? current->marketingNames() : QHash<QString, QString>());
}

Applied applyFeed(const CatalogStore &store, CatalogStore::Feed which, const QByteArray &body, const CatalogPtr &current,
                  const QDateTime &fetched, int lastRecords)
{
    Applied applied;
    const FeedRead feed = readFeed(which, body, current);
    if (!feed.error.isEmpty()) {
        applied.error = feed.error;
        return applied;
    }
    // A feed cut short on the wire still parses: the record count is what gives it away.
    if (lastRecords > 0 && 2 * qint64(feed.records) < lastRecords) {
        applied.suspect = true;
        applied.error = which == CatalogStore::Feed::Roms
            ? CatalogUpdater::tr("it lists %1 ROM records, under half of the %2 of the last good feed: it looks cut short")
                  .arg(feed.records)
                  .arg(lastRecords)
            : CatalogUpdater::tr("it lists %1 firmware records, under half of the %2 of the last good feed: it looks cut short")
                  .arg(feed.records)
                  .arg(lastRecords);
        return applied;
    }
    applied.records = feed.records;
    applied.warnings = feed.warnings;
    if (feed.skippedRecords > 0)
        applied.warnings.prepend(LatestFeed::tr("%Ln record(s) of the feed skipped", nullptr, feed.skippedRecords));
    QString savedError;
    const QList<XfuPage> saved = store.feedPages(which, &savedError);
    if (!savedError.isEmpty())
        applied.warnings << savedError; // damaged beyond use: it is replaced by this feed
    const QList<XfuPage> accumulated = accumulateFeed(saved, feed.pages, fetched);
    if (!store.saveFeed(which, accumulated, fetched, &applied.error))
        return applied;
    const CatalogStore::Loaded loaded = store.load();
    if (!loaded.catalog) {
        applied.error = loaded.error;
        return applied;
    }
    applied.catalog = loaded.catalog;
    // The store lays both feeds at once: each counts only its own files.
    QSet<QString> own;
    for (const XfuPage &page : accumulated) {
        for (const RomFile &card : page.cards)
            own.insert(card.fileName);
    }
    for (const QString &name : loaded.feedAdded) {
        if (own.contains(name) && (!current || current->filesNamed(name).isEmpty()))
            applied.addedFiles.append(name);
    }
    for (const QString &name : loaded.feedUpdated) {
        const QList<int> before = current ? current->filesNamed(name) : QList<int>();
        const QList<int> after = loaded.catalog->filesNamed(name);
        if (own.contains(name) && !after.isEmpty()
            && (before.isEmpty() || !sameFile(current->files()[before.first()], loaded.catalog->files()[after.first()])))
            applied.updatedFiles.append(name);
    }
    return applied;
}

} // namespace

QUrl CatalogUpdater::defaultPrimaryUrl()
{
    return QUrl(QStringLiteral("https://raw.githubusercontent.com/XiaomiFirmwareUpdater/miui-updates-tracker/master/data/latest.yml"));
}

QUrl CatalogUpdater::defaultFallbackUrl()
{
    return QUrl(QStringLiteral("https://cdn.jsdelivr.net/gh/XiaomiFirmwareUpdater/miui-updates-tracker@master/data/latest.yml"));
}

QString CatalogUpdater::statePathFor(const CatalogStore &store, Feed feed)
{
    return store.feedPath(feed) + QLatin1String(".json");
}

CatalogUpdater::State CatalogUpdater::State::load(const QString &path)
{
    State state;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return state;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    state.checked = QDateTime::fromString(json.value(QLatin1String("checked")).toString(), Qt::ISODate);
    state.fetched = QDateTime::fromString(json.value(QLatin1String("fetched")).toString(), Qt::ISODate);
    state.records = std::max(0, json.value(QLatin1String("records")).toInt());
    const QJsonObject validators = json.value(QLatin1String("validators")).toObject();
    for (auto it = validators.begin(); it != validators.end(); ++it)
        state.validators.insert(it.key(), ConditionalFetch::Validators::fromJson(it.value().toObject()));
    return state;
}

bool CatalogUpdater::State::save(const QString &path) const
{
    QJsonObject validatorsJson;
    for (auto it = validators.cbegin(); it != validators.cend(); ++it)
        validatorsJson.insert(it.key(), it.value().toJson());
    const QJsonObject json{{QLatin1String("checked"), checked.toString(Qt::ISODate)},
                           {QLatin1String("fetched"), fetched.toString(Qt::ISODate)},
                           {QLatin1String("records"), records},
                           {QLatin1String("validators"), validatorsJson}};
    return writeFileAtomically(path, QJsonDocument(json).toJson());
}

CatalogUpdater::CatalogUpdater(const CatalogStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_nam(new QNetworkAccessManager(this))
    , m_fetch(new ConditionalFetch(m_nam, this))
{
    qRegisterMetaType<CatalogUpdater::Result>();
    connect(m_fetch, &ConditionalFetch::finished, this, &CatalogUpdater::onFetched);
}

void CatalogUpdater::refresh(CatalogPtr current)
{
    if (m_busy)
        return;
    m_busy = true;
    m_cancelled = false;
    m_current = std::move(current);
    m_result = Result();
    m_feed = Feed::Roms;
    startFeed();
}

void CatalogUpdater::cancel()
{
    if (!m_busy)
        return;
    m_cancelled = true;
    m_fetch->abort(); // a worker already running finishes, and its result is dropped
}

const QList<QUrl> &CatalogUpdater::sources() const
{
    return m_feed == Feed::Roms ? m_options.sources : m_options.firmwareSources;
}

void CatalogUpdater::startFeed()
{
    if (sources().isEmpty()) {
        feedDone(FeedResult());
        return;
    }
    m_state = loadState(m_store, m_feed);
    m_sourceIndex = 0;
    m_errors.clear();
    m_badData = false;
    m_suspect = false;
    fetchSource();
}

void CatalogUpdater::fetchSource()
{
    if (m_sourceIndex >= sources().size()) {
        FeedResult result;
        result.asked = true;
        result.outcome = m_suspect ? Outcome::Suspect : m_badData ? Outcome::BadData : Outcome::NetworkError;
        result.message = m_errors.join(QLatin1String("; "));
        feedDone(result);
        return;
    }
    const QUrl url = sources()[m_sourceIndex];
    // Without a saved feed a 304 would leave nothing to use: ask unconditionally.
    const bool haveFeed = QFileInfo::exists(m_store.feedPath(m_feed));
    m_fetch->start(url, haveFeed ? m_state.validators.value(url.toString()) : ConditionalFetch::Validators(),
                   m_options.maxBytes, m_options.timeoutMs);
}

void CatalogUpdater::onFetched(const ConditionalFetch::Reply &reply)
{
    if (m_cancelled) {
        finish();
        return;
    }
    switch (reply.kind) {
    case ConditionalFetch::Reply::NotModified: {
        m_state.checked = QDateTime::currentDateTimeUtc();
        m_state.save(statePathFor(m_store, m_feed));
        FeedResult result;
        result.asked = true;
        result.outcome = Outcome::NotModified;
        result.source = reply.url;
        const QString since = QLocale().toString(m_state.fetched.toLocalTime(), QLocale::ShortFormat);
        result.message = m_feed == Feed::Roms ? tr("The catalog is up to date (not modified since %1).").arg(since)
                                              : tr("The firmware list is up to date (not modified since %1).").arg(since);
        feedDone(result);
        return;
    }
    case ConditionalFetch::Reply::Fetched:
        break;
    case ConditionalFetch::Reply::TooLarge:
        m_badData = true;
        [[fallthrough]];
    case ConditionalFetch::Reply::NetworkError:
    case ConditionalFetch::Reply::HttpError:
        m_errors << reply.error;
        ++m_sourceIndex;
        fetchSource();
        return;
    }

    const QDateTime fetched = QDateTime::currentDateTimeUtc();
    auto *watcher = new QFutureWatcher<Applied>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, reply, fetched] {
        watcher->deleteLater();
        const Applied applied = watcher->result();
        if (m_cancelled) {
            finish();
            return;
        }
        if (!applied.catalog) {
            m_badData = true;
            m_suspect = m_suspect || applied.suspect;
            m_errors << tr("%1: %2").arg(reply.url.host(), applied.error);
            ++m_sourceIndex;
            fetchSource();
            return;
        }
        m_state.checked = fetched;
        m_state.fetched = fetched;
        m_state.records = applied.records;
        m_state.validators.insert(reply.url.toString(), reply.validators);
        m_state.save(statePathFor(m_store, m_feed));
        FeedResult result;
        result.asked = true;
        result.outcome = Outcome::Updated;
        result.source = reply.url;
        result.addedFiles = applied.addedFiles;
        result.updatedFiles = applied.updatedFiles;
        result.warnings = applied.warnings;
        const int added = int(applied.addedFiles.size());
        result.message = m_feed == Feed::Roms
            ? tr("Catalog refreshed from %1: %Ln new file(s)", nullptr, added).arg(reply.url.host())
            : tr("Firmware list refreshed from %1: %Ln new file(s)", nullptr, added).arg(reply.url.host());
        feedDone(result, applied.catalog);
    });
    watcher->setFuture(QtConcurrent::run(applyFeed, m_store, m_feed, reply.body, m_current, fetched, m_state.records));
}

void CatalogUpdater::feedDone(FeedResult result, CatalogPtr catalog)
{
    if (catalog)
        m_result.catalog = std::move(catalog); // the later feed's catalog holds the earlier one's files
    if (m_feed == Feed::Roms) {
        m_result.roms = std::move(result);
        m_feed = Feed::Firmware;
        startFeed();
        return;
    }
    m_result.firmware = std::move(result);
    finish();
}

void CatalogUpdater::finish()
{
    Result result;
    if (m_cancelled) {
        result.message = tr("Refresh cancelled.");
    } else {
        result = std::move(m_result);
        QStringList messages;
        bool anyUpdated = false, allNotModified = true;
        std::optional<Outcome> failure;
        for (const FeedResult *feed : {&result.roms, &result.firmware}) {
            if (!feed->asked)
                continue;
            result.addedFiles += feed->addedFiles;
            result.updatedFiles += feed->updatedFiles;
            if (feed == &result.firmware && feed->failed())
                messages << tr("firmware list: %1").arg(feed->message);
            else
                messages << feed->message;
            if (result.source.isEmpty())
                result.source = feed->source;
            anyUpdated = anyUpdated || feed->outcome == Outcome::Updated;
            allNotModified = allNotModified && feed->outcome == Outcome::NotModified;
            if (feed->failed() && !failure)
                failure = feed->outcome;
        }
        result.warnings = result.roms.warnings;
        for (const QString &warning : std::as_const(result.firmware.warnings))
            result.warnings << tr("firmware list: %1").arg(warning);
        result.outcome = anyUpdated ? Outcome::Updated : failure ? *failure : allNotModified ? Outcome::NotModified : Outcome::NetworkError;
        result.message = messages.join(QLatin1String("; "));
        if (result.outcome != Outcome::Updated)
            result.catalog.reset();
    }
    m_busy = false;
    m_current.reset();
    m_result = Result();
    Q_EMIT finished(result);
}
