// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The user's actions on sessions (create, kill, extend, refresh, templates, host URLs) for the
// GUI: it calls the provider, applies what the reply says to the model at once (the next poll
// confirms it) and reports each outcome as a signal. Widgets never see a network reply.

#include "core/apierror.h"
#include "core/apitypes.h"
#include "core/operationtypes.h"

#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcActions)

namespace Sandbar::Core {

class SandboxProvider;
class SessionListModel;
class SessionPoller;

class SessionController : public QObject
{
    Q_OBJECT
public:
    // The longest timeout the Agent Sandboxes API accepts (set timeout and create).
    static constexpr int kMaxTimeoutSeconds = 3600;

    SessionController(SandboxProvider *provider, SessionListModel *model, SessionPoller *poller,
                      QObject *parent = nullptr);

    SandboxProvider *provider() const { return m_provider; }
    bool canSetNetwork() const;
    bool canExtend() const;
    int maxTimeoutSeconds() const { return kMaxTimeoutSeconds; }

    void create(const Api::CreateSandboxRequest &request);
    void kill(const QStringList &ids);
    // Sets each running session's deadline to `seconds` past its current deadline (counted
    // from now by the server), capped at the maximum. Ended sessions are skipped.
    void extend(const QStringList &ids, int seconds);
    void refresh();
    void loadTemplates();
    void requestHostUrl(const QString &id, int port);

    // Actions still waiting for their reply.
    int pending() const { return m_pending; }

signals:
    void created(const Sandbar::Api::Sandbox &sandbox);
    void killed(const QString &id);
    void extended(const QString &id, const QDateTime &timeoutAt);
    void templatesLoaded(const QList<Sandbar::Api::SandboxTemplate> &templates);
    void templatesFailed(const Sandbar::Core::ApiError &error);
    void hostUrlReady(const QString &id, int port, const QUrl &url);
    // `action` says what was tried, in words for a person ("Kill 3f2a…").
    void failed(const QString &action, const Sandbar::Core::ApiError &error);
    // Host URL refusals belong next to the port asked about, not in the window's banner.
    void hostUrlFailed(const QString &id, int port, const Sandbar::Core::ApiError &error);
    void pendingChanged(int pending);

private:
    void begin();
    void end();

    QPointer<SandboxProvider> m_provider;
    QPointer<SessionListModel> m_model;
    QPointer<SessionPoller> m_poller;
    int m_pending = 0;
};

// "3f2a9c01" for a long id: enough to tell sessions apart in messages.
QString shortId(const QString &id);

} // namespace Sandbar::Core
