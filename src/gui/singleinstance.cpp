// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"
#include "util/version.h"

#include <QCryptographicHash>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>
#include <QtEndian>

namespace {

// A request is "FWB1", the payload's size (32-bit big-endian) and a JSON array of the arguments;
// the answer is "OK".
const QByteArray Magic("FWB1");
const QByteArray Answer("OK");
constexpr int HeaderSize = 8;
constexpr quint32 MaxPayload = 64 * 1024;
// A connection that has not sent a whole request by then is dropped.
constexpr int IdleConnectionMs = 10000;

QByteArray encode(const QStringList &arguments)
{
    const QByteArray payload = QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact);
    QByteArray size(4, '\0');
    qToBigEndian(quint32(payload.size()), size.data());
    return Magic + size + payload;
}

} // namespace

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_name(serverName)
{
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close(); // removes the socket file
}

QString SingleInstance::defaultServerName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    const QStringList session{user, QGuiApplication::platformName(), qEnvironmentVariable("DISPLAY"),
                              qEnvironmentVariable("WAYLAND_DISPLAY")};
    const QByteArray hash =
        QCryptographicHash::hash(session.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256);
    const QString name = QStringLiteral(FWB_APP_ID) + QLatin1Char('-') + QString::fromLatin1(hash.toHex().left(16));
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // The runtime directory belongs to the user alone; macOS keeps the default (a per-user
    // temporary directory), whose paths stay within the socket path limit.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty())
        return runtime + QLatin1Char('/') + name;
#endif
    return name;
}

SingleInstance::Role SingleInstance::claim(const QStringList &arguments)
{
    if (forward(arguments))
        return Role::Secondary;
    if (listen())
        return Role::Primary;
    // Another launch may have started listening in between: hand over to it.
    if (isAnswering() && forward(arguments))
        return Role::Secondary;
    return Role::Standalone;
}

bool SingleInstance::forward(const QStringList &arguments)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(m_timeoutMs))
        return false;
    socket.write(encode(arguments));
    if (!socket.waitForBytesWritten(m_timeoutMs)) {
        m_error = socket.errorString();
        return false;
    }
    while (socket.bytesAvailable() < Answer.size()) {
        if (!socket.waitForReadyRead(m_timeoutMs)) {
            m_error = tr("The running Firmware Browser did not answer: %1").arg(socket.errorString());
            return false;
        }
    }
    const bool confirmed = socket.read(Answer.size()) == Answer;
    socket.disconnectFromServer();
    return confirmed;
}

bool SingleInstance::isAnswering() const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    return socket.waitForConnected(m_timeoutMs);
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

bool SingleInstance::listen()
{
    if (isListening())
        return true;
    if (!m_server) {
        // No socket options: with them Qt's Unix listen() renames its socket over an existing one,
        // which would hide a running instance. The runtime directory is the user's alone anyway.
        m_server = new QLocalServer(this);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    }
    if (m_server->listen(m_name))
        return true;
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        if (isAnswering()) {
            m_error = tr("Another Firmware Browser is running.");
            return false;
        }
        // Left behind by an instance that crashed: nothing answers on it.
        QLocalServer::removeServer(m_name);
        if (m_server->listen(m_name))
            return true;
    }
    m_error = m_server->errorString();
    return false;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        QTimer::singleShot(IdleConnectionMs, socket, [socket] { socket->abort(); });
        if (socket->bytesAvailable() > 0)
            readRequest(socket);
    }
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (socket->property("answered").toBool() || socket->bytesAvailable() < HeaderSize)
        return;
    const QByteArray header = socket->peek(HeaderSize);
    const quint32 size = qFromBigEndian<quint32>(header.constData() + Magic.size());
    if (!header.startsWith(Magic) || size > MaxPayload) {
        socket->abort();
        return;
    }
    if (socket->bytesAvailable() < HeaderSize + qint64(size))
        return;
    socket->skip(HeaderSize);
    const QJsonDocument document = QJsonDocument::fromJson(socket->read(size));
    if (!document.isArray()) {
        socket->abort();
        return;
    }
    QStringList arguments;
    for (const QJsonValue &value : document.array())
        arguments.append(value.toString());
    socket->setProperty("answered", true);
    socket->write(Answer);
    socket->flush();
    Q_EMIT argumentsReceived(arguments);
}
