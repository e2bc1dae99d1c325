// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/apierror.h"
#include "http/ratelimiter.h"

#include <QHttpServer>
#include <QObject>

#include <functional>

namespace Sandbar::Server {

class CodeHandlers;
class IoHandlers;
class LifecycleHandlers;

// Routes of the Agent Sandboxes API. Each route is one line that names its handler; bearer
// authentication, rate limiting and the X-RateLimit-* headers are applied here for all.
class HttpApi : public QObject
{
    Q_OBJECT
public:
    HttpApi(const QByteArray &token, int requestsPerMinute, LifecycleHandlers *lifecycle,
            IoHandlers *io, CodeHandlers *code, QObject *parent = nullptr);

    // The bound port, or 0.
    quint16 listen(const QHostAddress &address, quint16 port);
    void stopListening();

private:
    using Handler = std::function<Result<Reply>()>;
    using Completion = std::function<void(const Result<Reply> &)>;
    using AsyncHandler = std::function<void(Completion)>;
    QHttpServerResponse serve(const QHttpServerRequest &request, const Handler &handler);
    // For handlers that answer later (commands, transfers): the response is written when the
    // handler completes, unless the client has gone by then.
    void serveAsync(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                    const AsyncHandler &handler);
    // Authentication and rate limiting; an error response when the request may not proceed.
    std::optional<QHttpServerResponse> admit(const QHttpServerRequest &request);
    bool authorized(const QHttpServerRequest &request) const;
    // An Authorization header's value carries the API key (the connection guard asks too).
    bool validAuthorization(const QByteArray &header) const;
    QString rateKey(const QHttpServerRequest &request) const;
    // Date and the X-RateLimit-* headers, on every response.
    void addCommonHeaders(QHttpServerResponse &response, const QHttpServerRequest &request) const;
    void addCommonHeaders(QHttpServerResponse &response, const QString &key) const;
    static QByteArray httpDate();
    void addRoutes();
    void addIoRoutes();
    void addCodeRoutes();
    // code/run with "Accept: text/event-stream": events as they happen, then the reply.
    void serveCodeStream(const QString &id, const QHttpServerRequest &request, QHttpServerResponder &&responder);

    QHttpServer m_server;
    QByteArray m_token;
    RateLimiter m_limiter;
    LifecycleHandlers *m_lifecycle;
    IoHandlers *m_io;
    CodeHandlers *m_code;
};

} // namespace Sandbar::Server
