// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/md5digest.h"

#include <QByteArray>
#include <QFuture>
#include <QMutex>
#include <QWaitCondition>
#include <QObject>

#include <atomic>
#include <deque>

// An MD5 computed on a pool thread, fed in order with chunks of received bytes and/or ranges of
// files (the .part on resume, a finished file). Every call is thread-safe and returns at once;
// the signals come from the pool thread (connect with queued or auto connections). Each reset()
// starts a new hash with a new generation number; signals carry it so late ones can be ignored.
class Md5Hasher : public QObject
{
    Q_OBJECT

public:
    explicit Md5Hasher(QObject *parent = nullptr);
    ~Md5Hasher() override; // cancels and waits for the current chunk

    quint64 reset();                   // drops queued work, starts an empty hash
    void cancel() { reset(); }         // the running job stops within one chunk
    void addData(const QByteArray &chunk);
    void addFile(const QString &path, qint64 length = -1); // the first length bytes, all when -1
    void addFileRange(const QString &path, qint64 from, qint64 length); // bytes [from, from + length)
    void finish();                     // emits finished() once the queued work is hashed

    quint64 generation() const { return m_generation.load(); }
    qint64 pendingBytes() const { return m_pending.load(); }
    // Emits drained() once no more than threshold bytes wait; returns true (and emits nothing)
    // when that is already the case.
    bool notifyWhenDrained(qint64 threshold);

    // Blocking helper for tools: the MD5 (hex) of a file, empty on error.
    static QString hashFileNow(const QString &path, QString *error);

Q_SIGNALS:
    void progress(quint64 generation, qint64 hashedBytes); // at most ~10 per second
    void finished(quint64 generation, const QString &md5Hex, qint64 hashedBytes);
    void failed(quint64 generation, const QString &error);
    void drained();

private:
    struct Job
    {
        enum Kind { Data, File, Finish } kind = Data;
        QByteArray data;
        QString path;
        qint64 from = 0;
        qint64 length = -1;
        quint64 generation = 0;
    };
    void enqueue(Job job, qint64 bytes);
    void runQueue();
    void process(const Job &job);
    void hashed(qint64 bytes, quint64 generation);
    bool stale(quint64 generation) const { return generation != m_generation.load(); }

    QMutex m_mutex;
    QWaitCondition m_workArrived; // the worker lingers briefly for the next chunk
    std::deque<Job> m_queue;
    bool m_running = false;
    QFuture<void> m_future;
    std::atomic<quint64> m_generation{1};
    std::atomic<qint64> m_pending{0};
    std::atomic<qint64> m_drainThreshold{-1};

    // Touched by the pool thread only.
    Md5Digest m_hash;
    quint64 m_hashGeneration = 1;
    qint64 m_hashedBytes = 0;
    qint64 m_lastProgressMs = 0;
};
