// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SandboxProvider (and WorkspaceApi) for Round Table (shared/api-docs/001). The document gives
// SDK calls, not paths, and a base_url ending in /api/v1 (ROUND_TABLE_BASE_URL); this adapter
// uses the REST paths its names imply, relative to that URL:
//   POST/GET /workspaces (?limit&offset), GET/PATCH/DELETE /workspaces/{id},
//   GET /workspaces/{id}/metrics (aggregate_metrics), GET /workspaces/{id}/agents (discover_agents)
//   POST/GET /sandboxes (?workspace_id&limit&offset), GET/DELETE /sandboxes/{id},
//   POST /sandboxes/{id}/start|stop, GET /sandboxes/{id}/status|metrics
//   POST/GET /messages (?sandbox_id&limit&offset), GET /messages/{id}, POST /messages/broadcast
//   POST /collaborations (orchestrate), GET /collaborations/{id}
//   GET /health, GET /system/info
// - The key goes in an X-API-Key header.
// - Lists are {"<things>": [...], "total"}; the document's field names are read as it spells
//   them (workspace_id, sandbox_id, message_id, from_sandbox_id, to_sandbox_id, content,
//   status, uptime, messages_sent, messages_received, total_sandboxes, total_messages,
//   collaboration_id, progress); other keys are ignored.
// - Errors: {"error": "<SDK exception name>", "detail"} (or "message"); 404 is NotFoundError,
//   400/422 ValidationError, 401/403 AuthenticationError, 429 RateLimitError.
// - Sessions are the agent sandboxes of every workspace (one list call per workspace, each
//   paged); a stopped one is Paused (it starts again), kill deletes it.

#include "core/providers/httpprovider.h"
#include "core/providers/workspaceapi.h"

namespace Sandbar::Core {

class RoundTableProvider : public HttpProvider, public WorkspaceApi
{
    Q_OBJECT
public:
    RoundTableProvider(const QUrl &baseUrl, const QByteArray &apiKey, QObject *parent = nullptr);

    static QString kind() { return QStringLiteral("round-table"); }
    // The error body's message and the SDK's exception name (as ApiError::serverKind).
    static ApiError errorFromReply(int status, const QByteArray &reason, const QByteArray &body);

    QString apiKind() const override { return kind(); }
    Capabilities capabilities() const override;
    CreateForm createForm() const override;
    int maxPageSize() const override { return 10000; }
    int documentedRequestsPerMinute() const override { return 0; }

    QFuture<ApiResult<Api::SandboxPage>> listSandboxes(int offset, int limit, const CallOptions &options = {}) override;
    QFuture<ApiResult<Api::Sandbox>> getSandbox(const QString &id, const CallOptions &options = {}) override;
    QFuture<ApiResult<Api::Sandbox>> createSandbox(const Api::CreateSandboxRequest &request) override;
    QFuture<ApiResult<Api::Confirmation>> killSandbox(const QString &id) override;
    QFuture<ApiResult<Api::Sandbox>> startSandbox(const QString &id) override;
    QFuture<ApiResult<Api::Sandbox>> stopSandbox(const QString &id) override;
    WorkspaceApi *workspaceApi() override { return this; }

    QFuture<ApiResult<QList<Api::Workspace>>> listWorkspaces(const CallOptions &options = {}) override;
    QFuture<ApiResult<Api::Workspace>> getWorkspace(const QString &id) override;
    QFuture<ApiResult<Api::Workspace>> createWorkspace(const QString &name, const QString &description) override;
    QFuture<ApiResult<Api::Workspace>> updateWorkspace(const QString &id, const QString &name, const QString &description) override;
    QFuture<ApiResult<Api::Confirmation>> deleteWorkspace(const QString &id) override;
    QFuture<ApiResult<Api::WorkspaceMetrics>> workspaceMetrics(const QString &id, const CallOptions &options = {}) override;
    QFuture<ApiResult<Api::AgentCounters>> sandboxStatus(const QString &id) override;
    QFuture<ApiResult<Api::AgentCounters>> sandboxCounters(const QString &id, const CallOptions &options = {}) override;
    QFuture<ApiResult<Api::MessagePage>> listMessages(const QString &sandboxId, int offset, int limit,
                                                      const CallOptions &options = {}) override;
    QFuture<ApiResult<Api::AgentMessage>> getMessage(const QString &id) override;
    QFuture<ApiResult<Api::AgentMessage>> sendMessage(const QString &fromId, const QString &toId, const QJsonValue &content) override;
    QFuture<ApiResult<Api::BroadcastResult>> broadcast(const QString &workspaceId, const QString &fromId,
                                                       const QJsonValue &content) override;
    QFuture<ApiResult<Api::Collaboration>> orchestrate(const Api::CollaborationRequest &request) override;
    QFuture<ApiResult<Api::Collaboration>> getCollaboration(const QString &id) override;
    QFuture<ApiResult<QList<Api::DiscoveredAgent>>> discoverAgents(const QString &workspaceId) override;
    QFuture<ApiResult<Api::SystemHealth>> systemHealth() override;

    // Workspace names by ID, as of the last list.
    QHash<QString, QString> workspaceNames() const { return m_workspaceNames; }

private:
    // Every page of a list under `key` ("workspaces", "sandboxes"), each item read by `parse`.
    template <typename T, typename Parse>
    void collectPages(const QString &path, const QString &key, const CallOptions &options, Parse parse, int offset,
                      std::shared_ptr<QList<T>> items, std::function<void(const ApiResult<QList<T>> &)> done);
    // One agent sandbox as a session, its workspace named from the last list.
    QFuture<ApiResult<Api::Sandbox>> sandboxCall(const HttpRequest &request, const CallOptions &options = {});

    QHash<QString, QString> m_workspaceNames;
};

} // namespace Sandbar::Core
