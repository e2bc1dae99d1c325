// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/providers/sandboxprovider.h"

#include <QHash>

#include <functional>
#include <optional>

// An in-memory SandboxProvider for the poller and models: list, metrics and file listings from
// its fields, every other call Unsupported. Replies are immediate, or held until the test
// releases them (to reorder replies), and any call can be made to fail.
class FakeProvider : public Sandbar::Core::SandboxProvider
{
    Q_OBJECT
public:
    using ApiError = Sandbar::Core::ApiError;
    template <typename T> using ApiResult = Sandbar::Core::ApiResult<T>;

    using SandboxProvider::SandboxProvider;

    QList<Sandbar::Api::Sandbox> sandboxes;
    QHash<QString, Sandbar::Api::SandboxMetrics> metricsById;
    QHash<QString, QList<Sandbar::Api::FileEntry>> filesByPath;
    std::optional<ApiError> listError;
    std::optional<ApiError> metricsError;
    std::optional<ApiError> filesError;
    int pageSize = 1000;
    bool holdReplies = false;

    int listCalls = 0;
    int metricsCalls = 0;
    int filesCalls = 0;
    int calls() const { return listCalls + metricsCalls + filesCalls; }
    QStringList metricsRequested;

    // Held replies, oldest first; each completes its call with the data as it was when called.
    QList<std::function<void()>> held;
    void releaseHeld(int index) { held.takeAt(index)(); }
    void releaseAll()
    {
        while (!held.isEmpty())
            held.takeFirst()();
    }

    QString apiKind() const override { return QStringLiteral("fake"); }
    Capabilities capabilities() const override
    {
        return Capability::Lifecycle | Capability::Metrics | Capability::Files;
    }
    CreateForm createForm() const override { return {}; }
    int maxPageSize() const override { return pageSize; }
    int documentedRequestsPerMinute() const override { return 100; }
    qint64 serverClockOffsetMs() const override { return 0; }
    int requestsSent() const override { return calls(); }

    QFuture<ApiResult<Sandbar::Api::SandboxPage>> listSandboxes(int offset, int limit,
                                                                 const Sandbar::Core::CallOptions &options = {}) override;
    QFuture<ApiResult<Sandbar::Api::SandboxMetrics>> metrics(const QString &id,
                                                             const Sandbar::Core::CallOptions &options = {}) override;
    QFuture<ApiResult<Sandbar::Api::FileList>> listFiles(const QString &id, const QString &path) override;

    QFuture<ApiResult<Sandbar::Api::Sandbox>> getSandbox(const QString &, const Sandbar::Core::CallOptions & = {}) override { return unsupported<Sandbar::Api::Sandbox>(); }
    QFuture<ApiResult<Sandbar::Api::Sandbox>> createSandbox(const Sandbar::Api::CreateSandboxRequest &) override { return unsupported<Sandbar::Api::Sandbox>(); }
    QFuture<ApiResult<Sandbar::Api::Confirmation>> killSandbox(const QString &) override { return unsupported<Sandbar::Api::Confirmation>(); }

private:
    template <typename T> QFuture<ApiResult<T>> unsupported()
    {
        ApiError error;
        error.kind = ApiError::Kind::Unsupported;
        error.message = QStringLiteral("not in the fake");
        return QtFuture::makeReadyFuture(Sandbar::Core::ApiResult<T>(error));
    }
    template <typename T> QFuture<ApiResult<T>> reply(const ApiResult<T> &result);
};
