// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpfront.h"

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

QByteArray queryKey(const QHttpServerRequest &request)
{
    return request.query().queryItemValue(QStringLiteral("api_key"), QUrl::FullyDecoded).toUtf8();
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
    auto *tcp = new GuardedTcpServer([this](const QByteArray &secret) { return isKey(secret); }, &m_server);
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

bool HttpFront::authorized(const ApiShape &shape, const QHttpServerRequest &request) const
{
    switch (shape.credential) {
    case ApiShape::Credential::BearerHeader:
        return isKey(bearerSecret(request.value(QByteArrayLiteral("Authorization"))));
    case ApiShape::Credential::ApiKeyQuery:
        return isKey(queryKey(request));
    case ApiShape::Credential::ApiKeyHeader:
        return isKey(request.value(QByteArrayLiteral("X-API-Key")).trimmed());
    }
    return false;
}

QString HttpFront::rateKey(const QHttpServerRequest &request) const
{
    // Limits are per API key, whichever API carries it; requests without a valid key share
    // their address's budget, so guessing keys is limited too.
    const bool keyed = isKey(bearerSecret(request.value(QByteArrayLiteral("Authorization")))) || isKey(queryKey(request)) ||
                       isKey(request.value(QByteArrayLiteral("X-API-Key")).trimmed());
    return keyed ? QStringLiteral("key") : QStringLiteral("addr:") + request.remoteAddress().toString();
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
    const std::optional<ApiError> error = refusal(rateKey(request), authorized(shape, request), shape, &retryAfter);
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

void HttpFront::addCommonHeaders(QHttpServerResponse &response, const QString &key) const
{
    response.setHeader(QByteArrayLiteral("Date"), httpDate());
    if (!m_limiter.enabled())
        return;
    const RateLimiter::State state = m_limiter.peek(key, QDateTime::currentMSecsSinceEpoch());
    response.setHeader(QByteArrayLiteral("X-RateLimit-Limit"), QByteArray::number(state.limit));
    response.setHeader(QByteArrayLiteral("X-RateLimit-Remaining"), QByteArray::number(state.remaining));
    response.setHeader(QByteArrayLiteral("X-RateLimit-Reset"), QByteArray::number(state.resetEpoch));
}

void HttpFront::writeCommonHeaders(QHttpServerResponder &responder, const QString &key) const
{
    responder.writeHeader(QByteArrayLiteral("Date"), httpDate());
    if (!m_limiter.enabled())
        return;
    const RateLimiter::State state = m_limiter.peek(key, QDateTime::currentMSecsSinceEpoch());
    responder.writeHeader(QByteArrayLiteral("X-RateLimit-Limit"), QByteArray::number(state.limit));
    responder.writeHeader(QByteArrayLiteral("X-RateLimit-Remaining"), QByteArray::number(state.remaining));
    responder.writeHeader(QByteArrayLiteral("X-RateLimit-Reset"), QByteArray::number(state.resetEpoch));
}

} // namespace Sandbar::Server
