// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpfront.h"

#include "http/connectiongate.h"
#include "http/guardedtcpserver.h"
#include "http/httpresponses.h"
#include "logging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <memory>

namespace Sandbar::Server {

namespace {
using Method = QHttpServerRequest::Method;

// Compares digests so the time taken does not depend on how much of the token matched.
bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    const QByteArray da = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const QByteArray db = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    unsigned char diff = 0;
    for (int i = 0; i < da.size(); ++i)
        diff |= static_cast<unsigned char>(da[i] ^ db[i]);
    return diff == 0;
}

QByteArray bearerSecret(const QByteArray &header)
{
    const QByteArray prefix = QByteArrayLiteral("Bearer ");
    return header.startsWith(prefix) ? header.mid(prefix.size()).trimmed() : QByteArray();
}

QByteArray queryKey(const QUrlQuery &query)
{
    return query.queryItemValue(QStringLiteral("api_key"), QUrl::FullyDecoded).toUtf8();
}
} // namespace

HttpFront::HttpFront(const QByteArray &token, int requestsPerMinute, QObject *parent)
    : QObject(parent), m_token(token), m_limiter(requestsPerMinute, kBurstPerSecond),
      m_shapeForPath([](const QString &) -> const ApiShape & { return ApiShape::agentSandboxes(); })
{
    m_server.afterRequest([this](QHttpServerResponse &&response, const QHttpServerRequest &request) {
        addCommonHeaders(response, rateKey(request));
        return std::move(response);
    });
    m_server.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const ApiShape &shape = m_shapeForPath(request.url().path());
        QHttpServerResponse response = admit(shape, request).value_or(toHttpResponse(
            ApiError::notFound(QStringLiteral("no such endpoint: %1 %2")
                                   .arg(QString::fromLatin1(QMetaEnum::fromType<Method>().valueToKey(int(request.method()))).toUpper(),
                                        request.url().path().left(200))),
            shape));
        addCommonHeaders(response, rateKey(request));
        response.write(std::move(responder));
    });
}

quint16 HttpFront::listen(const QHostAddress &address, quint16 port)
{
    // A child of the HTTP server, so that servers() finds it.
    auto *tcp = new GuardedTcpServer([this](const QByteArray &secret) { return isKey(secret); }, this, &m_server);
    if (!tcp->listen(address, port)) {
        qCWarning(lcServer).noquote() << "cannot listen on" << address.toString() << port << ":" << tcp->errorString();
        delete tcp;
        return 0;
    }
    m_server.bind(tcp);
    return tcp->serverPort();
}

void HttpFront::stopListening()
{
    for (QTcpServer *server : m_server.servers())
        server->close();
}

bool HttpFront::isKey(const QByteArray &secret) const
{
    return !secret.isEmpty() && sameSecret(secret, m_token);
}

HttpFront::Secrets HttpFront::secretsOf(const QHttpServerRequest &request)
{
    return {request.value(QByteArrayLiteral("Authorization")), request.value(QByteArrayLiteral("X-API-Key")).trimmed(),
            queryKey(request.query())};
}

HttpFront::Secrets HttpFront::secretsOf(const RequestHead &head)
{
    return {head.value(QByteArrayLiteral("Authorization")), head.value(QByteArrayLiteral("X-API-Key")).trimmed(),
            queryKey(head.query())};
}

bool HttpFront::authorized(const ApiShape &shape, const Secrets &secrets) const
{
    switch (shape.credential) {
    case ApiShape::Credential::BearerHeader:
        return isKey(bearerSecret(secrets.authorization));
    case ApiShape::Credential::ApiKeyQuery:
        return isKey(secrets.queryKey);
    case ApiShape::Credential::ApiKeyHeader:
        return isKey(secrets.apiKeyHeader);
    }
    return false;
}

QString HttpFront::rateKey(const Secrets &secrets, const QHostAddress &peer) const
{
    // Limits are per API key, whichever API carries it; requests without a valid key share
    // their address's budget, so guessing keys is limited too.
    const bool keyed = isKey(bearerSecret(secrets.authorization)) || isKey(secrets.queryKey) || isKey(secrets.apiKeyHeader);
    return keyed ? QStringLiteral("key") : QStringLiteral("addr:") + peer.toString();
}

QString HttpFront::rateKey(const QHttpServerRequest &request) const
{
    return rateKey(secretsOf(request), request.remoteAddress());
}

std::optional<ApiError> HttpFront::refusal(const QString &rateKey, bool authorized, const ApiShape &shape, int *retryAfter)
{
    const RateLimiter::State state = m_limiter.consume(rateKey, QDateTime::currentMSecsSinceEpoch());
    if (state.retryAfter > 0) {
        ApiError error{ApiError::Kind::RateLimited,
                       QStringLiteral("rate limit of %1 requests per minute (%2 per second) exceeded; retry in %3 s")
                           .arg(state.limit).arg(kBurstPerSecond).arg(state.retryAfter),
                       {}};
        error.details = QJsonObject{{QStringLiteral("limit"), state.limit},
                                    {QStringLiteral("reset"), QDateTime::currentSecsSinceEpoch() + state.retryAfter}};
        *retryAfter = state.retryAfter;
        return error;
    }
    if (!authorized)
        return ApiError::unauthorized(QStringLiteral("missing or invalid API key: %1").arg(shape.credentialHint));
    return std::nullopt;
}

std::optional<QHttpServerResponse> HttpFront::admit(const ApiShape &shape, const QHttpServerRequest &request)
{
    int retryAfter = 0;
    const std::optional<ApiError> error = refusal(rateKey(request), authorized(shape, secretsOf(request)), shape, &retryAfter);
    if (!error)
        return std::nullopt;
    QHttpServerResponse response = toHttpResponse(*error, shape);
    if (retryAfter > 0)
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter));
    return response;
}

QHttpServerResponse HttpFront::serve(const ApiShape &shape, const QHttpServerRequest &request, const Handler &handler)
{
    if (auto refused = admit(shape, request))
        return std::move(*refused);
    const Result<Reply> result = handler();
    if (!result)
        qCInfo(lcServer).noquote() << request.url().path() << "->" << httpStatus(result.error().kind) << result.error().message;
    return toHttpResponse(result, shape);
}

void HttpFront::serveAsync(const ApiShape &shape, const QHttpServerRequest &request, QHttpServerResponder &&responder,
                           const AsyncHandler &handler)
{
    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QString key = rateKey(request);
    if (auto refused = admit(shape, request)) {
        addCommonHeaders(*refused, key);
        refused->write(std::move(*shared));
        return;
    }
    const QString path = request.url().path();
    QPointer<QTcpSocket> socket(shared->socket());
    handler([this, &shape, shared, socket, key, path](const Result<Reply> &result) {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return; // the client gave up; nobody to answer
        if (!result)
            qCInfo(lcServer).noquote() << path << "->" << httpStatus(result.error().kind) << result.error().message;
        QHttpServerResponse response = toHttpResponse(result, shape);
        addCommonHeaders(response, key);
        response.write(std::move(*shared));
    });
}

QByteArray HttpFront::httpDate()
{
    // RFC 9110 IMF-fixdate; clients estimate clock skew from it.
    return QLocale::c().toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

QList<QPair<QByteArray, QByteArray>> HttpFront::commonHeaders(const QString &key) const
{
    QList<QPair<QByteArray, QByteArray>> headers{{QByteArrayLiteral("Date"), httpDate()}};
    if (!m_limiter.enabled())
        return headers;
    const RateLimiter::State state = m_limiter.peek(key, QDateTime::currentMSecsSinceEpoch());
    headers.append({QByteArrayLiteral("X-RateLimit-Limit"), QByteArray::number(state.limit)});
    headers.append({QByteArrayLiteral("X-RateLimit-Remaining"), QByteArray::number(state.remaining)});
    headers.append({QByteArrayLiteral("X-RateLimit-Reset"), QByteArray::number(state.resetEpoch)});
    return headers;
}

void HttpFront::addCommonHeaders(QHttpServerResponse &response, const QString &key) const
{
    for (const auto &[name, value] : commonHeaders(key))
        response.setHeader(name, value);
}

void HttpFront::writeCommonHeaders(QHttpServerResponder &responder, const QString &key) const
{
    for (const auto &[name, value] : commonHeaders(key))
        responder.writeHeader(name, value);
}

void HttpFront::routeStreamed(const QByteArray &method, const QString &pathPattern, StreamedHandler handler)
{
    m_streamed.append({method, QRegularExpression(QRegularExpression::anchoredPattern(pathPattern)), std::move(handler)});
}

bool HttpFront::claims(const RequestHead &head) const
{
    // A body no buffered route takes is refused here, before Qt HTTP Server would hold it.
    if (head.contentLength && qint64(*head.contentLength) > ConnectionGate::kMaxBufferedBodyBytes)
        return true;
    // Decoded, as Qt HTTP Server matches its own routes: "/%75pload" is the upload too.
    const QString path = QUrl::fromPercentEncoding(head.path());
    return std::any_of(m_streamed.begin(), m_streamed.end(), [&](const StreamedRoute &route) {
        return route.method == head.method && route.path.match(path).hasMatch();
    });
}

void HttpFront::start(StreamedExchange *exchange)
{
    const QString path = QUrl::fromPercentEncoding(exchange->head().path());
    for (const StreamedRoute &route : std::as_const(m_streamed)) {
        const QRegularExpressionMatch match = route.path.match(path);
        if (route.method != exchange->head().method || !match.hasMatch())
            continue;
        QStringList captures;
        for (int i = 1; i <= match.lastCapturedIndex(); ++i)
            captures.append(match.captured(i));
        return route.handler(exchange, captures);
    }
    // Claimed for its size alone.
    const ApiShape &shape = m_shapeForPath(path);
    StreamedExchange::Headers headers;
    if (auto refused = admit(shape, *exchange, &headers))
        return exchange->respond(*refused, shape, headers);
    exchange->respond(ApiError::tooLarge(QStringLiteral("the request's body is %1 MiB; this server takes at most %2 MiB in one "
                                                        "request (a file of any size goes up with the Agent Sandboxes "
                                                        "API's upload, which streams)")
                                             .arg(*exchange->head().contentLength >> 20)
                                             .arg(ConnectionGate::kMaxBufferedBodyBytes >> 20)),
                      shape, headers);
}

std::optional<ApiError> HttpFront::admit(const ApiShape &shape, StreamedExchange &exchange, StreamedExchange::Headers *headers)
{
    const Secrets secrets = secretsOf(exchange.head());
    const QString key = rateKey(secrets, exchange.peer());
    exchange.setClientTrusted(authorized(shape, secrets));
    int retryAfter = 0;
    std::optional<ApiError> error = refusal(key, authorized(shape, secrets), shape, &retryAfter);
    *headers = commonHeaders(key);
    if (retryAfter > 0)
        headers->append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)});
    return error;
}

} // namespace Sandbar::Server
