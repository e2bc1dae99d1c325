// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's views for services whose sandboxes live in workspaces and message each other
// (Round Table): the workspace bar above the list, the Messages tab, start and stop, the
// collaboration dialog and the service's health in the status bar's tooltip.
#include "mainwindow.h"

#include "collaborationdialog.h"
#include "detailpane.h"
#include "errorbanner.h"
#include "messagespane.h"
#include "sessionlistpane.h"
#include "workspacebar.h"

#include "core/agents/workspacecontroller.h"
#include "core/providers/sandboxprovider.h"
#include "core/sessions/sessioncontroller.h"
#include "core/sessions/sessionfilterproxy.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QStackedWidget>
#include <QStatusBar>

namespace Sandbar::Ui {

using namespace Sandbar::Core;
using Capability = SandboxProvider::Capability;

void MainWindow::buildAgentViews()
{
    m_workspaceBar = new WorkspaceBar(m_sessions);
    m_sessions->addBar(m_workspaceBar);
    connect(m_workspaceBar, &WorkspaceBar::workspaceChosen, this, [this](const QString &id) {
        m_sessions->proxy()->setWorkspaceFilter(m_connection ? m_connection->origin() : QString(), id);
        updateStatusBar();
    });
    connect(m_workspaceBar, &WorkspaceBar::collaborationRequested, this, &MainWindow::openCollaboration);

    m_messagesDock = new QDockWidget(tr("Messages"), this);
    m_messagesDock->setObjectName(QStringLiteral("messagesDock"));
    m_messagesDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_messagesStack = new QStackedWidget(m_messagesDock);
    m_messagesDock->setWidget(m_messagesStack);
    addDockWidget(Qt::LeftDockWidgetArea, m_messagesDock);
    tabifyDockWidget(m_filesDock, m_messagesDock);
    m_messagesDock->hide(); // until a connection's service has messages
    m_messagesDock->toggleViewAction()->setVisible(false);
    // Messages are polled while the tab is in view.
    connect(m_messagesDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (MessagesPane *pane = messagesPane())
            pane->setActive(visible);
    });

    connect(m_detail, &DetailPane::startRequested, this, [this](const QString &id) { startOrStopSelected({id}, true); });
    connect(m_detail, &DetailPane::stopRequested, this, [this](const QString &id) { startOrStopSelected({id}, false); });
}

void MainWindow::joinAgents(const QString &key, Connection *connection)
{
    ConnectionSlot &slot = m_slots[key];
    const SandboxProvider::Capabilities capabilities = connection->provider()->capabilities();
    if (capabilities.testFlag(Capability::Workspaces) && !slot.workspaces) {
        slot.workspaces = new WorkspaceController(connection->provider(), connection);
        // What a connection that is not shown any more still answers is not this window's news.
        connect(slot.workspaces, &WorkspaceController::failed, this, [this, key, connection](const QString &action, const ApiError &error) {
            if (m_shown.contains(key))
                actionFailed(about(connection, action), error, connection);
        });
        connect(slot.workspaces, &WorkspaceController::healthChanged, this, &MainWindow::updateStatusBar);
        // A workspace made or removed changes the sessions listed: poll now.
        connect(slot.workspaces, &WorkspaceController::created, connection, [connection] { connection->controller()->refresh(); });
        connect(slot.workspaces, &WorkspaceController::removed, connection, [connection] { connection->controller()->refresh(); });
        // A sandbox made in another workspace than the one shown: the list shows that one.
        connect(connection->controller(), &SessionController::created, this, [this, key](const Api::Sandbox &sandbox) {
            const WorkspaceController *w = m_slots.value(key).workspaces;
            if (!w || m_workspaceBar->controller() != w || m_workspaceBar->current().isEmpty() ||
                m_workspaceBar->current() == sandbox.workspaceId)
                return;
            m_workspaceBar->choose(sandbox.workspaceId);
            if (m_sessions->select(sandbox.id))
                m_pendingSelection.clear();
        });
    }
    if (capabilities.testFlag(Capability::Messages) && !slot.messages) {
        slot.messages = new MessagesPane(connection->provider(), m_model, m_messagesStack);
        m_messagesStack->addWidget(slot.messages);
        connect(slot.messages, &MessagesPane::failed, this, [this, key, connection](const QString &message) {
            if (m_shown.contains(key))
                m_banner->showMessage(kActionSource, about(connection, message));
        });
    }
    if (slot.workspaces)
        slot.workspaces->setActive(true);
}

void MainWindow::focusAgents(const QString &key)
{
    const ConnectionSlot &slot = m_slots[key];
    // The shown connections' workspace controllers poll; the bar shows the focused one's.
    for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it) {
        if (WorkspaceController *w = it->workspaces)
            w->setActive(m_shown.contains(it.key()));
    }
    m_workspaceBar->setController(slot.workspaces);
    // The filter is the bar's, of the focused connection's rows.
    m_sessions->proxy()->setWorkspaceFilter(m_connection ? m_connection->origin() : QString(),
                                            slot.workspaces ? m_workspaceBar->current() : QString());
    for (int i = 0; i < m_messagesStack->count(); ++i) {
        if (auto *pane = qobject_cast<MessagesPane *>(m_messagesStack->widget(i)))
            pane->setActive(pane == slot.messages && m_messagesDock->isVisible());
    }
    if (slot.messages) {
        m_messagesStack->setCurrentWidget(slot.messages);
        m_messagesDock->show();
        slot.messages->setActive(!m_messagesDock->visibleRegion().isEmpty());
    } else {
        m_messagesDock->hide();
    }
}

MessagesPane *MainWindow::messagesPane() const
{
    return m_connection ? m_slots.value(keyOf(m_connection->target())).messages.data() : nullptr;
}

void MainWindow::startOrStopSelected(const QStringList &ids, bool start)
{
    const Api::SandboxStatus from = start ? Api::SandboxStatus::Paused : Api::SandboxStatus::Running;
    for (const auto &[connection, own] : byConnection(ids)) {
        if (!connection->provider()->capabilities().testFlag(Capability::StartStop))
            continue;
        QStringList targets;
        for (const QString &id : own) {
            if (const auto sandbox = m_model->sandbox(id); sandbox && sandbox->status == from)
                targets.append(id);
        }
        if (start)
            connection->controller()->start(targets);
        else
            connection->controller()->stop(targets);
    }
}

void MainWindow::openCollaboration(const QString &workspaceId)
{
    WorkspaceController *controller = m_connection ? m_slots.value(keyOf(m_connection->target())).workspaces.data() : nullptr;
    if (!controller || workspaceId.isEmpty())
        return;
    auto *dialog = new CollaborationDialog(controller, m_model, workspaceId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QString MainWindow::healthText(const Connection *connection) const
{
    const WorkspaceController *controller = m_slots.value(keyOf(connection->target())).workspaces;
    const auto health = controller ? controller->health() : std::nullopt;
    if (!health)
        return {};
    QStringList parts{tr("Service: %1").arg(health->status)};
    if (!health->version.isEmpty())
        parts << tr("version %1").arg(health->version);
    if (!health->environment.isEmpty())
        parts << tr("environment %1").arg(health->environment);
    return about(connection, parts.join(QStringLiteral(" · ")));
}

} // namespace Sandbar::Ui
