// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The listening socket in front of QHttpServer: every connection is watched by a
// ConnectionGate (the untrusted budget, streamed routes) before QHttpServer reads it.

#include <QByteArray>
#include <QTcpServer>

#include <functional>

namespace Sandbar::Server {

class StreamedRoutes;

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    // `isKey` says whether a secret is the API key: the server's own check, so that the guard
    // trusts exactly what the routes accept.
    GuardedTcpServer(std::function<bool(const QByteArray &)> isKey, StreamedRoutes *routes, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    // Gives a connection back to QHttpServer after a streamed request: to it, a new connection.
    void reattach(QTcpSocket *socket);

    std::function<bool(const QByteArray &)> m_isKey;
    StreamedRoutes *m_routes;
};

} // namespace Sandbar::Server
