// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sessions/sessionpoller.h"
#include "core/net/continuation.h"
#include "core/sessions/connectionstate.h"
#include "core/providers/sandboxprovider.h"
#include "core/sessions/sessionlistmodel.h"

#include <QElapsedTimer>

Q_LOGGING_CATEGORY(lcPoller, "sandbar.core.poller", QtInfoMsg)

namespace Sandbar::Core {

using namespace Sandbar::Api;

SessionPoller::SessionPoller(SandboxProvider *provider, SessionListModel *model, ConnectionState *state,
                             QObject *parent)
    : QObject(parent), m_provider(provider), m_model(model), m_state(state)
{
    auto monotonic = std::make_shared<QElapsedTimer>();
    monotonic->start();
    m_clock = [monotonic] { return monotonic->elapsed(); };
    connect(&m_timer, &QTimer::timeout, this, &SessionPoller::tick);
    if (m_provider) {
        // The service said to wait: nothing is scheduled before then (the transport would
        // hold it anyway, but scheduling it would only pile requests up).
        connect(m_provider, &SandboxProvider::rateLimited, this, [this](const QDateTime &until) {
            const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(until);
            m_pausedUntil = std::max(m_pausedUntil, m_clock() + std::max<qint64>(0, wait));
        });
    }
    setSettings(Settings());
}

void SessionPoller::setSettings(const Settings &settings)
{
    m_settings = settings;
    int perMinute = settings.requestsPerMinute;
    if (perMinute <= 0) {
        const int documented = m_provider ? m_provider->documentedRequestsPerMinute() : 0;
        perMinute = documented > 0 ? documented * 9 / 10 : 90;
    }
    m_budgetPerMinute = perMinute;
    m_budget.configure(perMinute, settings.burst);
    m_reconnect = Backoff(settings.reconnectBaseMs, settings.reconnectCapMs);
    m_timer.setInterval(settings.tickMs);
}

void SessionPoller::start()
{
    m_keepAliveOnly = false;
    m_timer.start();
    tick();
}

void SessionPoller::stop()
{
    m_timer.stop();
    // A list in flight must not land in the model after this (another connection's may be
    // shown there by then).
    ++m_listGeneration;
    m_listInFlight = false;
    m_listCycleOpen = false;
    m_collected.clear();
    m_collectedIds.clear();
}

void SessionPoller::keepAliveOnly()
{
    stop();
    m_keepAliveOnly = true;
    if (!m_keptAlive.isEmpty())
        m_timer.start();
}

void SessionPoller::setSelectedSession(const QString &id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    m_nextSelectedAt = 0; // a newly selected session gets its metrics at once
}

void SessionPoller::setVisibleSessions(const QStringList &ids)
{
    m_visible = ids;
    if (m_rotationCursor >= m_visible.size())
        m_rotationCursor = 0;
}

void SessionPoller::pollSoon()
{
    // A reply on its way may predate the user's action: a new cycle supersedes it.
    if (m_listInFlight || m_listCycleOpen) {
        ++m_listGeneration;
        m_listInFlight = false;
        m_listCycleOpen = false;
    }
    m_nextListAt = 0;
}

void SessionPoller::resume()
{
    m_unauthorized = false;
    m_failedPolls = 0;
    m_reconnect.reset();
    m_nextListAt = 0;
    if (m_state)
        m_state->setConnecting();
}

void SessionPoller::tick()
{
    if (!m_provider || !m_model || m_unauthorized)
        return;
    const qint64 now = m_clock();
    if (now < m_pausedUntil)
        return;

    // 0. Sessions kept alive die without their refresh: they come first.
    refreshKeptAlive(now);
    if (m_keepAliveOnly)
        return;
    // 1. The list: a new cycle when due, or the next page of the one in progress.
    if (!m_listInFlight) {
        if (m_listCycleOpen)
            requestListPage(now);
        else if (now >= m_nextListAt)
            startListCycle(now);
    }
    // 2. The selected session's metrics. Only while connected: a failing service gets only
    //    the reconnect attempts.
    const bool metrics = m_provider->capabilities().testFlag(SandboxProvider::Capability::Metrics);
    if (!metrics)
        return;
    if (m_failedPolls == 0 && !m_selected.isEmpty() && !m_selectedInFlight && now >= m_nextSelectedAt) {
        if (m_budget.tryTake(now)) {
            m_nextSelectedAt = now + m_settings.selectedMetricsIntervalMs;
            requestMetrics(m_selected, true, now);
        }
    }
    // 3. Visible rows, with what is left, keeping one token for the list and the selection.
    if (m_failedPolls == 0) {
        while (m_rotationInFlight < m_settings.maxRotationInFlight && m_budget.available(now) >= 2.0) {
            if (!rotate(now))
                break;
        }
    }
}

void SessionPoller::startListCycle(qint64 now)
{
    if (m_budget.available(now) < 1.0)
        return;
    ++m_listGeneration;
    m_listCycleOpen = true;
    m_nextOffset = 0;
    m_collected.clear();
    m_collectedIds.clear();
    requestListPage(now);
}

void SessionPoller::requestListPage(qint64 now)
{
    if (!m_budget.tryTake(now))
        return;
    const quint64 generation = m_listGeneration;
    m_listInFlight = true;
    ++m_requestsIssued;
    // A reconnect attempt is under way: still stale, no longer counting down.
    if (m_state && m_failedPolls >= 2)
        m_state->setStale(m_lastSuccess, m_state->lastError());
    const CallOptions options{m_settings.requestTimeoutMs, 1};
    continueIn(this, m_provider->listSandboxes(m_nextOffset, m_provider->maxPageSize(), options),
        [this, generation](QFuture<ApiResult<SandboxPage>> future) {
            listPageArrived(generation, Core::resultOf(future));
        });
}

void SessionPoller::listPageArrived(quint64 generation, const ApiResult<SandboxPage> &page)
{
    if (generation != m_listGeneration)
        return; // a superseded cycle: newest reply wins
    m_listInFlight = false;
    if (!page) {
        listFailed(page.error());
        return;
    }
    for (const Sandbox &sandbox : page->sandboxes) {
        // Sessions created or ended between pages shift the offsets; never count one twice.
        if (!m_collectedIds.contains(sandbox.id)) {
            m_collectedIds.insert(sandbox.id);
            m_collected.append(sandbox);
        }
    }
    m_nextOffset += int(page->sandboxes.size());
    const bool complete = page->sandboxes.isEmpty() || m_nextOffset >= page->total;
    if (!complete) {
        requestListPage(m_clock()); // or at a later tick, when the budget allows
        return;
    }
    m_listCycleOpen = false;
    m_failedPolls = 0;
    m_reconnect.reset();
    m_lastSuccess = QDateTime::currentDateTimeUtc();
    m_nextListAt = m_clock() + m_settings.listIntervalMs;
    if (m_model) {
        m_model->setServerClockOffsetMs(m_provider ? m_provider->serverClockOffsetMs() : 0, m_origin);
        m_model->applyPoll(m_collected, m_origin);
    }
    if (m_state)
        m_state->setConnected();
    emit listApplied(int(m_collected.size()));
    m_collected.clear();
    m_collectedIds.clear();
}

void SessionPoller::listFailed(const ApiError &error)
{
    m_listCycleOpen = false;
    m_collected.clear();
    m_collectedIds.clear();
    if (error.kind == ApiError::Kind::Unauthorized) {
        m_unauthorized = true;
        if (m_state)
            m_state->setUnauthorized(error.message);
        return;
    }
    ++m_failedPolls;
    const qint64 now = m_clock();
    qint64 delay = m_reconnect.nextDelayMs();
    if (error.kind == ApiError::Kind::RateLimited && error.retryAt.isValid())
        delay = std::max<qint64>(delay, QDateTime::currentDateTimeUtc().msecsTo(error.retryAt));
    m_nextListAt = now + delay;
    if (m_failedPolls <= 2)
        qCInfo(lcPoller).noquote() << "list poll failed:" << error.message << "- next attempt in" << delay << "ms";
    else
        qCDebug(lcPoller).noquote() << "list poll failed" << m_failedPolls << "times in a row:" << error.message;
    if (m_state && m_failedPolls >= 2)
        m_state->setReconnecting(m_lastSuccess, QDateTime::currentDateTimeUtc().addMSecs(delay), error);
}

void SessionPoller::requestMetrics(const QString &id, bool selected, qint64 now)
{
    const quint64 requestId = ++m_metricsRequestSeq;
    m_latestMetricsRequest.insert(id, requestId);
    m_lastMetricsAt.insert(id, now);
    if (selected)
        m_selectedInFlight = true;
    else
        ++m_rotationInFlight;
    ++m_requestsIssued;
    const CallOptions options{m_settings.requestTimeoutMs, 1};
    continueIn(this, m_provider->metrics(id, options), [this, id, requestId, selected](QFuture<ApiResult<SandboxMetrics>> future) {
        metricsArrived(id, requestId, selected, Core::resultOf(future));
    });
}

void SessionPoller::metricsArrived(const QString &id, quint64 requestId, bool selected,
                                   const ApiResult<SandboxMetrics> &result)
{
    if (selected)
        m_selectedInFlight = false;
    else
        --m_rotationInFlight;
    if (m_latestMetricsRequest.value(id) != requestId)
        return; // a newer request for this session was sent; its reply wins
    m_latestMetricsRequest.remove(id);
    if (!result) {
        emit metricsFailed(id, result.error());
        return;
    }
    if (m_model)
        m_model->setMetrics(id, *result);
    emit metricsReceived(id, *result);
}

void SessionPoller::setKeptAlive(const QString &id, bool keep)
{
    if (keep == m_keptAlive.contains(id))
        return;
    if (keep)
        m_keptAlive.insert(id, 0); // refreshed at the next tick
    else
        m_keptAlive.remove(id);
    if (keep && m_keepAliveOnly && !m_timer.isActive())
        m_timer.start();
    emit keptAliveChanged(keptAlive());
}

QSet<QString> SessionPoller::keptAlive() const
{
    QSet<QString> ids;
    for (auto it = m_keptAlive.cbegin(); it != m_keptAlive.cend(); ++it)
        ids.insert(it.key());
    return ids;
}

void SessionPoller::refreshKeptAlive(qint64 now)
{
    if (m_keptAlive.isEmpty())
        return;
    const int interval = std::max(100, m_settings.keepAliveIntervalMs > 0 ? m_settings.keepAliveIntervalMs
                                                                            : m_provider->keepAliveIntervalMs());
    QStringList due;
    for (auto it = m_keptAlive.cbegin(); it != m_keptAlive.cend(); ++it) {
        if (now >= it.value() && !m_refreshInFlight.contains(it.key()))
            due.append(it.key());
    }
    for (const QString &id : std::as_const(due)) {
        if (!m_budget.tryTake(now))
            return;
        m_keptAlive.insert(id, now + interval);
        m_refreshInFlight.insert(id);
        ++m_requestsIssued;
        continueIn(this, m_provider->keepAlive(id), [this, id](QFuture<ApiResult<Confirmation>> future) {
            m_refreshInFlight.remove(id);
            const ApiResult<Confirmation> result = Core::resultOf(future);
            if (result || !m_keptAlive.contains(id))
                return;
            if (result.error().kind == ApiError::Kind::NotFound) {
                m_keptAlive.remove(id);
                emit keptAliveChanged(keptAlive());
                pollSoon();
            }
            emit keepAliveFailed(id, result.error());
        });
    }
}

bool SessionPoller::rotate(qint64 now)
{
    // One pass over the visible rows from the cursor: the first that is due.
    for (int step = 0; step < m_visible.size(); ++step) {
        const int index = (m_rotationCursor + step) % int(m_visible.size());
        const QString &id = m_visible.at(index);
        if (id == m_selected || m_latestMetricsRequest.contains(id))
            continue;
        const auto last = m_lastMetricsAt.constFind(id);
        if (last != m_lastMetricsAt.constEnd() && now - last.value() < m_settings.rotationMinIntervalMs)
            continue;
        const int row = m_model->rowOf(id);
        if (row < 0 || isFinal(SandboxStatus(m_model->index(row, 0).data(SessionListModel::StatusRole).toInt())))
            continue; // ended sessions' metrics do not change
        if (!m_budget.tryTake(now))
            return false;
        m_rotationCursor = (index + 1) % int(m_visible.size());
        requestMetrics(id, false, now);
        return true;
    }
    return false;
}

} // namespace Sandbar::Core
