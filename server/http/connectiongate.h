// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/requeststream.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include <functional>
#include <memory>

namespace Sandbar::Server {

class StreamedRoutes;

// Watches one connection from its first byte, around Qt HTTP Server (which holds a request's
// whole body before any route runs):
// - until the API key has been seen on it, it may carry at most a small budget of bytes;
// - it follows the requests' boundaries with Boost.Beast's parser, and when a request's head
//   names a streamed route (uploads, downloads), takes the connection from Qt HTTP Server
//   before any of its body is read and hands it to a StreamedExchange; once that has answered,
//   `reattach` gives the connection back for its next request.
// It peeks and never consumes, except to discard a cut connection's bytes. Qt HTTP Server 6.4
// reads a request exactly to its end (leaving what follows unread, and signalling readyRead
// again itself), so the gate also watches after it, to tell the bytes it has already followed
// from new ones and to know where Qt HTTP Server's last whole request ended.
class ConnectionGate : public QObject
{
public:
    static constexpr qint64 kUntrustedBudgetBytes = 1 << 20;
    // The largest body Qt HTTP Server is let hold for a route that does not stream (the buffered
    // upload's 256 MiB and its form). Larger ones are refused from their head (StreamedRoutes
    // claims them to answer 413), a chunked one is cut when it passes this.
    static constexpr qint64 kMaxBufferedBodyBytes = 257LL << 20;
    // Each hand-back costs Qt HTTP Server a small request object until the connection closes:
    // past this many streamed requests the connection closes instead.
    static constexpr int kMaxHandBacks = 100;

    ConnectionGate(QTcpSocket *socket, std::function<bool(const QByteArray &)> isKey, StreamedRoutes *routes,
                   std::function<void(QTcpSocket *)> reattach);

    // Connects the slot that runs after Qt HTTP Server's: call once it has taken the connection.
    void watchAfter();

private:
    void watchBefore();
    void beforeServer();
    void afterServer();
    // Follows the requests in `chunk`, the bytes that just arrived.
    void follow(const QByteArray &chunk);
    void takeOver();
    // Closes the connection at once; `why` completes "closing a connection from <address>".
    void cut(const QString &why);
    bool sawToken(const QByteArray &chunk);

    QPointer<QTcpSocket> m_socket;
    std::function<bool(const QByteArray &)> m_isKey;
    StreamedRoutes *m_routes;
    std::function<void(QTcpSocket *)> m_reattach;
    bool m_trusted = false;
    QByteArray m_tail = QByteArrayLiteral("\n"); // the request line precedes the first header
    qint64 m_untrustedBytes = 0;
    // Positions in the connection's bytes since it began (or was handed back).
    qint64 m_received = 0;   // followed by the gate
    qint64 m_seenUnread = 0; // of those, still unread by Qt HTTP Server
    qint64 m_committed = 0;  // where Qt HTTP Server's last whole request ended
    qint64 m_requestStart = 0;
    // The request being followed, and bytes it could not use yet.
    std::unique_ptr<RequestStream> m_request;
    QByteArray m_pending;
    bool m_following = true;
    bool m_between = true;      // the next byte followed begins a request (or the blank before it)
    bool m_claimPending = false; // a claimed request waits for Qt HTTP Server to finish the one before
    int m_handBacks = 0;
};

} // namespace Sandbar::Server
