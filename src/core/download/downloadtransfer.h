// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "download/connectionramp.h"
#include "download/mirrorpool.h"
#include "download/rangeconnection.h"
#include "download/rangescheduler.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

class Md5Hasher;
class PartFile;
class PrefixHasher;
class QNetworkAccessManager;

// Moves the missing bytes of one file into its .part. It starts as every download always did,
// with one connection (the lead) walking the mirrors in order, resuming, retrying with backoff,
// starting over when the server's file changed. Once the lead's answer shows a size and ranges,
// and connections > 1, it turns segmented: a RangeScheduler hands out pieces in file order to up
// to `connections` connections spread over every usable mirror (MirrorPool), each piece one
// request of its own, checked strictly (the same size, never another file mixed in). Written
// bytes go to the PrefixHasher in order. Talks to the worker through its signals.
class DownloadTransfer : public QObject, public ConnectionSink
{
    Q_OBJECT

public:
    DownloadTransfer(const DownloadRequest &request, const DownloadSettings &settings, PartFile *part,
                     Md5Hasher *md5, PrefixHasher *hasher, QObject *parent = nullptr);
    ~DownloadTransfer() override;

    void start(bool hashNeeded); // from the bytes the .part holds
    void stop();                 // every connection ends; nothing is lost
    void resetBudget();          // a user's retry: every mirror and attempt counts afresh

    qint64 entityTotal() const { return m_entityTotal; }
    bool isSegmented() const { return m_scheduler.has_value(); }
    void fillStatus(DownloadStatus *status, qint64 nowMs);

Q_SIGNALS:
    void connecting(const QString &note);
    void downloading();
    void retrying(const QString &why, qint64 delayMs);
    void progressed();
    void complete();                             // every byte is in the .part
    void failed(const AttemptFailure &failure);  // DiskFull (pause), Mismatch or for good

private:
    // ConnectionSink
    bool accepted(RangeConnection *connection, const ReplyChecks::Verdict &verdict) override;
    bool received(RangeConnection *connection, qint64 offset, const QByteArray &chunk) override;
    void reachedEnd(RangeConnection *connection) override;
    void ended(RangeConnection *connection, const std::optional<AttemptFailure> &failure) override;

    // The lead, one connection as always (downloadtransferlead.cpp).
    void sendLead();
    bool acceptLead(RangeConnection *connection, const ReplyChecks::Verdict &verdict);
    void leadEnded(const std::optional<AttemptFailure> &failure);
    void endLeadAttempt(const AttemptFailure &failure);
    void leaveMirror(const AttemptFailure &failure);
    void leaveSlowMirror(qint64 bytesPerSecond);
    void useNextMirror(const QString &why);
    void restartFromZero();
    void watchLead(qint64 nowMs);
    qint64 knownTotal() const;
    qint64 leadOffset() const;

    // Segmented (downloadtransfersegments.cpp).
    bool canSegment(const ReplyChecks::Head &head) const;
    void becomeSegmented();
    void fillSlots();
    bool startPiece(int slot, int mirror, qint64 nowMs);
    void cutStolenPieces(); // connections stop where their claims now end
    void pieceEnded(int slot, RangeConnection *connection, const std::optional<AttemptFailure> &failure);
    void watchSegments(qint64 nowMs);
    void allStuck(const AttemptFailure &last);
    void wakeLead();

    // Both.
    bool storeValidators(const RangeConnection *connection, QString *error);
    void onHashDrained();
    void onWatchdog();
    void stopConnections();
    void finish();
    void failWith(const AttemptFailure &failure);
    AttemptFailure goneFromEveryMirror() const; // "removed by Xiaomi" only when every host is Xiaomi's
    int slotOf(const RangeConnection *connection) const;

    const DownloadRequest &m_request;
    const DownloadSettings &m_settings;
    PartFile *m_part;
    Md5Hasher *m_md5;
    PrefixHasher *m_hasher;
    bool m_hashNeeded = true;
    QNetworkAccessManager *m_nam;
    MirrorPool m_pool;
    std::vector<std::unique_ptr<RangeConnection>> m_slots; // slot 0 is the lead
    std::optional<RangeScheduler> m_scheduler;
    qint64 m_entityTotal = -1;
    bool m_running = false;
    bool m_waitingForHasher = false;
    bool m_rangesProven = false; // a connection got exactly the piece it asked for

    // The lead's attempts.
    int m_attempt = 0;
    qint64 m_furthest = 0;        // the furthest the .part got in this run: only passing it is progress
    bool m_sentFromZero = false;  // since that progress, a resume was answered with the whole file
    bool m_crossMirror = false;
    QString m_connectNote;
    QString m_lastMessage;
    QTimer m_retryTimer;
    QTimer m_watchdog;
    RateMeter::Window m_lowSpeed;
    RateMeter::Window m_slowMirror;

    // Segmented: why the last piece failed, for when nothing is left to try.
    std::optional<AttemptFailure> m_lastPieceFailure;
    qint64 m_lastAbortMs = -1000000;
    std::optional<ConnectionRamp> m_ramp; // every mirror on one host: how many connections pay
    bool m_heldBack = false;              // since the ramp's last window, reading waited for the MD5
    RateMeter m_meter; // every connection's bytes together
};
