// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "icons.h"

#include "codeeditor.h"
#include "codeeditorpanel.h"
#include "containerspane.h"
#include "messagespane.h"
#include "workspacebar.h"
#include "commandpalette.h"
#include "createsandboxdialog.h"
#include "detailpane.h"
#include "errorbanner.h"
#include "overviewpane.h"
#include "filebrowserpane.h"
#include "format.h"
#include "metricscharts.h"
#include "profilesdialog.h"
#include "profileswitcher.h"
#include "sessionlistpane.h"

#include "core/agents/workspacecontroller.h"
#include "core/providers/agentsandboxesprovider.h"
#include "core/settings/connectionprofile.h"
#include "core/providers/sandboxprovider.h"
#include "core/sessions/connectionstate.h"
#include "core/sessions/expirywatcher.h"
#include "core/sessions/metricshistory.h"
#include "core/sessions/sessioncontroller.h"
#include "core/sessions/sessionfilterproxy.h"
#include "core/sessions/sessionlistmodel.h"
#include "core/sessions/sessionpoller.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

Q_LOGGING_CATEGORY(lcWindow, "sandbar.ui.window", QtInfoMsg)

namespace Sandbar::Ui {

using namespace Sandbar::Core;


MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_model(new SessionListModel(this)), m_history(new MetricsHistory(400, 720, this)),
      m_noConnection(new ConnectionState(this)), m_watcher(new ExpiryWatcher(m_model, this)),
      m_sessions(new SessionListPane(m_model, m_history, this)), m_detail(new DetailPane(m_model, m_history, this)),
      m_banner(new ErrorBanner(this)), m_profiles(new ProfileSwitcher(this)), m_connectionLabel(new QLabel(this)),
      m_countLabel(new QLabel(this))
{
    setWindowTitle(tr("Sandbar"));
    setObjectName(QStringLiteral("mainWindow"));
    resize(1360, 860);
    buildActions();
    applyIcons();
    buildLayout();

    connect(m_sessions, &SessionListPane::selectionChanged, this, &MainWindow::selectionChanged);
    connect(m_sessions, &SessionListPane::createRequested, this, &MainWindow::openCreateDialog);
    connect(m_sessions, &SessionListPane::activated, this, [this](const QString &id) { m_detail->setSession(id); });
    connect(m_detail, &DetailPane::extendRequested, this, [this](const QString &id, int seconds) {
        if (Connection *c = connectionOf(id))
            c->controller()->extend({id}, seconds);
    });
    connect(m_detail, &DetailPane::killRequested, this, [this](const QString &id) { killSelected({id}); });
    connect(m_detail->overview(), &OverviewPane::sessionActivated, this,
            [this](const QString &id) { m_sessions->restoreSelection({id}, id); });
    connect(m_detail, &DetailPane::keepAliveRequested, this, [this](const QString &id, bool keep) {
        if (Connection *c = connectionOf(id))
            c->controller()->setKeptAlive(id, keep);
    });
    connect(m_detail, &DetailPane::hostUrlRequested, this, [this](const QString &id, int port) {
        if (Connection *c = connectionOf(id))
            c->controller()->requestHostUrl(id, port);
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_pendingSelection.isEmpty() && m_sessions->select(m_pendingSelection))
            m_pendingSelection.clear();
        updateStatusBar();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateActions();
        updatePanesActive();
    });
    connect(m_banner, &ErrorBanner::actionTriggered, this, [this](ErrorBanner::Action action) {
        action == ErrorBanner::Action::EnterToken ? askForToken() : retry();
    });
    connect(m_watcher, &ExpiryWatcher::warning, this,
            [this](const QString &id, ExpiryWatcher::Warning warning) { expiryWarning(id, int(warning)); });

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("Sandbar"));
        m_tray->show();
    }

    // One timer for everything that moves with the clock: countdowns, warnings, status bar.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &MainWindow::tick);
    m_tick.start();

    restoreLayout();
    updateActions();
    connectionStateChanged();
}

MainWindow::~MainWindow()
{
    // Also when the application ends without a close event (a signal, the session ending).
    saveLayout();
    // Docks hidden while the window goes would otherwise reach into what is already gone.
    disconnect(m_messagesDock, nullptr, this, nullptr);
    // The panes use the connection's provider, and its callbacks touch the model: panes first,
    // then the connection.
    for (const ConnectionSlot &slot : std::as_const(m_slots)) {
        delete slot.files;
        delete slot.editor;
        delete slot.containers;
        delete slot.messages;
    }
    for (const ConnectionSlot &slot : std::as_const(m_slots))
        delete slot.connection;
}

void MainWindow::applyIcons()
{
    const QColor ink = palette().color(QPalette::ButtonText);
    const QList<QPair<ActionId, QString>> icons{{ActionId::New, QStringLiteral("new")},
                                                {ActionId::Kill, QStringLiteral("kill")},
                                                {ActionId::Extend5, QStringLiteral("extend")},
                                                {ActionId::Refresh, QStringLiteral("refresh")},
                                                {ActionId::Palette, QStringLiteral("search")}};
    for (const auto &[id, name] : icons)
        action(id)->setIcon(Resources::actionIcon(name, ink));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyIcons();
    QMainWindow::changeEvent(event);
}

QAction *MainWindow::action(ActionId id) const
{
    return m_actions.value(id);
}

void MainWindow::buildLayout()
{
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setMovable(false);
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(16, 16));
    m_profiles->setMenuActions({action(ActionId::Profiles), action(ActionId::EnterToken)});
    connect(m_profiles, &ProfileSwitcher::connectRequested, this, &MainWindow::connectTo);
    connect(m_profiles, &ProfileSwitcher::addRequested, this, &MainWindow::addConnection);
    connect(m_profiles, &ProfileSwitcher::removeRequested, this, &MainWindow::removeConnection);
    connect(m_profiles, &ProfileSwitcher::problem, this, [this](const QString &message, bool needsToken) {
        m_banner->showMessage(kConnectionSource, message,
                              needsToken ? ErrorBanner::Action::EnterToken : ErrorBanner::Action::Retry);
        if (!m_connection)
            m_sessions->setNotLoaded(message);
    });
    toolbar->addWidget(m_profiles);
    toolbar->addSeparator();
    toolbar->addAction(action(ActionId::New));
    toolbar->addAction(action(ActionId::Start));
    toolbar->addAction(action(ActionId::Stop));
    toolbar->addAction(action(ActionId::Kill));
    auto *extendMenu = new QMenu(this);
    extendMenu->addAction(action(ActionId::Extend5));
    extendMenu->addAction(action(ActionId::Extend15));
    extendMenu->addAction(action(ActionId::ExtendCustom));
    auto *extendButton = new QToolButton(this);
    extendButton->setDefaultAction(action(ActionId::Extend5));
    extendButton->setMenu(extendMenu);
    extendButton->setPopupMode(QToolButton::MenuButtonPopup);
    extendButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon); // a widget: the bar's style does not reach it
    toolbar->addWidget(extendButton);
    toolbar->addAction(action(ActionId::Refresh));
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addAction(action(ActionId::Palette));

    // The banner spans the window under the toolbar; its bar is shown only with a message.
    addToolBarBreak();
    m_bannerBar = addToolBar(tr("Messages"));
    m_bannerBar->setObjectName(QStringLiteral("bannerBar"));
    m_bannerBar->setMovable(false);
    m_bannerBar->setFloatable(false);
    m_bannerBar->toggleViewAction()->setVisible(false);
    // A holder between bar and banner: the bar would otherwise drive the banner's visibility.
    auto *holder = new QWidget(m_bannerBar);
    auto *holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    holderLayout->addWidget(m_banner);
    m_bannerBar->addWidget(holder);
    m_bannerBar->hide();
    m_banner->installEventFilter(this);

    m_sessionsDock = new QDockWidget(tr("Sessions"), this);
    m_sessionsDock->setObjectName(QStringLiteral("sessionsDock"));
    m_sessionsDock->setWidget(m_sessions);
    m_sessionsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, m_sessionsDock);
    m_detailDock = new QDockWidget(tr("Details"), this);
    m_detailDock->setObjectName(QStringLiteral("detailDock"));
    m_detailDock->setWidget(m_detail);
    m_detailDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, m_detailDock);
    m_filesDock = new QDockWidget(tr("Files"), this);
    m_filesDock->setObjectName(QStringLiteral("filesDock"));
    m_filesDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_editorDock = new QDockWidget(tr("Editor"), this);
    m_editorDock->setObjectName(QStringLiteral("editorDock"));
    m_editorDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    // Each connection's panes are a page of these stacks; the first page waits for one.
    m_filesStack = new QStackedWidget(m_filesDock);
    m_editorStack = new QStackedWidget(m_editorDock);
    for (QStackedWidget *stack : {m_filesStack, m_editorStack}) {
        auto *waiting = new QLabel(tr("Not connected yet."), stack);
        waiting->setAlignment(Qt::AlignCenter);
        stack->addWidget(waiting);
    }
    m_filesDock->setWidget(m_filesStack);
    m_editorDock->setWidget(m_editorStack);
    m_containersDock = new QDockWidget(tr("Containers"), this);
    m_containersDock->setObjectName(QStringLiteral("containersDock"));
    m_containersDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_containersStack = new QStackedWidget(m_containersDock);
    m_containersDock->setWidget(m_containersStack);
    // Choosing the Editor tab means typing code next: the keystrokes go to the editor, not to
    // whatever had the focus (the session search would filter the selection away).
    connect(m_editorDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_editor && m_editor->currentEditor())
            m_editor->currentEditor()->setFocus(Qt::OtherFocusReason);
    });
    // Files below the sessions; the editor a tab beside the details (both need the height of
    // the window: charts, and an editor with its output). Docks can be rearranged freely.
    addDockWidget(Qt::LeftDockWidgetArea, m_filesDock);
    splitDockWidget(m_sessionsDock, m_filesDock, Qt::Vertical);
    tabifyDockWidget(m_filesDock, m_containersDock);
    m_filesDock->raise();
    m_containersDock->hide(); // until a connection's service runs containers
    m_containersDock->toggleViewAction()->setVisible(false);
    tabifyDockWidget(m_detailDock, m_editorDock);
    m_detailDock->raise();
    // The session list takes the room its default columns need (see SessionListPane).
    resizeDocks({m_sessionsDock, m_detailDock}, {830, 610}, Qt::Horizontal);
    resizeDocks({m_sessionsDock, m_filesDock}, {430, 370}, Qt::Vertical);

    QMenu *menu = m_sessions->contextMenu();
    menu->addAction(action(ActionId::CopyId));
    menu->addSeparator();
    menu->addAction(action(ActionId::Extend5));
    menu->addAction(action(ActionId::Extend15));
    menu->addAction(action(ActionId::ExtendCustom));
    menu->addSeparator();
    menu->addAction(action(ActionId::Start));
    menu->addAction(action(ActionId::Stop));
    menu->addAction(action(ActionId::Kill));
    menu->addAction(action(ActionId::ClearEnded));
    // Delete acts where sessions are, not anywhere in the window.
    removeAction(action(ActionId::Kill));
    m_sessions->addAction(action(ActionId::Kill));
    m_detail->addAction(action(ActionId::Kill));

    buildAgentViews();
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_countLabel);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_sessions->restoreHeaderState(settings.value(QStringLiteral("window/sessionColumns")).toByteArray());
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/sessionColumns"), m_sessions->saveHeaderState());
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The banner's bar is there exactly when the banner is.
    if (watched == m_banner && (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent))
        m_bannerBar->setVisible(event->type() == QEvent::ShowToParent);
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A close after an editor's question was answered asks only the editors not asked yet.
    if (!m_reclosing)
        m_editsAnswered.clear();
    const bool transferring = std::any_of(m_slots.cbegin(), m_slots.cend(),
                                          [](const ConnectionSlot &slot) { return slot.files && slot.files->isTransferring(); });
    if (transferring && !m_reclosing) {
        const auto answer = QMessageBox::question(
            this, tr("Quit Sandbar"), tr("A file transfer is still running. Quit and cancel it?"),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    // Edits not saved to their sandbox files, in any connection's editor: Save / Discard /
    // Cancel, one editor at a time, then close again.
    for (const ConnectionSlot &slot : std::as_const(m_slots)) {
        if (!slot.editor || m_editsAnswered.contains(slot.editor))
            continue;
        if (!slot.editor->askBeforeClosing()) {
            // Its sandbox selected, so that the editor asked about is the one shown.
            if (slot.editor != m_editor && slot.connection && m_shown.contains(keyOf(slot.connection->target())))
                m_sessions->select(slot.editor->sandboxId());
            event->ignore(); // readyToClose() closes again once the edits are saved or discarded
            return;
        }
    }
    saveLayout();
    QMainWindow::closeEvent(event);
}

CodeEditorPanel *MainWindow::editorPanel() const
{
    return m_editor;
}

FileBrowserPane *MainWindow::filesPane() const
{
    return m_files;
}

ContainersPane *MainWindow::containersPane() const
{
    return m_connection ? m_slots.value(keyOf(m_connection->target())).containers.data() : nullptr;
}

QString MainWindow::sessionCountText() const
{
    return m_countLabel->text();
}

CreateSandboxDialog *MainWindow::createDialog() const
{
    return m_createDialog;
}

SessionController *MainWindow::controller() const
{
    return m_connection ? m_connection->controller() : nullptr;
}

void MainWindow::startDefaultConnection()
{
    m_profiles->startDefault();
}

void MainWindow::tick()
{
    // Only the rows in view repaint their countdown: with 1,000 sessions, telling the sorting
    // proxy about every row each second is most of an idle window's work.
    const QStringList visible = m_sessions->visibleIds();
    if (!visible.isEmpty())
        m_model->refreshCountdowns(visible);
    m_detail->refresh();
    m_watcher->check();
    // Each connection refreshes the metrics of its own rows in view.
    const QList<Connection *> shown = shownConnections();
    if (shown.size() == 1) {
        shown.first()->poller()->setVisibleSessions(visible);
    } else {
        for (Connection *c : shown) {
            QStringList own;
            for (const QString &id : visible) {
                if (m_model->originOf(id) == c->origin())
                    own.append(id);
            }
            c->poller()->setVisibleSessions(own);
        }
    }
    updateStatusBar();
}

void MainWindow::selectionChanged(const QStringList &ids)
{
    const QString current = m_sessions->currentId();
    const QString shown = current.isEmpty() && !ids.isEmpty() ? ids.first() : current;
    // The panes work on the selected session's connection.
    if (Connection *owner = connectionOf(shown))
        focus(owner);
    m_detail->setSession(shown);
    if (m_files)
        m_files->setSandbox(shown);
    if (m_editor)
        m_editor->setSandbox(shown);
    if (MessagesPane *messages = messagesPane())
        messages->setSandbox(shown);
    updatePanesActive();
    if (!shown.isEmpty()) {
        m_watcher->watch(shown);
        if (const std::optional<Api::Sandbox> sandbox = m_model->sandbox(shown))
            m_detail->charts()->setMemoryTotal(sandbox->memoryMb);
    }
    for (Connection *c : shownConnections())
        c->poller()->setSelectedSession(c == m_connection && connectionOf(shown) == c ? shown : QString());
    updateActions();
}

QStringList MainWindow::targetIds() const
{
    return m_sessions->selectedIds();
}

void MainWindow::updateActions()
{
    const QStringList ids = targetIds();
    bool anyRunning = false;
    bool canExtend = false;
    bool anyStopped = false, anyStarted = false; // of services that start and stop sessions
    for (const QString &id : ids) {
        const std::optional<Api::Sandbox> sandbox = m_model->sandbox(id);
        if (!sandbox)
            continue;
        const Connection *c = connectionOf(id);
        const bool running = !Api::isFinal(sandbox->status);
        anyRunning = anyRunning || running;
        canExtend = canExtend || (running && c && c->controller()->canExtend());
        // Other services' paused sessions are not theirs to start.
        if (c && c->provider()->capabilities().testFlag(SandboxProvider::Capability::StartStop)) {
            anyStopped = anyStopped || sandbox->status == Api::SandboxStatus::Paused;
            anyStarted = anyStarted || sandbox->status == Api::SandboxStatus::Running;
        }
    }
    const bool connected = m_connection;
    // Creating waits for a connection that works: a create sent before would only fail.
    const bool anyConnected = std::any_of(m_shown.cbegin(), m_shown.cend(), [this](const QString &key) {
        const Connection *c = m_slots.value(key).connection;
        return c && c->state()->status() == ConnectionState::Status::Connected;
    });
    action(ActionId::New)->setEnabled(connected && anyConnected);
    action(ActionId::Kill)->setEnabled(connected && anyRunning);
    action(ActionId::Start)->setEnabled(connected && anyStopped);
    action(ActionId::Stop)->setEnabled(connected && anyStarted);
    action(ActionId::Extend5)->setEnabled(canExtend);
    action(ActionId::Extend15)->setEnabled(canExtend);
    action(ActionId::ExtendCustom)->setEnabled(canExtend);
    action(ActionId::Refresh)->setEnabled(connected);
    action(ActionId::CopyId)->setEnabled(!ids.isEmpty());
    action(ActionId::EnterToken)->setEnabled(connected);
}

void MainWindow::updateStatusBar()
{
    const QList<Connection *> shown = shownConnections();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList states;
    for (const Connection *c : shown) {
        QString state = c->state()->describe(now);
        if (c->state()->status() == ConnectionState::Status::Connected && c->lastPoll().isValid())
            state = tr("%1 · last poll %2 s ago").arg(state).arg(c->lastPoll().secsTo(now));
        states.append(about(c, state));
    }
    m_connectionLabel->setText(shown.isEmpty() ? m_noConnection->describe(now) : states.join(QStringLiteral("  |  ")));
    QStringList health;
    for (const Connection *c : shown) {
        if (const QString text = healthText(c); !text.isEmpty())
            health.append(text);
    }
    m_connectionLabel->setToolTip(health.join(QLatin1Char('\n')));
    // Counts what the list holds: cleared sessions (all ended ones) are counted apart.
    int running = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto status = Api::SandboxStatus(m_model->index(row, 0).data(SessionListModel::StatusRole).toInt());
        running += !Api::isFinal(status) && status != Api::SandboxStatus::Paused; // stopped ones do not run
    }
    const int hidden = m_sessions->clearedCount();
    const int listed = m_model->rowCount() - hidden;
    m_countLabel->setText(hidden > 0 ? tr("Sessions: %1 · running: %2 · %3 cleared").arg(listed).arg(running).arg(hidden)
                                     : tr("Sessions: %1 · running: %2").arg(listed).arg(running));
}

void MainWindow::connectionStateChanged(Connection *changed)
{
    updateStatusBar();
    updateActions();
    // The banner speaks of the first shown connection in trouble; none: it clears.
    Connection *troubled = nullptr;
    QString trouble;
    ErrorBanner::Action fix = ErrorBanner::Action::Retry;
    for (Connection *c : shownConnections()) {
        const ConnectionState *state = c->state();
        QString message;
        switch (state->status()) {
        case ConnectionState::Status::Stale:
        case ConnectionState::Status::Reconnecting: {
            // The reason is a sentence of its own; it ends here without a second period.
            QString why = state->lastError();
            while (why.endsWith(QLatin1Char('.')))
                why.chop(1);
            message = about(c, connectionTrouble(state->lastErrorKind(), why));
            break;
        }
        case ConnectionState::Status::Unauthorized:
            message = about(c, tr("The server refused the API token: %1").arg(state->lastError()));
            break;
        case ConnectionState::Status::Connected:
        case ConnectionState::Status::Connecting:
            continue;
        }
        if (c == changed)
            m_detail->overview()->addError(message);
        if (!troubled) {
            troubled = c;
            trouble = message;
            fix = state->status() == ConnectionState::Status::Unauthorized ? ErrorBanner::Action::EnterToken
                                                                           : ErrorBanner::Action::Retry;
        }
    }
    m_troubled = troubled;
    if (troubled)
        m_banner->showMessage(kConnectionSource, trouble, fix);
    else
        m_banner->clear(kConnectionSource);
    // A list never loaded says why, while the only connection cannot be reached.
    if (!m_sessions->isLoaded() && troubled && m_shown.size() == 1)
        m_sessions->setNotLoaded(tr("The server could not be reached: %1").arg(troubled->state()->lastError()));
}

QString MainWindow::connectionTrouble(ApiError::Kind kind, const QString &why)
{
    // Each kind of trouble in its own words: a garbled reply means the server was reached.
    switch (kind) {
    case ApiError::Kind::TimedOut:
        return tr("The sandbox server does not answer in time: %1. The list shows what was known last.").arg(why);
    case ApiError::Kind::MalformedResponse:
        return tr("The sandbox server answered, but its reply was not understood: %1. The list shows what was known last.")
            .arg(why);
    case ApiError::Kind::ServerError:
        return tr("The sandbox server reports an error: %1. The list shows what was known last.").arg(why);
    case ApiError::Kind::TlsError:
        return tr("The sandbox server's certificate was refused: %1. The list shows what was known last.").arg(why);
    case ApiError::Kind::RateLimited:
        return tr("The sandbox server asks to wait: %1. The list shows what was known last.").arg(why);
    default:
        return tr("Cannot reach the sandbox server: %1. The list shows what was known last.").arg(why);
    }
}

void MainWindow::actionFailed(const QString &what, const ApiError &error, Connection *connection)
{
    const bool unauthorized = error.kind == ApiError::Kind::Unauthorized;
    m_refusedAction = unauthorized ? connection : nullptr;
    const QString text = tr("%1 failed: %2").arg(what, error.message);
    m_banner->showMessage(kActionSource, text, unauthorized ? ErrorBanner::Action::EnterToken : ErrorBanner::Action::None);
    m_detail->overview()->addError(text);
}

void MainWindow::retry()
{
    m_banner->clear(m_banner->source());
    const QList<Connection *> shown = shownConnections();
    // Those in trouble try again; the healthy ones keep going as they are.
    for (Connection *c : shown) {
        if (c->state()->status() != ConnectionState::Status::Connected)
            c->poller()->resume();
    }
    if (shown.isEmpty())
        startDefaultConnection();
}

void MainWindow::askForToken()
{
    // The connection whose token the banner's message is about, else the selected session's.
    QPointer<Connection> connection = m_connection;
    if (m_banner->source() == kActionSource && m_refusedAction)
        connection = m_refusedAction;
    else if (m_banner->source() == kConnectionSource && m_troubled)
        connection = m_troubled;
    if (!connection)
        return;
    bool ok = false;
    const QString token = QInputDialog::getText(this, tr("API token"),
                                                tr("API token for %1 (used until Sandbar quits; it is not saved):")
                                                    .arg(connection->target().url.toString()),
                                                QLineEdit::Password, QString(), &ok);
    if (!ok || token.trimmed().isEmpty() || !connection)
        return;
    Connection::Target target = connection->target();
    target.token = token.trimmed().toUtf8();
    m_banner->clear(m_banner->source());
    if (m_shown.size() > 1)
        addConnection(target); // replaces it, beside the others
    else
        connectTo(target);
}

void MainWindow::openCreateDialog()
{
    if (!m_createDialog)
        openCreateDialogFor(m_connection);
}

void MainWindow::openCreateDialogFor(Connection *connection)
{
    if (!connection)
        return;
    SessionController *c = connection->controller();
    const SandboxProvider::CreateForm form = connection->provider()->createForm();
    auto *dialog = new CreateSandboxDialog(form, c->canSetNetwork(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_createDialog = dialog;
    m_createOn = connection;
    const bool local = connection->target().sandbarLocal;
    dialog->setProviderAndRegion(local ? QStringLiteral("local") : QString(), local ? QStringLiteral("here") : QString(), local);
    QStringList names;
    for (const Connection *shown : shownConnections())
        names.append(shown->origin());
    dialog->setConnections(names, connection->origin());
    // Another connection has another form: the dialog gives way to that one's.
    connect(dialog, &CreateSandboxDialog::connectionChosen, this, [this, dialog](const QString &name) {
        for (Connection *shown : shownConnections()) {
            if (shown->origin() == name) {
                dialog->close();
                openCreateDialogFor(shown);
                return;
            }
        }
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog, connection = QPointer<Connection>(connection)] {
        if (connection && !connection->isSuspended())
            connection->controller()->create(dialog->request());
    });
    if (WorkspaceController *workspaces = m_slots.value(keyOf(connection->target())).workspaces) {
        // The workspace the list shows is the one a new sandbox goes in, unless changed.
        dialog->setWorkspaces(workspaces->workspaces(), m_workspaceBar->controller() == workspaces ? m_workspaceBar->current() : QString());
        connect(workspaces, &WorkspaceController::workspacesChanged, dialog,
                [dialog, workspaces] { dialog->setWorkspaces(workspaces->workspaces(), {}); });
        workspaces->refresh();
    }
    if (form.has(SandboxProvider::CreateForm::Template)) {
        const QList<Api::SandboxTemplate> &known = m_slots.value(keyOf(connection->target())).templates;
        if (!known.isEmpty())
            dialog->setTemplates(known);
        c->loadTemplates();
    }
    dialog->open();
}

void MainWindow::killSelected(const QStringList &ids)
{
    QStringList running;
    for (const QString &id : ids) {
        const std::optional<Api::Sandbox> sandbox = m_model->sandbox(id);
        if (sandbox && !Api::isFinal(sandbox->status))
            running.append(id);
    }
    if (running.isEmpty())
        return;
    const QString question = running.size() == 1
                                 ? tr("Kill sandbox %1? Everything running in it stops and its files are gone.").arg(shortId(running.first()))
                                 : tr("Kill %n sandboxes? Everything running in them stops.", nullptr, int(running.size()));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Kill"), question, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("killConfirmation"));
    QPushButton *kill = box->addButton(tr("Kill"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, kill, running] {
        if (box->clickedButton() != static_cast<QAbstractButton *>(kill))
            return;
        // Each session is killed by the connection it belongs to.
        for (const auto &[connection, own] : byConnection(running))
            connection->controller()->kill(own);
    });
    box->open();
}

QString MainWindow::describeExtension(const Connection *connection, const QList<ExtendOutcome> &outcomes) const
{
    QStringList parts;
    bool capped = false;
    for (const ExtendOutcome &o : outcomes) {
        const QString at = QLocale().toString(o.timeoutAt.toLocalTime().time(), QLocale::ShortFormat);
        capped = capped || o.capped();
        parts.append(o.capped() ? tr("%1 +%2 of the +%3 asked, ends at %4")
                                      .arg(shortId(o.id), formatSpan(o.grantedSeconds), formatSpan(o.askedSeconds), at)
                                : tr("%1 +%2, ends at %3").arg(shortId(o.id), formatSpan(o.grantedSeconds), at));
    }
    QString text = tr("Extended %n sandbox(es): %1", nullptr, int(outcomes.size())).arg(parts.join(QStringLiteral("; ")));
    if (capped)
        text += QLatin1Char(' ') + tr("(the API allows at most %1 minutes from now)").arg(connection->controller()->maxTimeoutSeconds() / 60);
    return about(connection, text);
}

void MainWindow::extendSelected(int seconds)
{
    for (const auto &[connection, own] : byConnection(targetIds())) {
        if (connection->controller()->canExtend())
            connection->controller()->extend(own, seconds);
    }
}

void MainWindow::expiryWarning(const QString &id, int warning)
{
    const auto kind = ExpiryWatcher::Warning(warning);
    const std::optional<Api::Sandbox> sandbox = m_model->sandbox(id);
    const QString name = sandbox && !sandbox->templateName.isEmpty()
                             ? QStringLiteral("%1 (%2)").arg(shortId(id), sandbox->templateName)
                             : shortId(id);
    QString text;
    switch (kind) {
    case ExpiryWatcher::Warning::FiveMinutesLeft: text = tr("Sandbox %1 has 5 minutes left.").arg(name); break;
    case ExpiryWatcher::Warning::OneMinuteLeft: text = tr("Sandbox %1 has 1 minute left.").arg(name); break;
    case ExpiryWatcher::Warning::Expired: text = tr("Sandbox %1 has expired.").arg(name); break;
    }
    qCInfo(lcWindow).noquote() << text;
    statusBar()->showMessage(text, 10000);
    if (m_tray)
        m_tray->showMessage(tr("Sandbar"), text,
                            kind == ExpiryWatcher::Warning::Expired ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning);
}

void MainWindow::openPalette()
{
    QList<QAction *> actions;
    for (QAction *a : std::as_const(m_actions))
        if (a != action(ActionId::Palette))
            actions.append(a);
    auto *palette = new CommandPalette(actions, m_model, m_sessions->proxy()->clearedIds(), this);
    palette->setAttribute(Qt::WA_DeleteOnClose);
    connect(palette, &CommandPalette::sessionChosen, this, [this](const QString &id) {
        if (!m_sessions->select(id)) {
            statusBar()->showMessage(tr("Session %1 is no longer in the list.").arg(shortId(id)), 8000);
            return;
        }
        m_sessions->view()->setFocus();
    });
    palette->open();
}

} // namespace Sandbar::Ui
