// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

// One firmware-browser per user and display: the first launch listens on a local socket; a later
// launch hands its command-line arguments ("gemini 7.6.8", a site link, or none) to it and exits.
// A socket left behind by a crashed instance is removed; an instance that does not answer is not
// waited for (the new launch then runs on its own).
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Role {
        Primary,   // listening: later launches reach this one
        Secondary, // the arguments went to the running instance: exit
        Standalone // neither (no server could start, or the running one did not answer): run anyway
    };

    explicit SingleInstance(const QString &serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Derived from the app id, the user and the display (a window on another display or session
    // cannot serve this launch). On Unix a socket path in the user's runtime directory.
    static QString defaultServerName();

    // Hands the arguments to a running instance, or becomes the one later launches reach.
    Role claim(const QStringList &arguments);
    // Sends the arguments to a running instance; true once it confirmed them.
    bool forward(const QStringList &arguments);
    // Listens for later launches, removing a stale socket first; false when another instance
    // answers on the name or the server cannot start (errorString() says why).
    bool listen();
    bool isListening() const;
    QString serverName() const { return m_name; }
    QString errorString() const { return m_error; }

    void setTimeout(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    // A later launch's positional arguments (possibly none: it only asks to be shown).
    void argumentsReceived(const QStringList &arguments);

private:
    bool isAnswering() const;
    void onNewConnection();
    void readRequest(QLocalSocket *socket);

    QString m_name;
    QString m_error;
    QLocalServer *m_server = nullptr;
    int m_timeoutMs = 2000;
};
