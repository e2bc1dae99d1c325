// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agents/messagescontroller.h"

#include "core/agents/messagelistmodel.h"
#include "core/net/continuation.h"
#include "core/providers/sandboxprovider.h"
#include "core/providers/workspaceapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Sandbar::Core {

using namespace Sandbar::Api;

MessagesController::MessagesController(SandboxProvider *provider, QObject *parent)
    : QObject(parent), m_provider(provider), m_model(new MessageListModel(this))
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &MessagesController::refresh);
}

std::optional<QJsonValue> MessagesController::parseContent(const QString &text, QString *error)
{
    if (text.trimmed().isEmpty()) {
        *error = tr("Write the content: a JSON value, e.g. {\"type\": \"request\"}.");
        return std::nullopt;
    }
    // Wrapped in a list so that a lone string or number parses too.
    const QByteArray wrapped = "[\n" + text.toUtf8() + "\n]";
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &parseError);
    if (parseError.error != QJsonParseError::NoError || document.array().size() != 1) {
        // Where in the text itself (the wrapper adds "[\n" before it and "\n]" after).
        const QByteArray text8 = text.toUtf8();
        const qsizetype at = parseError.offset - 2;
        if (parseError.error == QJsonParseError::NoError) {
            *error = tr("Not JSON: write one value (an object, a list, a \"string\", a number).");
        } else if (at < 0 || at >= text8.size()) {
            *error = tr("Not JSON: %1 at the end (something is not closed).").arg(parseError.errorString());
        } else {
            const QByteArray before = text8.left(at);
            const int line = int(before.count('\n')) + 1;
            const int column = int(at - before.lastIndexOf('\n'));
            *error = tr("Not JSON: %1 at line %2, column %3.").arg(parseError.errorString()).arg(line).arg(column);
        }
        return std::nullopt;
    }
    return document.array().first();
}

void MessagesController::setSandbox(const QString &sandboxId, const QString &workspaceId)
{
    if (sandboxId == m_sandbox)
        return;
    m_sandbox = sandboxId;
    m_workspace = workspaceId;
    ++m_generation;
    m_listInFlight = m_countersInFlight = false;
    m_model->setSandbox(sandboxId);
    emit countersChanged();
    if (isActive())
        refresh();
}

void MessagesController::setActive(bool active)
{
    if (active == m_timer.isActive())
        return;
    if (active) {
        m_timer.start();
        refresh();
    } else {
        m_timer.stop();
    }
}

void MessagesController::refresh()
{
    WorkspaceApi *api = m_provider ? m_provider->workspaceApi() : nullptr;
    if (!api || m_sandbox.isEmpty())
        return;
    const quint64 generation = m_generation;
    const QString sandbox = m_sandbox;
    if (!m_listInFlight) {
        m_listInFlight = true;
        continueIn(this, api->listMessages(sandbox, 0, kPage, CallOptions{10000, 1}),
                   [this, generation](const ApiResult<MessagePage> &page) {
                       if (generation != m_generation)
                           return;
                       m_listInFlight = false;
                       if (!page) {
                           m_failing = true;
                           return emit listProblem(tr("Messages could not be refreshed (%1); the list shows what was known last.")
                                                       .arg(page.error().message));
                       }
                       if (std::exchange(m_failing, false))
                           emit listProblem({});
                       m_model->apply(page->messages);
                   });
    }
    if (!m_countersInFlight) {
        m_countersInFlight = true;
        continueIn(this, api->sandboxCounters(sandbox, CallOptions{10000, 1}),
                   [this, generation, sandbox](const ApiResult<AgentCounters> &counters) {
                       if (generation != m_generation)
                           return;
                       m_countersInFlight = false;
                       if (!counters)
                           return; // the list's problem says the service is failing
                       QList<Sample> &samples = m_samples[sandbox];
                       samples.append({counters->timestamp, counters->messagesSent, counters->messagesReceived,
                                       counters->uptimeSeconds});
                       if (samples.size() > kMaxSamples)
                           samples.remove(0, samples.size() - kMaxSamples);
                       emit countersChanged();
                   });
    }
}

void MessagesController::send(const QString &toId, const QJsonValue &content)
{
    WorkspaceApi *api = m_provider ? m_provider->workspaceApi() : nullptr;
    if (!api || m_sandbox.isEmpty())
        return;
    continueIn(this, api->sendMessage(m_sandbox, toId, content), [this](const ApiResult<AgentMessage> &message) {
        if (!message)
            return emit failed(tr("Send a message"), message.error());
        emit sent(*message);
        refresh();
    });
}

void MessagesController::broadcast(const QJsonValue &content)
{
    WorkspaceApi *api = m_provider ? m_provider->workspaceApi() : nullptr;
    if (!api || m_sandbox.isEmpty())
        return;
    continueIn(this, api->broadcast(m_workspace, m_sandbox, content), [this](const ApiResult<BroadcastResult> &result) {
        if (!result)
            return emit failed(tr("Broadcast to the workspace"), result.error());
        emit broadcasted(*result);
        refresh();
    });
}

} // namespace Sandbar::Core
