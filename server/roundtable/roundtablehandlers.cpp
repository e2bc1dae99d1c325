// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roundtable/roundtablehandlers.h"

#include "http/requestparsing.h"
#include "logging.h"
#include "roundtable/roundtablejson.h"
#include "sandboxes/sandboxmanager.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace Sandbar::Server {

namespace {

using Api::SandboxStatus;
using namespace RoundTableJson;

constexpr int kMaxNameChars = 200;
constexpr int kMaxDescriptionChars = 2000;

Result<QJsonObject> agentConfig(const QJsonObject &body)
{
    const QJsonValue value = body.value(QStringLiteral("agent_config"));
    if (value.isUndefined() || value.isNull())
        return QJsonObject();
    if (!value.isObject())
        return ApiError::badRequest(QStringLiteral("'agent_config' must be an object"));
    const QJsonObject config = value.toObject();
    for (const char *key : {"primary_agent", "model"}) {
        const QJsonValue field = config.value(QLatin1String(key));
        if (!field.isUndefined() && !field.isNull() && (!field.isString() || field.toString().size() > kMaxNameChars))
            return ApiError::badRequest(QStringLiteral("'agent_config.%1' must be a string of at most %2 characters")
                                            .arg(QLatin1String(key)).arg(kMaxNameChars));
    }
    const QJsonValue temperature = config.value(QStringLiteral("temperature"));
    if (!temperature.isUndefined() && !temperature.isNull() &&
        (!temperature.isDouble() || temperature.toDouble() < 0 || temperature.toDouble() > 2))
        return ApiError::badRequest(QStringLiteral("'agent_config.temperature' must be a number from 0 to 2"));
    const QJsonValue maxTokens = config.value(QStringLiteral("max_tokens"));
    if (!maxTokens.isUndefined() && !maxTokens.isNull()) {
        if (const auto tokens = Parse::integer(maxTokens, QStringLiteral("agent_config.max_tokens"), 1, 10'000'000); !tokens)
            return tokens.error();
    }
    return config;
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace

RoundTableHandlers::RoundTableHandlers(SandboxManager *sandboxes, RoundTableStore *store, bool isolated)
    : m_sandboxes(sandboxes), m_store(store), m_isolated(isolated)
{
}

QString RoundTableHandlers::templateName()
{
    return QStringLiteral("python-base-v1");
}

Result<RtWorkspace> RoundTableHandlers::findWorkspace(const QString &id) const
{
    if (auto workspace = m_store->workspace(id))
        return *workspace;
    return ApiError::notFound(QStringLiteral("workspace %1 not found").arg(id.left(64)));
}

Result<RtSandbox> RoundTableHandlers::findSandbox(const QString &id) const
{
    if (auto sandbox = m_store->sandbox(id))
        return *sandbox;
    return ApiError::notFound(QStringLiteral("sandbox %1 not found").arg(id.left(64)));
}

QList<RtSandbox> RoundTableHandlers::sandboxesOf(const QString &workspaceId) const
{
    int total = 0;
    QList<RtSandbox> all = m_store->sandboxes(workspaceId, std::numeric_limits<int>::max(), 0, &total);
    std::reverse(all.begin(), all.end());
    return all;
}

QString RoundTableHandlers::statusOf(const RtSandbox &sandbox) const
{
    const auto local = m_sandboxes->get(sandbox.localId);
    if (!local)
        return QStringLiteral("failed");
    switch (local->status) {
    case SandboxStatus::Creating:
    case SandboxStatus::Running:
        return QStringLiteral("running");
    case SandboxStatus::Paused:
        return sandbox.startedAt.isValid() ? QStringLiteral("stopped") : QStringLiteral("created");
    case SandboxStatus::Failed:
        return QStringLiteral("failed"); // its processes died on their own: start runs it again
    case SandboxStatus::Stopped:
    case SandboxStatus::Terminated:
    case SandboxStatus::TimedOut:
        return QStringLiteral("ended"); // ended through another API, or its deadline: final
    }
    return QStringLiteral("stopped");
}

qint64 RoundTableHandlers::uptimeOf(const RtSandbox &sandbox) const
{
    // The process tree's own start: a restart of sandbar-local starts a new tree.
    const QDateTime since = m_sandboxes->runningSince(sandbox.localId);
    return since.isValid() ? std::max<qint64>(0, since.secsTo(now())) : 0;
}

QJsonValue RoundTableHandlers::startedAtOf(const RtSandbox &sandbox) const
{
    const QDateTime since = m_sandboxes->runningSince(sandbox.localId);
    return since.isValid() ? timeOrNull(since) : QJsonValue();
}

QJsonObject RoundTableHandlers::workspaceJson(const RtWorkspace &w) const
{
    int total = 0;
    m_store->sandboxes(w.id, 1, 0, &total);
    return {
        {QStringLiteral("workspace_id"), w.id},
        {QStringLiteral("name"), w.name},
        {QStringLiteral("description"), w.description},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("sandbox_count"), total},
        {QStringLiteral("created_at"), timeOrNull(w.createdAt)},
        {QStringLiteral("updated_at"), timeOrNull(w.updatedAt)},
    };
}

QJsonObject RoundTableHandlers::sandboxJson(const RtSandbox &s) const
{
    const QString status = statusOf(s);
    return {
        {QStringLiteral("sandbox_id"), s.id},
        {QStringLiteral("workspace_id"), s.workspaceId},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("description"), s.description},
        {QStringLiteral("agent_config"), s.agentConfig},
        {QStringLiteral("status"), status},
        {QStringLiteral("uptime"), uptimeOf(s)},
        {QStringLiteral("messages_sent"), m_store->sentBy(s.id)},
        {QStringLiteral("messages_received"), m_store->receivedBy(s.id)},
        {QStringLiteral("created_at"), timeOrNull(s.createdAt)},
        {QStringLiteral("updated_at"), timeOrNull(s.updatedAt)},
        {QStringLiteral("started_at"), startedAtOf(s)},
        // The Agent Sandboxes API's ID of the sandbox that runs it (an extension).
        {QStringLiteral("local_sandbox_id"), s.localId},
    };
}

Result<Reply> RoundTableHandlers::createWorkspace(const QByteArray &body)
{
    const auto json = Parse::jsonObject(body);
    if (!json)
        return json.error();
    if (const auto ok = Parse::onlyKeys(*json, {QStringLiteral("name"), QStringLiteral("description")}); !ok)
        return ok.error();
    const auto name = requiredText(*json, QStringLiteral("name"), kMaxNameChars);
    if (!name)
        return name.error();
    const auto description = optionalText(*json, QStringLiteral("description"), kMaxDescriptionChars, QString());
    if (!description)
        return description.error();
    RtWorkspace workspace{newId("ws_"), *name, *description, now(), now()};
    if (!m_store->saveWorkspace(workspace))
        return ApiError::internal(QStringLiteral("cannot record the workspace"));
    return Reply(201, workspaceJson(workspace));
}

Result<Reply> RoundTableHandlers::listWorkspaces(const QUrlQuery &query) const
{
    const auto page = Parse::page(query, 50, 100);
    if (!page)
        return page.error();
    int total = 0;
    QJsonArray items;
    for (const RtWorkspace &workspace : m_store->workspaces(page->limit, page->offset, &total))
        items.append(workspaceJson(workspace));
    return Reply(200, pageJson(QStringLiteral("workspaces"), items, total, *page));
}

Result<Reply> RoundTableHandlers::getWorkspace(const QString &id) const
{
    const auto workspace = findWorkspace(id);
    if (!workspace)
        return workspace.error();
    return Reply(200, workspaceJson(*workspace));
}

Result<Reply> RoundTableHandlers::updateWorkspace(const QString &id, const QByteArray &body)
{
    auto workspace = findWorkspace(id);
    if (!workspace)
        return workspace.error();
    const auto json = Parse::jsonObject(body);
    if (!json)
        return json.error();
    if (const auto ok = Parse::onlyKeys(*json, {QStringLiteral("name"), QStringLiteral("description")}); !ok)
        return ok.error();
    if (json->contains(QStringLiteral("name"))) {
        const auto name = requiredText(*json, QStringLiteral("name"), kMaxNameChars);
        if (!name)
            return name.error();
        workspace->name = *name;
    }
    const auto description = optionalText(*json, QStringLiteral("description"), kMaxDescriptionChars, workspace->description);
    if (!description)
        return description.error();
    workspace->description = *description;
    workspace->updatedAt = now();
    if (!m_store->saveWorkspace(*workspace))
        return ApiError::internal(QStringLiteral("cannot record the workspace"));
    return Reply(200, workspaceJson(*workspace));
}

Result<Reply> RoundTableHandlers::deleteWorkspace(const QString &id)
{
    const auto workspace = findWorkspace(id);
    if (!workspace)
        return workspace.error();
    const QList<RtSandbox> sandboxes = sandboxesOf(id);
    for (const RtSandbox &sandbox : sandboxes)
        m_sandboxes->kill(sandbox.localId);
    if (!m_store->removeWorkspace(id))
        return ApiError::internal(QStringLiteral("cannot remove the workspace"));
    return Reply(200, QJsonObject{{QStringLiteral("workspace_id"), id},
                                  {QStringLiteral("deleted"), true},
                                  {QStringLiteral("sandboxes_deleted"), int(sandboxes.size())}});
}

Result<Reply> RoundTableHandlers::workspaceMetrics(const QString &id) const
{
    const auto workspace = findWorkspace(id);
    if (!workspace)
        return workspace.error();
    const QList<RtSandbox> sandboxes = sandboxesOf(id);
    const auto running = std::count_if(sandboxes.begin(), sandboxes.end(), [this](const RtSandbox &s) {
        return statusOf(s) == QLatin1String("running");
    });
    return Reply(200, QJsonObject{{QStringLiteral("workspace_id"), id},
                                  {QStringLiteral("total_sandboxes"), int(sandboxes.size())},
                                  {QStringLiteral("running_sandboxes"), int(running)},
                                  {QStringLiteral("total_messages"), m_store->messagesIn(id)},
                                  {QStringLiteral("timestamp"), timeOrNull(now())}});
}

Result<Reply> RoundTableHandlers::discoverAgents(const QString &workspaceId) const
{
    const auto workspace = findWorkspace(workspaceId);
    if (!workspace)
        return workspace.error();
    QJsonArray agents;
    for (const RtSandbox &sandbox : sandboxesOf(workspaceId)) {
        agents.append(QJsonObject{{QStringLiteral("sandbox_id"), sandbox.id},
                                  {QStringLiteral("name"), sandbox.name},
                                  {QStringLiteral("agent_type"), sandbox.agentConfig.value(QStringLiteral("primary_agent"))},
                                  {QStringLiteral("model"), sandbox.agentConfig.value(QStringLiteral("model"))},
                                  {QStringLiteral("status"), statusOf(sandbox)}});
    }
    return Reply(200, QJsonObject{{QStringLiteral("workspace_id"), workspaceId},
                                  {QStringLiteral("agents"), agents},
                                  {QStringLiteral("count"), agents.size()}});
}

Result<Reply> RoundTableHandlers::createSandbox(const QByteArray &body)
{
    const auto json = Parse::jsonObject(body);
    if (!json)
        return json.error();
    if (const auto ok = Parse::onlyKeys(*json, {QStringLiteral("workspace_id"), QStringLiteral("name"), QStringLiteral("description"),
                                                QStringLiteral("agent_config")});
        !ok)
        return ok.error();
    const auto workspaceId = requiredText(*json, QStringLiteral("workspace_id"), kMaxNameChars);
    if (!workspaceId)
        return workspaceId.error();
    const auto workspace = findWorkspace(*workspaceId);
    if (!workspace)
        return workspace.error();
    const auto name = requiredText(*json, QStringLiteral("name"), kMaxNameChars);
    if (!name)
        return name.error();
    const auto description = optionalText(*json, QStringLiteral("description"), kMaxDescriptionChars, QString());
    if (!description)
        return description.error();
    const auto config = agentConfig(*json);
    if (!config)
        return config.error();

    RtSandbox sandbox;
    sandbox.id = newId("sb_");
    sandbox.workspaceId = workspace->id;
    sandbox.name = *name;
    sandbox.description = *description;
    sandbox.agentConfig = *config;
    sandbox.createdAt = sandbox.updatedAt = now();
    CreateRequest request;
    request.templateName = templateName();
    request.timeoutSeconds = kRunSeconds;
    request.paused = true;
    request.metadata = {{QStringLiteral("roundtable.sandbox"), sandbox.id},
                        {QStringLiteral("roundtable.workspace"), workspace->id},
                        {QStringLiteral("roundtable.name"), sandbox.name}};
    const auto local = m_sandboxes->create(request);
    if (!local)
        return local.error();
    sandbox.localId = local->id;
    if (!m_store->saveSandbox(sandbox)) {
        m_sandboxes->kill(sandbox.localId);
        return ApiError::internal(QStringLiteral("cannot record the sandbox"));
    }
    return Reply(201, sandboxJson(sandbox));
}

Result<Reply> RoundTableHandlers::listSandboxes(const QUrlQuery &query) const
{
    const auto page = Parse::page(query, 50, 100);
    if (!page)
        return page.error();
    const QString workspaceId = query.queryItemValue(QStringLiteral("workspace_id"), QUrl::FullyDecoded);
    if (!workspaceId.isEmpty()) {
        if (const auto workspace = findWorkspace(workspaceId); !workspace)
            return workspace.error();
    }
    int total = 0;
    QJsonArray items;
    for (const RtSandbox &sandbox : m_store->sandboxes(workspaceId, page->limit, page->offset, &total))
        items.append(sandboxJson(sandbox));
    return Reply(200, pageJson(QStringLiteral("sandboxes"), items, total, *page));
}

Result<Reply> RoundTableHandlers::getSandbox(const QString &id) const
{
    const auto sandbox = findSandbox(id);
    if (!sandbox)
        return sandbox.error();
    return Reply(200, sandboxJson(*sandbox));
}

Result<Reply> RoundTableHandlers::startSandbox(const QString &id)
{
    auto sandbox = findSandbox(id);
    if (!sandbox)
        return sandbox.error();
    if (statusOf(*sandbox) == QLatin1String("running"))
        return Reply(200, sandboxJson(*sandbox));
    if (const auto resumed = m_sandboxes->resume(sandbox->localId, kRunSeconds); !resumed)
        return resumed.error();
    sandbox->startedAt = sandbox->updatedAt = now();
    m_store->saveSandbox(*sandbox);
    return Reply(200, sandboxJson(*sandbox));
}

Result<Reply> RoundTableHandlers::stopSandbox(const QString &id)
{
    auto sandbox = findSandbox(id);
    if (!sandbox)
        return sandbox.error();
    if (const auto paused = m_sandboxes->pause(sandbox->localId); !paused)
        return paused.error();
    sandbox->updatedAt = now();
    m_store->saveSandbox(*sandbox);
    return Reply(200, sandboxJson(*sandbox));
}

Result<Reply> RoundTableHandlers::sandboxStatus(const QString &id) const
{
    const auto sandbox = findSandbox(id);
    if (!sandbox)
        return sandbox.error();
    const QString status = statusOf(*sandbox);
    return Reply(200, QJsonObject{{QStringLiteral("sandbox_id"), sandbox->id},
                                  {QStringLiteral("status"), status},
                                  {QStringLiteral("uptime"), uptimeOf(*sandbox)},
                                  {QStringLiteral("started_at"), startedAtOf(*sandbox)}});
}

Result<Reply> RoundTableHandlers::sandboxMetrics(const QString &id) const
{
    const auto sandbox = findSandbox(id);
    if (!sandbox)
        return sandbox.error();
    QJsonObject body{{QStringLiteral("sandbox_id"), sandbox->id},
                     {QStringLiteral("status"), statusOf(*sandbox)},
                     {QStringLiteral("uptime"), uptimeOf(*sandbox)},
                     {QStringLiteral("messages_sent"), m_store->sentBy(sandbox->id)},
                     {QStringLiteral("messages_received"), m_store->receivedBy(sandbox->id)},
                     {QStringLiteral("timestamp"), timeOrNull(now())}};
    if (const auto usage = m_sandboxes->metrics(sandbox->localId)) {
        body.insert(QStringLiteral("cpu_usage"), usage->cpuUsage);
        body.insert(QStringLiteral("memory_usage_mb"), usage->memoryUsage);
    }
    return Reply(200, body);
}

Result<Reply> RoundTableHandlers::deleteSandbox(const QString &id)
{
    const auto sandbox = findSandbox(id);
    if (!sandbox)
        return sandbox.error();
    m_sandboxes->kill(sandbox->localId);
    if (!m_store->removeSandbox(id))
        return ApiError::internal(QStringLiteral("cannot remove the sandbox"));
    return Reply(200, QJsonObject{{QStringLiteral("sandbox_id"), id}, {QStringLiteral("deleted"), true}});
}

Result<Reply> RoundTableHandlers::orchestrate(const QByteArray &body) const
{
    // The request is checked as a service would, so a client learns of its own mistakes
    // first; then the honest answer.
    const auto json = Parse::jsonObject(body);
    if (!json)
        return json.error();
    const auto workspaceId = requiredText(*json, QStringLiteral("workspace_id"), kMaxNameChars);
    if (!workspaceId)
        return workspaceId.error();
    if (const auto workspace = findWorkspace(*workspaceId); !workspace)
        return workspace.error();
    if (const auto task = requiredText(*json, QStringLiteral("task"), 100'000); !task)
        return task.error();
    const QJsonValue participants = json->value(QStringLiteral("participants"));
    if (!participants.isArray() || participants.toArray().isEmpty())
        return ApiError::badRequest(QStringLiteral("'participants' must be a non-empty list of sandbox IDs"));
    for (const QJsonValue &participant : participants.toArray()) {
        const auto sandbox = findSandbox(participant.toString());
        if (!sandbox)
            return sandbox.error();
        if (sandbox->workspaceId != *workspaceId)
            return ApiError::badRequest(QStringLiteral("sandbox %1 is not in workspace %2").arg(sandbox->id, *workspaceId));
    }
    return ApiError::notImplemented(QStringLiteral("sandbar-local runs no language models, so it cannot run a "
                                                   "collaboration between agents; nothing was started. Use a "
                                                   "Round Table service for collaborations."));
}

Result<Reply> RoundTableHandlers::getCollaboration(const QString &id) const
{
    return ApiError::notFound(QStringLiteral("collaboration %1 not found: sandbar-local runs no collaborations").arg(id.left(64)));
}

Result<Reply> RoundTableHandlers::health() const
{
    return Reply(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("healthy")},
                                  {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                                  {QStringLiteral("timestamp"), timeOrNull(now())},
                                  {QStringLiteral("running_sandboxes"), m_sandboxes->runningCount()}});
}

Result<Reply> RoundTableHandlers::systemInfo() const
{
    return Reply(200, QJsonObject{{QStringLiteral("version"), QCoreApplication::applicationVersion()},
                                  {QStringLiteral("environment"), QStringLiteral("local")},
                                  {QStringLiteral("server"), QStringLiteral("sandbar-local")},
                                  {QStringLiteral("isolation"), m_isolated ? QStringLiteral("bubblewrap") : QStringLiteral("none")},
                                  {QStringLiteral("language_models"), false}});
}

} // namespace Sandbar::Server
