// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routes/cognitoraroutes.h"

#include "cognitora/containerhandlers.h"
#include "cognitora/interpreterhandlers.h"
#include "http/httpfront.h"

namespace Sandbar::Server {

namespace {
using Method = QHttpServerRequest::Method;
using Completion = HttpFront::Completion;
} // namespace

CognitoraRoutes::CognitoraRoutes(HttpFront *front, InterpreterHandlers *i, ContainerHandlers *c)
{
    QHttpServer &server = front->server();
    const QString interpreter = QStringLiteral("/api/v1/interpreter");
    const QString sessions = interpreter + QStringLiteral("/sessions");
    const QString session = sessions + QStringLiteral("/<arg>");
    server.route(interpreter + QStringLiteral("/execute"), Method::Post,
                 [front, i](const QHttpServerRequest &r, QHttpServerResponder &&responder) {
                     front->serveAsync(shape(), r, std::move(responder), [i, body = r.body()](Completion done) { i->execute(body, std::move(done)); });
                 });
    server.route(sessions, Method::Post, [front, i](const QHttpServerRequest &r) {
        return front->serve(shape(), r, [i, &r] { return i->createSession(r.body()); });
    });
    server.route(sessions, Method::Get, [front, i](const QHttpServerRequest &r) {
        return front->serve(shape(), r, [i] { return i->listSessions(); });
    });
    server.route(session, Method::Get, [front, i](const QString &id, const QHttpServerRequest &r) {
        return front->serve(shape(), r, [i, &id] { return i->getSession(id); });
    });
    server.route(session, Method::Delete, [front, i](const QString &id, const QHttpServerRequest &r) {
        return front->serve(shape(), r, [i, &id] { return i->deleteSession(id); });
    });
    server.route(session + QStringLiteral("/logs"), Method::Get, [front, i](const QString &id, const QHttpServerRequest &r) {
        return front->serve(shape(), r, [i, &id, &r] { return i->sessionLogs(id, r.query()); });
    });
    server.route(session + QStringLiteral("/executions"), Method::Get, [front, i](const QString &id, const QHttpServerRequest &r) {
        return front->serve(shape(), r, [i, &id, &r] { return i->sessionExecutions(id, r.query()); });
    });
    server.route(interpreter + QStringLiteral("/executions"), Method::Get, [front, i](const QHttpServerRequest &r) {
        return front->serve(shape(), r, [i, &r] { return i->listExecutions(r.query()); });
    });
    server.route(interpreter + QStringLiteral("/executions/<arg>"), Method::Get, [front, i](const QString &id, const QHttpServerRequest &r) {
        return front->serve(shape(), r, [i, &id] { return i->getExecution(id); });
    });

    // The fixed names before {id}: the first matching route answers.
    const QString containers = QStringLiteral("/api/v1/compute/containers");
    const QString container = containers + QStringLiteral("/<arg>");
    server.route(containers + QStringLiteral("/estimate-cost"), Method::Post, [front, c](const QHttpServerRequest &r) {
        return front->serve(shape(), r, [c, &r] { return c->estimateCost(r.body()); });
    });
    server.route(containers + QStringLiteral("/executions"), Method::Get, [front, c](const QHttpServerRequest &r) {
        return front->serve(shape(), r, [c, &r] { return c->listExecutions(r.query()); });
    });
    server.route(containers + QStringLiteral("/executions/<arg>"), Method::Get, [front, c](const QString &id, const QHttpServerRequest &r) {
        return front->serve(shape(), r, [c, &id] { return c->getExecution(id); });
    });
    server.route(containers, Method::Post, [front, c](const QHttpServerRequest &r) {
        return front->serve(shape(), r, [c, &r] { return c->create(r.body()); });
    });
    server.route(containers, Method::Get, [front, c](const QHttpServerRequest &r) {
        return front->serve(shape(), r, [c, &r] { return c->list(r.query()); });
    });
    server.route(container, Method::Get, [front, c](const QString &id, const QHttpServerRequest &r) {
        return front->serve(shape(), r, [c, &id] { return c->get(id); });
    });
    server.route(container + QStringLiteral("/cancel"), Method::Post, [front, c](const QString &id, const QHttpServerRequest &r) {
        return front->serve(shape(), r, [c, &id] { return c->cancel(id); });
    });
    server.route(container + QStringLiteral("/logs"), Method::Get, [front, c](const QString &id, const QHttpServerRequest &r) {
        return front->serve(shape(), r, [c, &id, &r] { return c->logs(id, r.query()); });
    });
    server.route(container + QStringLiteral("/executions"), Method::Get, [front, c](const QString &id, const QHttpServerRequest &r) {
        return front->serve(shape(), r, [c, &id] { return c->executionsOf(id); });
    });
}

} // namespace Sandbar::Server
