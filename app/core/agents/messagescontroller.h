// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apierror.h"
#include "core/api/roundtabletypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace Sandbar::Core {

class MessageListModel;
class SandboxProvider;

// A sandbox's messages and counters (Capability::Messages): its messages and its sent /
// received counters are polled while someone looks (the newest reply wins), the counters kept
// as a history for a chart; send to another sandbox, broadcast to its workspace.
class MessagesController : public QObject
{
    Q_OBJECT
public:
    struct Sample
    {
        QDateTime at;
        int sent = 0;
        int received = 0;
        qint64 uptimeSeconds = 0;
    };

    explicit MessagesController(SandboxProvider *provider, QObject *parent = nullptr);

    MessageListModel *model() const { return m_model; }
    void setSandbox(const QString &sandboxId, const QString &workspaceId);
    QString sandbox() const { return m_sandbox; }
    void setActive(bool active);
    bool isActive() const { return m_timer.isActive(); }
    void refresh();
    void send(const QString &toId, const QJsonValue &content);
    void broadcast(const QJsonValue &content);
    // The polled counters of the sandbox shown, oldest first (at most kMaxSamples).
    QList<Sample> samples() const { return m_samples.value(m_sandbox); }

    // Text as a message's content: any JSON value, or why it is not one.
    static std::optional<QJsonValue> parseContent(const QString &text, QString *error);

    static constexpr int kIntervalMs = 3000;
    static constexpr int kPage = 200;
    static constexpr int kMaxSamples = 600;

signals:
    void sent(const Sandbar::Api::AgentMessage &message);
    void broadcasted(const Sandbar::Api::BroadcastResult &result);
    void countersChanged();
    void failed(const QString &action, const Sandbar::Core::ApiError &error);
    // The polled messages could not be refreshed (empty: current again).
    void listProblem(const QString &message);

private:
    QPointer<SandboxProvider> m_provider;
    MessageListModel *m_model;
    QTimer m_timer;
    QString m_sandbox;
    QString m_workspace;
    quint64 m_generation = 0; // a reply about an earlier sandbox or poll is dropped
    bool m_listInFlight = false;
    bool m_countersInFlight = false;
    bool m_failing = false;
    QHash<QString, QList<Sample>> m_samples;
};

} // namespace Sandbar::Core
