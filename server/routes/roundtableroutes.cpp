// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "routes/roundtableroutes.h"

#include "http/httpfront.h"
#include "roundtable/messagehandlers.h"
#include "roundtable/roundtablehandlers.h"

namespace Sandbar::Server {

namespace {
using Method = QHttpServerRequest::Method;
const QString kBase = QStringLiteral("/api/v1");
} // namespace

bool RoundTableRoutes::owns(const QString &path)
{
    for (const char *prefix : {"/workspaces", "/sandboxes", "/messages", "/collaborations", "/health", "/system"}) {
        if (path.startsWith(kBase + QLatin1String(prefix)))
            return true;
    }
    return false;
}

RoundTableRoutes::RoundTableRoutes(HttpFront *front, RoundTableHandlers *rt, MessageHandlers *m)
{
    QHttpServer &server = front->server();
    const QString workspaces = kBase + QStringLiteral("/workspaces");
    const QString workspace = workspaces + QStringLiteral("/<arg>");
    server.route(workspaces, Method::Post, [front, rt](const QHttpServerRequest &r) {
        return front->serve(shape(), r, [rt, &r] { return rt->createWorkspace(r.body()); });
    });
    server.route(workspaces, Method::Get, [front, rt](const QHttpServerRequest &r) {
        return front->serve(shape(), r, [rt, &r] { return rt->listWorkspaces(r.query()); });
    });
    server.route(workspace, Method::Get, [front, rt](const QString &id, const QHttpServerRequest &r) {
        return front->serve(shape(), r, [rt, &id] { return rt->getWorkspace(id); });
    });
    server.route(workspace, Method::Patch | Method::Put, [front, rt](const QString &id, const QHttpServerRequest &r) {
        return front->serve(shape(), r, [rt, &id, &r] { return rt->updateWorkspace(id, r.body()); });
    });
    server.route(workspace, Method::Delete, [front, rt](const QString &id, const QHttpServerRequest &r) {
        return front->serve(shape(), r, [rt, &id] { return rt->deleteWorkspace(id); });
    });
    server.route(workspace + QStringLiteral("/metrics"), Method::Get, [front, rt](const QString &id, const QHttpServerRequest &r) {
        return front->serve(shape(), r, [rt, &id] { return rt->workspaceMetrics(id); });
    });
    server.route(workspace + QStringLiteral("/agents"), Method::Get, [front, rt](const QString &id, const QHttpServerRequest &r) {
        return front->serve(shape(), r, [rt, &id] { return rt->discoverAgents(id); });
    });

    const QString sandboxes = kBase + QStringLiteral("/sandboxes");
    const QString sandbox = sandboxes + QStringLiteral("/<arg>");
    server.route(sandboxes, Method::Post, [front, rt](const QHttpServerRequest &r) {
        return front->serve(shape(), r, [rt, &r] { return rt->createSandbox(r.body()); });
    });
    server.route(sandboxes, Method::Get, [front, rt](const QHttpServerRequest &r) {
        return front->serve(shape(), r, [rt, &r] { return rt->listSandboxes(r.query()); });
    });
    server.route(sandbox, Method::Get, [front, rt](const QString &id, const QHttpServerRequest &r) {
        return front->serve(shape(), r, [rt, &id] { return rt->getSandbox(id); });
    });
    server.route(sandbox, Method::Delete, [front, rt](const QString &id, const QHttpServerRequest &r) {
        return front->serve(shape(), r, [rt, &id] { return rt->deleteSandbox(id); });
    });
    server.route(sandbox + QStringLiteral("/start"), Method::Post, [front, rt](const QString &id, const QHttpServerRequest &r) {
        return front->serve(shape(), r, [rt, &id] { return rt->startSandbox(id); });
    });
    server.route(sandbox + QStringLiteral("/stop"), Method::Post, [front, rt](const QString &id, const QHttpServerRequest &r) {
        return front->serve(shape(), r, [rt, &id] { return rt->stopSandbox(id); });
    });
    server.route(sandbox + QStringLiteral("/status"), Method::Get, [front, rt](const QString &id, const QHttpServerRequest &r) {
        return front->serve(shape(), r, [rt, &id] { return rt->sandboxStatus(id); });
    });
    server.route(sandbox + QStringLiteral("/metrics"), Method::Get, [front, rt](const QString &id, const QHttpServerRequest &r) {
        return front->serve(shape(), r, [rt, &id] { return rt->sandboxMetrics(id); });
    });

    // The fixed name before {id}: the first matching route answers.
    const QString messages = kBase + QStringLiteral("/messages");
    server.route(messages + QStringLiteral("/broadcast"), Method::Post, [front, m](const QHttpServerRequest &r) {
        return front->serve(shape(), r, [m, &r] { return m->broadcast(r.body()); });
    });
    server.route(messages, Method::Post, [front, m](const QHttpServerRequest &r) {
        return front->serve(shape(), r, [m, &r] { return m->send(r.body()); });
    });
    server.route(messages, Method::Get, [front, m](const QHttpServerRequest &r) {
        return front->serve(shape(), r, [m, &r] { return m->list(r.query()); });
    });
    server.route(messages + QStringLiteral("/<arg>"), Method::Get, [front, m](const QString &id, const QHttpServerRequest &r) {
        return front->serve(shape(), r, [m, &id] { return m->get(id); });
    });

    const QString collaborations = kBase + QStringLiteral("/collaborations");
    server.route(collaborations, Method::Post, [front, rt](const QHttpServerRequest &r) {
        return front->serve(shape(), r, [rt, &r] { return rt->orchestrate(r.body()); });
    });
    server.route(collaborations + QStringLiteral("/<arg>"), Method::Get, [front, rt](const QString &id, const QHttpServerRequest &r) {
        return front->serve(shape(), r, [rt, &id] { return rt->getCollaboration(id); });
    });

    server.route(kBase + QStringLiteral("/health"), Method::Get, [front, rt](const QHttpServerRequest &r) {
        return front->serve(shape(), r, [rt] { return rt->health(); });
    });
    server.route(kBase + QStringLiteral("/system/info"), Method::Get, [front, rt](const QHttpServerRequest &r) {
        return front->serve(shape(), r, [rt] { return rt->systemInfo(); });
    });
}

} // namespace Sandbar::Server
