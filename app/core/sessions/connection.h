// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One live connection to a sandbox service: the provider for its API kind, URL and token (an
// unknown kind falls back to the Agent Sandboxes API, as the profile store refuses one), the
// poller that keeps its rows of the shared model current (its origin there is the profile's
// name), how the connection is doing, and the controller for the user's actions. A new token
// or server means a new Connection; the model and history outlive it.

#include <QByteArray>
#include <QDateTime>
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

    Connection(const Target &target, SessionListModel *model, MetricsHistory *history, QObject *parent = nullptr);

    const Target &target() const { return m_target; }
    // The model's origin of this connection's rows.
    QString origin() const { return m_target.profileName; }
    SandboxProvider *provider() const { return m_provider; }
    SessionPoller *poller() const { return m_poller; }
    SessionController *controller() const { return m_controller; }
    ConnectionState *state() const { return m_state; }
    // When its list last arrived (invalid before the first).
    QDateTime lastPoll() const { return m_lastPoll; }

    // While another connection is shown: no polls, and nothing it does reaches the model.
    void suspend();
    // Shown again: polls at once.
    void resume();
    bool isSuspended() const { return m_suspended; }

private:
    Target m_target;
    SessionListModel *m_model;
    bool m_suspended = false;
    QDateTime m_lastPoll;
    ConnectionState *m_state;
    SandboxProvider *m_provider;
    SessionPoller *m_poller;
    SessionController *m_controller;
};

} // namespace Sandbar::Core
