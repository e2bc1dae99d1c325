// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Keeps SessionListModel a live picture of a provider's sessions within a request budget:
// - the list, every page of it (paging through `total`), every `listIntervalMs`;
// - the selected session's metrics every `selectedMetricsIntervalMs`;
// - with what budget is left, metrics of the visible rows in turn, each at most every
//   `rotationMinIntervalMs`.
// The budget is a token bucket below the provider's documented limit, leaving room for the
// user's own actions. Replies to superseded requests are dropped (newest reply wins). Failed
// list polls are retried with exponential backoff and full jitter, capped so that a service
// that comes back is seen within `reconnectCapMs` plus one request.
//
// Everything happens in tick(); a timer calls it in the application, tests and the benchmark
// call it themselves with an injected clock.

#include "core/api/apierror.h"
#include "core/api/apitypes.h"
#include "core/api/operationtypes.h"
#include "core/net/ratelimit.h"
#include "core/sessions/requestbudget.h"

#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcPoller)

namespace Sandbar::Core {

class ConnectionState;
class SandboxProvider;
class SessionListModel;

class SessionPoller : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int listIntervalMs = 5000;
        int selectedMetricsIntervalMs = 5000;
        int rotationMinIntervalMs = 10000;
        int requestsPerMinute = 0; // 0: 90 % of the provider's documented limit (or 90)
        int burst = 5;
        int tickMs = 250;
        int requestTimeoutMs = 5000;
        int reconnectBaseMs = 1000;
        int reconnectCapMs = 10000;
        int maxRotationInFlight = 2;
        int keepAliveIntervalMs = 0; // 0: the provider's keepAliveIntervalMs()
    };

    SessionPoller(SandboxProvider *provider, SessionListModel *model, ConnectionState *state,
                  QObject *parent = nullptr);

    void setSettings(const Settings &settings);
    // The model's origin this poller fills (see SessionListModel); "" by default.
    void setOrigin(const QString &origin) { m_origin = origin; }
    Settings settings() const { return m_settings; }
    // Monotonic milliseconds; replaceable for tests and the benchmark.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    // Starts polling: a timer calls tick() every `tickMs`. Without start(), call tick() yourself.
    void start();
    void stop();
    // Stopped, except that kept-alive sessions are still refreshed (a connection not shown).
    void keepAliveOnly();
    bool isRunning() const { return m_timer.isActive() && !m_keepAliveOnly; }

    void setSelectedSession(const QString &id);
    QString selectedSession() const { return m_selected; }
    // The rows the views show now; their metrics are refreshed in turn with leftover budget.
    void setVisibleSessions(const QStringList &ids);
    // Polls the list at the next tick, e.g. after the user created or killed a session.
    void pollSoon();
    // Sessions of a KeepAlive provider that this client keeps alive: each is refreshed every
    // keepAliveIntervalMs(), before anything else the budget pays for.
    void setKeptAlive(const QString &id, bool keep);
    bool isKeptAlive(const QString &id) const { return m_keptAlive.contains(id); }
    QSet<QString> keptAlive() const;
    // After an Unauthorized stop, try again (e.g. with a new token).
    void resume();

    void tick();

    int requestsIssued() const { return m_requestsIssued; }
    // The requests per minute polling may send (settings, or 90 % of the documented limit).
    int budgetPerMinute() const { return m_budgetPerMinute; }

signals:
    void listApplied(int total);
    void metricsReceived(const QString &id, const Sandbar::Api::SandboxMetrics &metrics);
    void metricsFailed(const QString &id, const Sandbar::Core::ApiError &error);
    void keptAliveChanged(const QSet<QString> &ids);
    // A refresh was refused; a session the service no longer has is let go.
    void keepAliveFailed(const QString &id, const Sandbar::Core::ApiError &error);

private:
    void startListCycle(qint64 now);
    void requestListPage(qint64 now);
    void listPageArrived(quint64 generation, const ApiResult<Api::SandboxPage> &page);
    void listFailed(const ApiError &error);
    void requestMetrics(const QString &id, bool selected, qint64 now);
    void metricsArrived(const QString &id, quint64 requestId, bool selected, const ApiResult<Api::SandboxMetrics> &result);
    bool rotate(qint64 now);
    void refreshKeptAlive(qint64 now);

    QPointer<SandboxProvider> m_provider;
    QPointer<SessionListModel> m_model;
    QPointer<ConnectionState> m_state;
    QString m_origin;
    Settings m_settings;
    std::function<qint64()> m_clock;
    QTimer m_timer;
    RequestBudget m_budget;
    Backoff m_reconnect;

    // The list cycle in progress.
    quint64 m_listGeneration = 0;
    bool m_listInFlight = false;
    bool m_listCycleOpen = false;
    int m_nextOffset = 0;
    QList<Api::Sandbox> m_collected;
    QSet<QString> m_collectedIds;
    qint64 m_nextListAt = 0;
    int m_failedPolls = 0;
    QDateTime m_lastSuccess;
    bool m_unauthorized = false;
    qint64 m_pausedUntil = 0; // the provider asked us to wait (429)

    QString m_selected;
    qint64 m_nextSelectedAt = 0;
    bool m_selectedInFlight = false;

    QStringList m_visible;
    int m_rotationCursor = 0;
    int m_rotationInFlight = 0;
    QHash<QString, qint64> m_lastMetricsAt;
    // Newest request per session; replies to older ones are dropped.
    QHash<QString, quint64> m_latestMetricsRequest;
    quint64 m_metricsRequestSeq = 0;

    QHash<QString, qint64> m_keptAlive; // id -> when its next refresh is due
    QSet<QString> m_refreshInFlight;
    bool m_keepAliveOnly = false;

    int m_requestsIssued = 0;
    int m_budgetPerMinute = 0;
};

} // namespace Sandbar::Core
