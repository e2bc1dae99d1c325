// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guardedtcpserver.h"

#include "logging.h"

#include <QPointer>
#include <QTcpSocket>

#include <memory>

namespace Sandbar::Server {

namespace {

// Watches one connection until it is trusted. Connected to readyRead before QHttpServer is, so
// it sees every chunk first; it peeks and never consumes, except to discard a cut connection's.
class ConnectionWatch : public QObject
{
public:
    ConnectionWatch(QTcpSocket *socket, std::function<bool(const QByteArray &)> isToken)
        : QObject(socket), m_socket(socket), m_isToken(std::move(isToken))
    {
        connect(socket, &QTcpSocket::readyRead, this, &ConnectionWatch::onReadyRead);
    }

private:
    void onReadyRead()
    {
        const QByteArray chunk = m_socket->peek(m_socket->bytesAvailable());
        m_untrustedBytes += chunk.size();
        if (sawToken(chunk)) {
            disconnect(m_socket, nullptr, this, nullptr);
            deleteLater(); // trusted from here on: nothing more to watch
            return;
        }
        if (m_untrustedBytes <= GuardedTcpServer::kUntrustedBudgetBytes)
            return;
        qCInfo(lcServer).noquote() << "closing a connection from" << m_socket->peerAddress().toString() << "that sent"
                                   << m_untrustedBytes << "bytes without a valid API key";
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->readAll(); // QHttpServer, whose slot runs next, gets none of it
        QMetaObject::invokeMethod(m_socket, &QTcpSocket::abort, Qt::QueuedConnection);
    }

    // Finds an "Authorization: Bearer <token>" line carrying the API key in the stream; lines
    // may be split between chunks, so the end of the previous chunk is kept.
    bool sawToken(const QByteArray &chunk)
    {
        const QByteArray text = (m_tail + chunk).toLower();
        const QByteArray original = m_tail + chunk;
        static const QByteArray name = QByteArrayLiteral("\nauthorization:");
        for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            const qsizetype valueStart = at + name.size();
            const qsizetype lineEnd = text.indexOf('\n', valueStart);
            if (lineEnd < 0)
                break; // the rest of the line is still to come: it stays in the tail
            const QByteArray value = original.mid(valueStart, lineEnd - valueStart).trimmed();
            if (value.size() > 7 && value.left(7).toLower() == "bearer " && m_isToken(value.mid(7).trimmed()))
                return true;
        }
        // Enough of the end to hold a split header line, but bounded.
        m_tail = original.right(std::min<qsizetype>(original.size(), 8192));
        return false;
    }

    QPointer<QTcpSocket> m_socket;
    std::function<bool(const QByteArray &)> m_isToken;
    QByteArray m_tail = QByteArrayLiteral("\n"); // the request line precedes the first header
    qint64 m_untrustedBytes = 0;
};

} // namespace

GuardedTcpServer::GuardedTcpServer(std::function<bool(const QByteArray &)> isToken, QObject *parent)
    : QTcpServer(parent), m_isToken(std::move(isToken))
{
}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    new ConnectionWatch(socket, m_isToken);
    addPendingConnection(socket);
}

} // namespace Sandbar::Server
