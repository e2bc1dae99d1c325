// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SandboxProvider for the Sandbox Sessions SDK (shared/api-docs/000). The document gives SDK
// calls, not paths; with `api_url` ending in /v1 (SANDBOX_API_URL) this adapter uses:
//   POST   {api_url}/sessions               create_session {ttl, image, metadata, ssh_public_key}
//   GET    {api_url}/sessions?limit&offset  list_sessions -> {total, sessions, limit, offset}
//   GET    {api_url}/sessions/{id}          get_session -> {session_id, status, created_at,
//                                            expires_at, metadata}
//   DELETE {api_url}/sessions/{id}          delete_session (any 2xx; no body is read)
//   POST   {api_url}/sessions/{id}/code     run_code {code, language, timeout}
//                                            -> {status, exitCode, stdout, stderr}
// - Authorization: Bearer <token>, as the SDK's bearer_token.
// - Error bodies are {"error_code", "message"} (the SDK's SandboxOperationError); a 429 adds
//   "limit" and "reset" (epoch seconds, RateLimitError's fields). 400 and other 4xx are
//   BadRequest, 401 Unauthorized, 404 NotFound, 429 RateLimited, 5xx ServerError.
// - Replies are read strictly: the documented keys, no others; status is RUNNING or PAUSED.
// - Pages are 1..100 sessions. Only create, get, list, delete and run_code exist: no files,
//   metrics, templates, contexts or extension (a session's TTL is set once, at creation).
// - run_code: each call stands alone (no contexts); stdout and stderr arrive whole, after the
//   run. A status other than "success" or a non-zero exitCode is shown as the run's error.
// - No rate is documented: the poller keeps to its default budget and the X-RateLimit-*
//   headers a server sends.

#include "core/providers/httpprovider.h"

namespace Sandbar::Core {

class SandboxSessionsProvider : public HttpProvider
{
    Q_OBJECT
public:
    SandboxSessionsProvider(const QUrl &apiUrl, const QByteArray &token, QObject *parent = nullptr);

    static QString kind() { return QStringLiteral("sandbox-sessions"); }
    // A session of the document, strictly.
    static std::optional<Api::Sandbox> sessionFromJson(const QJsonObject &json, QString *error);
    static ApiError errorFromReply(int status, const QByteArray &reason, const QByteArray &body);

    QString apiKind() const override { return kind(); }
    Capabilities capabilities() const override;
    CreateForm createForm() const override;
    int maxPageSize() const override { return 100; }
    int documentedRequestsPerMinute() const override { return 0; }

    QFuture<ApiResult<Api::SandboxPage>> listSandboxes(int offset, int limit, const CallOptions &options = {}) override;
    QFuture<ApiResult<Api::Sandbox>> getSandbox(const QString &id, const CallOptions &options = {}) override;
    QFuture<ApiResult<Api::Sandbox>> createSandbox(const Api::CreateSandboxRequest &request) override;
    QFuture<ApiResult<Api::Confirmation>> killSandbox(const QString &id) override;
    QFuture<ApiResult<Api::CodeRunResult>> runCode(const QString &id, const Api::CodeRunRequest &request) override;
};

} // namespace Sandbar::Core
