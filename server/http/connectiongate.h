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

// Watches one connection from its first byte, before Qt HTTP Server (which holds a request's
// whole body before any route runs) reads it:
// - until the API key has been seen on it, it may carry at most a small budget of bytes;
// - it follows the requests' boundaries with Boost.Beast's parser, and when a request's head
//   names a streamed route (uploads, downloads), takes the connection from Qt HTTP Server
//   before any of its body is read and hands it to a StreamedExchange; once that has answered,
//   `reattach` gives the connection back for its next request.
// It peeks and never consumes, except to discard a cut connection's bytes.
class ConnectionGate : public QObject
{
public:
    static constexpr qint64 kUntrustedBudgetBytes = 1 << 20;

    ConnectionGate(QTcpSocket *socket, std::function<bool(const QByteArray &)> isKey, StreamedRoutes *routes,
                   std::function<void(QTcpSocket *)> reattach);

private:
    void watch();
    void onReadyRead();
    // Follows the requests in `chunk`, the bytes that just arrived.
    void follow(const QByteArray &chunk);
    void takeOver();
    bool sawToken(const QByteArray &chunk);

    QPointer<QTcpSocket> m_socket;
    std::function<bool(const QByteArray &)> m_isKey;
    StreamedRoutes *m_routes;
    std::function<void(QTcpSocket *)> m_reattach;
    bool m_trusted = false;
    QByteArray m_tail = QByteArrayLiteral("\n"); // the request line precedes the first header
    qint64 m_untrustedBytes = 0;
    // Request boundaries: the current request, and bytes it could not use yet.
    std::unique_ptr<RequestStream> m_request;
    QByteArray m_pending;
    // The current request began where a chunk began: Qt HTTP Server has read none of the
    // connection's earlier requests with it, so it can be taken over.
    bool m_startedAtChunk = true;
    bool m_following = true;
};

} // namespace Sandbar::Server
