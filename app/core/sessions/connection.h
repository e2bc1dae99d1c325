// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One live connection to a sandbox service: the provider for its API kind, URL and token (an
// unknown kind falls back to the Agent Sandboxes API, as the profile store refuses one), the poller that
// keeps the shared model current, and the controller for the user's actions. A new token or
// server means a new Connection; the model, history and state outlive it.

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

namespace Sandbar::Core {

class SandboxProvider;
class ConnectionState;
class MetricsHistory;
class SessionController;
class SessionListModel;
class SessionPoller;

class Connection : public QObject
{
    Q_OBJECT
public:
    struct Target
    {
        QString profileName;
        QUrl url;
        QByteArray token;
        bool sandbarLocal = false; // the server is sandbar-local: its extensions may be used
        QString apiKind;           // a kind of providerregistry.h; empty: the Agent Sandboxes API
    };

    Connection(const Target &target, SessionListModel *model, MetricsHistory *history, ConnectionState *state,
               QObject *parent = nullptr);

    const Target &target() const { return m_target; }
    SandboxProvider *provider() const { return m_provider; }
    SessionPoller *poller() const { return m_poller; }
    SessionController *controller() const { return m_controller; }

    // While another connection is shown: no polls, and nothing it does reaches the model.
    void suspend();
    // Shown again: polls at once.
    void resume();
    bool isSuspended() const { return m_suspended; }

private:
    Target m_target;
    SessionListModel *m_model;
    bool m_suspended = false;
    SandboxProvider *m_provider;
    SessionPoller *m_poller;
    SessionController *m_controller;
};

} // namespace Sandbar::Core
