// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's connections: the ones the list shows (one, or several together), wiring each to
// the window, the one the panes follow, and keeping what a connection had on screen while it
// is not shown.
#include "mainwindow.h"

#include "codeeditorpanel.h"
#include "containerspane.h"
#include "createsandboxdialog.h"
#include "detailpane.h"
#include "errorbanner.h"
#include "filebrowserpane.h"
#include "messagespane.h"
#include "overviewpane.h"
#include "profileswitcher.h"
#include "sessionlistpane.h"

#include "core/agents/workspacecontroller.h"
#include "core/providers/providerregistry.h"
#include "core/sessions/connectionstate.h"
#include "core/sessions/expirywatcher.h"
#include "core/sessions/sessioncontroller.h"
#include "core/sessions/sessionfilterproxy.h"
#include "core/sessions/sessionlistmodel.h"
#include "core/sessions/sessionpoller.h"

#include <QDockWidget>
#include <QLoggingCategory>
#include <QStackedWidget>
#include <QStatusBar>

Q_DECLARE_LOGGING_CATEGORY(lcWindow)

namespace Sandbar::Ui {

using namespace Sandbar::Core;

QString MainWindow::keyOf(const Connection::Target &target)
{
    return target.profileName + QLatin1Char('\n') + target.url.toString();
}

void MainWindow::connectTo(const Connection::Target &target)
{
    qCInfo(lcWindow).noquote() << "connecting to" << target.url.toString();
    // Messages about the previous connections no longer apply.
    m_banner->clear(kActionSource);
    m_banner->clear(kConnectionSource);
    m_detail->overview()->clearHistory();
    const QString key = keyOf(target);
    for (const QString &shown : QStringList(m_shown)) {
        if (shown != key)
            park(shown);
    }
    join(target, true);
}

void MainWindow::addConnection(const Connection::Target &target)
{
    qCInfo(lcWindow).noquote() << "also showing" << target.url.toString();
    join(target, false);
}

void MainWindow::removeConnection(const QString &profileName)
{
    if (m_shown.size() < 2)
        return;
    for (const QString &key : QStringList(m_shown)) {
        if (m_slots.value(key).connection->origin() == profileName)
            park(key);
    }
    if (!m_connection)
        focus(m_slots.value(m_shown.first()).connection);
    shownChanged();
}

void MainWindow::shownChanged()
{
    QList<Connection::Target> targets;
    for (const Connection *c : shownConnections())
        targets.append(c->target());
    m_profiles->showConnected(targets);
    showCapabilities();
    updateTemplates();
    updatePanesActive();
    connectionStateChanged();
    updateActions();
    updateStatusBar();
}

QList<Connection *> MainWindow::shownConnections() const
{
    QList<Connection *> list;
    for (const QString &key : m_shown) {
        if (Connection *c = m_slots.value(key).connection)
            list.append(c);
    }
    return list;
}

void MainWindow::join(const Connection::Target &target, bool alone)
{
    const QString key = keyOf(target);
    // The same profile at another URL, or this one with another token, is replaced in its place.
    qsizetype place = -1;
    for (const QString &shown : QStringList(m_shown)) {
        const Connection *c = m_slots.value(shown).connection;
        if (shown != key && c->origin() == target.profileName) {
            place = m_shown.indexOf(shown);
            park(shown);
        }
    }
    ConnectionSlot &slot = m_slots[key];
    if (slot.connection && slot.connection->target().token != target.token) {
        // A new token: a new connection and panes (buffers are autosaved), the same list.
        if (m_shown.contains(key)) {
            place = m_shown.indexOf(key);
            park(key);
        }
        delete slot.files;
        delete slot.editor;
        delete slot.containers;
        delete slot.messages;
        delete slot.connection;
    }
    Connection *connection = slot.connection;
    if (!connection) {
        connection = new Connection(target, m_model, m_history, this);
        slot.connection = connection;
        slot.files = new FileBrowserPane(connection->provider(), m_filesStack);
        slot.editor = new CodeEditorPanel(connection->provider(), m_editorStack);
        m_filesStack->addWidget(slot.files);
        m_editorStack->addWidget(slot.editor);
        CodeEditorPanel *editor = slot.editor;
        connect(slot.files, &FileBrowserPane::fileOpened, editor, &CodeEditorPanel::openFile);
        connect(slot.files, &FileBrowserPane::fileOpened, m_editorDock, [this] { m_editorDock->raise(); });
        if (connection->provider()->capabilities().testFlag(SandboxProvider::Capability::Containers)) {
            slot.containers = new ContainersPane(connection->provider(), m_containersStack);
            m_containersStack->addWidget(slot.containers);
            connect(slot.containers, &ContainersPane::failed, this,
                    [this, connection](const QString &message) { m_banner->showMessage(kActionSource, about(connection, message)); });
        }
        connect(editor, &CodeEditorPanel::readyToClose, this, [this, editor] {
            m_editsAnswered.insert(editor);
            m_reclosing = true;
            close();
            m_reclosing = false;
        });
    }
    const bool wasShown = m_shown.contains(key);
    if (!wasShown) {
        m_shown.insert(place >= 0 ? place : m_shown.size(), key);
        // The list as this connection left it (nothing for one never shown), until its first
        // poll answers.
        m_model->restore(std::exchange(slot.rows, {}), connection->origin());
        m_sessions->proxy()->setClearedIds(m_sessions->proxy()->clearedIds() + std::exchange(slot.cleared, {}));
        wireConnection(connection);
        if (connection->isSuspended())
            connection->resume();
        joinAgents(key, connection);
    }
    if (!alone)
        connection->poller()->setSelectedSession({}); // until one of its rows is selected
    if (alone || !m_connection) {
        m_connection = nullptr; // focus() below sets the panes up for it
        focus(connection);
        // What it had selected when it was parked; once.
        const QStringList parkedSelection = std::exchange(slot.selection, {});
        const QString parkedCurrent = std::exchange(slot.current, {});
        if (!wasShown)
            m_sessions->restoreSelection(parkedSelection, parkedCurrent);
        const QString current = m_sessions->currentId();
        connection->poller()->setSelectedSession(current);
        m_files->setSandbox(current);
        m_editor->setSandbox(current);
        m_detail->setSession(current);
    }
    bool listed = false;
    for (const Connection *c : shownConnections())
        listed = listed || c->lastPoll().isValid();
    if (listed)
        m_sessions->setLoaded();
    else
        m_sessions->setNotLoaded(tr("Connecting to %1…").arg(target.url.toDisplayString()));
    shownChanged();
}

void MainWindow::focus(Connection *connection)
{
    if (!connection || connection == m_connection)
        return;
    m_connection = connection;
    const ConnectionSlot &slot = m_slots[keyOf(connection->target())];
    m_files = slot.files;
    m_editor = slot.editor;
    m_filesStack->setCurrentWidget(m_files);
    m_editorStack->setCurrentWidget(m_editor);
    // The Containers tab is there for services that run containers.
    if (slot.containers) {
        m_containersStack->setCurrentWidget(slot.containers);
        m_containersDock->show();
    } else {
        m_containersDock->hide();
    }
    focusAgents(keyOf(connection->target()));
    SessionController *c = connection->controller();
    m_detail->setExtendEnabled(c->canExtend());
    showCapabilities();
    m_detail->setMaxTimeoutSeconds(c->maxTimeoutSeconds());
}

void MainWindow::showCapabilities()
{
    if (!m_connection)
        return;
    SandboxProvider *provider = m_connection->provider();
    const auto kind = providerKind(provider->apiKind());
    m_detail->setMaxTimeoutSeconds(provider->maxTimeoutSeconds());
    m_detail->setKeepAliveSeconds(std::max(1, provider->keepAliveIntervalMs() / 1000));
    m_detail->setCapabilities(provider->capabilities(), kind ? kind->displayName : provider->apiKind());
    const auto factsOf = [](const Connection *c) -> OverviewPane::Facts {
        const auto apiKind = providerKind(c->provider()->apiKind());
        return {c->target().profileName, apiKind ? apiKind->displayName : c->provider()->apiKind(), c->target().url,
                c->target().sandbarLocal};
    };
    QList<OverviewPane::Facts> others;
    for (const Connection *shown : shownConnections()) {
        if (shown != m_connection)
            others.append(factsOf(shown));
    }
    m_detail->overview()->setConnection(factsOf(m_connection), provider, m_connection->poller(), others);
    // The list has a column for whatever any shown service fills.
    SandboxProvider::Capabilities capabilities;
    bool templates = false;
    for (const Connection *shown : shownConnections()) {
        capabilities |= shown->provider()->capabilities();
        const SandboxProvider::CreateForm form = shown->provider()->createForm();
        templates = templates || form.has(SandboxProvider::CreateForm::Template) ||
                    form.has(SandboxProvider::CreateForm::CodeSnippet) || form.has(SandboxProvider::CreateForm::Language);
    }
    m_sessions->showColumnsFor(capabilities, templates);
    action(ActionId::Start)->setVisible(capabilities.testFlag(SandboxProvider::Capability::StartStop));
    action(ActionId::Stop)->setVisible(capabilities.testFlag(SandboxProvider::Capability::StartStop));
    m_sessions->setConnectionColumnShown(m_shown.size() > 1);
}

void MainWindow::park(const QString &key)
{
    ConnectionSlot &slot = m_slots[key];
    Connection *connection = slot.connection;
    m_shown.removeAll(key);
    if (!connection)
        return;
    const QString origin = connection->origin();
    slot.rows = m_model->snapshot(origin);
    QSet<QString> cleared = m_sessions->proxy()->clearedIds();
    slot.cleared.clear();
    for (const Api::Sandbox &sandbox : std::as_const(slot.rows.sandboxes)) {
        if (cleared.remove(sandbox.id))
            slot.cleared.insert(sandbox.id);
    }
    slot.selection.clear();
    for (const QString &id : m_sessions->selectedIds()) {
        if (m_model->originOf(id) == origin)
            slot.selection.append(id);
    }
    const QString current = m_sessions->currentId();
    slot.current = m_model->originOf(current) == origin ? current : QString();
    connection->suspend();
    if (slot.workspaces)
        slot.workspaces->setActive(false);
    if (slot.messages)
        slot.messages->setActive(false);
    // What it still answers (an action in flight) is not this window's to show any more.
    disconnect(connection->poller(), nullptr, this, nullptr);
    disconnect(connection->controller(), nullptr, this, nullptr);
    disconnect(connection->controller(), nullptr, m_detail, nullptr);
    disconnect(connection->state(), nullptr, this, nullptr);
    if (m_troubled == connection) {
        m_troubled = nullptr;
        m_banner->clear(kConnectionSource);
    }
    // A create dialog for it would create nothing: it closes.
    if (m_createDialog && m_createOn == connection)
        m_createDialog->close();
    // Its panes keep what they show: the selection leaving with its rows must not reach them.
    if (m_connection == connection) {
        m_connection = nullptr;
        m_files = nullptr;
        m_editor = nullptr;
    }
    m_model->applyPoll({}, origin); // its rows leave the list
    m_sessions->proxy()->setClearedIds(cleared);
}

void MainWindow::wireConnection(Connection *connection)
{
    connect(connection->state(), &ConnectionState::changed, this, [this, connection] { connectionStateChanged(connection); });
    connect(connection->poller(), &SessionPoller::listApplied, this, [this] {
        m_sessions->setLoaded();
        updateStatusBar();
    });
    connect(connection->poller(), &SessionPoller::keepAliveFailed, this, [this, connection](const QString &id, const ApiError &error) {
        actionFailed(about(connection, tr("Keep %1 alive").arg(shortId(id))), error, connection);
    });
    SessionController *c = connection->controller();
    connect(c, &SessionController::failed, this,
            [this, connection](const QString &action, const ApiError &error) { actionFailed(about(connection, action), error, connection); });
    connect(c, &SessionController::hostUrlFailed, this,
            [this](const QString &id, int, const ApiError &error) { m_detail->showHostUrlError(id, error.message); });
    connect(c, &SessionController::hostUrlReady, m_detail, &DetailPane::showHostUrl);
    connect(c, &SessionController::created, this, [this](const Api::Sandbox &sandbox) {
        m_watcher->watch(sandbox.id);
        m_banner->clear(kActionSource);
        if (!m_sessions->select(sandbox.id))
            m_pendingSelection = sandbox.id;
        statusBar()->showMessage(tr("Created %1").arg(shortId(sandbox.id)), 5000);
    });
    connect(c, &SessionController::started, this, [this](const QStringList &ids) {
        statusBar()->showMessage(tr("Started %n sandbox(es)", nullptr, int(ids.size())), 5000);
    });
    connect(c, &SessionController::stopped, this, [this](const QStringList &ids) {
        statusBar()->showMessage(tr("Stopped %n sandbox(es); their files are kept", nullptr, int(ids.size())), 5000);
    });
    connect(c, &SessionController::killed, this, [this](const QStringList &ids) {
        QStringList names;
        for (const QString &id : ids)
            names.append(shortId(id));
        statusBar()->showMessage(tr("Killed %n sandbox(es): %1", nullptr, int(ids.size())).arg(names.join(QStringLiteral(", "))),
                                 8000);
    });
    connect(c, &SessionController::extended, this, [this, connection](const QList<ExtendOutcome> &outcomes) {
        statusBar()->showMessage(describeExtension(connection, outcomes), 15000);
    });
    connect(c, &SessionController::templatesLoaded, this, [this, connection](const QList<Api::SandboxTemplate> &templates) {
        m_slots[keyOf(connection->target())].templates = templates;
        updateTemplates();
        if (m_createDialog && m_createOn == connection)
            m_createDialog->setTemplates(templates);
    });
    connect(c, &SessionController::templatesFailed, this, [this, connection](const ApiError &error) {
        if (m_createDialog && m_createOn == connection)
            m_createDialog->setTemplatesError(error.message);
    });
    c->loadTemplates();
}

void MainWindow::updateTemplates()
{
    QStringList names;
    for (const QString &key : std::as_const(m_shown)) {
        for (const Api::SandboxTemplate &t : m_slots.value(key).templates) {
            if (!names.contains(t.name))
                names.append(t.name);
        }
    }
    m_sessions->setTemplates(names);
}

Connection *MainWindow::connectionOf(const QString &sandboxId) const
{
    const QString origin = m_model->originOf(sandboxId);
    for (Connection *c : shownConnections()) {
        if (c->origin() == origin)
            return c;
    }
    return nullptr;
}

QList<QPair<Connection *, QStringList>> MainWindow::byConnection(const QStringList &ids) const
{
    QList<QPair<Connection *, QStringList>> groups;
    for (const QString &id : ids) {
        Connection *c = connectionOf(id);
        if (!c)
            continue;
        auto group = std::find_if(groups.begin(), groups.end(), [c](const auto &g) { return g.first == c; });
        if (group == groups.end())
            groups.append({c, {id}});
        else
            group->second.append(id);
    }
    return groups;
}

QString MainWindow::about(const Connection *connection, const QString &message) const
{
    return m_shown.size() > 1 && connection ? tr("%1: %2").arg(connection->origin(), message) : message;
}

void MainWindow::updatePanesActive()
{
    if (!m_editor || !m_files)
        return;
    const std::optional<Api::Sandbox> sandbox = m_model->sandbox(m_editor->sandboxId());
    const bool active = !sandbox || !Api::isFinal(sandbox->status);
    m_editor->setSandboxActive(active);
    m_files->setSandboxActive(active);
}

} // namespace Sandbar::Ui
