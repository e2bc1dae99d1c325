// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sessioncontroller.h"
#include "core/continuation.h"

#include "core/sandboxprovider.h"
#include "core/sessionlistmodel.h"
#include "core/sessionpoller.h"

#include <QDateTime>

Q_LOGGING_CATEGORY(lcActions, "sandbar.core.actions", QtInfoMsg)

namespace Sandbar::Core {

using namespace Sandbar::Api;

namespace {
template <typename T> ApiResult<T> resultOf(const QFuture<ApiResult<T>> &future)
{
    return future.resultCount() ? future.result() : ApiResult<T>();
}
} // namespace

QString shortId(const QString &id)
{
    return id.size() > 8 ? id.left(8) : id;
}

SessionController::SessionController(SandboxProvider *provider, SessionListModel *model, SessionPoller *poller,
                                     QObject *parent)
    : QObject(parent), m_provider(provider), m_model(model), m_poller(poller)
{
}

bool SessionController::canSetNetwork() const
{
    return m_provider && m_provider->capabilities().testFlag(SandboxProvider::Capability::NetworkOption);
}

bool SessionController::canExtend() const
{
    return m_provider && m_provider->capabilities().testFlag(SandboxProvider::Capability::SetTimeout);
}

void SessionController::begin()
{
    ++m_pending;
    emit pendingChanged(m_pending);
}

void SessionController::end()
{
    --m_pending;
    emit pendingChanged(m_pending);
}

void SessionController::create(const CreateSandboxRequest &request)
{
    if (!m_provider)
        return;
    begin();
    qCInfo(lcActions) << "create" << request.templateName;
    continueIn(this, m_provider->createSandbox(request), [this](QFuture<ApiResult<Sandbox>> future) {
        end();
        const ApiResult<Sandbox> result = resultOf(future);
        if (!result) {
            emit failed(tr("Create a sandbox"), result.error());
            return;
        }
        if (m_model)
            m_model->updateSandbox(*result);
        if (m_poller)
            m_poller->pollSoon();
        emit created(*result);
    });
}

void SessionController::kill(const QStringList &ids)
{
    if (!m_provider)
        return;
    for (const QString &id : ids) {
        begin();
        qCInfo(lcActions) << "kill" << id;
        continueIn(this, m_provider->killSandbox(id), [this, id](QFuture<ApiResult<Confirmation>> future) {
            end();
            const ApiResult<Confirmation> result = resultOf(future);
            if (!result) {
                emit failed(tr("Kill %1").arg(shortId(id)), result.error());
                return;
            }
            // The reply confirms but carries no sandbox: fetch it so the row shows its end.
            continueIn(this, m_provider->getSandbox(id), [this](QFuture<ApiResult<Sandbox>> updated) {
                const ApiResult<Sandbox> sandbox = resultOf(updated);
                if (sandbox && m_model)
                    m_model->updateSandbox(*sandbox);
            });
            if (m_poller)
                m_poller->pollSoon();
            emit killed(id);
        });
    }
}

void SessionController::extend(const QStringList &ids, int seconds)
{
    if (!m_provider || !m_model)
        return;
    const qint64 serverNowMs = QDateTime::currentMSecsSinceEpoch() + m_provider->serverClockOffsetMs();
    for (const QString &id : ids) {
        const std::optional<Sandbox> sandbox = m_model->sandbox(id);
        if (!sandbox || isFinal(sandbox->status))
            continue;
        // The API counts a new timeout from now: add to what is left, not to the start.
        const qint64 leftSeconds = std::max<qint64>(0, (sandbox->timeoutAt.toMSecsSinceEpoch() - serverNowMs) / 1000);
        const int timeout = int(std::clamp<qint64>(leftSeconds + seconds, 1, kMaxTimeoutSeconds));
        begin();
        qCInfo(lcActions) << "extend" << id << "to" << timeout << "s";
        continueIn(this, m_provider->setTimeout(id, timeout), [this, id](QFuture<ApiResult<TimeoutUpdate>> future) {
            end();
            const ApiResult<TimeoutUpdate> result = resultOf(future);
            if (!result) {
                emit failed(tr("Extend %1").arg(shortId(id)), result.error());
                return;
            }
            if (m_model) {
                if (std::optional<Sandbox> current = m_model->sandbox(id)) {
                    current->timeoutAt = result->timeoutAt;
                    m_model->updateSandbox(*current);
                }
            }
            emit extended(id, result->timeoutAt);
        });
    }
}

void SessionController::refresh()
{
    if (m_poller)
        m_poller->pollSoon();
}

void SessionController::loadTemplates()
{
    if (!m_provider)
        return;
    continueIn(this, m_provider->listTemplates(), [this](QFuture<ApiResult<QList<SandboxTemplate>>> future) {
        const ApiResult<QList<SandboxTemplate>> result = resultOf(future);
        if (!result) {
            emit templatesFailed(result.error());
            emit failed(tr("Load the templates"), result.error());
            return;
        }
        emit templatesLoaded(*result);
    });
}

void SessionController::requestHostUrl(const QString &id, int port)
{
    if (!m_provider)
        return;
    begin();
    continueIn(this, m_provider->hostUrl(id, port), [this, id, port](QFuture<ApiResult<HostUrl>> future) {
        end();
        const ApiResult<HostUrl> result = resultOf(future);
        if (!result) {
            emit hostUrlFailed(id, port, result.error());
            return;
        }
        emit hostUrlReady(id, port, result->url);
    });
}

} // namespace Sandbar::Core
