// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/operationtypes.h"
#include "core/api/jsonreader.h"

#include <QRegularExpression>

namespace Sandbar::Api {

using Detail::finish;
using Detail::Reader;

namespace {

// Reads every element of `key` with `parse`, failing the reader on the first bad one.
template <typename T, typename Parse>
QList<T> readList(Reader &reader, const char *key, Parse parse)
{
    QList<T> list;
    const QJsonArray array = reader.array(key);
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size() && reader.ok(); ++i) {
        QString error;
        const auto item = array.at(i).isObject() ? parse(array.at(i).toObject(), &error) : std::nullopt;
        if (!item) {
            reader.fail(QStringLiteral("%1[%2]: %3")
                            .arg(QLatin1String(key))
                            .arg(i)
                            .arg(error.isEmpty() ? QStringLiteral("expected an object") : error));
            return {};
        }
        list.append(*item);
    }
    return list;
}

std::optional<OutputLine> outputLineFromJson(const QJsonObject &json, QString *error)
{
    Reader reader(json);
    reader.requireExactKeys({"type", "line", "timestamp"});
    OutputLine line;
    line.type = reader.string("type");
    line.line = reader.string("line");
    line.timestamp = reader.time("timestamp");
    return finish(reader, line, error);
}

} // namespace

std::optional<SandboxPage> SandboxPage::fromJson(const QJsonObject &json, QString *error)
{
    Reader reader(json);
    reader.requireExactKeys({"sandboxes", "total"});
    SandboxPage page;
    page.total = int(reader.integer("total"));
    if (reader.ok() && page.total < 0)
        reader.fail(QStringLiteral("key 'total': negative"));
    page.sandboxes = readList<Sandbox>(reader, "sandboxes", &Sandbox::fromJson);
    return finish(reader, page, error);
}

std::optional<TemplatePage> TemplatePage::fromJson(const QJsonObject &json, QString *error)
{
    Reader reader(json);
    reader.requireExactKeys({"templates", "limit", "offset"});
    TemplatePage page;
    page.limit = int(reader.integer("limit"));
    page.offset = int(reader.integer("offset"));
    page.templates = readList<SandboxTemplate>(reader, "templates", &SandboxTemplate::fromJson);
    return finish(reader, page, error);
}

QJsonObject CreateSandboxRequest::toJson() const
{
    QJsonObject json{{QStringLiteral("provider"), provider}, {QStringLiteral("region"), region}};
    if (!templateName.isEmpty())
        json.insert(QStringLiteral("template"), templateName);
    if (timeoutSeconds)
        json.insert(QStringLiteral("timeout"), *timeoutSeconds);
    if (!envVars.isEmpty())
        json.insert(QStringLiteral("env_vars"), stringMapToJson(envVars));
    if (!metadata.isEmpty())
        json.insert(QStringLiteral("metadata"), stringMapToJson(metadata));
    if (network)
        json.insert(QStringLiteral("network"), *network);
    return json;
}

bool isSshPublicKeyLine(const QString &line)
{
    static const QRegularExpression shape(
        QStringLiteral("^(ssh-(ed25519|rsa|dss)|ecdsa-sha2-nistp(256|384|521)|sk-[a-z0-9@.-]+) [A-Za-z0-9+/]+=*( [^\\r\\n]*)?$"));
    return shape.match(line).hasMatch();
}

std::optional<Confirmation> Confirmation::fromJson(const QJsonObject &json, const char *subjectKey,
                                                   QString *error)
{
    Reader reader(json);
    reader.requireExactKeys({"message", subjectKey});
    Confirmation confirmation;
    confirmation.message = reader.string("message");
    confirmation.subject = reader.string(subjectKey);
    return finish(reader, confirmation, error);
}

std::optional<TimeoutUpdate> TimeoutUpdate::fromJson(const QJsonObject &json, QString *error)
{
    Reader reader(json);
    reader.requireExactKeys({"message", "timeout", "timeout_at"});
    TimeoutUpdate update;
    update.message = reader.string("message");
    update.timeoutSeconds = int(reader.integer("timeout"));
    update.timeoutAt = reader.time("timeout_at");
    return finish(reader, update, error);
}

std::optional<HostUrl> HostUrl::fromJson(const QJsonObject &json, QString *error)
{
    Reader reader(json);
    reader.requireExactKeys({"url"});
    HostUrl host;
    host.url = QUrl(reader.string("url"), QUrl::StrictMode);
    if (reader.ok() && (!host.url.isValid() || host.url.scheme().isEmpty() || host.url.host().isEmpty()))
        reader.fail(QStringLiteral("key 'url': not an absolute URL"));
    return finish(reader, host, error);
}

std::optional<FileContent> FileContent::fromJson(const QJsonObject &json, QString *error)
{
    Reader reader(json);
    reader.requireExactKeys({"content", "path", "size"});
    FileContent file;
    file.content = reader.string("content");
    file.path = reader.string("path");
    file.size = reader.integer("size");
    return finish(reader, file, error);
}

std::optional<FileWriteResult> FileWriteResult::fromJson(const QJsonObject &json, QString *error)
{
    Reader reader(json);
    reader.requireExactKeys({"message", "path", "bytes_written"});
    FileWriteResult result;
    result.message = reader.string("message");
    result.path = reader.string("path");
    result.bytesWritten = reader.integer("bytes_written");
    return finish(reader, result, error);
}

bool FileEntry::operator==(const FileEntry &other) const
{
    return name == other.name && path == other.path && size == other.size && isDir == other.isDir &&
           modifiedAt == other.modifiedAt;
}

std::optional<FileEntry> FileEntry::fromJson(const QJsonObject &json, QString *error)
{
    Reader reader(json);
    reader.requireExactKeys({"name", "path", "size", "is_dir", "modified_at"});
    FileEntry entry;
    entry.name = reader.string("name");
    entry.path = reader.string("path");
    entry.size = reader.integer("size");
    entry.isDir = reader.boolean("is_dir");
    entry.modifiedAt = reader.time("modified_at");
    return finish(reader, entry, error);
}

std::optional<FileList> FileList::fromJson(const QJsonObject &json, QString *error)
{
    Reader reader(json);
    reader.requireExactKeys({"files"});
    FileList list;
    list.files = readList<FileEntry>(reader, "files", &FileEntry::fromJson);
    return finish(reader, list, error);
}

std::optional<UploadResult> UploadResult::fromJson(const QJsonObject &json, QString *error)
{
    Reader reader(json);
    reader.requireExactKeys({"message", "path", "size"});
    UploadResult result;
    result.message = reader.string("message");
    result.path = reader.string("path");
    result.size = reader.integer("size");
    return finish(reader, result, error);
}

QJsonObject CommandRequest::toJson() const
{
    QJsonObject json{{QStringLiteral("command"), command}};
    if (!args.isEmpty())
        json.insert(QStringLiteral("args"), QJsonArray::fromStringList(args));
    if (!workingDir.isEmpty())
        json.insert(QStringLiteral("working_dir"), workingDir);
    if (!environment.isEmpty())
        json.insert(QStringLiteral("environment"), stringMapToJson(environment));
    if (timeoutMs)
        json.insert(QStringLiteral("timeout"), *timeoutMs);
    return json;
}

std::optional<CommandResult> CommandResult::fromJson(const QJsonObject &json, QString *error)
{
    Reader reader(json);
    reader.requireExactKeys({"stdout", "stderr", "exit_code", "duration_ms", "success"}, {"error"});
    CommandResult result;
    result.stdOut = reader.string("stdout");
    result.stdErr = reader.string("stderr");
    result.exitCode = int(reader.integer("exit_code"));
    result.durationMs = reader.integer("duration_ms");
    result.success = reader.boolean("success");
    if (!reader.isNull("error"))
        result.error = reader.string("error");
    return finish(reader, result, error);
}

QJsonObject CodeRunRequest::toJson() const
{
    QJsonObject json{{QStringLiteral("code"), code}};
    if (!language.isEmpty())
        json.insert(QStringLiteral("language"), language);
    if (!contextId.isEmpty())
        json.insert(QStringLiteral("context_id"), contextId);
    if (!environment.isEmpty())
        json.insert(QStringLiteral("environment"), stringMapToJson(environment));
    if (timeoutSeconds)
        json.insert(QStringLiteral("timeout"), *timeoutSeconds);
    // Only the flags that differ from the documented default (false) are sent.
    if (onStdout)
        json.insert(QStringLiteral("on_stdout"), true);
    if (onStderr)
        json.insert(QStringLiteral("on_stderr"), true);
    if (onResult)
        json.insert(QStringLiteral("on_result"), true);
    if (onError)
        json.insert(QStringLiteral("on_error"), true);
    return json;
}

QList<QJsonObject> CodeRunResult::richOutputs() const
{
    if (!outputs.isEmpty())
        return outputs;
    return result.isEmpty() ? QList<QJsonObject>() : QList<QJsonObject>{result};
}

QString CodeRunResult::resultText() const
{
    return result.value(QStringLiteral("data")).toObject().value(QStringLiteral("text/plain")).toString();
}

std::optional<CodeRunResult> CodeRunResult::fromJson(const QJsonObject &json, QString *error)
{
    Reader reader(json);
    reader.requireExactKeys({"execution_id", "results", "error", "logs"});
    CodeRunResult run;
    run.executionId = reader.string("execution_id");
    const QJsonObject results = reader.object("results");
    if (reader.ok()) {
        Reader inner(results);
        inner.requireExactKeys({}, {"stdout", "stderr", "result"});
        if (inner.has("stdout"))
            run.stdoutEvents = readList<OutputLine>(inner, "stdout", &outputLineFromJson);
        if (inner.has("stderr"))
            run.stderrEvents = readList<OutputLine>(inner, "stderr", &outputLineFromJson);
        if (!inner.isNull("result"))
            run.result = inner.object("result");
        if (!inner.ok())
            reader.fail(QStringLiteral("results: ") + inner.error());
    }
    if (!reader.isNull("error")) {
        run.error = reader.object("error");
        if (reader.ok() && run.error.isEmpty())
            reader.fail(QStringLiteral("key 'error': an empty error object"));
    }
    const QJsonObject logs = reader.object("logs");
    if (reader.ok()) {
        Reader inner(logs);
        inner.requireExactKeys({"stdout", "stderr"});
        run.logStdout = inner.stringList("stdout");
        run.logStderr = inner.stringList("stderr");
        if (!inner.ok())
            reader.fail(QStringLiteral("logs: ") + inner.error());
    }
    return finish(reader, run, error);
}

std::optional<CodeContext> CodeContext::fromJson(const QJsonObject &json, QString *error)
{
    Reader reader(json);
    reader.requireExactKeys({"context_id", "language", "cwd", "created_at", "expires_at"},
                            {"status", "last_used"});
    CodeContext context;
    context.contextId = reader.string("context_id");
    context.language = reader.string("language");
    context.cwd = reader.string("cwd");
    if (reader.has("status"))
        context.status = reader.string("status");
    context.createdAt = reader.time("created_at");
    context.expiresAt = reader.time("expires_at");
    context.lastUsed = reader.time("last_used", true);
    return finish(reader, context, error);
}

std::optional<InterruptResult> InterruptResult::fromJson(const QJsonObject &json, QString *error)
{
    Reader reader(json);
    reader.requireExactKeys({"context_id", "interrupted"});
    InterruptResult result;
    result.contextId = reader.string("context_id");
    result.interrupted = reader.boolean("interrupted");
    return finish(reader, result, error);
}

std::optional<Execution> Execution::fromJson(const QJsonObject &json, QString *error)
{
    Reader reader(json);
    reader.requireExactKeys({"execution_id", "context_id", "language", "code", "started_at", "ended_at", "duration_ms",
                             "status", "execution_count"},
                            {"reply", "default_context", "output_summary", "outputs"});
    Execution execution;
    execution.executionId = reader.string("execution_id");
    execution.contextId = reader.string("context_id");
    execution.language = reader.string("language");
    execution.code = reader.string("code");
    execution.startedAt = reader.time("started_at");
    execution.endedAt = reader.time("ended_at");
    execution.durationMs = reader.integer("duration_ms");
    execution.status = reader.string("status");
    execution.executionCount = int(reader.integer("execution_count"));
    if (reader.has("default_context"))
        execution.defaultContext = reader.boolean("default_context");
    if (reader.has("output_summary"))
        execution.outputSummary = reader.string("output_summary");
    if (reader.ok() && reader.has("reply")) {
        QString replyError;
        execution.reply = CodeRunResult::fromJson(reader.object("reply"), &replyError);
        if (!execution.reply)
            reader.fail(QStringLiteral("reply: ") + replyError);
        else if (reader.has("outputs")) {
            for (const QJsonValue &output : reader.array("outputs")) {
                if (!output.isObject() || !output.toObject().value(QStringLiteral("data")).isObject()) {
                    reader.fail(QStringLiteral("key 'outputs': expected objects with 'data'"));
                    break;
                }
                execution.reply->outputs.append(output.toObject());
            }
        }
    }
    return finish(reader, execution, error);
}

std::optional<ExecutionPage> ExecutionPage::fromJson(const QJsonObject &json, QString *error)
{
    Reader reader(json);
    reader.requireExactKeys({"executions", "total"});
    ExecutionPage page;
    page.executions = readList<Execution>(reader, "executions", &Execution::fromJson);
    page.total = int(reader.integer("total"));
    return finish(reader, page, error);
}

std::optional<CodeCompletion> CodeCompletion::fromJson(const QJsonObject &json, QString *error)
{
    Reader reader(json);
    reader.requireExactKeys({"matches", "cursor_start", "cursor_end", "status"});
    CodeCompletion completion;
    completion.matches = reader.stringList("matches");
    completion.cursorStart = int(reader.integer("cursor_start"));
    completion.cursorEnd = int(reader.integer("cursor_end"));
    completion.status = reader.string("status");
    return finish(reader, completion, error);
}

std::optional<CodeInspection> CodeInspection::fromJson(const QJsonObject &json, QString *error)
{
    Reader reader(json);
    reader.requireExactKeys({"found", "status"}, {"name", "text"});
    CodeInspection inspection;
    inspection.found = reader.boolean("found");
    if (reader.has("name"))
        inspection.name = reader.string("name");
    if (reader.has("text"))
        inspection.text = reader.string("text");
    return finish(reader, inspection, error);
}

} // namespace Sandbar::Api
