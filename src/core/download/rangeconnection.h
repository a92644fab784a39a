// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "download/downloadtypes.h"
#include "download/ratemeter.h"
#include "download/replychecks.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class RangeConnection;

// Why an attempt ended, as the rest of the engine acts on it.
struct AttemptFailure
{
    enum Kind { Transient, Permanent, Restart, DiskFull, Mismatch, Refused } kind = Transient;
    DownloadError error = DownloadError::Network;
    QString message;
    qint64 retryAfterMs = -1;
    int status = 0;          // the HTTP status, when one came
    bool gone = false;       // the mirror says the file no longer exists
    bool noRanges = false;   // Refused: the mirror sends no parts of the file (else: another file)
    bool unreachable = false; // the mirror's host could not be reached (HttpChecks::meansUnreachable)
};

// What a connection hands over and asks; the owner (DownloadTransfer) writes, schedules, decides.
class ConnectionSink
{
public:
    virtual ~ConnectionSink() = default;
    // The response's headers passed ReplyChecks; false: do not take its body (the owner has
    // already acted, and the connection ends without a word).
    virtual bool accepted(RangeConnection *connection, const ReplyChecks::Verdict &verdict) = 0;
    // Bytes [offset, offset + chunk.size()); false: stop at once, the same way.
    virtual bool received(RangeConnection *connection, qint64 offset, const QByteArray &chunk) = 0;
    // The connection got to its end; the owner may move the end further (setEnd).
    virtual void reachedEnd(RangeConnection *connection) = 0;
    // The attempt is over: the body ended (failure empty), or it failed. The connection is
    // finished and may be deleted.
    virtual void ended(RangeConnection *connection, const std::optional<AttemptFailure> &failure) = 0;
};

// One HTTP request for bytes [from, to) of a mirror (to = -1: to the end), with the download
// rules of DESIGN.md §4: HTTP/1.1, identity encoding, safe redirects, an idle timeout, a bounded
// read buffer, the status and ranges checked before a byte is handed over, an error page's start
// read to tell NoSuchKey from other errors.
class RangeConnection : public QObject
{
    Q_OBJECT

public:
    struct Target
    {
        int mirror = 0;
        QUrl url;
        qint64 from = 0;         // the first byte it hands over
        qint64 to = -1;          // one past its last byte; -1: to the end of the body
        bool sendRange = false;  // ask with Range (from, and to when set)
        QByteArray ifRange;
        ReplyChecks::Asked asked;
    };

    RangeConnection(QNetworkAccessManager *nam, ConnectionSink *sink, const DownloadSettings &settings,
                    QObject *parent = nullptr);
    ~RangeConnection() override;

    void start(const Target &target, qint64 nowMs);
    void abort();                      // ends quietly
    void setPaused(bool paused);       // stop reading (the hasher is behind) or go on
    // Where it stops; an end moved back to or before the bytes it has (work stealing took the
    // rest) ends it from the event loop.
    void setEnd(qint64 end);

    const Target &target() const { return m_target; }
    int mirror() const { return m_target.mirror; }
    qint64 next() const { return m_next; }   // the next byte it will hand over
    qint64 end() const { return m_end; }     // where it stops; -1: where the body ends
    bool isAccepted() const { return m_accepted; }
    bool isRunning() const { return m_reply != nullptr; }
    const ReplyChecks::Head &head() const { return m_head; } // of the accepted response
    RateMeter &meter() { return m_meter; }
    qint64 startedMs() const { return m_startedMs; }

private:
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void atEnd();
    void finishWith(const std::optional<AttemptFailure> &failure);
    void readErrorBody();
    AttemptFailure failureOf(const ReplyChecks::Verdict &verdict) const;
    ReplyChecks::Head readHead() const;

    QNetworkAccessManager *m_nam;
    ConnectionSink *m_sink;
    const DownloadSettings &m_settings;
    Target m_target;
    QPointer<QNetworkReply> m_reply;
    qint64 m_next = 0;
    qint64 m_end = -1;
    bool m_accepted = false;
    bool m_checked = false;   // the status was looked at and refused: only the error body is read
    bool m_finished = false;  // Qt's finished() arrived
    bool m_paused = false;
    bool m_alreadyComplete = false;
    bool m_atEnd = false;     // all of a closed range is in: waiting for Qt to finish the response
    std::optional<ReplyChecks::Verdict> m_refusal; // a failure that waits for its error body
    QByteArray m_errorBody;
    ReplyChecks::Head m_head;
    RateMeter m_meter;
    qint64 m_startedMs = 0;
};
