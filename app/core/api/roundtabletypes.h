// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Round Table's workspaces of agent sandboxes, their messages, collaborations and system
// calls (shared/api-docs/001). The document names the fields its SDK reads; replies are read by
// those names (required where the document uses them, others when present), other keys ignored.

#include "core/api/apitypes.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <optional>

namespace Sandbar::Api {

struct Workspace
{
    QString id; // workspace_id
    QString name;
    QString description;
    QString status;
    int sandboxCount = -1; // -1: not told
    QDateTime createdAt;
    QDateTime updatedAt;
    static std::optional<Workspace> fromJson(const QJsonObject &json, QString *error = nullptr);
};

// An agent sandbox as Round Table describes it.
struct AgentSandbox
{
    QString id; // sandbox_id
    QString workspaceId;
    QString name;
    QString description;
    QJsonObject agentConfig; // primary_agent, model, temperature, max_tokens
    QString status;          // created, running, stopped, failed, …
    qint64 uptimeSeconds = 0;
    int messagesSent = -1; // -1: not told
    int messagesReceived = -1;
    QDateTime createdAt;
    QDateTime startedAt;
    static std::optional<AgentSandbox> fromJson(const QJsonObject &json, QString *error = nullptr);
    // As Sandbar's list shows a session: status, workspace, uptime, facts.
    Sandbox toSandbox(const QString &workspaceName) const;
};

// sandboxes.status / sandboxes.metrics: status, uptime and the message counters.
struct AgentCounters
{
    QString sandboxId;
    QString status;
    qint64 uptimeSeconds = 0;
    int messagesSent = 0;
    int messagesReceived = 0;
    QDateTime timestamp; // when measured (our clock if the reply has none)
    static std::optional<AgentCounters> fromJson(const QJsonObject &json, QString *error = nullptr);
};

struct AgentMessage
{
    QString id; // message_id
    QString workspaceId;
    QString fromId;
    QString toId;
    QJsonValue content;
    QString status;
    QString error;
    QString broadcastId;
    QDateTime createdAt;
    static std::optional<AgentMessage> fromJson(const QJsonObject &json, QString *error = nullptr);
};

struct MessagePage
{
    QList<AgentMessage> messages;
    int total = 0;
};

struct BroadcastResult
{
    QString broadcastId;
    QStringList recipients;
    int delivered = -1; // -1: not told
    static std::optional<BroadcastResult> fromJson(const QJsonObject &json, QString *error = nullptr);
};

struct CollaborationRequest
{
    QString workspaceId;
    QString task;
    QStringList participants;
    QString mode = QStringLiteral("orchestrated");
    QJsonObject config; // max_duration, timeout, max_rounds, …
    QJsonObject toJson() const;
};

struct Collaboration
{
    QString id; // collaboration_id
    QString status;
    double progress = -1; // as the service says it (0..1 or 0..100); -1: not told
    QJsonObject reply;    // everything the service said, for the details
    static std::optional<Collaboration> fromJson(const QJsonObject &json, QString *error = nullptr);
};

struct DiscoveredAgent
{
    QString sandboxId;
    QString name;
    QString agentType;
    QString status;
};

struct WorkspaceMetrics
{
    QString workspaceId;
    int totalSandboxes = 0;
    int totalMessages = 0;
    int runningSandboxes = -1; // -1: not told
    static std::optional<WorkspaceMetrics> fromJson(const QJsonObject &json, QString *error = nullptr);
};

// health_check and system_info together.
struct SystemHealth
{
    QString status;
    QString version;
    QString environment;
};

// The agent config's fields as one line: "researcher · gpt-4 · 0.7 · 2000 tokens".
QString agentConfigSummary(const QJsonObject &config);

} // namespace Sandbar::Api
