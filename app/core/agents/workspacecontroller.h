// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apierror.h"
#include "core/api/roundtabletypes.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace Sandbar::Core {

class SandboxProvider;

// The workspaces of a service whose sandboxes live in them (Capability::Workspaces): the list
// (create, rename, delete), the chosen workspace's aggregate metrics, the service's health and
// version, and collaborations (start one, follow its status and progress, discover agents).
// Polled while active; widgets ask it and hold no reply.
class WorkspaceController : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceController(SandboxProvider *provider, QObject *parent = nullptr);

    QList<Api::Workspace> workspaces() const { return m_workspaces; }
    QString nameOf(const QString &workspaceId) const;
    void setActive(bool active);
    void refresh();
    void create(const QString &name, const QString &description);
    void rename(const QString &id, const QString &name, const QString &description);
    void remove(const QString &id);

    // The workspace whose metrics are followed; empty: none.
    void setSelected(const QString &workspaceId);
    QString selected() const { return m_selected; }
    std::optional<Api::WorkspaceMetrics> metrics() const { return m_metrics; }
    std::optional<Api::SystemHealth> health() const { return m_health; }

    void orchestrate(const Api::CollaborationRequest &request);
    std::optional<Api::Collaboration> collaboration() const { return m_collaboration; }
    void discover(const QString &workspaceId);
    // A collaboration in one of these states is not followed any more.
    static bool isFinished(const QString &status);

    static constexpr int kListIntervalMs = 15000;
    static constexpr int kMetricsIntervalMs = 5000;
    static constexpr int kHealthIntervalMs = 60000;
    static constexpr int kCollaborationIntervalMs = 2000;

signals:
    void workspacesChanged();
    void created(const Sandbar::Api::Workspace &workspace);
    void removed(const QString &id);
    void metricsChanged();
    void healthChanged();
    void collaborationChanged();
    void collaborationFailed(const Sandbar::Core::ApiError &error);
    void agentsDiscovered(const QString &workspaceId, const QList<Sandbar::Api::DiscoveredAgent> &agents);
    void failed(const QString &action, const Sandbar::Core::ApiError &error);

private:
    void fetchMetrics();
    void fetchHealth();
    void followCollaboration();

    QPointer<SandboxProvider> m_provider;
    QList<Api::Workspace> m_workspaces;
    QString m_selected;
    std::optional<Api::WorkspaceMetrics> m_metrics;
    std::optional<Api::SystemHealth> m_health;
    std::optional<Api::Collaboration> m_collaboration;
    quint64 m_listGeneration = 0;
    quint64 m_metricsGeneration = 0;
    bool m_collaborationInFlight = false;
    QTimer m_listTimer;
    QTimer m_metricsTimer;
    QTimer m_healthTimer;
    QTimer m_collaborationTimer;
};

} // namespace Sandbar::Core
