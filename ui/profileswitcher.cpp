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
    m_pendingTogether = savedTogether();
    startDefault(false);
}

QList<ConnectionProfile> ProfileSwitcher::knownProfiles()
{
    QList<ConnectionProfile> profiles;
    {
        QSettings settings;
        profiles = ProfileStore::load(settings);
    }
    if (const std::optional<QuickConnection> quick = quickConnectionFromEnvironment(QProcessEnvironment::systemEnvironment()))
        profiles.append(quick->profile);
    return profiles;
}

QStringList ProfileSwitcher::savedTogether()
{
    return QSettings().value(QStringLiteral("connections/together")).toStringList();
}

void ProfileSwitcher::saveTogether(const QStringList &names)
{
    QSettings().setValue(QStringLiteral("connections/together"), names);
}

void ProfileSwitcher::deliver(const Connection::Target &target, bool add)
{
    // A profile added to the list while its token was read: still wanted? (let go or switched away)
    if (add && !savedTogether().contains(target.profileName))
        return;
    if (add)
        emit addRequested(target);
    else
        emit connectRequested(target);
}

void ProfileSwitcher::startDefault(bool add)
{
    QString error;
    const std::optional<QuickConnection> quick =
        quickConnectionFromEnvironment(QProcessEnvironment::systemEnvironment(), &error);
    if (quick) {
        deliver({quick->profile.name, quick->profile.baseUrl, quick->token, false, quick->profile.apiKind}, add);
        return;
    }
    startThisComputer(add);
    if (!error.isEmpty())
        emit problem(error, false);
}

void ProfileSwitcher::startThisComputer(bool add)
{
    const ConnectionProfile here = ConnectionProfile::thisComputer();
    m_launchAdds = add;
    if (!m_launcher) {
        // A child: its destructor stops the server it started when the window goes.
        m_launcher = new LocalServerLauncher(this);
        connect(m_launcher, &LocalServerLauncher::ready, this, [this, here](const QUrl &url, const QByteArray &token) {
            deliver({here.name, url, token, true, here.apiKind}, m_launchAdds);
        });
        connect(m_launcher, &LocalServerLauncher::failed, this, [this, here](const QString &message) {
            setText(QStringLiteral("● %1").arg(m_shown.isEmpty() ? here.name : m_shown.join(QStringLiteral(" + "))));
            emit problem(tr("This computer's sandbox server did not start: %1").arg(message), false);
        });
        connect(m_launcher, &LocalServerLauncher::exitedUnexpectedly, this, [this](const QString &message) {
            emit problem(tr("This computer's sandbox server stopped: %1").arg(message), false);
        });
    }
    if (m_launcher->isRunning() && m_launcher->url().isValid()) {
        deliver({here.name, m_launcher->url(), m_launcher->token(), true, here.apiKind}, add);
        return;
    }
    if (!add)
        setText(tr("● %1 (starting…)").arg(here.name));
    m_launcher->start();
}

void ProfileSwitcher::switchTo(const ConnectionProfile &profile)
{
    saveTogether({});
    m_pendingTogether.clear();
    resolve(profile, false);
}

void ProfileSwitcher::addToList(const ConnectionProfile &profile)
{
    resolve(profile, true);
}

void ProfileSwitcher::resolve(const ConnectionProfile &profile, bool add)
{
    switch (profile.kind) {
    case ConnectionProfile::Kind::ThisComputer: startThisComputer(add); return;
    case ConnectionProfile::Kind::Environment: startDefault(add); return;
    case ConnectionProfile::Kind::Remote: break;
    }
    if (!add)
        setText(tr("● %1 (reading token…)").arg(profile.name));
    Core::continueIn(this, m_tokens->readToken(profile.name), [this, profile, add](const TokenResult &result) {
        if (result.ok) {
            deliver({profile.name, profile.baseUrl, result.token, false, profile.apiKind}, add);
            return;
        }
        // Connect anyway so the server's answer (and Enter token) is one click away.
        deliver({profile.name, profile.baseUrl, QByteArray(), false, profile.apiKind}, add);
        emit problem(result.notFound ? tr("No token is saved for \"%1\".").arg(profile.name)
                                     : tr("The token for \"%1\" could not be read: %2").arg(profile.name, result.error),
                     true);
    });
}

void ProfileSwitcher::showConnected(const QList<Connection::Target> &targets)
{
    m_shown.clear();
    QStringList lines;
    QString single;
    for (const Connection::Target &target : targets) {
        m_shown.append(target.profileName);
        const auto kind = Core::providerKind(target.apiKind.isEmpty() ? Core::AgentSandboxesProvider::kind() : target.apiKind);
        const QString kindName = kind ? kind->displayName : target.apiKind;
        single = tr("Connected to %1 (%2); click to switch profiles").arg(target.url.toString(), kindName);
        lines.append(tr("%1 at %2 (%3)").arg(target.profileName, target.url.toString(), kindName));
    }
    setText(QStringLiteral("● %1").arg(m_shown.join(QStringLiteral(" + "))));
    setToolTip(targets.size() == 1 ? single : tr("The list shows %1; click to switch profiles").arg(lines.join(QStringLiteral("; "))));
    // The first connection is shown: now the ones shown beside it last time.
    const QStringList pending = std::exchange(m_pendingTogether, {});
    for (const ConnectionProfile &profile : knownProfiles()) {
        if (pending.contains(profile.name) && !m_shown.contains(profile.name))
            addToList(profile);
    }
}

void ProfileSwitcher::fillMenu()
{
    delete m_together; // clear() leaves submenus alive
    m_menu->clear();
    const QList<ConnectionProfile> profiles = knownProfiles();
    const QString primary = m_shown.value(0);
    for (const ConnectionProfile &profile : std::as_const(profiles)) {
        QAction *item = m_menu->addAction(profile.name);
        item->setCheckable(true);
        item->setChecked(profile.name == primary && m_shown.size() == 1);
        item->setToolTip(tr("Show this profile's sessions alone"));
        connect(item, &QAction::triggered, this, [this, profile] { switchTo(profile); });
    }
    // The others beside the one switched to: a local machine and a cloud account at once.
    if (profiles.size() > 1 && !primary.isEmpty()) {
        QMenu *together = m_together = m_menu->addMenu(tr("Show together with %1").arg(primary));
        together->setObjectName(QStringLiteral("togetherMenu"));
        for (const ConnectionProfile &profile : std::as_const(profiles)) {
            if (profile.name == primary)
                continue;
            QAction *item = together->addAction(profile.name);
            item->setCheckable(true);
            item->setChecked(m_shown.contains(profile.name));
            connect(item, &QAction::toggled, this, [this, profile](bool on) {
                QStringList names = savedTogether();
                names.removeAll(profile.name);
                if (on)
                    names.append(profile.name);
                saveTogether(names);
                if (on)
                    addToList(profile);
                else
                    emit removeRequested(profile.name);
            });
        }
    }
    m_menu->addSeparator();
    m_menu->addActions(m_menuActions);
}

} // namespace Sandbar::Ui
