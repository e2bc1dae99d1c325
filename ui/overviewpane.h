// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sessions/metricshistory.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Sandbar::Core {
class SandboxProvider;
class SessionListModel;
class SessionPoller;
} // namespace Sandbar::Core

namespace Sandbar::Ui {

class MetricsCharts;

// The connection at a glance, where the Details dock has no session to show: the server's
// facts, sessions by status, the ones that end soonest (activate one to select it), what the
// sessions with metrics use together with a chart over time, the requests polling sends
// against its budget, and the latest errors.
class OverviewPane : public QWidget
{
    Q_OBJECT
public:
    struct Facts
    {
        QString profileName;
        QString apiName;
        QUrl url;
        bool sandbarLocal = false;
    };

    OverviewPane(Core::SessionListModel *model, QWidget *parent = nullptr);

    // The connection shown; its totals chart starts afresh.
    // The connection the figures of requests are about; `others`: more connections the list
    // shows, a line each. The same provider again keeps the charts and errors gathered.
    void setConnection(const Facts &facts, Core::SandboxProvider *provider, Core::SessionPoller *poller,
                       const QList<Facts> &others = {});
    void addError(const QString &text);
    // Another list (connections switched): the totals chart and errors start again.
    void clearHistory();
    void refresh();
    // Adds a point to the totals chart (every few seconds by its own timer).
    void sampleTotals();

    QLabel *factsLabel() const { return m_facts; }
    QLabel *statusLabel() const { return m_status; }
    QTreeWidget *expiringList() const { return m_expiring; }
    QLabel *usageLabel() const { return m_usage; }
    QLabel *requestsLabel() const { return m_requests; }
    QLabel *errorsLabel() const { return m_errors; }
    MetricsCharts *charts() const { return m_charts; }

signals:
    void sessionActivated(const QString &id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    Core::SessionListModel *m_model;
    QPointer<Core::SandboxProvider> m_provider;
    QPointer<Core::SessionPoller> m_poller;
    Core::MetricsHistory m_totals;
    QList<QPair<qint64, int>> m_requestSamples; // (ms, requests sent) over the last minute
    QStringList m_recentErrors;
    QLabel *m_facts;
    QLabel *m_status;
    QLabel *m_expiringTitle = nullptr;
    QTreeWidget *m_expiring;
    QLabel *m_usage;
    QLabel *m_requests;
    QLabel *m_errors;
    MetricsCharts *m_charts;
    QTimer m_sampleTimer;
};

} // namespace Sandbar::Ui
