// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Request and reply values of the Agent Sandboxes API beyond the sandbox itself: list pages,
// timeouts, files, commands and code runs. Replies are read strictly (documented keys only);
// requests write only the keys that are set.

#include "core/api/apitypes.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Sandbar::Api {

struct SandboxPage
{
    QList<Sandbox> sandboxes;
    int total = 0;
    static std::optional<SandboxPage> fromJson(const QJsonObject &json, QString *error = nullptr);
};

struct TemplatePage
{
    QList<SandboxTemplate> templates;
    int limit = 0;
    int offset = 0;
    static std::optional<TemplatePage> fromJson(const QJsonObject &json, QString *error = nullptr);
};

struct CreateSandboxRequest
{
    QString provider;
    QString region;
    QString templateName;              // empty: the server's default
    std::optional<int> timeoutSeconds; // unset: the server's default
    StringMap envVars;
    StringMap metadata;
    // sandbar-local's extension "network": only sent when set (see Capability::NetworkOption).
    std::optional<bool> network;
    // Fields of other APIs' create calls (see SandboxProvider::CreateForm); not in toJson().
    QString image;
    QString sshPublicKey;
    QString codeSnippetId;
    bool editEnabled = false;
    QString language;   // Cognitora: the session's language
    double cpuCores = 0; // Cognitora's resources; 0: the service's default
    int memoryMb = 0;
    int storageGb = 0;
    QString name;        // Round Table: the agent sandbox's name, description and workspace
    QString description;
    QString workspaceId;
    QJsonObject agentConfig; // primary_agent, model, temperature, max_tokens
    // The Agent Sandboxes API's body.
    QJsonObject toJson() const;
};

// An OpenSSH public key line ("ssh-ed25519 AAAA… comment"), as the Sandbox Sessions API takes.
bool isSshPublicKeyLine(const QString &line);

// The reply of the calls that only confirm: kill, delete file, mkdir, delete context.
struct Confirmation
{
    QString message;
    QString subject; // the sandbox id, path or context id the reply names
    // `subjectKey` is the key the endpoint documents for the subject ("sandbox_id", "path" ...).
    static std::optional<Confirmation> fromJson(const QJsonObject &json, const char *subjectKey,
                                                QString *error = nullptr);
};

struct TimeoutUpdate
{
    QString message;
    int timeoutSeconds = 0;
    QDateTime timeoutAt;
    static std::optional<TimeoutUpdate> fromJson(const QJsonObject &json, QString *error = nullptr);
};

struct HostUrl
{
    QUrl url;
    static std::optional<HostUrl> fromJson(const QJsonObject &json, QString *error = nullptr);
};

struct FileContent
{
    QString content; // as sent: text, or base64 for binary files (the API does not say which)
    QString path;
    qint64 size = 0;
    static std::optional<FileContent> fromJson(const QJsonObject &json, QString *error = nullptr);
};

struct FileWriteResult
{
    QString message;
    QString path;
    qint64 bytesWritten = 0;
    static std::optional<FileWriteResult> fromJson(const QJsonObject &json, QString *error = nullptr);
};

struct FileEntry
{
    QString name;
    QString path;
    qint64 size = 0;
    bool isDir = false;
    QDateTime modifiedAt;
    bool operator==(const FileEntry &other) const;
    bool operator!=(const FileEntry &other) const { return !(*this == other); }
    static std::optional<FileEntry> fromJson(const QJsonObject &json, QString *error = nullptr);
};

struct FileList
{
    QList<FileEntry> files;
    static std::optional<FileList> fromJson(const QJsonObject &json, QString *error = nullptr);
};

struct UploadResult
{
    QString message;
    QString path;
    qint64 size = 0;
    static std::optional<UploadResult> fromJson(const QJsonObject &json, QString *error = nullptr);
};

struct CommandRequest
{
    QString command;
    QStringList args;
    QString workingDir;            // empty: the server's default
    StringMap environment;
    std::optional<int> timeoutMs; // unset: the server's default (30 s)
    QJsonObject toJson() const;
};

struct CommandResult
{
    QString stdOut;
    QString stdErr;
    int exitCode = 0;
    qint64 durationMs = 0;
    bool success = false;
    QString error; // only when execution failed
    static std::optional<CommandResult> fromJson(const QJsonObject &json, QString *error = nullptr);
};

struct CodeRunRequest
{
    QString code;
    QString language;  // empty: the server's default ("python")
    QString contextId; // empty: the default context
    StringMap environment;
    std::optional<int> timeoutSeconds;
    bool onStdout = false;
    bool onStderr = false;
    bool onResult = false;
    bool onError = false;
    // Cognitora's execute: network access for this run (unset: the service's default), and
    // files put beside the code first.
    std::optional<bool> networking;
    struct File
    {
        QString name;
        QByteArray content;
    };
    QList<File> files;
    QJsonObject toJson() const;
};

struct OutputLine
{
    QString type; // "stdout" or "stderr"
    QString line;
    QDateTime timestamp;
};

struct CodeRunResult
{
    QString executionId;
    QList<OutputLine> stdoutEvents;
    QList<OutputLine> stderrEvents;
    // results.result as sent ("type", "data" by MIME type, "execution_count"); empty if none.
    QJsonObject result;
    // The document gives no shape for the error object; it is kept as sent. Empty: success.
    QJsonObject error;
    QStringList logStdout;
    QStringList logStderr;
    // Every display and the value, in the order they came ({type, data, execution_count}):
    // a streamed run and sandbar-local's run history have them; the documented reply has room
    // only for `result`.
    QList<QJsonObject> outputs;

    bool failed() const { return !error.isEmpty(); }
    // `outputs`, or the one `result` where there are none.
    QList<QJsonObject> richOutputs() const;
    // The result's text/plain value, if any.
    QString resultText() const;
    static std::optional<CodeRunResult> fromJson(const QJsonObject &json, QString *error = nullptr);
};

struct CodeContext
{
    QString contextId;
    QString language;
    QString cwd;
    QString status; // only in the "get" reply
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime lastUsed; // only in the "get" reply
    static std::optional<CodeContext> fromJson(const QJsonObject &json, QString *error = nullptr);
};

// Names that complete the code at the cursor, from the live context (sandbar-local's
// code/complete extension): they replace [cursorStart, cursorEnd). Offsets count characters.
struct CodeCompletion
{
    QStringList matches;
    int cursorStart = 0;
    int cursorEnd = 0;
    QString status; // ok, busy (a run is in progress), not_started, unavailable, timeout
    static std::optional<CodeCompletion> fromJson(const QJsonObject &json, QString *error = nullptr);
};

// What the name at the cursor is: its signature and documentation (code/inspect).
struct CodeInspection
{
    bool found = false;
    QString name;
    QString text;
    static std::optional<CodeInspection> fromJson(const QJsonObject &json, QString *error = nullptr);
};

// What code/interrupt did (a sandbar-local extension): which context, and whether a run was
// in progress to be interrupted.
struct InterruptResult
{
    QString contextId;
    bool interrupted = false;
    static std::optional<InterruptResult> fromJson(const QJsonObject &json, QString *error = nullptr);
};

// One run of the server's run history (a sandbar-local extension: code/executions).
struct Execution
{
    QString executionId;
    QString sandboxId; // where the service says (listings across sessions)
    QString contextId;
    QString language;
    QString code;
    QDateTime startedAt;
    QDateTime endedAt;
    qint64 durationMs = 0;
    QString status; // "ok", "error", "timeout" or "failed"
    int executionCount = 0;
    bool defaultContext = false; // sandbar-local says so: ran in the language's default context
    QString outputSummary;       // its error, result or last line printed, where the service says
    // Only from code/executions/<id>: the reply as it was sent (with its `outputs` where the
    // service kept them).
    std::optional<CodeRunResult> reply;
    static std::optional<Execution> fromJson(const QJsonObject &json, QString *error = nullptr);
};

struct ExecutionPage
{
    QList<Execution> executions; // newest first
    int total = 0;
    static std::optional<ExecutionPage> fromJson(const QJsonObject &json, QString *error = nullptr);
};

} // namespace Sandbar::Api
