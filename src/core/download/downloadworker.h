// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "download/downloadtypes.h"
#include "download/mirrortracker.h"
#include "download/resumestate.h"
#include "download/targetlock.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>
#include <memory>

class Md5Hasher;
class QFile;
class QNetworkAccessManager;

// Opens the .part for appending; tests inject a failing device here (disk full).
using PartOpener = std::function<std::unique_ptr<QIODevice>(const QString &partPath)>;

// The state machine of one download. Lives on the network thread (or any thread with an event
// loop): every slot is O(chunk); bytes go to the .part here and to the MD5 on a pool thread.
// Talks to the rest of the program only through statusChanged().
class DownloadWorker : public QObject
{
    Q_OBJECT

public:
    DownloadWorker(const DownloadRequest &request, const DownloadSettings &settings, QObject *parent = nullptr);
    ~DownloadWorker() override;

    void setPartOpener(PartOpener opener) { m_openPart = std::move(opener); }

public Q_SLOTS:
    void start(bool fresh); // fresh: a user's retry, the attempt counter starts again
    void pause();
    void cancel();
    void shutdown(); // program exit: stop, keep the .part, report nothing

Q_SIGNALS:
    void statusChanged(const DownloadStatus &status);

private:
    struct Failure
    {
        enum Kind { Transient, Permanent, Restart, DiskFull, Mismatch } kind = Transient;
        DownloadError error = DownloadError::Network;
        QString message;
        qint64 retryAfterMs = -1;
        bool gone = false; // this mirror says the file no longer exists
        bool unreachable = false; // this mirror's host could not be reached (HttpChecks::meansUnreachable)
    };

    std::optional<Failure> failureForStatus(int status);
    bool preflight();
    void checkExistingFinalFile();
    void preparePart();
    void forgetPart();
    void sendRequest();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void onHasherDrained();
    void onHashProgress(quint64 generation, qint64 hashed);
    void onHashFinished(quint64 generation, const QString &md5, qint64 hashed);
    void onHashFailed(quint64 generation, const QString &error);
    void onWatchdog();
    void onRetryTick();
    void handleReplyEnd();
    void endAttempt(const Failure &failure);
    void leaveMirror(const Failure &failure);
    void leaveSlowMirror(qint64 bytesPerSecond);
    void useNextMirror(const QString &why);
    bool isErrorPage(qint64 total) const;
    Failure withErrorBody(Failure failure) const; // gone when the body says NoSuchKey
    qint64 knownTotal() const;
    void restartFromZero();
    bool truncatePart(qint64 size);
    bool openPart();
    void closePart();
    void dropReply();
    void verifyAndFinish();
    void finishVerified(Verification verification);
    void removePartFiles();
    void setState(DownloadState state, const QString &message = QString());
    void fail(DownloadError error, const QString &message);
    void emitStatus();
    void updateSpeed();
    bool acceptsTotal(qint64 total, QString *why) const;
    Verification expectedVerification() const;
    QUrl currentUrl() const { return m_request.urls.value(m_mirrors.current()); }

    enum class HashPurpose { None, ExistingFinal, PartPrefix, Final };

    DownloadRequest m_request;
    DownloadSettings m_settings;
    PartOpener m_openPart;
    DownloadStatus m_status;
    QString m_finalPath;
    QString m_partPath;
    QString m_sidePath;

    QNetworkAccessManager *m_nam = nullptr;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QIODevice> m_part;
    Md5Hasher *m_hasher = nullptr;
    HashPurpose m_hashPurpose = HashPurpose::None;
    quint64 m_hashGeneration = 0;
    ResumeState m_side;
    bool m_haveSide = false;

    qint64 m_offset = 0;          // bytes in the .part, all fed to the hasher
    bool m_hashInSync = false;    // the hasher holds exactly the .part's first m_offset bytes
    bool m_hashNeeded = true;     // false when there is no MD5 or prefix to compare with
    qint64 m_entityTotal = -1;    // the server's size of the file, -1 when unknown
    qint64 m_attemptStart = 0;
    qint64 m_furthest = 0;        // the furthest the .part got in this run: only passing it is progress
    bool m_sentFromZero = false;  // since that progress, a resume was answered with the whole file
    bool m_accepting = false;     // headers checked; body bytes go to the .part
    bool m_statusChecked = false; // an error status or page was seen; its body never reaches the .part
    std::optional<Failure> m_statusFailure;
    QByteArray m_errorBody;       // the start of that body, to tell NoSuchKey from other errors
    bool m_crossMirror = false;   // this request resumes bytes that came from another mirror
    bool m_replyFinished = false;
    bool m_waitingForHasher = false;
    bool m_resumed = false;       // this run appended to bytes from earlier
    bool m_cleanRetryDone = false;
    MirrorTracker m_mirrors;
    std::unique_ptr<TargetLock> m_lock; // held while the download is active
    QString m_connectNote;        // why this request goes to another mirror

    QTimer m_retryTimer;
    QTimer m_retryTick;
    QTimer m_progressTimer;
    QTimer m_watchdog;
    QElapsedTimer m_retryClock;
    qint64 m_retryDelayMs = 0;
    QElapsedTimer m_windowClock;
    qint64 m_windowStartOffset = 0;
    QElapsedTimer m_mirrorClock;  // the slow-mirror window
    qint64 m_mirrorStartOffset = 0;
    QElapsedTimer m_speedClock;
    qint64 m_speedLastBytes = 0;
    qint64 m_speedLastMs = 0;
    bool m_dirty = false;
};
