// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routes/agentsandboxesroutes.h"

#include "handlers/codehandlers.h"
#include "handlers/iohandlers.h"
#include "handlers/lifecyclehandlers.h"
#include "handlers/transferhandlers.h"
#include "http/httpfront.h"
#include "http/httpresponses.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>

#include <memory>

namespace Sandbar::Server {

namespace {
using Method = QHttpServerRequest::Method;
using Completion = HttpFront::Completion;
} // namespace

AgentSandboxesRoutes::AgentSandboxesRoutes(HttpFront *front, LifecycleHandlers *lifecycle, IoHandlers *io,
                                           TransferHandlers *transfers, CodeHandlers *code)
    : m_front(front), m_lifecycle(lifecycle), m_io(io), m_transfers(transfers), m_code(code)
{
    addRoutes();
    addIoRoutes();
    addCodeRoutes();
}

const ApiShape &AgentSandboxesRoutes::shape()
{
    return ApiShape::agentSandboxes();
}

void AgentSandboxesRoutes::addRoutes()
{
    LifecycleHandlers *h = m_lifecycle;
    const QString sandboxes = QStringLiteral("/v1/agents/sandboxes");
    const QString one = sandboxes + QStringLiteral("/<arg>");

    m_front->server().route(sandboxes, Method::Post, [this, h](const QHttpServerRequest &r) {
        return m_front->serve(shape(), r, [h, &r] { return h->create(r.body()); });
    });
    m_front->server().route(sandboxes, Method::Get, [this, h](const QHttpServerRequest &r) {
        return m_front->serve(shape(), r, [h, &r] { return h->list(r.query()); });
    });
    m_front->server().route(one, Method::Get, [this, h](const QString &id, const QHttpServerRequest &r) {
        return m_front->serve(shape(), r, [h, &id] { return h->get(id); });
    });
    m_front->server().route(one, Method::Delete, [this, h](const QString &id, const QHttpServerRequest &r) {
        return m_front->serve(shape(), r, [h, &id] { return h->kill(id); });
    });
    m_front->server().route(one + QStringLiteral("/timeout"), Method::Post,
                   [this, h](const QString &id, const QHttpServerRequest &r) {
                       return m_front->serve(shape(), r, [h, &id, &r] { return h->setTimeout(id, r.body()); });
                   });
    m_front->server().route(one + QStringLiteral("/metrics"), Method::Get,
                   [this, h](const QString &id, const QHttpServerRequest &r) {
                       return m_front->serve(shape(), r, [h, &id] { return h->metrics(id); });
                   });
    m_front->server().route(one + QStringLiteral("/host/<arg>"), Method::Get,
                   [this, h](const QString &id, const QString &port, const QHttpServerRequest &r) {
                       return m_front->serve(shape(), r, [h, &id, &port] { return h->hostUrl(id, port); });
                   });
    m_front->server().route(QStringLiteral("/v1/agents/templates"), Method::Get,
                   [this, h](const QHttpServerRequest &r) {
                       return m_front->serve(shape(), r, [h, &r] { return h->templates(r.query()); });
                   });
}

void AgentSandboxesRoutes::addIoRoutes()
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
        m_front->server().route(one + suffix, Method::Post,
                       [this, io, method = method](const QString &id, const QHttpServerRequest &r,
                                                   QHttpServerResponder &&responder) {
                           m_front->serveAsync(shape(), r, std::move(responder), [io, method, id, body = r.body()](Completion done) {
                               (io->*method)(id, body, std::move(done));
                           });
                       });
    }
    // Uploads and downloads stream (TransferHandlers); the buffered routes below serve only a
    // transfer pipelined behind another request, which the connection gate cannot take over.
    TransferHandlers *transfers = m_transfers;
    m_front->routeStreamed("POST", QStringLiteral("/v1/agents/sandboxes/([^/]+)/upload"),
                           [transfers](StreamedExchange *exchange, const QStringList &captures) {
                               transfers->upload(exchange, captures.value(0));
                           });
    m_front->routeStreamed("GET", QStringLiteral("/v1/agents/sandboxes/([^/]+)/download"),
                           [transfers](StreamedExchange *exchange, const QStringList &captures) {
                               transfers->download(exchange, captures.value(0));
                           });
    m_front->server().route(one + QStringLiteral("/upload"), Method::Post,
                   [this, io](const QString &id, const QHttpServerRequest &r, QHttpServerResponder &&responder) {
                       m_front->serveAsync(shape(), r, std::move(responder),
                                  [io, id, type = r.value(QByteArrayLiteral("Content-Type")), body = r.body()](Completion done) {
                                      io->upload(id, type, body, std::move(done));
                                  });
                   });
    m_front->server().route(one + QStringLiteral("/download"), Method::Get,
                   [this, io](const QString &id, const QHttpServerRequest &r, QHttpServerResponder &&responder) {
                       m_front->serveAsync(shape(), r, std::move(responder), [io, id, query = r.query()](Completion done) {
                           io->download(id, query, std::move(done));
                       });
                   });
}

void AgentSandboxesRoutes::addCodeRoutes()
{
    CodeHandlers *code = m_code;
    const QString base = QStringLiteral("/v1/agents/sandboxes/<arg>/code");
    m_front->server().route(base + QStringLiteral("/run"), Method::Post,
                   [this, code](const QString &id, const QHttpServerRequest &r, QHttpServerResponder &&responder) {
                       if (r.value(QByteArrayLiteral("Accept")).contains("text/event-stream"))
                           return serveCodeStream(id, r, std::move(responder));
                       m_front->serveAsync(shape(), r, std::move(responder), [code, id, body = r.body()](Completion done) {
                           code->run(id, body, std::move(done), std::nullopt);
                       });
                   });
    m_front->server().route(base + QStringLiteral("/contexts"), Method::Post,
                   [this, code](const QString &id, const QHttpServerRequest &r, QHttpServerResponder &&responder) {
                       m_front->serveAsync(shape(), r, std::move(responder), [code, id, body = r.body()](Completion done) {
                           code->createContext(id, body, std::move(done));
                       });
                   });
    m_front->server().route(base + QStringLiteral("/contexts"), Method::Get, [this, code](const QString &id, const QHttpServerRequest &r) {
        return m_front->serve(shape(), r, [code, &id] { return code->listContexts(id); });
    });
    m_front->server().route(base + QStringLiteral("/contexts/<arg>"), Method::Get,
                   [this, code](const QString &id, const QString &context, const QHttpServerRequest &r) {
                       return m_front->serve(shape(), r, [code, &id, &context] { return code->getContext(id, context); });
                   });
    m_front->server().route(base + QStringLiteral("/contexts/<arg>"), Method::Delete,
                   [this, code](const QString &id, const QString &context, const QHttpServerRequest &r) {
                       return m_front->serve(shape(), r, [code, &id, &context] { return code->deleteContext(id, context); });
                   });
    m_front->server().route(base + QStringLiteral("/interrupt"), Method::Post, [this, code](const QString &id, const QHttpServerRequest &r) {
        return m_front->serve(shape(), r, [code, &id, &r] { return code->interrupt(id, r.body()); });
    });
    for (const auto &[suffix, method] : {std::pair{QStringLiteral("/complete"), &CodeHandlers::complete},
                                         std::pair{QStringLiteral("/inspect"), &CodeHandlers::inspect}}) {
        m_front->server().route(base + suffix, Method::Post,
                                [this, code, method = method](const QString &id, const QHttpServerRequest &r, QHttpServerResponder &&responder) {
                                    m_front->serveAsync(shape(), r, std::move(responder), [code, method, id, body = r.body()](Completion done) {
                                        (code->*method)(id, body, std::move(done));
                                    });
                                });
    }
    m_front->server().route(base + QStringLiteral("/executions"), Method::Get, [this, code](const QString &id, const QHttpServerRequest &r) {
        return m_front->serve(shape(), r, [code, &id, &r] { return code->listExecutions(id, r.query()); });
    });
    m_front->server().route(base + QStringLiteral("/executions/<arg>"), Method::Get,
                   [this, code](const QString &id, const QString &execution, const QHttpServerRequest &r) {
                       return m_front->serve(shape(), r, [code, &id, &execution] { return code->getExecution(id, execution); });
                   });
}

void AgentSandboxesRoutes::serveCodeStream(const QString &id, const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    const QString key = m_front->rateKey(request);
    if (auto refused = m_front->admit(shape(), request)) {
        m_front->addCommonHeaders(*refused, key);
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
    stream.open = [front = m_front, shared, socket, opened, key] {
        if (!socket)
            return;
        *opened = true;
        // No length: the stream ends when the connection closes after the last event.
        shared->writeStatusLine(QHttpServerResponder::StatusCode::Ok);
        shared->writeHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/event-stream"));
        shared->writeHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
        shared->writeHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
        front->writeCommonHeaders(*shared, key);
    };
    stream.event = writeEvent;
    m_code->run(id, request.body(), [front = m_front, shared, socket, opened, key, writeEvent](const Result<Reply> &result) {
        if (!socket)
            return;
        if (!*opened) { // refused before the run began: an ordinary error response
            QHttpServerResponse response = toHttpResponse(result, shape());
            front->addCommonHeaders(response, key);
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

} // namespace Sandbar::Server
