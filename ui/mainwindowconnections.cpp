// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's connections: connecting, wiring a connection's signals to the window, and
// keeping what a connection had on screen while another one is shown.
#include "mainwindow.h"

#include "codeeditorpanel.h"
#include "createsandboxdialog.h"
#include "detailpane.h"
#include "errorbanner.h"
#include "filebrowserpane.h"
#include "overviewpane.h"
#include "profileswitcher.h"
#include "sessionlistpane.h"

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

namespace {
// One entry per profile and server: the same profile on another URL is another connection.
QString keyOf(const Connection::Target &target)
{
    return target.profileName + QLatin1Char('\n') + target.url.toString();
}
} // namespace

void MainWindow::connectTo(const Connection::Target &target)
{
    qCInfo(lcWindow).noquote() << "connecting to" << target.url.toString();
    if (m_connection)
        parkConnection();
    // Messages about the previous connection no longer apply.
    m_banner->clear(kActionSource);
    m_banner->clear(kConnectionSource);

    ParkedConnection parked = m_parked.take(keyOf(target));
    const bool known = parked.connection != nullptr;
    if (known && parked.connection->target().token != target.token) {
        // A new token: a new connection and panes (buffers are autosaved), the same list.
        delete parked.files;
        delete parked.editor;
        delete parked.connection;
    }
    // The list as this connection left it (nothing for a connection never shown), until its
    // first poll answers.
    m_model->restore(parked.rows);
    m_sessions->proxy()->setClearedIds(parked.cleared);
    m_lastPoll = parked.lastPoll;
    if (parked.loaded)
        m_sessions->setLoaded();
    else
        m_sessions->setNotLoaded(tr("Connecting to %1…").arg(target.url.toDisplayString()));
    m_state->setConnecting();

    if (parked.connection) {
        m_connection = parked.connection;
        m_files = parked.files;
        m_editor = parked.editor;
    } else {
        m_connection = new Connection(target, m_model, m_history, m_state, this);
        m_files = new FileBrowserPane(m_connection->provider(), m_filesStack);
        m_editor = new CodeEditorPanel(m_connection->provider(), m_editorStack);
        m_filesStack->addWidget(m_files);
        m_editorStack->addWidget(m_editor);
        connect(m_files, &FileBrowserPane::fileOpened, m_editor, &CodeEditorPanel::openFile);
        connect(m_files, &FileBrowserPane::fileOpened, m_editorDock, [this] { m_editorDock->raise(); });
        connect(m_editor, &CodeEditorPanel::readyToClose, this, [this] {
            m_closeConfirmed = true;
            close();
        });
    }
    m_filesStack->setCurrentWidget(m_files);
    m_editorStack->setCurrentWidget(m_editor);
    wireConnection();
    showCapabilities();
    if (m_connection->isSuspended())
        m_connection->resume();
    m_sessions->restoreSelection(parked.selection, parked.current);
    m_profiles->showConnected(target);
    m_connection->poller()->setSelectedSession(m_sessions->currentId());
    const QString current = m_sessions->currentId();
    m_files->setSandbox(current);
    m_editor->setSandbox(current);
    m_detail->setSession(current);
    updatePanesActive();
    updateActions();
    updateStatusBar();
}

void MainWindow::showCapabilities()
{
    SandboxProvider *provider = m_connection->provider();
    const auto kind = providerKind(provider->apiKind());
    m_detail->setMaxTimeoutSeconds(provider->maxTimeoutSeconds());
    m_detail->setKeepAliveSeconds(std::max(1, provider->keepAliveIntervalMs() / 1000));
    m_detail->setCapabilities(provider->capabilities(), kind ? kind->displayName : provider->apiKind());
    const Connection::Target &target = m_connection->target();
    m_detail->overview()->setConnection({target.profileName, kind ? kind->displayName : provider->apiKind(), target.url,
                                         target.sandbarLocal},
                                        provider, m_connection->poller());
    const SandboxProvider::CreateForm form = provider->createForm();
    m_sessions->showColumnsFor(provider->capabilities(),
                               form.has(SandboxProvider::CreateForm::Template) || form.has(SandboxProvider::CreateForm::CodeSnippet));
}

void MainWindow::parkConnection()
{
    ParkedConnection &parked = m_parked[keyOf(m_connection->target())];
    parked.connection = m_connection;
    parked.files = m_files;
    parked.editor = m_editor;
    parked.rows = m_model->snapshot();
    parked.cleared = m_sessions->proxy()->clearedIds();
    parked.selection = m_sessions->selectedIds();
    parked.current = m_sessions->currentId();
    parked.loaded = m_sessions->isLoaded();
    parked.lastPoll = m_lastPoll;
    m_connection->suspend();
    // What it still answers (an action in flight) is not this window's to show any more.
    disconnect(m_connection->poller(), nullptr, this, nullptr);
    disconnect(m_connection->controller(), nullptr, this, nullptr);
    disconnect(m_connection->controller(), nullptr, m_detail, nullptr);
    m_connection = nullptr;
    m_files = nullptr;
    m_editor = nullptr;
}

void MainWindow::wireConnection()
{
    connect(m_connection->poller(), &SessionPoller::listApplied, this, [this] {
        m_sessions->setLoaded();
        m_lastPoll = QDateTime::currentDateTimeUtc();
        updateStatusBar();
    });
    connect(m_connection->poller(), &SessionPoller::keepAliveFailed, this, [this](const QString &id, const ApiError &error) {
        actionFailed(tr("Keep %1 alive").arg(shortId(id)), error);
    });
    SessionController *c = m_connection->controller();
    connect(c, &SessionController::failed, this, &MainWindow::actionFailed);
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
    connect(c, &SessionController::killed, this, [this](const QStringList &ids) {
        QStringList names;
        for (const QString &id : ids)
            names.append(shortId(id));
        statusBar()->showMessage(tr("Killed %n sandbox(es): %1", nullptr, int(ids.size())).arg(names.join(QStringLiteral(", "))),
                                 8000);
    });
    connect(c, &SessionController::extended, this,
            [this](const QList<ExtendOutcome> &outcomes) { statusBar()->showMessage(describeExtension(outcomes), 15000); });
    connect(c, &SessionController::templatesLoaded, this, [this](const QList<Api::SandboxTemplate> &templates) {
        QStringList names;
        for (const Api::SandboxTemplate &t : templates)
            names.append(t.name);
        m_sessions->setTemplates(names);
        if (m_createDialog)
            m_createDialog->setTemplates(templates);
    });
    connect(c, &SessionController::templatesFailed, this, [this](const ApiError &error) {
        if (m_createDialog)
            m_createDialog->setTemplatesError(error.message);
    });
    c->loadTemplates();
    m_detail->setExtendEnabled(c->canExtend());
    m_detail->setMaxTimeoutSeconds(c->maxTimeoutSeconds());
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
