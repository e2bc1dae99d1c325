// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SandboxProvider for the Agent Sandboxes API (shared/api-docs/004) as sandbar-local serves it.
//
// Where the document is open, this adapter chooses:
// - Replies are read strictly: every documented key, no others. A reply that differs is a
//   MalformedResponse error, not a best-effort struct. ended_at may be missing or null.
// - Error bodies are read as {"error": kind, "message": text} (sandbar-local's shape, the
//   document gives none); other bodies become "HTTP <status> <reason>".
// - 408 is "timed out" (the document's command and code timeouts).
// - GET and DELETE requests and the idempotent POSTs (set timeout, read and list files, mkdir)
//   are retried after network failures and 5xx; create, write, delete file, upload, commands,
//   code runs and new contexts are not, since the server may have acted on them.
//   Every request refused with 429 is retried after the reset: the server did nothing.
// - Pages are at most 1000 sandboxes (the documented maximum of `limit`).
// - The rate limit is the documented 100/min; X-RateLimit-* and Retry-After override it.
// - Path parameters (sandbox and context IDs) are percent-encoded; IDs are not checked to be
//   UUIDs here, the server answers 400 for bad ones.
// - Code run `error` objects have no documented shape and are kept as sent.
// - Upload is multipart/form-data with the parts "file" (named after `fileName`) and "path".
// - Transfer deadlines: 30 s by default, 120 s for uploads and downloads; commands and code
//   runs get their own timeout plus 30 s (code runs without one: 300 s plus 30 s).

#include "core/providers/httpprovider.h"

namespace Sandbar::Core {

class AgentSandboxesProvider : public HttpProvider
{
    Q_OBJECT
public:
    AgentSandboxesProvider(const QUrl &baseUrl, const QByteArray &token, QObject *parent = nullptr);

    static QString kind() { return QStringLiteral("agent-sandboxes"); }
    // The server is sandbar-local, so its documented extensions (the "network" create field,
    // listing contexts, streaming runs, interrupt, run history) may be used. Off by default:
    // another server of the API would reject them.
    void setSandbarLocalExtensions(bool on) { m_localExtensions = on; }

    QString apiKind() const override { return kind(); }
    Capabilities capabilities() const override;
    CreateForm createForm() const override;
    int maxPageSize() const override { return 1000; }
    int documentedRequestsPerMinute() const override { return 100; }

    QFuture<ApiResult<Api::SandboxPage>> listSandboxes(int offset, int limit, const CallOptions &options = {}) override;
    QFuture<ApiResult<Api::Sandbox>> getSandbox(const QString &id, const CallOptions &options = {}) override;
    QFuture<ApiResult<Api::Sandbox>> createSandbox(const Api::CreateSandboxRequest &request) override;
    QFuture<ApiResult<Api::Confirmation>> killSandbox(const QString &id) override;
    QFuture<ApiResult<Api::TimeoutUpdate>> setTimeout(const QString &id, int seconds) override;
    QFuture<ApiResult<Api::SandboxMetrics>> metrics(const QString &id, const CallOptions &options = {}) override;
    QFuture<ApiResult<Api::HostUrl>> hostUrl(const QString &id, int port) override;
    QFuture<ApiResult<QList<Api::SandboxTemplate>>> listTemplates() override;

    QFuture<ApiResult<Api::FileContent>> readFile(const QString &id, const QString &path) override;
    QFuture<ApiResult<Api::FileWriteResult>> writeFile(const QString &id, const QString &path, const QString &content) override;
    QFuture<ApiResult<Api::FileList>> listFiles(const QString &id, const QString &path) override;
    QFuture<ApiResult<Api::Confirmation>> deleteFile(const QString &id, const QString &path) override;
    QFuture<ApiResult<Api::Confirmation>> makeDirectory(const QString &id, const QString &path) override;
    QFuture<ApiResult<Api::UploadResult>> uploadFile(const QString &id, const QString &fileName, const QByteArray &data,
                                                     const QString &destination) override;
    QFuture<ApiResult<QByteArray>> downloadFile(const QString &id, const QString &path) override;
    QFuture<ApiResult<Api::UploadResult>> uploadLocalFile(const QString &id, const QString &localPath,
                                                          const QString &destination) override;
    QFuture<ApiResult<qint64>> downloadToFile(const QString &id, const QString &path, const QString &localPath) override;

    QFuture<ApiResult<Api::CommandResult>> runCommand(const QString &id, const Api::CommandRequest &request) override;
    QFuture<ApiResult<Api::CodeRunResult>> runCode(const QString &id, const Api::CodeRunRequest &request) override;
    QFuture<ApiResult<Api::CodeContext>> createCodeContext(const QString &id, const QString &language,
                                                           const QString &cwd) override;
    QFuture<ApiResult<Api::CodeContext>> getCodeContext(const QString &id, const QString &contextId) override;
    QFuture<ApiResult<Api::Confirmation>> deleteCodeContext(const QString &id, const QString &contextId) override;
    // sandbar-local's extensions (see setSandbarLocalExtensions): GET code/contexts, code/run
    // with Accept: text/event-stream, POST code/interrupt, GET code/executions[/<id>].
    QFuture<ApiResult<QList<Api::CodeContext>>> listCodeContexts(const QString &id) override;
    CodeRunStream *runCodeStreaming(const QString &id, const Api::CodeRunRequest &request) override;
    // GET terminal upgraded to a WebSocket.
    TerminalChannel *openTerminal(const QString &id, int cols, int rows) override;
    QFuture<ApiResult<Api::CodeCompletion>> completeCode(const QString &id, const QString &contextId, const QString &language,
                                                         const QString &code, int cursor) override;
    QFuture<ApiResult<Api::CodeInspection>> inspectCode(const QString &id, const QString &contextId, const QString &language,
                                                        const QString &code, int cursor) override;
    QFuture<ApiResult<Api::InterruptResult>> interruptRun(const QString &id, const QString &contextId,
                                                          const QString &language) override;
    QFuture<ApiResult<Api::ExecutionPage>> listExecutions(const QString &id, int offset, int limit) override;
    QFuture<ApiResult<Api::Execution>> getExecution(const QString &id, const QString &executionId) override;

private:
    struct PageCache
    {
        QByteArray body;
        std::optional<Api::SandboxPage> page;
    };
    bool m_localExtensions = false;
    std::shared_ptr<PageCache> m_lastPage = std::make_shared<PageCache>();
};

} // namespace Sandbar::Core
