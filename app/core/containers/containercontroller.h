// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apierror.h"
#include "core/api/containertypes.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Sandbar::Core {

class ContainerListModel;
class SandboxProvider;

// The containers of a service that runs them (Capability::Containers): the list, polled while
// someone looks at it; the logs of the followed container, fetched in pages from where the
// last page ended while it runs (and once more after it ended); create with a cost estimate
// (the newest asked wins), and cancel. Widgets ask it; it holds no widget.
class ContainerController : public QObject
{
    Q_OBJECT
public:
    explicit ContainerController(SandboxProvider *provider, QObject *parent = nullptr);

    ContainerListModel *model() const { return m_model; }
    // Polls the list every kListIntervalMs while active (the view is shown).
    void setActive(bool active);
    void refresh();
    // Follows this container's logs from its first line; empty: none.
    void follow(const QString &id);
    QString followed() const { return m_followed; }
    void create(const Api::ContainerRequest &request);
    void cancel(const QString &id);
    void estimate(const Api::ContainerRequest &request);

    static constexpr int kListIntervalMs = 5000;
    static constexpr int kLogIntervalMs = 1000;
    static constexpr int kLogPage = 2000;

signals:
    // Lines of the followed container, in order; logsReset when another is followed.
    void logsReset(const QString &id);
    void logLines(const QString &id, const QList<Sandbar::Api::ContainerLogLine> &lines);
    void created(const QString &id);
    void estimated(double credits);
    void estimateFailed(const QString &message);
    void failed(const QString &action, const Sandbar::Core::ApiError &error);
    // The polled list could not be refreshed (empty message: it is current again). Said in the
    // view, not as an action's failure: a server that is gone is the connection's news.
    void listProblem(const QString &message);

private:
    void fetchLogs();

    QPointer<SandboxProvider> m_provider;
    ContainerListModel *m_model;
    QTimer m_listTimer;
    QTimer m_logTimer;
    bool m_listInFlight = false;
    bool m_listFailing = false;
    QString m_followed;
    quint64 m_followGeneration = 0;
    int m_logOffset = 0;
    bool m_logInFlight = false;
    quint64 m_estimateSeq = 0;
};

} // namespace Sandbar::Core
