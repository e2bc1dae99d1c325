// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/roundtabletypes.h"

#include "core/api/jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Sandbar::Api {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sandbar::Api::RoundTable", text);
}

QDateTime optionalTime(const QJsonObject &json, const char *key)
{
    const QJsonValue value = json.value(QLatin1String(key));
    const auto time = value.isString() ? parseTimestamp(value.toString()) : std::nullopt;
    return time.value_or(QDateTime());
}

QString optionalString(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}

int optionalCount(const QJsonObject &json, const char *key)
{
    const QJsonValue value = json.value(QLatin1String(key));
    return value.isDouble() ? value.toInt() : -1;
}

} // namespace

std::optional<Workspace> Workspace::fromJson(const QJsonObject &json, QString *error)
{
    Detail::Reader reader(json);
    Workspace w;
    w.id = reader.string("workspace_id");
    w.name = reader.string("name");
    w.description = optionalString(json, "description");
    w.status = optionalString(json, "status");
    w.sandboxCount = optionalCount(json, "sandbox_count");
    w.createdAt = optionalTime(json, "created_at");
    w.updatedAt = optionalTime(json, "updated_at");
    return Detail::finish(reader, w, error);
}

std::optional<AgentSandbox> AgentSandbox::fromJson(const QJsonObject &json, QString *error)
{
    Detail::Reader reader(json);
    AgentSandbox s;
    s.id = reader.string("sandbox_id");
    s.status = reader.string("status");
    s.workspaceId = optionalString(json, "workspace_id");
    s.name = optionalString(json, "name");
    s.description = optionalString(json, "description");
    s.agentConfig = json.value(QStringLiteral("agent_config")).toObject();
    s.uptimeSeconds = json.value(QStringLiteral("uptime")).toInteger(0);
    s.messagesSent = optionalCount(json, "messages_sent");
    s.messagesReceived = optionalCount(json, "messages_received");
    s.createdAt = optionalTime(json, "created_at");
    s.startedAt = optionalTime(json, "started_at");
    return Detail::finish(reader, s, error);
}

Sandbox AgentSandbox::toSandbox(const QString &workspaceName) const
{
    Sandbox sandbox;
    sandbox.id = id;
    sandbox.name = name;
    sandbox.workspaceId = workspaceId;
    sandbox.workspace = workspaceName.isEmpty() ? workspaceId : workspaceName;
    // An agent sandbox lives until deleted: whatever its state, it can be started (the service
    // says when it cannot) and deleted, so anything but running is Paused, in its own words.
    if (status == QLatin1String("running") || status == QLatin1String("starting"))
        sandbox.status = SandboxStatus::Running;
    else if (status == QLatin1String("deleted"))
        sandbox.status = SandboxStatus::Terminated;
    else
        sandbox.status = SandboxStatus::Paused;
    if (sandbox.status != SandboxStatus::Running && !status.isEmpty())
        sandbox.stateText = status;
    sandbox.startedAt = createdAt;
    if (sandbox.status == SandboxStatus::Running)
        sandbox.runningSince = startedAt.isValid() ? startedAt : QDateTime::currentDateTimeUtc().addSecs(-uptimeSeconds);
    if (!description.isEmpty())
        sandbox.details.insert(tr("Description"), description);
    if (!agentConfig.isEmpty())
        sandbox.details.insert(tr("Agent"), agentConfigSummary(agentConfig));
    if (messagesSent >= 0)
        sandbox.details.insert(tr("Messages sent"), QString::number(messagesSent));
    if (messagesReceived >= 0)
        sandbox.details.insert(tr("Messages received"), QString::number(messagesReceived));
    return sandbox;
}

std::optional<AgentCounters> AgentCounters::fromJson(const QJsonObject &json, QString *error)
{
    Detail::Reader reader(json);
    AgentCounters c;
    c.sandboxId = optionalString(json, "sandbox_id");
    c.status = optionalString(json, "status");
    c.uptimeSeconds = json.value(QStringLiteral("uptime")).toInteger(0);
    c.messagesSent = int(reader.integer("messages_sent"));
    c.messagesReceived = int(reader.integer("messages_received"));
    c.timestamp = optionalTime(json, "timestamp");
    if (!c.timestamp.isValid())
        c.timestamp = QDateTime::currentDateTimeUtc();
    return Detail::finish(reader, c, error);
}

std::optional<AgentMessage> AgentMessage::fromJson(const QJsonObject &json, QString *error)
{
    Detail::Reader reader(json);
    AgentMessage m;
    m.id = reader.string("message_id");
    m.fromId = reader.string("from_sandbox_id");
    m.toId = optionalString(json, "to_sandbox_id");
    if (!json.contains(QStringLiteral("content")))
        reader.fail(QStringLiteral("missing key 'content'"));
    m.content = json.value(QStringLiteral("content"));
    m.workspaceId = optionalString(json, "workspace_id");
    m.status = optionalString(json, "status");
    m.error = optionalString(json, "error");
    m.broadcastId = optionalString(json, "broadcast_id");
    m.createdAt = optionalTime(json, "created_at");
    return Detail::finish(reader, m, error);
}

std::optional<BroadcastResult> BroadcastResult::fromJson(const QJsonObject &json, QString *error)
{
    BroadcastResult b;
    b.broadcastId = optionalString(json, "broadcast_id");
    if (b.broadcastId.isEmpty())
        b.broadcastId = optionalString(json, "message_id");
    for (const QJsonValue &id : json.value(QStringLiteral("recipients")).toArray())
        b.recipients.append(id.toString());
    b.delivered = optionalCount(json, "delivered");
    Q_UNUSED(error);
    return b;
}

QJsonObject CollaborationRequest::toJson() const
{
    return {{QStringLiteral("workspace_id"), workspaceId},
            {QStringLiteral("task"), task},
            {QStringLiteral("participants"), QJsonArray::fromStringList(participants)},
            {QStringLiteral("mode"), mode},
            {QStringLiteral("config"), config}};
}

std::optional<Collaboration> Collaboration::fromJson(const QJsonObject &json, QString *error)
{
    Detail::Reader reader(json);
    Collaboration c;
    c.id = reader.string("collaboration_id");
    c.status = optionalString(json, "status");
    c.progress = json.value(QStringLiteral("progress")).toDouble(-1);
    c.reply = json;
    return Detail::finish(reader, c, error);
}

std::optional<WorkspaceMetrics> WorkspaceMetrics::fromJson(const QJsonObject &json, QString *error)
{
    Detail::Reader reader(json);
    WorkspaceMetrics m;
    m.workspaceId = optionalString(json, "workspace_id");
    m.totalSandboxes = int(reader.integer("total_sandboxes"));
    m.totalMessages = int(reader.integer("total_messages"));
    m.runningSandboxes = optionalCount(json, "running_sandboxes");
    return Detail::finish(reader, m, error);
}

QString agentConfigSummary(const QJsonObject &config)
{
    QStringList parts;
    for (const char *key : {"primary_agent", "model"}) {
        if (const QString value = config.value(QLatin1String(key)).toString(); !value.isEmpty())
            parts.append(value);
    }
    if (config.value(QStringLiteral("temperature")).isDouble())
        parts.append(tr("temperature %1").arg(config.value(QStringLiteral("temperature")).toDouble()));
    if (config.value(QStringLiteral("max_tokens")).isDouble())
        parts.append(tr("%1 tokens").arg(config.value(QStringLiteral("max_tokens")).toInteger()));
    return parts.join(QStringLiteral(" · "));
}

} // namespace Sandbar::Api
