// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/guardedtcpserver.h"

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
    ConnectionWatch(QTcpSocket *socket, std::function<bool(const QByteArray &)> isKey)
        : QObject(socket), m_socket(socket), m_isKey(std::move(isKey))
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

    // Finds the API key in the stream, in any form the APIs use: an "Authorization: Bearer
    // <key>" or "X-API-Key: <key>" line, or "api_key=<key>" in a request line's query. Lines
    // may be split between chunks, so the end of the previous chunk is kept.
    bool sawToken(const QByteArray &chunk)
    {
        const QByteArray original = m_tail + chunk;
        const QByteArray text = original.toLower(); // header names are case-insensitive
        static const struct { QByteArray name, prefix; } headers[] = {
            {QByteArrayLiteral("\nauthorization:"), QByteArrayLiteral("Bearer ")},
            {QByteArrayLiteral("\nx-api-key:"), QByteArray()},
        };
        for (const auto &header : headers) {
            for (qsizetype at = text.indexOf(header.name); at >= 0; at = text.indexOf(header.name, at + 1)) {
                const qsizetype valueStart = at + header.name.size();
                const qsizetype lineEnd = text.indexOf('\n', valueStart);
                if (lineEnd < 0)
                    break; // the rest of the line is still to come: it stays in the tail
                const QByteArray value = original.mid(valueStart, lineEnd - valueStart).trimmed();
                if (value.startsWith(header.prefix) && m_isKey(value.mid(header.prefix.size()).trimmed()))
                    return true;
            }
        }
        static const QByteArray parameter = QByteArrayLiteral("api_key=");
        for (qsizetype at = original.indexOf(parameter); at >= 0; at = original.indexOf(parameter, at + 1)) {
            if (at == 0 || (original.at(at - 1) != '?' && original.at(at - 1) != '&'))
                continue;
            const qsizetype valueStart = at + parameter.size();
            qsizetype end = valueStart;
            while (end < original.size() && !QByteArrayView("& #\r\n").contains(original.at(end)))
                ++end;
            if (end == original.size())
                break; // the value may go on in the next chunk
            if (m_isKey(QByteArray::fromPercentEncoding(original.mid(valueStart, end - valueStart))))
                return true;
        }
        // Enough of the end to hold a split header line, but bounded.
        m_tail = original.right(std::min<qsizetype>(original.size(), 8192));
        return false;
    }

    QPointer<QTcpSocket> m_socket;
    std::function<bool(const QByteArray &)> m_isKey;
    QByteArray m_tail = QByteArrayLiteral("\n"); // the request line precedes the first header
    qint64 m_untrustedBytes = 0;
};

} // namespace

GuardedTcpServer::GuardedTcpServer(std::function<bool(const QByteArray &)> isKey, QObject *parent)
    : QTcpServer(parent), m_isKey(std::move(isKey))
{
}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    new ConnectionWatch(socket, m_isKey);
    addPendingConnection(socket);
}

} // namespace Sandbar::Server
