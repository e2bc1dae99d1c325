// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sessions/connection.h"
#include "core/settings/connectionprofile.h"

#include <QToolButton>

class QMenu;

namespace Sandbar::Core {
class LocalServerLauncher;
class TokenStore;
} // namespace Sandbar::Core

namespace Sandbar::Ui {

// The toolbar's profile button: shows the current connection, lists the profiles to switch
// to, and turns a choice into a connection target (starting the bundled sandbar-local for
// "This computer", reading a remote profile's token from the keyring). The window connects.
class ProfileSwitcher : public QToolButton
{
    Q_OBJECT
public:
    explicit ProfileSwitcher(QWidget *parent = nullptr);

    Core::TokenStore *tokens() const { return m_tokens; }
    // Shown under the profiles in the menu (manage profiles, enter token).
    void setMenuActions(const QList<QAction *> &actions) { m_menuActions = actions; }

    // SANDBOX_API_URL/SANDBOX_API_TOKEN when set, else "This computer".
    void startDefault();
    void switchTo(const Core::ConnectionProfile &profile);
    void showConnected(const Core::Connection::Target &target);

signals:
    void connectRequested(const Sandbar::Core::Connection::Target &target);
    // Something the user must know; `needsToken`: entering a token is what fixes it.
    void problem(const QString &message, bool needsToken);

private:
    void startThisComputer();
    void fillMenu();

    QMenu *m_menu;
    Core::TokenStore *m_tokens;
    Core::LocalServerLauncher *m_launcher = nullptr;
    QList<QAction *> m_menuActions;
    QString m_current;
};

} // namespace Sandbar::Ui
