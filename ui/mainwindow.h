// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apierror.h"
#include "core/sessions/connection.h"
#include "core/sessions/sessionlistmodel.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QAction;
class QDockWidget;
class QLabel;
class QStackedWidget;
class QSystemTrayIcon;
class QToolBar;

namespace Sandbar::Core {
class ConnectionState;
class ExpiryWatcher;
class MetricsHistory;
class SessionController;
class SessionListModel;
class WorkspaceController;
struct ExtendOutcome;
} // namespace Sandbar::Core

namespace Sandbar::Ui {

class CreateSandboxDialog;
class MessagesPane;
class WorkspaceBar;
class CodeEditorPanel;
class ContainersPane;
class DetailPane;
class FileBrowserPane;
class ErrorBanner;
class ProfileSwitcher;
class SessionListPane;

// The Sandbar window: the sessions dock, the detail dock, the one error banner, the toolbar
// and shortcuts, the connection state in the status bar and expiry warnings in the tray.
// Where the banner's messages come from: the connection, or an action the user took.
inline const QString kConnectionSource = QStringLiteral("connection");
inline const QString kActionSource = QStringLiteral("action");

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class ActionId { New, Kill, Extend5, Extend15, ExtendCustom, Refresh, Search, Palette, CopyId, EnterToken, Profiles, ClearEnded,
                          Start, Stop };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // SANDBOX_API_URL/SANDBOX_API_TOKEN when set, else "This computer" (the bundled sandbar-local).
    // Other profiles are chosen from the toolbar's profile button.
    void startDefaultConnection();
    // Shows this connection's sessions alone.
    void connectTo(const Core::Connection::Target &target);
    // Shows its sessions beside those shown now (a Connection column says whose each is); a
    // connection of the same profile shown now is replaced.
    void addConnection(const Core::Connection::Target &target);
    // Stops showing the profile's sessions (not the last connection shown).
    void removeConnection(const QString &profileName);
    // The connections the list shows, the first the one switched to.
    QList<Core::Connection *> shownConnections() const;

    QAction *action(ActionId id) const;
    SessionListPane *sessionPane() const { return m_sessions; }
    DetailPane *detailPane() const { return m_detail; }
    ErrorBanner *banner() const { return m_banner; }
    Core::SessionListModel *model() const { return m_model; }
    Core::SessionController *controller() const;
    // The connection of the selected session (the panes work on it), or the first shown.
    Core::Connection *connection() const { return m_connection; }
    // The panes of the selected sandbox (null until connected).
    CodeEditorPanel *editorPanel() const;
    FileBrowserPane *filesPane() const;
    // The focused connection's containers view (null where its service runs none).
    ContainersPane *containersPane() const;
    // The focused connection's messages view and workspaces (null where its service has none).
    MessagesPane *messagesPane() const;
    WorkspaceBar *workspaceBar() const { return m_workspaceBar; }
    // "Sessions: 3 · running: 1" in the status bar.
    QString sessionCountText() const;
    // The create dialog while it is open (tests fill it in).
    CreateSandboxDialog *createDialog() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    // The actions' icons in the palette's colours (again when the palette changes).
    void applyIcons();
    void buildLayout();
    void restoreLayout();
    void saveLayout();
    void tick();
    void selectionChanged(const QStringList &ids);
    // Adds the target's connection to the list (`alone`: instead of those shown).
    void join(const Core::Connection::Target &target, bool alone);
    // Keeps what a shown connection has on screen, and stops its polling, while it is not shown.
    void park(const QString &key);
    // The panes work on this shown connection.
    void focus(Core::Connection *connection);
    // The detail pane shows what the focused connection's service offers; the list, what any
    // shown one does.
    void showCapabilities();
    // A shown connection's signals to the window.
    void wireConnection(Core::Connection *connection);
    Core::Connection *connectionOf(const QString &sandboxId) const;
    // One slot per profile and server: the same profile on another URL is another connection.
    static QString keyOf(const Core::Connection::Target &target);
    // `ids` by the shown connection each belongs to.
    QList<QPair<Core::Connection *, QStringList>> byConnection(const QStringList &ids) const;
    void updateTemplates();
    // After a connection joined or left the list: the profile button, columns, status.
    void shownChanged();
    void updateActions();
    // Tells the panes whether the sandbox they show still runs.
    void updatePanesActive();
    void updateStatusBar();
    // `changed`: the shown connection whose state changed (null: look at all).
    void connectionStateChanged(Core::Connection *changed = nullptr);
    // "Cloud: " before a message about one connection when several are shown.
    QString about(const Core::Connection *connection, const QString &message) const;
    void openCreateDialog();
    void openCreateDialogFor(Core::Connection *connection);
    void killSelected(const QStringList &ids);
    void extendSelected(int seconds);
    QString describeExtension(const Core::Connection *connection, const QList<Core::ExtendOutcome> &outcomes) const;
    void askForToken();
    void retry();
    // `connection`: whose action it was, for Enter token (null: the selected session's).
    void actionFailed(const QString &action, const Core::ApiError &error, Core::Connection *connection = nullptr);
    // The connection banner's words for a failing connection of this kind.
    static QString connectionTrouble(Core::ApiError::Kind kind, const QString &why);
    void expiryWarning(const QString &id, int warning);
    void openPalette();
    // Workspaces, messages, start and stop (mainwindowagents.cpp), for services that have them.
    void buildAgentViews();
    void joinAgents(const QString &key, Core::Connection *connection);
    void focusAgents(const QString &key);
    void startOrStopSelected(const QStringList &ids, bool start);
    void openCollaboration(const QString &workspaceId);
    // The service's health and version, for the status bar's tooltip (empty where unknown).
    QString healthText(const Core::Connection *connection) const;
    QStringList targetIds() const;

    Core::SessionListModel *m_model;
    Core::MetricsHistory *m_history;
    Core::ConnectionState *m_noConnection; // what the status bar shows before any connection
    Core::ExpiryWatcher *m_watcher;
    QPointer<Core::Connection> m_connection; // focused: the selected session's
    // Every connection made, shown or not, by profile and URL: switching back shows one as it was.
    struct ConnectionSlot
    {
        QPointer<Core::Connection> connection;
        QPointer<FileBrowserPane> files;
        QPointer<CodeEditorPanel> editor;
        QPointer<ContainersPane> containers; // services that run containers
        QPointer<Core::WorkspaceController> workspaces; // services whose sandboxes live in workspaces
        QPointer<MessagesPane> messages;                // services whose sandboxes message each other
        QList<Api::SandboxTemplate> templates;
        // While not shown: what it had on screen.
        Core::SessionListModel::Snapshot rows;
        QSet<QString> cleared;
        QStringList selection;
        QString current;
    };
    QHash<QString, ConnectionSlot> m_slots;
    QStringList m_shown; // keys of the shown connections, the first the one switched to
    QPointer<Core::Connection> m_troubled; // the connection the banner's trouble is about
    QPointer<Core::Connection> m_refusedAction; // the connection whose action the server refused
    QPointer<CreateSandboxDialog> m_createDialog;
    QPointer<Core::Connection> m_createOn; // the connection the open create dialog is for
    QString m_pendingSelection; // a created sandbox to select once it is listed
    // Editors whose unsaved edits were saved or discarded for the close under way.
    QSet<CodeEditorPanel *> m_editsAnswered;
    bool m_reclosing = false; // closing again after such an answer

    SessionListPane *m_sessions;
    DetailPane *m_detail;
    ErrorBanner *m_banner;
    QToolBar *m_bannerBar = nullptr;
    QDockWidget *m_sessionsDock = nullptr;
    QDockWidget *m_detailDock = nullptr;
    // Work inside the selected sandbox; rebuilt for each connection (they hold its provider).
    QDockWidget *m_filesDock = nullptr;
    QDockWidget *m_editorDock = nullptr;
    QStackedWidget *m_filesStack = nullptr; // a page per connection's pane
    QStackedWidget *m_editorStack = nullptr;
    // Containers of the focused connection, where its service runs them; hidden otherwise.
    QDockWidget *m_containersDock = nullptr;
    QStackedWidget *m_containersStack = nullptr;
    // Messages of the selected sandbox, where the focused service has them; hidden otherwise.
    QDockWidget *m_messagesDock = nullptr;
    QStackedWidget *m_messagesStack = nullptr;
    WorkspaceBar *m_workspaceBar = nullptr;
    QPointer<FileBrowserPane> m_files;
    QPointer<CodeEditorPanel> m_editor;
    ProfileSwitcher *m_profiles;
    QLabel *m_connectionLabel;
    QLabel *m_countLabel;
    QSystemTrayIcon *m_tray = nullptr;
    QMap<ActionId, QAction *> m_actions;
    QTimer m_tick;
};

} // namespace Sandbar::Ui
