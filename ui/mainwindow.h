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
struct ExtendOutcome;
} // namespace Sandbar::Core

namespace Sandbar::Ui {

class CreateSandboxDialog;
class CodeEditorPanel;
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
    enum class ActionId { New, Kill, Extend5, Extend15, ExtendCustom, Refresh, Search, Palette, CopyId, EnterToken, Profiles, ClearEnded };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // SANDBOX_API_URL/SANDBOX_API_TOKEN when set, else "This computer" (the bundled sandbar-local).
    // Other profiles are chosen from the toolbar's profile button.
    void startDefaultConnection();
    void connectTo(const Core::Connection::Target &target);

    QAction *action(ActionId id) const;
    SessionListPane *sessionPane() const { return m_sessions; }
    DetailPane *detailPane() const { return m_detail; }
    ErrorBanner *banner() const { return m_banner; }
    Core::SessionListModel *model() const { return m_model; }
    Core::SessionController *controller() const;
    Core::Connection *connection() const { return m_connection; }
    // The panes of the selected sandbox (null until connected).
    CodeEditorPanel *editorPanel() const;
    FileBrowserPane *filesPane() const;
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
    // Keeps what the shown connection has on screen, and stops its polling, while another is shown.
    void parkConnection();
    // The detail pane shows what the connection's service offers.
    void showCapabilities();
    // The shown connection's signals to the window.
    void wireConnection();
    void updateActions();
    // Tells the panes whether the sandbox they show still runs.
    void updatePanesActive();
    void updateStatusBar();
    void connectionStateChanged();
    void openCreateDialog();
    void killSelected(const QStringList &ids);
    void extendSelected(int seconds);
    QString describeExtension(const QList<Core::ExtendOutcome> &outcomes) const;
    void askForToken();
    void retry();
    void actionFailed(const QString &action, const Core::ApiError &error);
    // The connection banner's words for a failing connection of this kind.
    static QString connectionTrouble(Core::ApiError::Kind kind, const QString &why);
    void expiryWarning(const QString &id, int warning);
    void openPalette();
    QStringList targetIds() const;

    Core::SessionListModel *m_model;
    Core::MetricsHistory *m_history;
    Core::ConnectionState *m_state;
    Core::ExpiryWatcher *m_watcher;
    QPointer<Core::Connection> m_connection;
    // Connections not shown now, by profile and URL: switching back shows them as they were.
    struct ParkedConnection
    {
        QPointer<Core::Connection> connection;
        QPointer<FileBrowserPane> files;
        QPointer<CodeEditorPanel> editor;
        Core::SessionListModel::Snapshot rows;
        QSet<QString> cleared;
        QStringList selection;
        QString current;
        bool loaded = false;
        QDateTime lastPoll;
    };
    QHash<QString, ParkedConnection> m_parked;
    QPointer<CreateSandboxDialog> m_createDialog;
    QString m_pendingSelection; // a created sandbox to select once it is listed
    bool m_closeConfirmed = false; // unsaved edits were saved or discarded: close goes ahead
    QDateTime m_lastPoll;

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
