// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpapi.h"

#include "httpresponses.h"
#include "iohandlers.h"
#include "lifecyclehandlers.h"
#include "logging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace Sandbar::Server {

namespace {
using Method = QHttpServerRequest::Method;

constexpr int kBurstPerSecond = 10;

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
} // namespace

HttpApi::HttpApi(const QByteArray &token, int requestsPerMinute, LifecycleHandlers *lifecycle,
                 IoHandlers *io, QObject *parent)
    : QObject(parent), m_token(token), m_limiter(requestsPerMinute, kBurstPerSecond),
      m_lifecycle(lifecycle), m_io(io)
{
    addRoutes();
    addIoRoutes();
    m_server.afterRequest([this](QHttpServerResponse &&response, const QHttpServerRequest &request) {
        addRateHeaders(response, request);
        return std::move(response);
    });
    m_server.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        QHttpServerResponse response = admit(request).value_or(toHttpResponse(ApiError::notFound(
            QStringLiteral("no such endpoint: %1 %2")
                .arg(QString::fromLatin1(QMetaEnum::fromType<Method>().valueToKey(int(request.method()))).toUpper(),
                     request.url().path().left(200)))));
        addRateHeaders(response, request);
        response.write(std::move(responder));
    });
}

void HttpApi::addRoutes()
{
    LifecycleHandlers *h = m_lifecycle;
    const QString sandboxes = QStringLiteral("/v1/agents/sandboxes");
    const QString one = sandboxes + QStringLiteral("/<arg>");

    m_server.route(sandboxes, Method::Post, [this, h](const QHttpServerRequest &r) {
        return serve(r, [h, &r] { return h->create(r.body()); });
    });
    m_server.route(sandboxes, Method::Get, [this, h](const QHttpServerRequest &r) {
        return serve(r, [h, &r] { return h->list(r.query()); });
    });
    m_server.route(one, Method::Get, [this, h](const QString &id, const QHttpServerRequest &r) {
        return serve(r, [h, &id] { return h->get(id); });
    });
    m_server.route(one, Method::Delete, [this, h](const QString &id, const QHttpServerRequest &r) {
        return serve(r, [h, &id] { return h->kill(id); });
    });
    m_server.route(one + QStringLiteral("/timeout"), Method::Post,
                   [this, h](const QString &id, const QHttpServerRequest &r) {
                       return serve(r, [h, &id, &r] { return h->setTimeout(id, r.body()); });
                   });
    m_server.route(one + QStringLiteral("/metrics"), Method::Get,
                   [this, h](const QString &id, const QHttpServerRequest &r) {
                       return serve(r, [h, &id] { return h->metrics(id); });
                   });
    m_server.route(one + QStringLiteral("/host/<arg>"), Method::Get,
                   [this, h](const QString &id, const QString &port, const QHttpServerRequest &r) {
                       return serve(r, [h, &id, &port] { return h->hostUrl(id, port); });
                   });
    m_server.route(QStringLiteral("/v1/agents/templates"), Method::Get,
                   [this, h](const QHttpServerRequest &r) {
                       return serve(r, [h, &r] { return h->templates(r.query()); });
                   });
}

void HttpApi::addIoRoutes()
{
    IoHandlers *io = m_io;
    const QString one = QStringLiteral("/v1/agents/sandboxes/<arg>");
    using Body = void (IoHandlers::*)(const QString &, const QByteArray &, IoHandlers::Done);
    const QList<QPair<QString, Body>> bodyRoutes = {
        {QStringLiteral("/files/read"), &IoHandlers::readFile},
        {QStringLiteral("/files/write"), &IoHandlers::writeFile},
        {QStringLiteral("/files/list"), &IoHandlers::listFiles},
        {QStringLiteral("/files/delete"), &IoHandlers::deleteFile},
        {QStringLiteral("/files/mkdir"), &IoHandlers::makeDirectory},
        {QStringLiteral("/commands/run"), &IoHandlers::runCommand},
    };
    for (const auto &[suffix, method] : bodyRoutes) {
        m_server.route(one + suffix, Method::Post,
                       [this, io, method = method](const QString &id, const QHttpServerRequest &r,
                                                   QHttpServerResponder &&responder) {
                           serveAsync(r, std::move(responder), [io, method, id, body = r.body()](Completion done) {
                               (io->*method)(id, body, std::move(done));
                           });
                       });
    }
    m_server.route(one + QStringLiteral("/upload"), Method::Post,
                   [this, io](const QString &id, const QHttpServerRequest &r, QHttpServerResponder &&responder) {
                       serveAsync(r, std::move(responder),
                                  [io, id, type = r.value(QByteArrayLiteral("Content-Type")), body = r.body()](Completion done) {
                                      io->upload(id, type, body, std::move(done));
                                  });
                   });
    m_server.route(one + QStringLiteral("/download"), Method::Get,
                   [this, io](const QString &id, const QHttpServerRequest &r, QHttpServerResponder &&responder) {
                       serveAsync(r, std::move(responder), [io, id, query = r.query()](Completion done) {
                           io->download(id, query, std::move(done));
                       });
                   });
}

void HttpApi::serveAsync(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                         const AsyncHandler &handler)
{
    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QString key = rateKey(request);
    if (auto refused = admit(request)) {
        addRateHeaders(*refused, key);
        refused->write(std::move(*shared));
        return;
    }
    const QString path = request.url().path();
    QPointer<QTcpSocket> socket(shared->socket());
    handler([this, shared, socket, key, path](const Result<Reply> &result) {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return; // the client gave up; nobody to answer
        if (!result)
            qCInfo(lcServer).noquote() << path << "->" << httpStatus(result.error().kind) << result.error().message;
        QHttpServerResponse response = toHttpResponse(result);
        addRateHeaders(response, key);
        response.write(std::move(*shared));
    });
}

quint16 HttpApi::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

void HttpApi::stopListening()
{
    for (QTcpServer *server : m_server.servers())
        server->close();
}

bool HttpApi::authorized(const QHttpServerRequest &request) const
{
    const QByteArray header = request.value(QByteArrayLiteral("Authorization"));
    const QByteArray prefix = QByteArrayLiteral("Bearer ");
    if (!header.startsWith(prefix))
        return false;
    return sameSecret(header.mid(prefix.size()).trimmed(), m_token);
}

QString HttpApi::rateKey(const QHttpServerRequest &request) const
{
    // Limits are per API key; requests without a valid key share their address's budget, so
    // guessing keys is limited too.
    return authorized(request) ? QStringLiteral("key") : QStringLiteral("addr:") + request.remoteAddress().toString();
}

std::optional<QHttpServerResponse> HttpApi::admit(const QHttpServerRequest &request)
{
    const RateLimiter::State state = m_limiter.consume(rateKey(request), QDateTime::currentMSecsSinceEpoch());
    if (state.retryAfter > 0) {
        QHttpServerResponse response = toHttpResponse(ApiError{
            ApiError::Kind::RateLimited,
            QStringLiteral("rate limit of %1 requests per minute (%2 per second) exceeded; retry in %3 s")
                .arg(state.limit).arg(kBurstPerSecond).arg(state.retryAfter)});
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(state.retryAfter));
        return response;
    }
    if (!authorized(request)) {
        return toHttpResponse(ApiError::unauthorized(
            QStringLiteral("missing or invalid API key: send 'Authorization: Bearer <token>'")));
    }
    return std::nullopt;
}

QHttpServerResponse HttpApi::serve(const QHttpServerRequest &request, const Handler &handler)
{
    if (auto refused = admit(request))
        return std::move(*refused);
    const Result<Reply> result = handler();
    if (!result)
        qCInfo(lcServer).noquote() << request.url().path() << "->" << httpStatus(result.error().kind)
                                   << result.error().message;
    return toHttpResponse(result);
}

void HttpApi::addRateHeaders(QHttpServerResponse &response, const QHttpServerRequest &request) const
{
    addRateHeaders(response, rateKey(request));
}

void HttpApi::addRateHeaders(QHttpServerResponse &response, const QString &key) const
{
    if (!m_limiter.enabled())
        return;
    const RateLimiter::State state = m_limiter.peek(key, QDateTime::currentMSecsSinceEpoch());
    response.setHeader(QByteArrayLiteral("X-RateLimit-Limit"), QByteArray::number(state.limit));
    response.setHeader(QByteArrayLiteral("X-RateLimit-Remaining"), QByteArray::number(state.remaining));
    response.setHeader(QByteArrayLiteral("X-RateLimit-Reset"), QByteArray::number(state.resetEpoch));
}

} // namespace Sandbar::Server
