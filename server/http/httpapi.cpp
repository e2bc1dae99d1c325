// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpapi.h"

#include "http/guardedtcpserver.h"
#include "http/httpresponses.h"
#include "handlers/codehandlers.h"
#include "handlers/iohandlers.h"
#include "handlers/lifecyclehandlers.h"
#include "logging.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QDateTime>
#include <QLocale>
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
                 IoHandlers *io, CodeHandlers *code, QObject *parent)
    : QObject(parent), m_token(token), m_limiter(requestsPerMinute, kBurstPerSecond),
      m_lifecycle(lifecycle), m_io(io), m_code(code)
{
    addRoutes();
    addIoRoutes();
    addCodeRoutes();
    m_server.afterRequest([this](QHttpServerResponse &&response, const QHttpServerRequest &request) {
        addCommonHeaders(response, request);
        return std::move(response);
    });
    m_server.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        QHttpServerResponse response = admit(request).value_or(toHttpResponse(ApiError::notFound(
            QStringLiteral("no such endpoint: %1 %2")
                .arg(QString::fromLatin1(QMetaEnum::fromType<Method>().valueToKey(int(request.method()))).toUpper(),
                     request.url().path().left(200)))));
        addCommonHeaders(response, request);
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

void HttpApi::addCodeRoutes()
{
    CodeHandlers *code = m_code;
    const QString base = QStringLiteral("/v1/agents/sandboxes/<arg>/code");
    m_server.route(base + QStringLiteral("/run"), Method::Post,
                   [this, code](const QString &id, const QHttpServerRequest &r, QHttpServerResponder &&responder) {
                       if (r.value(QByteArrayLiteral("Accept")).contains("text/event-stream"))
                           return serveCodeStream(id, r, std::move(responder));
                       serveAsync(r, std::move(responder), [code, id, body = r.body()](Completion done) {
                           code->run(id, body, std::move(done), std::nullopt);
                       });
                   });
    m_server.route(base + QStringLiteral("/contexts"), Method::Post,
                   [this, code](const QString &id, const QHttpServerRequest &r, QHttpServerResponder &&responder) {
                       serveAsync(r, std::move(responder), [code, id, body = r.body()](Completion done) {
                           code->createContext(id, body, std::move(done));
                       });
                   });
    m_server.route(base + QStringLiteral("/contexts"), Method::Get, [this, code](const QString &id, const QHttpServerRequest &r) {
        return serve(r, [code, &id] { return code->listContexts(id); });
    });
    m_server.route(base + QStringLiteral("/contexts/<arg>"), Method::Get,
                   [this, code](const QString &id, const QString &context, const QHttpServerRequest &r) {
                       return serve(r, [code, &id, &context] { return code->getContext(id, context); });
                   });
    m_server.route(base + QStringLiteral("/contexts/<arg>"), Method::Delete,
                   [this, code](const QString &id, const QString &context, const QHttpServerRequest &r) {
                       return serve(r, [code, &id, &context] { return code->deleteContext(id, context); });
                   });
    m_server.route(base + QStringLiteral("/interrupt"), Method::Post, [this, code](const QString &id, const QHttpServerRequest &r) {
        return serve(r, [code, &id, &r] { return code->interrupt(id, r.body()); });
    });
    m_server.route(base + QStringLiteral("/executions"), Method::Get, [this, code](const QString &id, const QHttpServerRequest &r) {
        return serve(r, [code, &id, &r] { return code->listExecutions(id, r.query()); });
    });
    m_server.route(base + QStringLiteral("/executions/<arg>"), Method::Get,
                   [this, code](const QString &id, const QString &execution, const QHttpServerRequest &r) {
                       return serve(r, [code, &id, &execution] { return code->getExecution(id, execution); });
                   });
}

void HttpApi::serveCodeStream(const QString &id, const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QString key = rateKey(request);
    if (auto refused = admit(request)) {
        addCommonHeaders(*refused, key);
        refused->write(std::move(*shared));
        return;
    }
    QPointer<QTcpSocket> socket(shared->socket());
    auto opened = std::make_shared<bool>(false);
    const auto writeEvent = [shared, socket](const QString &name, const QJsonObject &data) {
        if (!socket)
            return;
        shared->writeBody("event: " + name.toUtf8() + "\ndata: " + QJsonDocument(data).toJson(QJsonDocument::Compact) + "\n\n");
    };
    CodeHandlers::Stream stream;
    stream.open = [this, shared, socket, opened, key] {
        if (!socket)
            return;
        *opened = true;
        // No length: the stream ends when the connection closes after the last event.
        shared->writeStatusLine(QHttpServerResponder::StatusCode::Ok);
        shared->writeHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/event-stream"));
        shared->writeHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
        shared->writeHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
        shared->writeHeader(QByteArrayLiteral("Date"), httpDate());
        if (m_limiter.enabled()) {
            const RateLimiter::State state = m_limiter.peek(key, QDateTime::currentMSecsSinceEpoch());
            shared->writeHeader(QByteArrayLiteral("X-RateLimit-Limit"), QByteArray::number(state.limit));
            shared->writeHeader(QByteArrayLiteral("X-RateLimit-Remaining"), QByteArray::number(state.remaining));
            shared->writeHeader(QByteArrayLiteral("X-RateLimit-Reset"), QByteArray::number(state.resetEpoch));
        }
    };
    stream.event = writeEvent;
    m_code->run(id, request.body(), [this, shared, socket, opened, key, writeEvent](const Result<Reply> &result) {
        if (!socket)
            return;
        if (!*opened) { // refused before the run began: an ordinary error response
            QHttpServerResponse response = toHttpResponse(result);
            addCommonHeaders(response, key);
            response.write(std::move(*shared));
            return;
        }
        if (result)
            writeEvent(QStringLiteral("done"), result->body);
        else
            writeEvent(QStringLiteral("done"), QJsonObject{{QStringLiteral("status"), httpStatus(result.error().kind)},
                                                            {QStringLiteral("message"), result.error().message}});
        socket->disconnectFromHost();
    }, stream);
}

void HttpApi::serveAsync(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                         const AsyncHandler &handler)
{
    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QString key = rateKey(request);
    if (auto refused = admit(request)) {
        addCommonHeaders(*refused, key);
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
        addCommonHeaders(response, key);
        response.write(std::move(*shared));
    });
}

quint16 HttpApi::listen(const QHostAddress &address, quint16 port)
{
    // A child of the HTTP server, so that servers() finds it.
    auto *tcp = new GuardedTcpServer([this](const QByteArray &header) { return validAuthorization(header); }, &m_server);
    if (!tcp->listen(address, port)) {
        qCWarning(lcServer).noquote() << "cannot listen on" << address.toString() << port << ":" << tcp->errorString();
        delete tcp;
        return 0;
    }
    m_server.bind(tcp);
    return tcp->serverPort();
}

void HttpApi::stopListening()
{
    for (QTcpServer *server : m_server.servers())
        server->close();
}

bool HttpApi::authorized(const QHttpServerRequest &request) const
{
    return validAuthorization(request.value(QByteArrayLiteral("Authorization")));
}

bool HttpApi::validAuthorization(const QByteArray &header) const
{
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

void HttpApi::addCommonHeaders(QHttpServerResponse &response, const QHttpServerRequest &request) const
{
    addCommonHeaders(response, rateKey(request));
}

QByteArray HttpApi::httpDate()
{
    // RFC 9110 IMF-fixdate; clients estimate clock skew from it.
    return QLocale::c().toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

void HttpApi::addCommonHeaders(QHttpServerResponse &response, const QString &key) const
{
    response.setHeader(QByteArrayLiteral("Date"), httpDate());
    if (!m_limiter.enabled())
        return;
    const RateLimiter::State state = m_limiter.peek(key, QDateTime::currentMSecsSinceEpoch());
    response.setHeader(QByteArrayLiteral("X-RateLimit-Limit"), QByteArray::number(state.limit));
    response.setHeader(QByteArrayLiteral("X-RateLimit-Remaining"), QByteArray::number(state.remaining));
    response.setHeader(QByteArrayLiteral("X-RateLimit-Reset"), QByteArray::number(state.resetEpoch));
}

} // namespace Sandbar::Server
