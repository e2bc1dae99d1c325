// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sessions/connection.h"

#include "core/providers/agentsandboxesprovider.h"
#include "core/providers/providerregistry.h"
#include "core/sessions/connectionstate.h"
#include "core/sessions/metricshistory.h"
#include "core/sessions/sessioncontroller.h"
#include "core/sessions/sessionlistmodel.h"
#include "core/sessions/sessionpoller.h"

namespace Sandbar::Core {

namespace {
SandboxProvider *makeProvider(const Connection::Target &target, QObject *parent)
{
    const QString kind = target.apiKind.isEmpty() ? AgentSandboxesProvider::kind() : target.apiKind;
    if (SandboxProvider *provider = createProvider(kind, target.url, target.token, target.sandbarLocal, parent))
        return provider;
    return createProvider(AgentSandboxesProvider::kind(), target.url, target.token, target.sandbarLocal, parent);
}
} // namespace

Connection::Connection(const Target &target, SessionListModel *model, MetricsHistory *history, QObject *parent)
    : QObject(parent), m_target(target), m_model(model), m_state(new ConnectionState(this)),
      m_provider(makeProvider(target, this)), m_poller(new SessionPoller(m_provider, model, m_state, this)),
      m_controller(new SessionController(m_provider, model, m_poller, this))
{
    m_poller->setOrigin(origin());
    m_controller->setOrigin(origin());
    connect(m_poller, &SessionPoller::keptAliveChanged, model, [this](const QSet<QString> &ids) {
        if (!m_suspended)
            m_model->setKeptAlive(ids, origin());
    });
    connect(m_poller, &SessionPoller::metricsReceived, history, &MetricsHistory::add);
    connect(m_poller, &SessionPoller::listApplied, this, [this] { m_lastPoll = QDateTime::currentDateTimeUtc(); });
    m_poller->start();
}

void Connection::suspend()
{
    m_suspended = true;
    m_poller->keepAliveOnly();
    m_controller->setModel(nullptr);
}

void Connection::resume()
{
    m_suspended = false;
    m_controller->setModel(m_model);
    m_model->setKeptAlive(m_poller->keptAlive(), origin());
    m_poller->pollSoon(); // what changed while it was not shown, at once
    m_poller->start();
}

} // namespace Sandbar::Core
