// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The listening socket in front of QHttpServer. Qt HTTP Server 6.4 reads a request's whole body
// before any route code runs, so a client without the API key could make the server hold
// hundreds of megabytes just to be told 401. Each connection is watched from its first byte
// (before QHttpServer reads it): once the API key has been seen on it (an "Authorization: Bearer
// <key>" header or an "api_key=<key>" query parameter, the forms the APIs use), it is trusted and no longer watched; until then it may carry at most a small budget of
// bytes (enough for any request without a body worth the name, and its 401), and is cut past it.

#include <QByteArray>
#include <QTcpServer>

namespace Sandbar::Server {

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    static constexpr qint64 kUntrustedBudgetBytes = 1 << 20;

    // `isKey` says whether a secret is the API key: the server's own check, so that the guard
    // trusts exactly what the routes accept.
    GuardedTcpServer(std::function<bool(const QByteArray &)> isKey, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    std::function<bool(const QByteArray &)> m_isKey;
};

} // namespace Sandbar::Server
