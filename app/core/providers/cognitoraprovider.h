// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SandboxProvider for Cognitora's code interpreter (shared/api-docs/003). The document gives
// SDK calls and their path prefix (/api/v1/interpreter/*), not each path; with base_url the
// server's root (COGNITORA_BASE_URL, by default https://api.cognitora.dev) this adapter uses:
//   GET    /api/v1/interpreter/sessions                 list_sessions -> {data: {sessions}}
//   POST   /api/v1/interpreter/sessions                 create_session {language, timeout_seconds,
//                                                       environment, resources{cpu_cores, memory_mb,
//                                                       storage_gb}} -> {data: session}
//   GET    /api/v1/interpreter/sessions/{id}            get_session;  DELETE: delete_session
//   POST   /api/v1/interpreter/execute                  execute {code, language, session_id,
//                                                       timeout_seconds, environment, networking, files}
//                                                       -> {data: {status, outputs[{type, data}]}}
//   GET    /api/v1/interpreter/sessions/{id}/executions get_session_executions(limit, offset)
//   GET    /api/v1/interpreter/executions/{id}          get_execution
// - The key (cgk_…) goes in Authorization: Bearer, the SDK's api_key convention.
// - Every reply is the {"data": ...} envelope the SDK's examples read; errors are read from
//   {"error": {"message", "code"}}, {"error": "…"} or {"message": "…"} (CognitoraError keeps
//   the body as response_data); 401 is AuthenticationError, 429 RateLimitError.
// - A session: session_id, status (active, paused; others end it), language (shown as its
//   template), created_at, expires_at (or timeout_seconds) and resources. The document lists
//   no session fields: other keys are ignored.
// - A session is its own code context: runs share its state; its language is the session's.
// - Outputs by type: stdout and stderr become lines, "result" the run's value, images
//   (image/png, image/jpeg, image/svg+xml) and text/html its richest display, "error"
//   ("Name: value\ntraceback") the run's error.
// - Containers: POST/GET /api/v1/compute/containers, GET …/containers/{id}, POST …/{id}/cancel,
//   GET …/{id}/logs?limit&offset, POST …/containers/estimate-cost (Capability::Containers); the
//   window shows them in a view of their own, not as sessions.

#include "core/providers/httpprovider.h"

namespace Sandbar::Core {

class CognitoraProvider : public HttpProvider
{
    Q_OBJECT
public:
    CognitoraProvider(const QUrl &baseUrl, const QByteArray &apiKey, QObject *parent = nullptr);

    static QString kind() { return QStringLiteral("cognitora"); }
    static std::optional<Api::Sandbox> sessionFromJson(const QJsonObject &json, QString *error);
    // An execute reply's (or an execution's) outputs as a run's result.
    static Api::CodeRunResult runFromOutputs(const QString &status, const QJsonArray &outputs);
    static ApiError errorFromReply(int status, const QByteArray &reason, const QByteArray &body);
    // The "data" of an envelope, or MalformedResponse.
    static ApiResult<QJsonObject> dataOf(const QByteArray &body);

    QString apiKind() const override { return kind(); }
    Capabilities capabilities() const override;
    CreateForm createForm() const override;
    int maxPageSize() const override { return 1000; }
    int documentedRequestsPerMinute() const override { return 0; }

    QFuture<ApiResult<Api::SandboxPage>> listSandboxes(int offset, int limit, const CallOptions &options = {}) override;
    QFuture<ApiResult<Api::Sandbox>> getSandbox(const QString &id, const CallOptions &options = {}) override;
    QFuture<ApiResult<Api::Sandbox>> createSandbox(const Api::CreateSandboxRequest &request) override;
    QFuture<ApiResult<Api::Confirmation>> killSandbox(const QString &id) override;
    QFuture<ApiResult<Api::CodeRunResult>> runCode(const QString &id, const Api::CodeRunRequest &request) override;
    QFuture<ApiResult<Api::ExecutionPage>> listExecutions(const QString &id, int offset, int limit) override;
    QFuture<ApiResult<Api::Execution>> getExecution(const QString &id, const QString &executionId) override;
    // status: completed, failed or timeout.
    QFuture<ApiResult<Api::ExecutionPage>> listAllExecutions(const QString &status, int offset, int limit) override;

    QFuture<ApiResult<Api::ContainerPage>> listContainers(int offset, int limit, const CallOptions &options = {}) override;
    QFuture<ApiResult<Api::Container>> getContainer(const QString &id) override;
    QFuture<ApiResult<QString>> createContainer(const Api::ContainerRequest &request) override;
    QFuture<ApiResult<Api::Confirmation>> cancelContainer(const QString &id) override;
    QFuture<ApiResult<Api::ContainerLogPage>> containerLogs(const QString &id, int offset, int limit) override;
    QFuture<ApiResult<double>> estimateCost(const Api::ContainerRequest &request) override;

    // The rest of the document's calls, for clients of this service (not in SandboxProvider):
    // get_session_logs, get_container_executions, list_all_container_executions (status:
    // empty for all) and get_container_execution.
    QFuture<ApiResult<Api::ContainerLogPage>> sessionLogs(const QString &sessionId, int offset, int limit);
    QFuture<ApiResult<QList<Api::ContainerExecution>>> containerExecutions(const QString &containerId);
    QFuture<ApiResult<QList<Api::ContainerExecution>>> allContainerExecutions(const QString &status, int offset, int limit);
    QFuture<ApiResult<Api::ContainerExecution>> containerExecution(const QString &executionId);

private:
    QFuture<ApiResult<QList<Api::ContainerExecution>>> containerExecutionList(HttpRequest request);
    static ApiResult<Api::ContainerLogPage> logPage(const QByteArray &body);
    QFuture<ApiResult<Api::ExecutionPage>> executions(const QString &path, const QString &status, int offset, int limit);
};

} // namespace Sandbar::Core
