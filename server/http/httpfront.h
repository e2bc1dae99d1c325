// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The HTTP front every API's routes share: the listener and its connection guard, the
// credential check (each API's own form, see ApiShape), the rate limiter and the headers on
// every response (Date, X-RateLimit-*). Route modules (routes/) register their paths on
// server() and answer through serve() / serveAsync().

#include "http/apierror.h"
#include "http/apishape.h"
#include "http/ratelimiter.h"

#include <QHttpServer>
#include <QObject>

#include <functional>
#include <optional>

namespace Sandbar::Server {

class HttpFront : public QObject
{
    Q_OBJECT
public:
    static constexpr int kBurstPerSecond = 10;

    HttpFront(const QByteArray &token, int requestsPerMinute, QObject *parent = nullptr);

    QHttpServer &server() { return m_server; }
    // The bound port, or 0.
    quint16 listen(const QHostAddress &address, quint16 port);
    void stopListening();

    using Handler = std::function<Result<Reply>()>;
    using Completion = std::function<void(const Result<Reply> &)>;
    using AsyncHandler = std::function<void(Completion)>;
    QHttpServerResponse serve(const ApiShape &shape, const QHttpServerRequest &request, const Handler &handler);
    // For handlers that answer later (commands, transfers): the response is written when the
    // handler completes, unless the client has gone by then.
    void serveAsync(const ApiShape &shape, const QHttpServerRequest &request, QHttpServerResponder &&responder,
                    const AsyncHandler &handler);
    // Authentication and rate limiting; an error response when the request may not proceed.
    std::optional<QHttpServerResponse> admit(const ApiShape &shape, const QHttpServerRequest &request);
    QString rateKey(const QHttpServerRequest &request) const;
    // Date and the X-RateLimit-* headers.
    void addCommonHeaders(QHttpServerResponse &response, const QString &key) const;
    // The same headers for a response written by hand (streams).
    void writeCommonHeaders(QHttpServerResponder &responder, const QString &key) const;
    // Paths no route claims are answered 404 in the shape this picks by path.
    void setShapeForPath(std::function<const ApiShape &(const QString &path)> pick) { m_shapeForPath = std::move(pick); }

    // The API key, compared in constant time.
    bool isKey(const QByteArray &secret) const;

private:
    // Rate limit, then credentials; `retryAfter` is set on a rate limit.
    std::optional<ApiError> refusal(const QString &rateKey, bool authorized, const ApiShape &shape, int *retryAfter);
    // The credential the request carries in `shape`'s form (either form for the rate key).
    bool authorized(const ApiShape &shape, const QHttpServerRequest &request) const;
    static QByteArray httpDate();

    QHttpServer m_server;
    QByteArray m_token;
    RateLimiter m_limiter;
    std::function<const ApiShape &(const QString &path)> m_shapeForPath;
};

} // namespace Sandbar::Server
