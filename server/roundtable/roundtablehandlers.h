// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/apierror.h"
#include "roundtable/roundtablestore.h"

#include <QUrlQuery>

namespace Sandbar::Server {

class SandboxManager;

// Round Table's workspaces, agent sandboxes, collaborations and system calls
// (shared/api-docs/001) on sandbar-local. An agent sandbox is a real sandbox made paused (its
// files, no processes): start runs a process tree on those files, stop ends it and keeps them,
// so its uptime is real. sandbar-local runs no language models: orchestrating a collaboration
// answers 501 after checking the request, and discovering agents lists the workspace's
// sandboxes with their primary_agent as agent_type.
class RoundTableHandlers
{
public:
    RoundTableHandlers(SandboxManager *sandboxes, RoundTableStore *store, bool isolated);

    Result<Reply> createWorkspace(const QByteArray &body);
    Result<Reply> listWorkspaces(const QUrlQuery &query) const;
    Result<Reply> getWorkspace(const QString &id) const;
    Result<Reply> updateWorkspace(const QString &id, const QByteArray &body);
    Result<Reply> deleteWorkspace(const QString &id);
    Result<Reply> workspaceMetrics(const QString &id) const;
    Result<Reply> discoverAgents(const QString &workspaceId) const;

    Result<Reply> createSandbox(const QByteArray &body);
    Result<Reply> listSandboxes(const QUrlQuery &query) const;
    Result<Reply> getSandbox(const QString &id) const;
    Result<Reply> startSandbox(const QString &id);
    Result<Reply> stopSandbox(const QString &id);
    Result<Reply> sandboxStatus(const QString &id) const;
    Result<Reply> sandboxMetrics(const QString &id) const;
    Result<Reply> deleteSandbox(const QString &id);

    Result<Reply> orchestrate(const QByteArray &body) const;
    Result<Reply> getCollaboration(const QString &id) const;

    Result<Reply> health() const;
    Result<Reply> systemInfo() const;

    // The template agent sandboxes run, and how long one start lasts at most (its sandbox's
    // deadline; start again to go on).
    static QString templateName();
    static constexpr int kRunSeconds = 7 * 86400;

    Result<RtWorkspace> findWorkspace(const QString &id) const;
    Result<RtSandbox> findSandbox(const QString &id) const;
    // Every sandbox of a workspace, oldest first.
    QList<RtSandbox> sandboxesOf(const QString &workspaceId) const;

private:
    QJsonObject workspaceJson(const RtWorkspace &workspace) const;
    QJsonObject sandboxJson(const RtSandbox &sandbox) const;
    // created (never started), running, stopped, failed (start runs it again) or ended (killed
    // through another API, or past its deadline: final); and seconds since it started.
    QString statusOf(const RtSandbox &sandbox) const;
    qint64 uptimeOf(const RtSandbox &sandbox) const;
    QJsonValue startedAtOf(const RtSandbox &sandbox) const; // null unless running

    SandboxManager *m_sandboxes;
    RoundTableStore *m_store;
    bool m_isolated;
};

} // namespace Sandbar::Server
