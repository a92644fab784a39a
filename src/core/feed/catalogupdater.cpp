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

Applied applyFeed(const CatalogStore &store, const QByteArray &body, const CatalogPtr &current, const QDateTime &fetched,
                  int lastRecords)
{
    Applied applied;
    const LatestFeed::Result feed = LatestFeed::read(body);
    if (!feed.ok()) {
        applied.error = feed.error;
        return applied;
    }
    // A feed cut short on the wire still parses: the record count is what gives it away.
    if (lastRecords > 0 && 2 * qint64(feed.records) < lastRecords) {
        applied.suspect = true;
        applied.error = CatalogUpdater::tr("it lists %1 ROM records, under half of the %2 of the last good feed: "
                                           "it looks cut short")
                            .arg(feed.records)
                            .arg(lastRecords);
        return applied;
    }
    applied.records = feed.records;
    applied.warnings = feed.warnings;
    if (feed.skippedRecords > 0)
        applied.warnings.prepend(LatestFeed::tr("%Ln record(s) of the feed skipped", nullptr, feed.skippedRecords));
    QString savedError;
    const QList<XfuPage> saved = store.feedPages(&savedError);
    if (!savedError.isEmpty())
        applied.warnings << savedError; // damaged beyond use: it is replaced by this feed
    if (!store.saveFeed(accumulateFeed(saved, feed.pages, fetched), fetched, &applied.error))
        return applied;
    const CatalogStore::Loaded loaded = store.load();
    if (!loaded.catalog) {
        applied.error = loaded.error;
        return applied;
    }
    applied.catalog = loaded.catalog;
    for (const QString &name : loaded.feedAdded) {
        if (!current || current->filesNamed(name).isEmpty())
            applied.addedFiles.append(name);
    }
    for (const QString &name : loaded.feedUpdated) {
        const QList<int> before = current ? current->filesNamed(name) : QList<int>();
        const QList<int> after = loaded.catalog->filesNamed(name);
        if (!after.isEmpty() && (before.isEmpty() || !sameFile(current->files()[before.first()], loaded.catalog->files()[after.first()])))
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

QString CatalogUpdater::statePathFor(const CatalogStore &store)
{
    return store.feedPath() + QLatin1String(".json");
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
    m_state = loadState(m_store);
    m_sourceIndex = 0;
    m_errors.clear();
    m_badData = false;
    m_suspect = false;
    fetchSource();
}

void CatalogUpdater::cancel()
{
    if (!m_busy)
        return;
    m_cancelled = true;
    m_fetch->abort(); // a worker already running finishes, and its result is dropped
}

void CatalogUpdater::fetchSource()
{
    if (m_sourceIndex >= m_options.sources.size()) {
        Result result;
        result.outcome = m_suspect ? Outcome::Suspect : m_badData ? Outcome::BadData : Outcome::NetworkError;
        result.message = m_errors.join(QLatin1String("; "));
        finish(result);
        return;
    }
    const QUrl url = m_options.sources[m_sourceIndex];
    // Without a saved feed a 304 would leave nothing to use: ask unconditionally.
    const bool haveFeed = QFileInfo::exists(m_store.feedPath());
    m_fetch->start(url, haveFeed ? m_state.validators.value(url.toString()) : ConditionalFetch::Validators(),
                   m_options.maxBytes, m_options.timeoutMs);
}

void CatalogUpdater::onFetched(const ConditionalFetch::Reply &reply)
{
    if (m_cancelled) {
        finish({Outcome::NetworkError, tr("Refresh cancelled."), {}, {}, {}, {}, {}});
        return;
    }
    switch (reply.kind) {
    case ConditionalFetch::Reply::NotModified: {
        m_state.checked = QDateTime::currentDateTimeUtc();
        m_state.save(statePathFor(m_store));
        Result result;
        result.outcome = Outcome::NotModified;
        result.source = reply.url;
        result.message = tr("The catalog is up to date (not modified since %1).")
                             .arg(QLocale().toString(m_state.fetched.toLocalTime(), QLocale::ShortFormat));
        finish(result);
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
            finish({Outcome::NetworkError, tr("Refresh cancelled."), {}, {}, {}, {}, {}});
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
        m_state.save(statePathFor(m_store));
        Result result;
        result.outcome = Outcome::Updated;
        result.source = reply.url;
        result.addedFiles = applied.addedFiles;
        result.updatedFiles = applied.updatedFiles;
        result.warnings = applied.warnings;
        result.catalog = applied.catalog;
        result.message = tr("Catalog refreshed from %1: %Ln new file(s)", nullptr, int(applied.addedFiles.size()))
                             .arg(reply.url.host());
        finish(result);
    });
    watcher->setFuture(QtConcurrent::run(applyFeed, m_store, reply.body, m_current, fetched, m_state.records));
}

void CatalogUpdater::finish(Result result)
{
    m_busy = false;
    m_current.reset();
    Q_EMIT finished(result);
}
