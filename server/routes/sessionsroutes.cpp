// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routes/sessionsroutes.h"

#include "handlers/e2bsessionshandlers.h"
#include "handlers/sandboxsessionshandlers.h"
#include "http/httpfront.h"

namespace Sandbar::Server {

namespace {
using Method = QHttpServerRequest::Method;
using Completion = HttpFront::Completion;
} // namespace

SandboxSessionsRoutes::SandboxSessionsRoutes(HttpFront *front, SandboxSessionsHandlers *h)
{
    QHttpServer &server = front->server();
    const QString sessions = QStringLiteral("/v1/sessions");
    const QString one = sessions + QStringLiteral("/<arg>");
    server.route(sessions, Method::Post, [front, h](const QHttpServerRequest &r, QHttpServerResponder &&responder) {
        front->serveAsync(shape(), r, std::move(responder), [h, body = r.body()](Completion done) { h->create(body, std::move(done)); });
    });
    server.route(sessions, Method::Get, [front, h](const QHttpServerRequest &r) {
        return front->serve(shape(), r, [h, &r] { return h->list(r.query()); });
    });
    server.route(one, Method::Get, [front, h](const QString &id, const QHttpServerRequest &r) {
        return front->serve(shape(), r, [h, &id] { return h->get(id); });
    });
    server.route(one, Method::Delete, [front, h](const QString &id, const QHttpServerRequest &r) {
        return front->serve(shape(), r, [h, &id] { return h->remove(id); });
    });
    server.route(one + QStringLiteral("/code"), Method::Post,
                 [front, h](const QString &id, const QHttpServerRequest &r, QHttpServerResponder &&responder) {
                     front->serveAsync(shape(), r, std::move(responder), [h, id, body = r.body()](Completion done) {
                         h->runCode(id, body, std::move(done));
                     });
                 });
}

E2bSessionsRoutes::E2bSessionsRoutes(HttpFront *front, E2bSessionsHandlers *h)
{
    QHttpServer &server = front->server();
    const QString sessions = QStringLiteral("/sessions");
    const QString one = sessions + QStringLiteral("/<arg>");
    server.route(sessions, Method::Get, [front, h](const QHttpServerRequest &r) {
        return front->serve(shape(), r, [h] { return h->list(); });
    });
    server.route(sessions, Method::Post, [front, h](const QHttpServerRequest &r) {
        return front->serve(shape(), r, [h, &r] { return h->create(r.body()); });
    });
    server.route(one, Method::Delete, [front, h](const QString &id, const QHttpServerRequest &r) {
        return front->serve(shape(), r, [h, &id] { return h->remove(id); });
    });
    server.route(one + QStringLiteral("/refresh"), Method::Post, [front, h](const QString &id, const QHttpServerRequest &r) {
        return front->serve(shape(), r, [h, &id] { return h->refresh(id); });
    });
}

} // namespace Sandbar::Server
