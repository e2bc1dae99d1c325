// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sessions/sessioncontroller.h"
#include "core/net/continuation.h"

#include "core/providers/sandboxprovider.h"
#include "core/sessions/sessionlistmodel.h"
#include "core/sessions/sessionpoller.h"

#include <QDateTime>

#include <algorithm>
#include <memory>

Q_LOGGING_CATEGORY(lcActions, "sandbar.core.actions", QtInfoMsg)

namespace Sandbar::Core {

using namespace Sandbar::Api;

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

int SessionController::maxTimeoutSeconds() const
{
    return m_provider ? m_provider->maxTimeoutSeconds() : 3600;
}

void SessionController::create(const CreateSandboxRequest &request)
{
    if (!m_provider)
        return;
    qCInfo(lcActions).noquote() << "create" << m_provider->apiKind() << request.templateName + request.image + request.codeSnippetId;
    continueIn(this, m_provider->createSandbox(request), [this](QFuture<ApiResult<Sandbox>> future) {
        const ApiResult<Sandbox> result = resultOf(future);
        if (!result) {
            emit failed(tr("Create a sandbox"), result.error());
            return;
        }
        if (m_model)
            m_model->updateSandbox(*result, m_origin);
        if (m_poller) {
            // A session that lives only while refreshed: the one who made it keeps it.
            if (m_provider && m_provider->capabilities().testFlag(SandboxProvider::Capability::KeepAlive))
                m_poller->setKeptAlive(result->id, true);
            m_poller->pollSoon();
        }
        emit created(*result);
    });
}

namespace {
// Collects the outcomes of one batch of requests and hands them over once all have answered.
template <typename T> struct Batch
{
    int waiting = 0;
    QList<T> done;
};
} // namespace

void SessionController::kill(const QStringList &ids)
{
    if (!m_provider || ids.isEmpty())
        return;
    auto batch = std::make_shared<Batch<QString>>();
    batch->waiting = int(ids.size());
    for (const QString &id : ids) {
        qCInfo(lcActions) << "kill" << id;
        continueIn(this, m_provider->killSandbox(id), [this, id, batch](QFuture<ApiResult<Confirmation>> future) {
            const ApiResult<Confirmation> result = resultOf(future);
            if (!result) {
                emit failed(tr("Kill %1").arg(shortId(id)), result.error());
            } else {
                batch->done.append(id);
                if (m_poller)
                    m_poller->setKeptAlive(id, false);
                // The reply confirms but carries no sandbox: fetch it so the row shows its end.
                continueIn(this, m_provider->getSandbox(id), [this](QFuture<ApiResult<Sandbox>> updated) {
                    const ApiResult<Sandbox> sandbox = resultOf(updated);
                    if (sandbox && m_model)
                        m_model->updateSandbox(*sandbox, m_origin);
                });
            }
            if (--batch->waiting > 0)
                return;
            if (m_poller)
                m_poller->pollSoon();
            if (!batch->done.isEmpty())
                emit killed(batch->done);
        });
    }
}

void SessionController::start(const QStringList &ids)
{
    startOrStop(ids, true);
}

void SessionController::stop(const QStringList &ids)
{
    startOrStop(ids, false);
}

void SessionController::startOrStop(const QStringList &ids, bool start)
{
    if (!m_provider || ids.isEmpty())
        return;
    auto batch = std::make_shared<Batch<QString>>();
    batch->waiting = int(ids.size());
    for (const QString &id : ids) {
        qCInfo(lcActions) << (start ? "start" : "stop") << id;
        const auto call = start ? m_provider->startSandbox(id) : m_provider->stopSandbox(id);
        continueIn(this, call, [this, id, batch, start](QFuture<ApiResult<Sandbox>> future) {
            const ApiResult<Sandbox> result = resultOf(future);
            if (!result) {
                emit failed(start ? tr("Start %1").arg(shortId(id)) : tr("Stop %1").arg(shortId(id)), result.error());
            } else {
                batch->done.append(id);
                if (m_model)
                    m_model->updateSandbox(*result, m_origin);
            }
            if (--batch->waiting > 0)
                return;
            if (m_poller)
                m_poller->pollSoon();
            if (batch->done.isEmpty())
                return;
            if (start)
                emit started(batch->done);
            else
                emit stopped(batch->done);
        });
    }
}

qint64 SessionController::secondsLeft(const Sandbox &sandbox) const
{
    const qint64 serverNowMs = QDateTime::currentMSecsSinceEpoch() + (m_provider ? m_provider->serverClockOffsetMs() : 0);
    return std::max<qint64>(0, (sandbox.timeoutAt.toMSecsSinceEpoch() - serverNowMs) / 1000);
}

void SessionController::extend(const QStringList &ids, int seconds)
{
    if (!m_provider || !m_model)
        return;
    auto batch = std::make_shared<Batch<ExtendOutcome>>();
    QList<std::pair<Sandbox, int>> requests;
    for (const QString &id : ids) {
        const std::optional<Sandbox> sandbox = m_model->sandbox(id);
        if (!sandbox || isFinal(sandbox->status))
            continue;
        // The API counts a new timeout from now: add to what is left, not to the start.
        requests.append({*sandbox, int(std::clamp<qint64>(secondsLeft(*sandbox) + seconds, 1, maxTimeoutSeconds()))});
    }
    batch->waiting = int(requests.size());
    for (const auto &[sandbox, timeout] : std::as_const(requests)) {
        const QString id = sandbox.id;
        qCInfo(lcActions) << "extend" << id << "to" << timeout << "s";
        continueIn(this, m_provider->setTimeout(id, timeout),
                   [this, id, seconds, before = sandbox.timeoutAt, batch](QFuture<ApiResult<TimeoutUpdate>> future) {
            const ApiResult<TimeoutUpdate> result = resultOf(future);
            if (!result) {
                emit failed(tr("Extend %1").arg(shortId(id)), result.error());
            } else {
                if (m_model) {
                    if (std::optional<Sandbox> current = m_model->sandbox(id)) {
                        current->timeoutAt = result->timeoutAt;
                        m_model->updateSandbox(*current, m_origin);
                    }
                }
                batch->done.append({id, seconds, std::max<qint64>(0, before.secsTo(result->timeoutAt)), result->timeoutAt});
            }
            if (--batch->waiting == 0 && !batch->done.isEmpty())
                emit extended(batch->done);
        });
    }
}

void SessionController::setKeptAlive(const QString &id, bool keep)
{
    if (m_poller && m_provider && m_provider->capabilities().testFlag(SandboxProvider::Capability::KeepAlive))
        m_poller->setKeptAlive(id, keep);
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
            // Said where templates are chosen (the create dialog); an unreachable server is the
            // connection's banner's to report, once.
            emit templatesFailed(result.error());
            return;
        }
        emit templatesLoaded(*result);
    });
}

void SessionController::requestHostUrl(const QString &id, int port)
{
    if (!m_provider)
        return;
    continueIn(this, m_provider->hostUrl(id, port), [this, id, port](QFuture<ApiResult<HostUrl>> future) {
        const ApiResult<HostUrl> result = resultOf(future);
        if (!result) {
            emit hostUrlFailed(id, port, result.error());
            return;
        }
        emit hostUrlReady(id, port, result->url);
    });
}

} // namespace Sandbar::Core
