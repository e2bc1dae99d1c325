// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SandboxProvider for E2B's legacy SessionsApi (shared/api-docs/002), as its published client
// @devbookhq/sdk 2.5 speaks it:
//   GET    /sessions?api_key=K              -> [Session, ...] (one unpaged list)
//   POST   /sessions?api_key=K              NewSession {codeSnippetID, editEnabled} -> 201 Session
//   DELETE /sessions/{sessionID}?api_key=K  -> 204
//   POST   /sessions/{sessionID}/refresh?api_key=K -> 204
// - Session is {codeSnippetID, editEnabled, sessionID, clientID}, read strictly; errors are
//   {code (int), message}. The key travels as the query parameter api_key, as documented; it
//   is never logged and is cut out of every error message (HttpTransport::redacted).
// - The API has no call for one session: getSandbox reads the list and picks it.
// - A session lives while someone refreshes it (the SDK refreshes every 5 s); the document
//   gives no lifetime, so sessions have no deadline here (no countdown, no expiry warnings).
// - No metrics, files, templates, code runs or rate figures are documented.

#include "core/providers/httpprovider.h"

namespace Sandbar::Core {

class E2bSessionsProvider : public HttpProvider
{
    Q_OBJECT
public:
    E2bSessionsProvider(const QUrl &baseUrl, const QByteArray &apiKey, QObject *parent = nullptr);

    static QString kind() { return QStringLiteral("e2b-sessions"); }
    static std::optional<Api::Sandbox> sessionFromJson(const QJsonObject &json, QString *error);
    static ApiError errorFromReply(int status, const QByteArray &reason, const QByteArray &body);

    QString apiKind() const override { return kind(); }
    Capabilities capabilities() const override;
    CreateForm createForm() const override;
    // The list is one unpaged array.
    int maxPageSize() const override { return 1000000; }
    int documentedRequestsPerMinute() const override { return 0; }
    int keepAliveIntervalMs() const override { return 5000; }

    QFuture<ApiResult<Api::SandboxPage>> listSandboxes(int offset, int limit, const CallOptions &options = {}) override;
    QFuture<ApiResult<Api::Sandbox>> getSandbox(const QString &id, const CallOptions &options = {}) override;
    QFuture<ApiResult<Api::Sandbox>> createSandbox(const Api::CreateSandboxRequest &request) override;
    QFuture<ApiResult<Api::Confirmation>> killSandbox(const QString &id) override;
    QFuture<ApiResult<Api::Confirmation>> keepAlive(const QString &id) override;
};

} // namespace Sandbar::Core
