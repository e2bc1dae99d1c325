// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The user's actions on sessions (create, kill, extend, refresh, templates, host URLs) for the
// GUI: it calls the provider, applies what the reply says to the model at once (the next poll
// confirms it) and reports each outcome as a signal. Widgets never see a network reply.

#include "core/api/apierror.h"
#include "core/api/apitypes.h"
#include "core/api/operationtypes.h"

#include <QLoggingCategory>
#include <QObject>
#include <QDateTime>
#include <QPointer>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcActions)

namespace Sandbar::Core {

class SandboxProvider;
class SessionListModel;
class SessionPoller;

// What an extension gave one session: the API caps a timeout at maxTimeoutSeconds() from now,
// so it may be less than was asked.
struct ExtendOutcome
{
    QString id;
    int askedSeconds = 0;
    qint64 grantedSeconds = 0; // how far the deadline moved
    QDateTime timeoutAt;
    bool capped() const { return grantedSeconds < askedSeconds; }
};

class SessionController : public QObject
{
    Q_OBJECT
public:

    SessionController(SandboxProvider *provider, SessionListModel *model, SessionPoller *poller,
                      QObject *parent = nullptr);

    SandboxProvider *provider() const { return m_provider; }
    // The model replies are applied to; none while the connection is not shown.
    void setModel(SessionListModel *model) { m_model = model; }
    // The model's origin the sessions it creates belong to (see SessionListModel).
    void setOrigin(const QString &origin) { m_origin = origin; }
    bool canSetNetwork() const;
    bool canExtend() const;
    int maxTimeoutSeconds() const;

    void create(const Api::CreateSandboxRequest &request);
    void kill(const QStringList &ids);
    // Starts stopped sessions again, or stops running ones keeping their files (StartStop).
    void start(const QStringList &ids);
    void stop(const QStringList &ids);
    // Sets each running session's deadline to `seconds` past its current deadline (counted
    // from now by the server), capped at the maximum. Ended sessions are skipped.
    void extend(const QStringList &ids, int seconds);
    void refresh();
    // Keeps a session of a KeepAlive service alive (refreshing it), or lets it go.
    void setKeptAlive(const QString &id, bool keep);
    void loadTemplates();
    void requestHostUrl(const QString &id, int port);

signals:
    void created(const Sandbar::Api::Sandbox &sandbox);
    // Once per kill() or extend() call, for the sessions it reached (failures come as failed()).
    void killed(const QStringList &ids);
    void started(const QStringList &ids);
    void stopped(const QStringList &ids);
    void extended(const QList<Sandbar::Core::ExtendOutcome> &outcomes);
    void templatesLoaded(const QList<Sandbar::Api::SandboxTemplate> &templates);
    void templatesFailed(const Sandbar::Core::ApiError &error);
    void hostUrlReady(const QString &id, int port, const QUrl &url);
    // `action` says what was tried, in words for a person ("Kill 3f2a…").
    void failed(const QString &action, const Sandbar::Core::ApiError &error);
    // Host URL refusals belong next to the port asked about, not in the window's banner.
    void hostUrlFailed(const QString &id, int port, const Sandbar::Core::ApiError &error);

private:
    // start() and stop(): one call per session, the replies applied, one signal at the end.
    void startOrStop(const QStringList &ids, bool start);
    qint64 secondsLeft(const Api::Sandbox &sandbox) const;

    QPointer<SandboxProvider> m_provider;
    QPointer<SessionListModel> m_model;
    QString m_origin;
    QPointer<SessionPoller> m_poller;
};

// "3f2a9c01" for a long id: enough to tell sessions apart in messages.
QString shortId(const QString &id);

} // namespace Sandbar::Core
Q_DECLARE_METATYPE(Sandbar::Core::ExtendOutcome)
