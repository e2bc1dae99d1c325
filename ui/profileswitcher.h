// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sessions/connection.h"
#include "core/settings/connectionprofile.h"

#include <QPointer>
#include <QToolButton>

class QMenu;

namespace Sandbar::Core {
class LocalServerLauncher;
class TokenStore;
} // namespace Sandbar::Core

namespace Sandbar::Ui {

// The toolbar's profile button: shows the connections the list shows, lists the profiles to
// switch to or to show together with the current one, and turns a choice into a connection
// target (starting the bundled sandbar-local for "This computer", reading a remote profile's
// token from the keyring). The window connects.
class ProfileSwitcher : public QToolButton
{
    Q_OBJECT
public:
    explicit ProfileSwitcher(QWidget *parent = nullptr);

    Core::TokenStore *tokens() const { return m_tokens; }
    // Shown under the profiles in the menu (manage profiles, enter token).
    void setMenuActions(const QList<QAction *> &actions) { m_menuActions = actions; }

    // SANDBOX_API_URL/SANDBOX_API_TOKEN when set, else "This computer"; then the profiles
    // shown together with it when Sandbar last ran.
    void startDefault();
    void switchTo(const Core::ConnectionProfile &profile);
    // Shows the profile's sessions in the list beside those shown now.
    void addToList(const Core::ConnectionProfile &profile);
    // The connections the list shows, the first the one chosen to switch to.
    void showConnected(const QList<Core::Connection::Target> &targets);

signals:
    // Show this connection alone.
    void connectRequested(const Sandbar::Core::Connection::Target &target);
    // Show it beside the ones shown; or stop showing the profile's.
    void addRequested(const Sandbar::Core::Connection::Target &target);
    void removeRequested(const QString &profileName);
    // Something the user must know; `needsToken`: entering a token is what fixes it.
    void problem(const QString &message, bool needsToken);

private:
    // Turns the profile into a target, then asks to show it alone or (`add`) beside the others.
    void resolve(const Core::ConnectionProfile &profile, bool add);
    void deliver(const Core::Connection::Target &target, bool add);
    void startDefault(bool add);
    void startThisComputer(bool add);
    void fillMenu();
    // The saved profiles and the environment's quick connection.
    static QList<Core::ConnectionProfile> knownProfiles();
    // The profiles chosen to be shown beside the first, kept for the next start.
    static QStringList savedTogether();
    static void saveTogether(const QStringList &names);

    QMenu *m_menu;
    Core::TokenStore *m_tokens;
    Core::LocalServerLauncher *m_launcher = nullptr;
    QList<QAction *> m_menuActions;
    QStringList m_shown; // profile names, the first the one switched to
    bool m_launchAdds = false; // what the started sandbar-local is for
    QStringList m_pendingTogether; // to add once the first connection is shown
    QPointer<QMenu> m_together;   // the submenu, made again each time the menu opens
};

} // namespace Sandbar::Ui
