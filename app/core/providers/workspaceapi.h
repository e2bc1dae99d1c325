// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a service whose sandboxes live in workspaces offers beside SandboxProvider's calls:
// workspaces, messages between sandboxes, collaborations and system calls (Round Table,
// shared/api-docs/001). SandboxProvider::workspaceApi() gives it where the service has it.

#include "core/api/apierror.h"
#include "core/api/roundtabletypes.h"
#include "core/providers/sandboxprovider.h"

#include <QFuture>

namespace Sandbar::Core {

class WorkspaceApi
{
public:
    virtual ~WorkspaceApi() = default;

    virtual QFuture<ApiResult<QList<Api::Workspace>>> listWorkspaces(const CallOptions &options = {}) = 0;
    virtual QFuture<ApiResult<Api::Workspace>> getWorkspace(const QString &id) = 0;
    virtual QFuture<ApiResult<Api::Workspace>> createWorkspace(const QString &name, const QString &description) = 0;
    virtual QFuture<ApiResult<Api::Workspace>> updateWorkspace(const QString &id, const QString &name,
                                                               const QString &description) = 0;
    virtual QFuture<ApiResult<Api::Confirmation>> deleteWorkspace(const QString &id) = 0;
    virtual QFuture<ApiResult<Api::WorkspaceMetrics>> workspaceMetrics(const QString &id, const CallOptions &options = {}) = 0;

    // Status and uptime; and the message counters (sandboxes.status, sandboxes.metrics).
    virtual QFuture<ApiResult<Api::AgentCounters>> sandboxStatus(const QString &id) = 0;
    virtual QFuture<ApiResult<Api::AgentCounters>> sandboxCounters(const QString &id, const CallOptions &options = {}) = 0;

    // A sandbox's messages (sent and received), newest first.
    virtual QFuture<ApiResult<Api::MessagePage>> listMessages(const QString &sandboxId, int offset, int limit,
                                                              const CallOptions &options = {}) = 0;
    virtual QFuture<ApiResult<Api::AgentMessage>> getMessage(const QString &id) = 0;
    virtual QFuture<ApiResult<Api::AgentMessage>> sendMessage(const QString &fromId, const QString &toId,
                                                              const QJsonValue &content) = 0;
    virtual QFuture<ApiResult<Api::BroadcastResult>> broadcast(const QString &workspaceId, const QString &fromId,
                                                               const QJsonValue &content) = 0;

    virtual QFuture<ApiResult<Api::Collaboration>> orchestrate(const Api::CollaborationRequest &request) = 0;
    virtual QFuture<ApiResult<Api::Collaboration>> getCollaboration(const QString &id) = 0;
    virtual QFuture<ApiResult<QList<Api::DiscoveredAgent>>> discoverAgents(const QString &workspaceId) = 0;

    // health_check and system_info in one.
    virtual QFuture<ApiResult<Api::SystemHealth>> systemHealth() = 0;
};

} // namespace Sandbar::Core
