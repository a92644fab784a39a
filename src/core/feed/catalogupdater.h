// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalog.h"
#include "catalog/catalogstore.h"
#include "feed/conditionalfetch.h"
#include "feed/firmwarefeed.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

// Refreshes the catalog from the upstream feeds, the ROM feed (miui-updates-tracker's latest.yml)
// then the firmware feed (the site's data/devices/latest.yml), each the same way: a conditional
// GET of the primary source, the fallback when it fails, the feed read and merged in a worker
// thread, the result saved (CatalogStore::saveFeed) and a complete new catalog handed back for an
// atomic swap. A saved feed accumulates (accumulateFeed): a file once learned stays, whatever
// later feeds say. Anything wrong with a feed (no network, HTTP errors, a body over the cap,
// malformed or empty data, under half the records of its last good one) leaves that saved feed
// as it was and says why; the other feed is still applied. A feed without sources is not asked.
class CatalogUpdater : public QObject
{
    Q_OBJECT

public:
    static QUrl defaultPrimaryUrl();  // raw.githubusercontent.com
    static QUrl defaultFallbackUrl(); // cdn.jsdelivr.net
    using Feed = CatalogStore::Feed;

    struct Options
    {
        QList<QUrl> sources{defaultPrimaryUrl(), defaultFallbackUrl()}; // the ROM feed
        QList<QUrl> firmwareSources{FirmwareFeed::defaultPrimaryUrl(), FirmwareFeed::defaultFallbackUrl()};
        qint64 maxBytes = 32 * 1024 * 1024; // the real feed is ~1.2 MB
        int timeoutMs = 30'000;
    };

    // Suspect: a feed with under half the records of the last good one, taken as cut short.
    enum class Outcome { Updated, NotModified, NetworkError, BadData, Suspect };
    Q_ENUM(Outcome)

    // What the refresh of one feed did.
    struct FeedResult
    {
        bool asked = false;       // false: the feed has no sources and was left alone
        Outcome outcome = Outcome::NetworkError;
        QString message;          // what happened, for people (the errors of every source tried)
        QUrl source;              // the source that answered (Updated, NotModified)
        QStringList addedFiles;   // file names the previous catalog did not have
        QStringList updatedFiles; // files that gained an MD5 or a mirror
        QStringList warnings;     // records of the feed that were skipped
        bool failed() const { return asked && outcome != Outcome::Updated && outcome != Outcome::NotModified; }
    };

    // Both feeds together: Updated when either brought a new catalog, NotModified when every feed
    // asked was, else the first failure; the lists hold both feeds' files, ROMs first.
    struct Result
    {
        Outcome outcome = Outcome::NetworkError;
        QString message;          // every feed's, for people
        QUrl source;              // the ROM feed's source that answered, else the firmware feed's
        QStringList addedFiles;
        QStringList updatedFiles;
        QStringList warnings;
        CatalogPtr catalog;       // Updated: the new catalog to swap in
        FeedResult roms;
        FeedResult firmware;
        bool catalogChanged() const { return outcome == Outcome::Updated && catalog; }
        bool anyFeedFailed() const { return roms.failed() || firmware.failed(); }
    };

    // Validators per source and when the feed was last checked and fetched, kept next to the feed.
    struct State
    {
        QDateTime checked; // last answer from a source (200 or 304)
        QDateTime fetched; // last feed taken
        int records = 0;   // the usable records of the last feed taken; 0 when not known
        QHash<QString, ConditionalFetch::Validators> validators; // by source URL
        static State load(const QString &path);
        bool save(const QString &path) const;
    };
    static QString statePathFor(const CatalogStore &store, Feed feed = Feed::Roms); // next to the saved feed
    static State loadState(const CatalogStore &store, Feed feed = Feed::Roms)
    {
        return State::load(statePathFor(store, feed));
    }

    explicit CatalogUpdater(const CatalogStore &store, QObject *parent = nullptr);

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }
    void setStore(const CatalogStore &store) { m_store = store; }

    // Starts a refresh; `current` is the catalog in use, to tell what is new. finished() follows.
    void refresh(CatalogPtr current);
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void finished(const CatalogUpdater::Result &result);

private:
    void startFeed();
    void fetchSource();
    void onFetched(const ConditionalFetch::Reply &reply);
    void feedDone(FeedResult result, CatalogPtr catalog = {});
    void finish();
    const QList<QUrl> &sources() const;

    CatalogStore m_store;
    Options m_options;
    QNetworkAccessManager *m_nam;
    ConditionalFetch *m_fetch;
    bool m_busy = false;
    bool m_cancelled = false;
    CatalogPtr m_current;
    Feed m_feed = Feed::Roms;
    Result m_result;
    State m_state;
    int m_sourceIndex = 0;
    QStringList m_errors;
    bool m_badData = false;
    bool m_suspect = false;
};

Q_DECLARE_METATYPE(CatalogUpdater::Result)
