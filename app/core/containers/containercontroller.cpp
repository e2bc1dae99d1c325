// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/containers/containercontroller.h"

#include "core/containers/containerlistmodel.h"
#include "core/net/continuation.h"
#include "core/providers/sandboxprovider.h"

#include <utility>

namespace Sandbar::Core {

using namespace Sandbar::Api;

ContainerController::ContainerController(SandboxProvider *provider, QObject *parent)
    : QObject(parent), m_provider(provider), m_model(new ContainerListModel(this))
{
    m_listTimer.setInterval(kListIntervalMs);
    connect(&m_listTimer, &QTimer::timeout, this, &ContainerController::refresh);
    m_logTimer.setInterval(kLogIntervalMs);
    connect(&m_logTimer, &QTimer::timeout, this, &ContainerController::fetchLogs);
}

void ContainerController::setActive(bool active)
{
    if (active == m_listTimer.isActive())
        return;
    // Nobody looking: neither the list nor the followed logs are polled.
    if (active) {
        refresh();
        m_listTimer.start();
        if (!m_followed.isEmpty()) {
            fetchLogs();
            m_logTimer.start();
        }
    } else {
        m_listTimer.stop();
        m_logTimer.stop();
    }
}

void ContainerController::refresh()
{
    if (!m_provider || m_listInFlight)
        return;
    m_listInFlight = true;
    continueIn(this, m_provider->listContainers(0, 100, CallOptions{10000, 1}), [this](QFuture<ApiResult<ContainerPage>> future) {
        m_listInFlight = false;
        const ApiResult<ContainerPage> page = resultOf(future);
        if (!page) {
            m_listFailing = true;
            return emit listProblem(tr("The list could not be refreshed (%1); it shows what was known last.").arg(page.error().message));
        }
        if (std::exchange(m_listFailing, false))
            emit listProblem({});
        m_model->apply(page->containers);
    });
}

void ContainerController::follow(const QString &id)
{
    if (id == m_followed)
        return;
    m_followed = id;
    ++m_followGeneration; // replies about the previous one are dropped
    m_logOffset = 0;
    m_logInFlight = false;
    emit logsReset(id);
    if (id.isEmpty()) {
        m_logTimer.stop();
        return;
    }
    fetchLogs();
    if (m_listTimer.isActive())
        m_logTimer.start();
}

void ContainerController::fetchLogs()
{
    if (!m_provider || m_followed.isEmpty() || m_logInFlight)
        return;
    m_logInFlight = true;
    const quint64 generation = m_followGeneration;
    const QString id = m_followed;
    continueIn(this, m_provider->containerLogs(id, m_logOffset, kLogPage), [this, generation, id](QFuture<ApiResult<ContainerLogPage>> future) {
        if (generation != m_followGeneration)
            return;
        m_logInFlight = false;
        const ApiResult<ContainerLogPage> page = resultOf(future);
        if (!page) {
            // Tried again at the next tick; said in the view, like the list's trouble.
            m_listFailing = true;
            return emit listProblem(tr("The logs of %1 could not be read (%2); trying again.").arg(id, page.error().message));
        }
        m_logOffset += int(page->lines.size());
        if (!page->lines.isEmpty())
            emit logLines(id, page->lines);
        if (page->lines.size() >= kLogPage)
            return fetchLogs(); // more waiting: the next page at once
        // Ended and read to the end: nothing more will come; the list learns its end now.
        if (isFinal(page->status)) {
            m_logTimer.stop();
            if (const std::optional<Container> known = m_model->container(id); known && !isFinal(known->status))
                refresh();
        }
    });
}

void ContainerController::create(const ContainerRequest &request)
{
    if (!m_provider)
        return;
    continueIn(this, m_provider->createContainer(request), [this](QFuture<ApiResult<QString>> future) {
        const ApiResult<QString> id = resultOf(future);
        if (!id)
            return emit failed(tr("Create container"), id.error());
        emit created(*id);
        refresh();
    });
}

void ContainerController::cancel(const QString &id)
{
    if (!m_provider)
        return;
    continueIn(this, m_provider->cancelContainer(id), [this, id](QFuture<ApiResult<Confirmation>> future) {
        const ApiResult<Confirmation> done = resultOf(future);
        if (!done)
            return emit failed(tr("Cancel %1").arg(id), done.error());
        continueIn(this, m_provider->getContainer(id), [this](QFuture<ApiResult<Container>> got) {
            if (const ApiResult<Container> container = resultOf(got))
                m_model->update(*container);
        });
    });
}

void ContainerController::estimate(const ContainerRequest &request)
{
    if (!m_provider)
        return;
    const quint64 seq = ++m_estimateSeq;
    continueIn(this, m_provider->estimateCost(request), [this, seq](QFuture<ApiResult<double>> future) {
        if (seq != m_estimateSeq)
            return; // a newer question is under way
        const ApiResult<double> credits = resultOf(future);
        if (credits)
            emit estimated(*credits);
        else
            emit estimateFailed(credits.error().message);
    });
}

} // namespace Sandbar::Core
