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
#include "http/streamedexchange.h"

#include <QHttpServer>
#include <QObject>
#include <QRegularExpression>

#include <functional>
#include <optional>

namespace Sandbar::Server {

class HttpFront : public QObject, public StreamedRoutes
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
    // A route whose request or response body streams (uploads, downloads): taken from Qt HTTP
    // Server at its head (ConnectionGate), before any of its body is read. `path` is matched
    // whole against the request's path; its captures are passed on, percent-decoded.
    using StreamedHandler = std::function<void(StreamedExchange *, const QStringList &captures)>;
    void routeStreamed(const QByteArray &method, const QString &pathPattern, StreamedHandler handler);
    bool claims(const RequestHead &head) const override;
    void start(StreamedExchange *exchange) override;
    // Authentication and rate limiting of a streamed request: the error to answer with, if
    // any, and the headers every answer to it carries.
    std::optional<ApiError> admit(const ApiShape &shape, StreamedExchange &exchange, StreamedExchange::Headers *headers);

    // Paths no route claims are answered 404 in the shape this picks by path.
    void setShapeForPath(std::function<const ApiShape &(const QString &path)> pick) { m_shapeForPath = std::move(pick); }

    // The API key, compared in constant time.
    bool isKey(const QByteArray &secret) const;

private:
    // The secrets a request carries, in each form the APIs use.
    struct Secrets
    {
        QByteArray authorization; // the Authorization header
        QByteArray apiKeyHeader;  // X-API-Key
        QByteArray queryKey;      // api_key=
    };
    static Secrets secretsOf(const QHttpServerRequest &request);
    static Secrets secretsOf(const RequestHead &head);
    bool authorized(const ApiShape &shape, const Secrets &secrets) const;
    QString rateKey(const Secrets &secrets, const QHostAddress &peer) const;
    QList<QPair<QByteArray, QByteArray>> commonHeaders(const QString &key) const;
    // Rate limit, then credentials; `retryAfter` is set on a rate limit.
    std::optional<ApiError> refusal(const QString &rateKey, bool authorized, const ApiShape &shape, int *retryAfter);
    static QByteArray httpDate();

    QHttpServer m_server;
    QByteArray m_token;
    RateLimiter m_limiter;
    std::function<const ApiShape &(const QString &path)> m_shapeForPath;
    struct StreamedRoute
    {
        QByteArray method;
        QRegularExpression path;
        StreamedHandler handler;
    };
    QList<StreamedRoute> m_streamed;
};

} // namespace Sandbar::Server
