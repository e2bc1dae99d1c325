// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeprovider.h"

#include <QPromise>
#include <QTimer>

#include <memory>

using namespace Sandbar::Api;
using namespace Sandbar::Core;

template <typename T> QFuture<ApiResult<T>> FakeProvider::reply(const ApiResult<T> &result)
{
    emit requestSent();
    auto promise = std::make_shared<QPromise<ApiResult<T>>>();
    promise->start();
    auto complete = [promise, result] {
        promise->addResult(result);
        promise->finish();
    };
    // Like the network, never within the call itself.
    if (holdReplies)
        held.append(complete);
    else
        QTimer::singleShot(0, this, complete);
    return promise->future();
}

QFuture<ApiResult<SandboxPage>> FakeProvider::listSandboxes(int offset, int limit, const CallOptions &)
{
    ++listCalls;
    if (listError)
        return reply<SandboxPage>(*listError);
    SandboxPage page;
    page.total = int(sandboxes.size());
    page.sandboxes = sandboxes.mid(offset, qMin(limit, pageSize));
    return reply<SandboxPage>(page);
}

QFuture<ApiResult<SandboxMetrics>> FakeProvider::metrics(const QString &id, const CallOptions &)
{
    ++metricsCalls;
    metricsRequested.append(id);
    if (metricsError)
        return reply<SandboxMetrics>(*metricsError);
    return reply<SandboxMetrics>(metricsById.value(id));
}

QFuture<ApiResult<FileList>> FakeProvider::listFiles(const QString &, const QString &path)
{
    ++filesCalls;
    if (filesError)
        return reply<FileList>(*filesError);
    FileList list;
    list.files = filesByPath.value(path);
    return reply<FileList>(list);
}
