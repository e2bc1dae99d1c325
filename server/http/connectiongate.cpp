// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/connectiongate.h"

#include "http/streamedexchange.h"
#include "logging.h"

namespace Sandbar::Server {

ConnectionGate::ConnectionGate(QTcpSocket *socket, std::function<bool(const QByteArray &)> isKey, StreamedRoutes *routes,
                               std::function<void(QTcpSocket *)> reattach)
    : QObject(socket), m_socket(socket), m_isKey(std::move(isKey)), m_routes(routes), m_reattach(std::move(reattach))
{
    watchBefore();
}

void ConnectionGate::watchBefore()
{
    // Connected before Qt HTTP Server is, so this sees every chunk first.
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGate::beforeServer);
}

void ConnectionGate::watchAfter()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGate::afterServer);
}

void ConnectionGate::afterServer()
{
    m_seenUnread = m_socket->bytesAvailable();
    // Qt HTTP Server reads a request in a transaction it commits once the request is whole.
    if (!m_socket->isTransactionStarted())
        m_committed = m_received - m_seenUnread;
    if (!m_claimPending)
        return;
    // A streamed request that came right behind another: Qt HTTP Server reads one request per
    // readyRead, so by now it has taken the one before and left this one unread.
    m_claimPending = false;
    if (m_committed == m_requestStart)
        return takeOver();
    const auto length = m_request->head().contentLength;
    if (length && qint64(*length) > kMaxBufferedBodyBytes)
        return cut(QStringLiteral("whose request body is larger than any route takes"));
    qCInfo(lcServer) << "a streamed route Qt HTTP Server has begun to read is served buffered";
    m_following = false;
}

void ConnectionGate::cut(const QString &why)
{
    qCInfo(lcServer).noquote() << "closing a connection from" << m_socket->peerAddress().toString() << why;
    disconnect(m_socket, nullptr, this, nullptr);
    m_socket->readAll(); // Qt HTTP Server, whose slot may run next, gets none of it
    QMetaObject::invokeMethod(m_socket, &QTcpSocket::abort, Qt::QueuedConnection);
}

void ConnectionGate::beforeServer()
{
    const qint64 available = m_socket->bytesAvailable();
    if (available <= m_seenUnread)
        return; // Qt HTTP Server's own readyRead for what it left unread: nothing new
    const QByteArray chunk = m_socket->peek(available).sliced(m_seenUnread);
    m_seenUnread = available;
    m_received += chunk.size();
    if (!m_trusted) {
        m_untrustedBytes += chunk.size();
        m_trusted = sawToken(chunk);
        if (!m_trusted && m_untrustedBytes > kUntrustedBudgetBytes)
            return cut(QStringLiteral("that sent %1 bytes without a valid API key").arg(m_untrustedBytes));
    }
    if (m_following && m_routes)
        follow(chunk);
}

void ConnectionGate::follow(const QByteArray &chunk)
{
    m_pending += chunk;
    qsizetype at = 0;
    const qint64 pendingStart = m_received - m_pending.size();
    while (at < m_pending.size()) {
        if (m_between) {
            m_between = false;
            m_requestStart = pendingStart + at; // where Qt HTTP Server's last request ended
        }
        if (!m_request) {
            // Qt HTTP Server skips blank lines and spaces before a request line (RFC 9112 2.2).
            while (at < m_pending.size() && QByteArrayView(" \t\v\r\n").contains(m_pending.at(at)))
                ++at;
            if (at == m_pending.size())
                break;
            m_request = std::make_unique<RequestStream>();
        }
        const bool hadHead = m_request->headDone();
        const qsizetype used = m_request->feed(m_pending.constData() + at, m_pending.size() - at);
        at += used;
        if (m_request->bodyTooLarge()) // a chunked body Qt HTTP Server would hold whole
            return cut(QStringLiteral("whose chunked request body passed %1 MiB").arg(kMaxBufferedBodyBytes >> 20));
        if (m_request->headTooLarge()) // no client needs it, and past it no limit here would hold
            return cut(QStringLiteral("whose request head passed %1 KiB").arg(RequestStream::kMaxHeadBytes / 1024));
        if (m_request->failed()) {
            m_following = false; // what Beast cannot parse is Qt HTTP Server's to answer
            m_pending.clear();
            return;
        }
        if (!hadHead && m_request->headDone()) {
            const RequestHead &head = m_request->head();
            if (head.upgrade && head.value(QByteArrayLiteral("Upgrade")).compare("websocket", Qt::CaseInsensitive) == 0) {
                m_following = false; // a WebSocket from here on (other upgrades Qt HTTP Server serves as plain requests)
                m_pending.clear();
                return;
            }
            if (m_routes->claims(head)) {
                // Only once Qt HTTP Server has read everything before it: those bytes are its
                // own, and its answers to them are on their way (or out) before this one's.
                if (m_committed == m_requestStart)
                    return takeOver();
                m_claimPending = true; // settled after Qt HTTP Server's slot (afterServer)
                return;
            }
            m_request->setBodyLimit(kMaxBufferedBodyBytes);
        }
        if (m_request->done()) {
            m_request.reset();
            m_between = true;
        }
        else if (used == 0)
            break; // needs more bytes
    }
    m_pending.remove(0, at);
}

void ConnectionGate::takeOver()
{
    // Rolling back Qt HTTP Server's open transaction returns what it read of this request's
    // head: the socket's unread bytes then begin with the request.
    QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->rollbackTransaction();
    m_request.reset();
    m_pending.clear();
    m_between = true;
    const bool last = ++m_handBacks >= kMaxHandBacks;
    QPointer<ConnectionGate> self(this);
    auto *exchange = new StreamedExchange(m_socket, last ? std::function<void()>() : [self] {
        if (!self)
            return;
        // Positions start again where Qt HTTP Server takes the connection up.
        self->m_received = self->m_seenUnread = self->m_committed = 0;
        self->watchBefore();
        self->m_reattach(self->m_socket);
        self->watchAfter();
    });
    if (!exchange->readHead()) {
        qCWarning(lcServer) << "a streamed request's head did not parse twice alike; closing the connection";
        m_socket->abort();
        return;
    }
    m_routes->start(exchange);
}

// Finds the API key in the stream, in any form the APIs use: an "Authorization: Bearer <key>" or
// "X-API-Key: <key>" line, or "api_key=<key>" in a request line's query. Lines may be split
// between chunks, so the end of the previous chunk is kept.
bool ConnectionGate::sawToken(const QByteArray &chunk)
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

} // namespace Sandbar::Server
