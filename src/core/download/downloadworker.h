// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "download/downloadtypes.h"
#include "download/partfile.h"
#include "download/prefixhasher.h"
#include "download/rangeconnection.h"
#include "download/targetlock.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

class DownloadTransfer;
class Md5Hasher;

// One download from start to finish: checks the request, takes the file's lock, looks at what an
// earlier run left (a final file, a .part), hashes a kept prefix, lets a DownloadTransfer fetch
// the missing bytes, verifies size and MD5 and gives the file its final name. Lives on the
// network thread (or any thread with an event loop): every slot is O(chunk); the MD5 runs on a
// pool thread. Talks to the rest of the program only through statusChanged(). What an earlier run
// left (a final file, a .part) is taken up in downloadworkerresume.cpp.
class DownloadWorker : public QObject
{
    Q_OBJECT

public:
    DownloadWorker(const DownloadRequest &request, const DownloadSettings &settings, QObject *parent = nullptr);
    ~DownloadWorker() override;

    void setPartOpener(PartOpener opener) { m_part.setOpener(std::move(opener)); }

public Q_SLOTS:
    void start(bool fresh); // fresh: a user's retry, the attempt counter starts again
    void pause();
    void cancel();
    void shutdown(); // program exit: stop, keep the .part, report nothing

Q_SIGNALS:
    void statusChanged(const DownloadStatus &status);

private:
    enum class HashPurpose { None, ExistingFinal, PartPrefix, Final };

    bool preflight();
    Verification expectedVerification() const;
    void checkExistingFinalFile();
    void preparePart();
    void startTransfer();
    void onConnecting(const QString &note);
    void onRetrying(const QString &why, qint64 delayMs);
    void onTransferFailed(const AttemptFailure &failure);
    void onHasherDrained();
    void onHashProgress(quint64 generation, qint64 hashed);
    void onHashFinished(quint64 generation, const QString &md5, qint64 hashed);
    void onHashFailed(quint64 generation, const QString &error);
    void verifyAndFinish();
    void finishVerified(Verification verification);
    void mismatch(const QString &message);
    void stopWork();
    void setState(DownloadState state, const QString &message = QString());
    void fail(DownloadError error, const QString &message);
    void emitStatus();

    DownloadRequest m_request;
    DownloadSettings m_settings;
    DownloadStatus m_status;
    QString m_finalPath;
    std::unique_ptr<TargetLock> m_lock; // held while the download is active
    PartFile m_part;
    Md5Hasher *m_md5;
    PrefixHasher m_hasher;
    DownloadTransfer *m_transfer;
    HashPurpose m_hashPurpose = HashPurpose::None;
    bool m_hashNeeded = true;     // false when there is no MD5 or prefix to compare with
    bool m_hashInSync = false;    // the MD5 holds exactly the .part's first m_hasher.queuedEnd() bytes
    bool m_cleanRetryDone = false;
    bool m_dirty = false;

    QTimer m_retryTick;
    QTimer m_progressTimer;
    QElapsedTimer m_retryClock;
    qint64 m_retryDelayMs = 0;
};
