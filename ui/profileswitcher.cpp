// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileswitcher.h"

#include "core/providers/agentsandboxesprovider.h"
#include "core/providers/providerregistry.h"
#include "core/net/continuation.h"

#include "core/settings/localserverlauncher.h"
#include "core/settings/tokenstore.h"

#include <QMenu>
#include <QProcessEnvironment>
#include <QSettings>

namespace Sandbar::Ui {

using namespace Sandbar::Core;

ProfileSwitcher::ProfileSwitcher(QWidget *parent)
    : QToolButton(parent), m_menu(new QMenu(this)), m_tokens(new TokenStore(this))
{
    setPopupMode(QToolButton::InstantPopup);
    setMenu(m_menu);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setAccessibleName(tr("Connection profile"));
    connect(m_menu, &QMenu::aboutToShow, this, &ProfileSwitcher::fillMenu);
}

void ProfileSwitcher::startDefault()
{
    QString error;
    const std::optional<QuickConnection> quick =
        quickConnectionFromEnvironment(QProcessEnvironment::systemEnvironment(), &error);
    if (quick) {
        emit connectRequested({quick->profile.name, quick->profile.baseUrl, quick->token, false, quick->profile.apiKind});
        return;
    }
    startThisComputer();
    if (!error.isEmpty())
        emit problem(error, false);
}

void ProfileSwitcher::startThisComputer()
{
    if (!m_launcher) {
        // A child: its destructor stops the server it started when the window goes.
        m_launcher = new LocalServerLauncher(this);
        connect(m_launcher, &LocalServerLauncher::ready, this, [this](const QUrl &url, const QByteArray &token) {
            emit connectRequested({ConnectionProfile::thisComputer().name, url, token, true, ConnectionProfile::thisComputer().apiKind});
        });
        connect(m_launcher, &LocalServerLauncher::failed, this, [this](const QString &message) {
            setText(QStringLiteral("● %1").arg(ConnectionProfile::thisComputer().name));
            emit problem(tr("This computer's sandbox server did not start: %1").arg(message), false);
        });
        connect(m_launcher, &LocalServerLauncher::exitedUnexpectedly, this, [this](const QString &message) {
            emit problem(tr("This computer's sandbox server stopped: %1").arg(message), false);
        });
    }
    if (m_launcher->isRunning() && m_launcher->url().isValid()) {
        emit connectRequested({ConnectionProfile::thisComputer().name, m_launcher->url(), m_launcher->token(), true, ConnectionProfile::thisComputer().apiKind});
        return;
    }
    setText(tr("● %1 (starting…)").arg(ConnectionProfile::thisComputer().name));
    m_launcher->start();
}

void ProfileSwitcher::switchTo(const ConnectionProfile &profile)
{
    switch (profile.kind) {
    case ConnectionProfile::Kind::ThisComputer: startThisComputer(); return;
    case ConnectionProfile::Kind::Environment: startDefault(); return;
    case ConnectionProfile::Kind::Remote: break;
    }
    setText(tr("● %1 (reading token…)").arg(profile.name));
    Core::continueIn(this, m_tokens->readToken(profile.name), [this, profile](const TokenResult &result) {
        if (result.ok) {
            emit connectRequested({profile.name, profile.baseUrl, result.token, false, profile.apiKind});
            return;
        }
        // Connect anyway so the server's answer (and Enter token) is one click away.
        emit connectRequested({profile.name, profile.baseUrl, QByteArray(), false, profile.apiKind});
        emit problem(result.notFound ? tr("No token is saved for \"%1\".").arg(profile.name)
                                     : tr("The token for \"%1\" could not be read: %2").arg(profile.name, result.error),
                     true);
    });
}

void ProfileSwitcher::showConnected(const Connection::Target &target)
{
    m_current = target.profileName;
    setText(QStringLiteral("● %1").arg(target.profileName));
    const auto kind = Core::providerKind(target.apiKind.isEmpty() ? Core::AgentSandboxesProvider::kind() : target.apiKind);
    setToolTip(tr("Connected to %1 (%2); click to switch profiles")
                   .arg(target.url.toString(), kind ? kind->displayName : target.apiKind));
}

void ProfileSwitcher::fillMenu()
{
    m_menu->clear();
    QList<ConnectionProfile> profiles;
    {
        QSettings settings;
        profiles = ProfileStore::load(settings);
    }
    if (const std::optional<QuickConnection> quick = quickConnectionFromEnvironment(QProcessEnvironment::systemEnvironment()))
        profiles.append(quick->profile);
    for (const ConnectionProfile &profile : std::as_const(profiles)) {
        QAction *item = m_menu->addAction(profile.name);
        item->setCheckable(true);
        item->setChecked(profile.name == m_current);
        connect(item, &QAction::triggered, this, [this, profile] { switchTo(profile); });
    }
    m_menu->addSeparator();
    m_menu->addActions(m_menuActions);
}

} // namespace Sandbar::Ui
