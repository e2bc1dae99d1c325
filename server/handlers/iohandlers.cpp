// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "handlers/iohandlers.h"

#include "handlers/iocommon.h"
#include "sandboxes/agentclient.h"
#include "http/multipart.h"
#include "http/requestparsing.h"
#include "sandboxes/sandboxmanager.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QStringDecoder>
#include <QTimeZone>
#include <QUrl>

#include <cerrno>
#include <memory>

namespace Sandbar::Server {

namespace {

constexpr int kFileOperationTimeoutMs = 120'000;
// A command's own timeout is enforced by the agent; this is only the backstop if the agent
// itself stops answering.
constexpr int kAgentGraceMs = 5'000;

// The body as a JSON object with a valid path, or the error.
Result<QPair<QJsonObject, QString>> pathRequest(const QByteArray &body)
{
    const auto json = Parse::jsonObject(body);
    if (!json)
        return json.error();
    const auto path = pathField(*json);
    if (!path)
        return path.error();
    return qMakePair(*json, *path);
}

QString childPath(const QString &directory, const QString &name)
{
    return directory.endsWith(QLatin1Char('/')) ? directory + name : directory + QLatin1Char('/') + name;
}

QString truncationNote(bool truncated)
{
    return truncated ? QStringLiteral("\n[output truncated: more than %1 MiB]").arg(IoHandlers::kOutputCapBytes >> 20)
                     : QString();
}

} // namespace

IoHandlers::IoHandlers(SandboxManager *manager, QObject *parent) : QObject(parent), m_manager(manager) {}

Result<int> IoHandlers::agentFor(const QString &id) const
{
    const auto sandboxId = Parse::sandboxId(id);
    if (!sandboxId)
        return sandboxId.error();
    return m_manager->agentControl(*sandboxId);
}

Result<IoHandlers::PathCall> IoHandlers::pathCall(const QString &id, const QByteArray &body) const
{
    const auto agent = agentFor(id);
    if (!agent)
        return agent.error();
    const auto request = pathRequest(body);
    if (!request)
        return request.error();
    return PathCall{*agent, request->first, request->second};
}

void IoHandlers::readFile(const QString &id, const QByteArray &body, Done done)
{
    const auto call = pathCall(id, body);
    if (!call)
        return done(call.error());
    AgentCall::start(call->agent, AgentRequest::read(call->path, kMaxReadBytes), kFileOperationTimeoutMs,
                     kMaxReadBytes, this, [done](const AgentResult &result) {
        if (result.failed())
            return done(agentError(result.errorCode, result.errorMessage));
        Reply reply;
        // Text travels as it is; anything that is not UTF-8 text travels base64, and the
        // X-Sandbar-Content-Encoding header says which it is.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(result.data);
        const bool isText = !decoder.hasError() && !result.data.contains('\0');
        reply.body = QJsonObject{
            {QStringLiteral("content"), isText ? text : QString::fromLatin1(result.data.toBase64())},
            {QStringLiteral("path"), result.donePath},
            {QStringLiteral("size"), qint64(result.data.size())}};
        reply.headers.append({QByteArrayLiteral("X-Sandbar-Content-Encoding"),
                              isText ? QByteArrayLiteral("utf-8") : QByteArrayLiteral("base64")});
        done(reply);
    });
}

void IoHandlers::writeFile(const QString &id, const QByteArray &body, Done done)
{
    const auto call = pathCall(id, body);
    if (!call)
        return done(call.error());
    const QJsonValue content = call->json.value(QStringLiteral("content"));
    if (!content.isString())
        return done(ApiError::badRequest(QStringLiteral("'content' must be a string")));
    // Extension: "encoding": "base64" says the content is binary, base64-encoded.
    const QJsonValue encoding = call->json.value(QStringLiteral("encoding"));
    QByteArray bytes;
    if (encoding.isUndefined() || encoding.isNull() || encoding.toString() == QLatin1String("utf-8")) {
        bytes = content.toString().toUtf8();
    } else if (encoding.toString() == QLatin1String("base64")) {
        const auto decoded = QByteArray::fromBase64Encoding(content.toString().toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return done(ApiError::badRequest(QStringLiteral("'content' is not valid base64")));
        bytes = *decoded;
    } else {
        return done(ApiError::badRequest(QStringLiteral("'encoding' must be \"utf-8\" or \"base64\"")));
    }
    writeBytes(id, call->path, bytes, 0, bytes.size(), false, std::move(done));
}

void IoHandlers::writeBytes(const QString &id, const QString &path, const QByteArray &source, qsizetype offset,
                            qsizetype size, bool upload, Done done)
{
    const auto agent = agentFor(id);
    if (!agent)
        return done(agent.error());
    const qint64 limit = upload ? kMaxTransferBytes : kMaxWriteBytes;
    if (size > limit) {
        return done(ApiError::badRequest(QStringLiteral("the content is %1 bytes; at most %2 MiB can be written at once")
                                             .arg(size).arg(limit >> 20)));
    }
    AgentCall::start(*agent, AgentRequest::write(path, source, offset, size), kFileOperationTimeoutMs, 0, this,
                     [done, upload](const AgentResult &result) {
        if (result.failed())
            return done(agentError(result.errorCode, result.errorMessage));
        if (upload) {
            done(Reply{200, QJsonObject{{QStringLiteral("message"), QStringLiteral("File uploaded successfully")},
                                        {QStringLiteral("path"), result.donePath},
                                        {QStringLiteral("size"), qint64(result.doneSize)}}});
        } else {
            done(Reply{200, QJsonObject{{QStringLiteral("message"), QStringLiteral("File written successfully")},
                                        {QStringLiteral("path"), result.donePath},
                                        {QStringLiteral("bytes_written"), qint64(result.doneSize)}}});
        }
    });
}

void IoHandlers::listFiles(const QString &id, const QByteArray &body, Done done)
{
    const auto call = pathCall(id, body);
    if (!call)
        return done(call.error());
    AgentCall::start(call->agent, AgentRequest::list(call->path, kMaxListEntries), kFileOperationTimeoutMs, 0,
                     this, [done](const AgentResult &result) {
        if (result.failed())
            return done(agentError(result.errorCode, result.errorMessage));
        QJsonArray files;
        for (const AgentEntry &entry : result.entries) {
            files.append(QJsonObject{
                {QStringLiteral("name"), entry.name},
                {QStringLiteral("path"), childPath(result.donePath, entry.name)},
                {QStringLiteral("size"), qint64(entry.size)},
                {QStringLiteral("is_dir"), entry.isDir},
                {QStringLiteral("modified_at"),
                 Api::formatTimestamp(QDateTime::fromSecsSinceEpoch(entry.mtime, QTimeZone::utc()))}});
        }
        done(Reply{200, QJsonObject{{QStringLiteral("files"), files}}});
    });
}

void IoHandlers::pathOperation(const QString &id, const QByteArray &body,
                               QByteArray (*request)(const QString &), const QString &message, Done done)
{
    const auto call = pathCall(id, body);
    if (!call)
        return done(call.error());
    AgentCall::start(call->agent, request(call->path), kFileOperationTimeoutMs, 0, this,
                     [done, message](const AgentResult &result) {
        if (result.failed())
            return done(agentError(result.errorCode, result.errorMessage));
        done(Reply{200, QJsonObject{{QStringLiteral("message"), message}, {QStringLiteral("path"), result.donePath}}});
    });
}

void IoHandlers::deleteFile(const QString &id, const QByteArray &body, Done done)
{
    pathOperation(id, body, &AgentRequest::remove, QStringLiteral("File deleted successfully"), std::move(done));
}

void IoHandlers::makeDirectory(const QString &id, const QByteArray &body, Done done)
{
    pathOperation(id, body, &AgentRequest::mkdir, QStringLiteral("Directory created successfully"), std::move(done));
}

void IoHandlers::upload(const QString &id, const QByteArray &contentType, const QByteArray &body, Done done)
{
    const auto agent = agentFor(id);
    if (!agent)
        return done(agent.error());
    const auto parts = parseMultipart(contentType, body);
    if (!parts)
        return done(ApiError::badRequest(QStringLiteral("expected a multipart/form-data body with a 'file' part")));
    const FormPart *file = nullptr;
    QString path;
    for (const FormPart &part : *parts) {
        if (part.name == QLatin1String("file") && !file)
            file = &part;
        else if (part.name == QLatin1String("path"))
            path = QString::fromUtf8(part.in(body));
    }
    if (!file)
        return done(ApiError::badRequest(QStringLiteral("the 'file' part is missing")));
    const auto target = uploadTarget(path, file->filename);
    if (!target)
        return done(target.error());
    writeBytes(id, *target, body, file->offset, file->size, true, std::move(done));
}

void IoHandlers::download(const QString &id, const QUrlQuery &query, Done done)
{
    const auto agent = agentFor(id);
    if (!agent)
        return done(agent.error());
    const auto path = pathField(QJsonObject{{QStringLiteral("path"), query.queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded)}});
    if (!path)
        return done(path.error());
    AgentCall::start(*agent, AgentRequest::read(*path, kMaxTransferBytes), kFileOperationTimeoutMs,
                     kMaxTransferBytes, this, [done](const AgentResult &result) {
        if (result.failed())
            return done(agentError(result.errorCode, result.errorMessage));
        const QString name = result.donePath.section(QLatin1Char('/'), -1);
        Reply reply;
        reply.raw = result.data;
        reply.contentType = QByteArrayLiteral("application/octet-stream");
        reply.headers.append({QByteArrayLiteral("Content-Disposition"), contentDisposition(name)});
        done(reply);
    });
}

void IoHandlers::runCommand(const QString &id, const QByteArray &body, Done done)
{
    const auto agent = agentFor(id);
    if (!agent)
        return done(agent.error());
    const auto json = Parse::jsonObject(body);
    if (!json)
        return done(json.error());
    const QJsonValue command = json->value(QStringLiteral("command"));
    if (!command.isString() || command.toString().trimmed().isEmpty())
        return done(ApiError::badRequest(QStringLiteral("'command' must be a non-empty string")));
    if (command.toString().contains(QChar(0)))
        return done(ApiError::badRequest(QStringLiteral("'command' contains a NUL character")));
    // With "args" the command is run directly (no shell); without, it is a shell command line.
    QStringList argv;
    const QJsonValue args = json->value(QStringLiteral("args"));
    if (args.isUndefined() || args.isNull()) {
        argv = {QStringLiteral("/bin/bash"), QStringLiteral("-c"), command.toString()};
    } else if (args.isArray()) {
        argv.append(command.toString());
        for (const QJsonValue &arg : args.toArray()) {
            if (!arg.isString() || arg.toString().contains(QChar(0)))
                return done(ApiError::badRequest(QStringLiteral("'args' must be an array of strings")));
            argv.append(arg.toString());
        }
    } else {
        return done(ApiError::badRequest(QStringLiteral("'args' must be an array of strings")));
    }
    QString workingDir = QStringLiteral("/home/user");
    if (json->contains(QStringLiteral("working_dir")) && !json->value(QStringLiteral("working_dir")).isNull()) {
        const auto dir = pathField(*json, QStringLiteral("working_dir"));
        if (!dir)
            return done(dir.error());
        workingDir = *dir;
    }
    QStringList environment;
    const QJsonValue env = json->value(QStringLiteral("environment"));
    if (!env.isUndefined() && !env.isNull()) {
        const auto map = Api::stringMapFromJson(env);
        if (!map)
            return done(ApiError::badRequest(QStringLiteral("'environment' must be an object of string values")));
        for (auto it = map->begin(); it != map->end(); ++it) {
            if (it.key().isEmpty() || it.key().contains(QLatin1Char('=')) || it.key().contains(QChar(0)) ||
                it.value().contains(QChar(0)))
                return done(ApiError::badRequest(QStringLiteral("invalid environment variable '%1'").arg(it.key().left(64))));
            environment.append(it.key() + QLatin1Char('=') + it.value());
        }
    }
    int timeoutMs = kDefaultCommandTimeoutMs;
    const QJsonValue timeout = json->value(QStringLiteral("timeout"));
    if (!timeout.isUndefined() && !timeout.isNull()) {
        const auto parsed = Parse::integer(timeout, QStringLiteral("timeout"), 1, kMaxCommandTimeoutMs);
        if (!parsed)
            return done(parsed.error());
        timeoutMs = *parsed;
    }

    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    AgentCall::start(*agent, AgentRequest::command(workingDir, quint32(timeoutMs), kOutputCapBytes, argv, environment),
                     timeoutMs + kAgentGraceMs, kOutputCapBytes, this,
                     [done, clock, timeoutMs, argv](const AgentResult &result) {
        const qint64 durationMs = clock->elapsed();
        if (result.exited && result.timedOut) {
            return done(ApiError::timeout(QStringLiteral("the command did not finish within %1 ms and was killed")
                                              .arg(timeoutMs)));
        }
        QJsonObject reply{
            {QStringLiteral("stdout"), QString::fromUtf8(result.stdoutData) + truncationNote(result.stdoutTruncated)},
            {QStringLiteral("stderr"), QString::fromUtf8(result.stderrData) + truncationNote(result.stderrTruncated)},
            {QStringLiteral("exit_code"), result.exited ? result.exitCode : -1},
            {QStringLiteral("duration_ms"), durationMs},
            {QStringLiteral("success"), result.exited && result.exitCode == 0},
        };
        if (result.failed()) {
            // The command could not run at all, or the sandbox ended under it.
            reply.insert(QStringLiteral("exit_code"), result.errorCode == -1 ? -1 : 127);
            reply.insert(QStringLiteral("error"), result.errorMessage);
        }
        done(Reply{200, reply});
    });
}

} // namespace Sandbar::Server
