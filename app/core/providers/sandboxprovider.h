// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the GUI codes against: one sandbox service, whatever its API. Every call is
// asynchronous and returns a QFuture of a value or an ApiError; a call the service cannot do
// (see capabilities()) finishes at once with ApiError::Kind::Unsupported: the base class
// answers so for every call an adapter does not override. Adapters live in their own files,
// one per API; providerregistry.h makes one from a profile's API kind.

#include "core/api/apierror.h"
#include "core/api/apitypes.h"
#include "core/api/containertypes.h"
#include "core/api/operationtypes.h"
#include "core/api/roundtabletypes.h"

#include <QFuture>
#include <QPromise>
#include <QObject>
#include <QUrl>

namespace Sandbar::Core {

class CodeRunStream;
class TerminalChannel;
class WorkspaceApi;

// Per-call knobs; the defaults suit a person's action, the poller asks for less patience.
struct CallOptions
{
    int timeoutMs = 0;   // 0: the provider's default
    int maxAttempts = 0; // 0: the provider's default; 1: no retries
};

class SandboxProvider : public QObject
{
    Q_OBJECT
public:
    enum class Capability {
        Lifecycle = 0x0001, // list, get, create, kill
        SetTimeout = 0x0002,
        Metrics = 0x0004,
        HostUrl = 0x0008,
        Files = 0x0010,     // read, write, list, delete, mkdir
        Transfers = 0x0020, // upload, download
        Commands = 0x0040,
        CodeRuns = 0x0080,
        CodeContexts = 0x0100,
        Templates = 0x0200,
        NetworkOption = 0x0400,  // create can turn a sandbox's network on or off (an extension)
        ContextListing = 0x0800, // listCodeContexts (an extension some services offer)
        StreamingRuns = 0x1000,  // runCodeStreaming (an extension some services offer)
        Interrupt = 0x2000,      // interruptRun (an extension some services offer)
        RunHistory = 0x4000,     // listExecutions, getExecution (an extension some services offer)
        KeepAlive = 0x8000,      // keepAlive(): a session lives while a client refreshes it
        Deadlines = 0x10000,     // sessions end at a known time (Sandbox::timeoutAt)
        StartTimes = 0x20000,    // sessions say when they started (Sandbox::startedAt)
        SessionState = 0x40000,  // a session is its own code context: runs share its state
        RunFiles = 0x80000,      // a run can take files with it (CodeRunRequest::files)
        RunNetworking = 0x100000, // a run can ask for network access (CodeRunRequest::networking)
        Containers = 0x200000,   // containers: an image and a command run to completion, with logs
        ExecutionListing = 0x400000, // listAllExecutions: runs across every session
        StartStop = 0x800000,    // startSandbox, stopSandbox: a stopped session keeps its files
        Workspaces = 0x1000000,  // sessions live in workspaces (workspaceApi())
        Messages = 0x2000000,    // sessions send each other messages (workspaceApi())
        Collaborations = 0x4000000, // collaborations between a workspace's agents (workspaceApi())
        Completion = 0x8000000,  // completeCode, inspectCode from the live context (an extension)
        Terminal = 0x10000000,   // openTerminal: an interactive shell (an extension)
    };
    Q_DECLARE_FLAGS(Capabilities, Capability)
    Q_FLAG(Capabilities)

    // What a create form offers for this service, with the documented bounds.
    struct CreateForm
    {
        enum Field {
            ProviderRegion = 0x01,
            Template = 0x02,
            Timeout = 0x04,
            EnvVars = 0x08,
            Metadata = 0x10,
            Image = 0x20,
            SshKey = 0x40,
            CodeSnippet = 0x80,
            EditEnabled = 0x100,
            Language = 0x200,  // the session's language
            Resources = 0x400, // CPU cores, memory, storage
            Name = 0x800,         // the session's name (and a description)
            Workspace = 0x1000,   // the workspace it goes in
            AgentConfig = 0x2000, // primary agent, model, temperature, max tokens
        };
        int fields = 0;
        int minTimeoutSeconds = 1;
        int maxTimeoutSeconds = 3600;
        int defaultTimeoutSeconds = 300;
        bool has(Field field) const { return fields & field; }
    };

    using QObject::QObject;

    virtual QString apiKind() const = 0;
    virtual Capabilities capabilities() const = 0;
    virtual CreateForm createForm() const = 0;
    // The longest deadline setTimeout() may set, in seconds from now (SetTimeout only).
    virtual int maxTimeoutSeconds() const { return 3600; }
    // How often keepAlive() must be sent for a session to live (KeepAlive only).
    virtual int keepAliveIntervalMs() const { return 0; }
    // The most sandboxes one list call may return.
    virtual int maxPageSize() const = 0;
    // Requests per minute the service documents, or 0 if it documents none.
    virtual int documentedRequestsPerMinute() const = 0;
    // The service's clock minus ours in ms (0 until known), for countdowns to server times.
    virtual qint64 serverClockOffsetMs() const = 0;
    virtual int requestsSent() const = 0;

    virtual QFuture<ApiResult<Api::SandboxPage>> listSandboxes(int offset, int limit, const CallOptions &options = {}) = 0;
    virtual QFuture<ApiResult<Api::Sandbox>> getSandbox(const QString &id, const CallOptions &options = {}) = 0;
    virtual QFuture<ApiResult<Api::Sandbox>> createSandbox(const Api::CreateSandboxRequest &request) = 0;
    virtual QFuture<ApiResult<Api::Confirmation>> killSandbox(const QString &id) = 0;
    virtual QFuture<ApiResult<Api::TimeoutUpdate>> setTimeout(const QString &id, int seconds);
    virtual QFuture<ApiResult<Api::SandboxMetrics>> metrics(const QString &id, const CallOptions &options = {});
    virtual QFuture<ApiResult<Api::HostUrl>> hostUrl(const QString &id, int port);
    virtual QFuture<ApiResult<QList<Api::SandboxTemplate>>> listTemplates();

    virtual QFuture<ApiResult<Api::FileContent>> readFile(const QString &id, const QString &path);
    virtual QFuture<ApiResult<Api::FileWriteResult>> writeFile(const QString &id, const QString &path, const QString &content);
    virtual QFuture<ApiResult<Api::FileList>> listFiles(const QString &id, const QString &path);
    virtual QFuture<ApiResult<Api::Confirmation>> deleteFile(const QString &id, const QString &path);
    virtual QFuture<ApiResult<Api::Confirmation>> makeDirectory(const QString &id, const QString &path);
    // Uploads and downloads are long: their futures report progress (QFutureWatcher's
    // progressValueChanged, in bytes, or KiB past 2 GiB; the progress text says "x of y"), and
    // QFuture::cancel() aborts them in flight. A cancelled future has no result.
    virtual QFuture<ApiResult<Api::UploadResult>> uploadFile(const QString &id, const QString &fileName,
                                                             const QByteArray &data, const QString &destination);
    virtual QFuture<ApiResult<QByteArray>> downloadFile(const QString &id, const QString &path);
    // The same, streamed: the local file is read in pieces as the connection takes them, or
    // written as the data arrives, under a temporary name renamed once complete (nothing is left
    // under `localPath` by a failure or a cancel), checking the free space once the size is
    // known. The download's result is the number of bytes written.
    virtual QFuture<ApiResult<Api::UploadResult>> uploadLocalFile(const QString &id, const QString &localPath,
                                                                  const QString &destination);
    virtual QFuture<ApiResult<qint64>> downloadToFile(const QString &id, const QString &path, const QString &localPath);

    virtual QFuture<ApiResult<Api::CommandResult>> runCommand(const QString &id, const Api::CommandRequest &request);
    virtual QFuture<ApiResult<Api::CodeRunResult>> runCode(const QString &id, const Api::CodeRunRequest &request);
    virtual QFuture<ApiResult<Api::CodeContext>> createCodeContext(const QString &id, const QString &language,
                                                                   const QString &cwd);
    virtual QFuture<ApiResult<Api::CodeContext>> getCodeContext(const QString &id, const QString &contextId);
    virtual QFuture<ApiResult<Api::Confirmation>> deleteCodeContext(const QString &id, const QString &contextId);
    // The code contexts of a sandbox; Unsupported unless capabilities() has ContextListing.
    virtual QFuture<ApiResult<QList<Api::CodeContext>>> listCodeContexts(const QString &id);
    // Starts a run whose output arrives as it is printed; the caller owns the stream. nullptr
    // unless capabilities() has StreamingRuns.
    virtual CodeRunStream *runCodeStreaming(const QString &id, const Api::CodeRunRequest &request);
    // Interrupts the run in progress in a context (empty: the default context of `language`),
    // as a run timeout does; the context keeps its state. Unsupported unless Interrupt.
    virtual QFuture<ApiResult<Api::InterruptResult>> interruptRun(const QString &id, const QString &contextId,
                                                                  const QString &language);
    // The sandbox's past runs, newest first, and one of them with its reply. Unsupported
    // unless RunHistory.
    virtual QFuture<ApiResult<Api::ExecutionPage>> listExecutions(const QString &id, int offset, int limit);
    virtual QFuture<ApiResult<Api::Execution>> getExecution(const QString &id, const QString &executionId);
    // Runs across every session, newest first; `status` one of the service's, empty for all
    // (ExecutionListing only).
    virtual QFuture<ApiResult<Api::ExecutionPage>> listAllExecutions(const QString &status, int offset, int limit);
    // Completions and the description of the name at `cursor` (characters into `code`), from the
    // context's interpreter (empty contextId: the default context of `language`). Completion only.
    virtual QFuture<ApiResult<Api::CodeCompletion>> completeCode(const QString &id, const QString &contextId,
                                                                 const QString &language, const QString &code, int cursor);
    virtual QFuture<ApiResult<Api::CodeInspection>> inspectCode(const QString &id, const QString &contextId,
                                                                const QString &language, const QString &code, int cursor);
    // A login shell in the sandbox on a terminal of `cols` x `rows`; the caller owns the channel.
    // nullptr unless capabilities() has Terminal.
    virtual TerminalChannel *openTerminal(const QString &id, int cols, int rows);
    // Tells the service a client still uses the session (KeepAlive only).
    virtual QFuture<ApiResult<Api::Confirmation>> keepAlive(const QString &id);

    // Starts a stopped session again, or stops a running one keeping its files (StartStop only).
    virtual QFuture<ApiResult<Api::Sandbox>> startSandbox(const QString &id);
    virtual QFuture<ApiResult<Api::Sandbox>> stopSandbox(const QString &id);
    // Workspaces, messages and collaborations (Workspaces, Messages, Collaborations); null
    // where the service has none.
    virtual WorkspaceApi *workspaceApi() { return nullptr; }

    // Containers, newest first (Containers only).
    virtual QFuture<ApiResult<Api::ContainerPage>> listContainers(int offset, int limit, const CallOptions &options = {});
    virtual QFuture<ApiResult<Api::Container>> getContainer(const QString &id);
    // The new container's ID.
    virtual QFuture<ApiResult<QString>> createContainer(const Api::ContainerRequest &request);
    virtual QFuture<ApiResult<Api::Confirmation>> cancelContainer(const QString &id);
    // Its log lines from `offset` on (at most `limit`).
    virtual QFuture<ApiResult<Api::ContainerLogPage>> containerLogs(const QString &id, int offset, int limit);
    // Credits the service estimates for the request's resources and timeout.
    virtual QFuture<ApiResult<double>> estimateCost(const Api::ContainerRequest &request);

signals:
    void requestSent();
    // The service asked us to wait; nothing is sent before `until`.
    void rateLimited(const QDateTime &until);
    void certificateRejected(const QUrl &url, const QStringList &details);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(SandboxProvider::Capabilities)

} // namespace Sandbar::Core
