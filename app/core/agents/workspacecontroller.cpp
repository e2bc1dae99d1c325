// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agents/workspacecontroller.h"

#include "core/net/continuation.h"
#include "core/providers/sandboxprovider.h"
#include "core/providers/workspaceapi.h"

namespace Sandbar::Core {

using namespace Sandbar::Api;

namespace {
WorkspaceApi *apiOf(SandboxProvider *provider)
{
    return provider ? provider->workspaceApi() : nullptr;
}
} // namespace

WorkspaceController::WorkspaceController(SandboxProvider *provider, QObject *parent)
    : QObject(parent), m_provider(provider)
{
    m_listTimer.setInterval(kListIntervalMs);
    connect(&m_listTimer, &QTimer::timeout, this, &WorkspaceController::refresh);
    m_metricsTimer.setInterval(kMetricsIntervalMs);
    connect(&m_metricsTimer, &QTimer::timeout, this, &WorkspaceController::fetchMetrics);
    m_healthTimer.setInterval(kHealthIntervalMs);
    connect(&m_healthTimer, &QTimer::timeout, this, &WorkspaceController::fetchHealth);
    m_collaborationTimer.setInterval(kCollaborationIntervalMs);
    connect(&m_collaborationTimer, &QTimer::timeout, this, &WorkspaceController::followCollaboration);
}

QString WorkspaceController::nameOf(const QString &workspaceId) const
{
    for (const Workspace &w : m_workspaces) {
        if (w.id == workspaceId)
            return w.name;
    }
    return workspaceId;
}

void WorkspaceController::setActive(bool active)
{
    if (active == m_listTimer.isActive())
        return;
    for (QTimer *timer : {&m_listTimer, &m_metricsTimer, &m_healthTimer}) {
        if (active)
            timer->start();
        else
            timer->stop();
    }
    if (!active)
        m_collaborationTimer.stop(); // followed again when shown (below)
    else if (m_collaboration && !isFinished(m_collaboration->status))
        m_collaborationTimer.start();
    if (active) {
        refresh();
        fetchHealth();
        fetchMetrics();
    }
}

void WorkspaceController::refresh()
{
    WorkspaceApi *api = apiOf(m_provider);
    if (!api)
        return;
    const quint64 generation = ++m_listGeneration; // the newest list wins
    continueIn(this, api->listWorkspaces(CallOptions{10000, 1}), [this, generation](const ApiResult<QList<Workspace>> &list) {
        if (generation != m_listGeneration || !list)
            return; // a failing list is the connection's news (the session poll says it)
        m_workspaces = *list;
        emit workspacesChanged();
    });
}

void WorkspaceController::create(const QString &name, const QString &description)
{
    WorkspaceApi *api = apiOf(m_provider);
    if (!api)
        return;
    continueIn(this, api->createWorkspace(name, description), [this, name](const ApiResult<Workspace> &workspace) {
        if (!workspace)
            return emit failed(tr("Create workspace %1").arg(name), workspace.error());
        m_workspaces.prepend(*workspace);
        emit workspacesChanged();
        emit created(*workspace);
        refresh();
    });
}

void WorkspaceController::rename(const QString &id, const QString &name, const QString &description)
{
    WorkspaceApi *api = apiOf(m_provider);
    if (!api)
        return;
    continueIn(this, api->updateWorkspace(id, name, description), [this, id](const ApiResult<Workspace> &workspace) {
        if (!workspace)
            return emit failed(tr("Rename workspace %1").arg(nameOf(id)), workspace.error());
        for (Workspace &w : m_workspaces) {
            if (w.id == id)
                w = *workspace;
        }
        emit workspacesChanged();
        refresh(); // a list asked before the change must not bring the old name back
    });
}

void WorkspaceController::remove(const QString &id)
{
    WorkspaceApi *api = apiOf(m_provider);
    if (!api)
        return;
    const QString name = nameOf(id);
    continueIn(this, api->deleteWorkspace(id), [this, id, name](const ApiResult<Confirmation> &done) {
        if (!done)
            return emit failed(tr("Delete workspace %1").arg(name), done.error());
        m_workspaces.removeIf([&id](const Workspace &w) { return w.id == id; });
        emit workspacesChanged();
        emit removed(id);
        refresh(); // a list asked before the delete must not bring it back
    });
}

void WorkspaceController::setSelected(const QString &workspaceId)
{
    if (workspaceId == m_selected)
        return;
    m_selected = workspaceId;
    m_metrics.reset();
    ++m_metricsGeneration;
    emit metricsChanged();
    fetchMetrics();
}

void WorkspaceController::fetchMetrics()
{
    WorkspaceApi *api = apiOf(m_provider);
    if (!api || m_selected.isEmpty())
        return;
    const quint64 generation = ++m_metricsGeneration;
    continueIn(this, api->workspaceMetrics(m_selected, CallOptions{10000, 1}), [this, generation](const ApiResult<WorkspaceMetrics> &metrics) {
        if (generation != m_metricsGeneration || !metrics)
            return;
        m_metrics = *metrics;
        emit metricsChanged();
    });
}

void WorkspaceController::fetchHealth()
{
    WorkspaceApi *api = apiOf(m_provider);
    if (!api)
        return;
    continueIn(this, api->systemHealth(), [this](const ApiResult<SystemHealth> &health) {
        if (health)
            m_health = *health;
        else
            m_health = SystemHealth{tr("unreachable: %1").arg(health.error().message), {}, {}};
        emit healthChanged();
    });
}

bool WorkspaceController::isFinished(const QString &status)
{
    static const QStringList finished{QStringLiteral("completed"), QStringLiteral("failed"), QStringLiteral("cancelled"),
                                      QStringLiteral("error"), QStringLiteral("timeout")};
    return finished.contains(status.toLower());
}

void WorkspaceController::orchestrate(const CollaborationRequest &request)
{
    WorkspaceApi *api = apiOf(m_provider);
    if (!api)
        return;
    m_collaborationTimer.stop();
    m_collaboration.reset();
    emit collaborationChanged();
    continueIn(this, api->orchestrate(request), [this](const ApiResult<Collaboration> &collaboration) {
        if (!collaboration)
            return emit collaborationFailed(collaboration.error());
        m_collaboration = *collaboration;
        emit collaborationChanged();
        if (!isFinished(collaboration->status))
            m_collaborationTimer.start();
    });
}

void WorkspaceController::followCollaboration()
{
    WorkspaceApi *api = apiOf(m_provider);
    if (!api || !m_collaboration) {
        m_collaborationTimer.stop();
        return;
    }
    if (m_collaborationInFlight)
        return;
    m_collaborationInFlight = true;
    const QString id = m_collaboration->id;
    continueIn(this, api->getCollaboration(id), [this, id](const ApiResult<Collaboration> &collaboration) {
        m_collaborationInFlight = false;
        if (!m_collaboration || m_collaboration->id != id)
            return;
        if (!collaboration) {
            m_collaborationTimer.stop();
            return emit collaborationFailed(collaboration.error());
        }
        m_collaboration = *collaboration;
        emit collaborationChanged();
        if (isFinished(collaboration->status))
            m_collaborationTimer.stop();
    });
}

void WorkspaceController::discover(const QString &workspaceId)
{
    WorkspaceApi *api = apiOf(m_provider);
    if (!api)
        return;
    continueIn(this, api->discoverAgents(workspaceId), [this, workspaceId](const ApiResult<QList<DiscoveredAgent>> &agents) {
        if (!agents)
            return emit failed(tr("Discover agents"), agents.error());
        emit agentsDiscovered(workspaceId, *agents);
    });
}

} // namespace Sandbar::Core
