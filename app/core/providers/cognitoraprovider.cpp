// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/providers/cognitoraprovider.h"

#include "core/api/jsonreader.h"

#include <QJsonArray>

namespace Sandbar::Core {

using namespace Sandbar::Api;

namespace {

const QString kSessions = QStringLiteral("/api/v1/interpreter/sessions");
const QString kExecute = QStringLiteral("/api/v1/interpreter/execute");
const QString kExecutions = QStringLiteral("/api/v1/interpreter/executions");
const QString kContainers = QStringLiteral("/api/v1/compute/containers");
const QStringList kLanguages = {QStringLiteral("python"), QStringLiteral("javascript"), QStringLiteral("bash")};
constexpr int kMaxSessionSeconds = 7 * 86400;

QString sessionPath(const QString &id, const QString &rest = {})
{
    return kSessions + QLatin1Char('/') + HttpProvider::segment(id) + rest;
}

QDateTime timeOf(const QJsonValue &value)
{
    const std::optional<QDateTime> time = value.isString() ? parseTimestamp(value.toString()) : std::nullopt;
    return time.value_or(QDateTime());
}

// The history store's words for the API's statuses.
QString runStatus(const QString &status)
{
    if (status == QLatin1String("completed"))
        return QStringLiteral("ok");
    if (status == QLatin1String("timeout"))
        return QStringLiteral("timeout");
    if (status == QLatin1String("running") || status == QLatin1String("pending"))
        return status;
    return QStringLiteral("error");
}

std::optional<Execution> executionFromJson(const QJsonObject &json, QString *error)
{
    Execution execution;
    execution.executionId = json.value(QStringLiteral("id")).toString();
    if (execution.executionId.isEmpty()) {
        *error = QStringLiteral("an execution without an 'id'");
        return std::nullopt;
    }
    execution.language = json.value(QStringLiteral("language")).toString();
    execution.sandboxId = json.value(QStringLiteral("session_id")).toString();
    execution.code = json.value(QStringLiteral("code")).toString();
    execution.status = runStatus(json.value(QStringLiteral("status")).toString());
    execution.startedAt = timeOf(json.value(QStringLiteral("created_at")));
    execution.endedAt = timeOf(json.value(QStringLiteral("completed_at")));
    execution.durationMs = json.value(QStringLiteral("execution_time_ms")).toInteger(
        execution.startedAt.isValid() && execution.endedAt.isValid() ? execution.startedAt.msecsTo(execution.endedAt) : 0);
    execution.defaultContext = true; // the session is the context
    if (json.contains(QStringLiteral("outputs"))) {
        execution.reply = CognitoraProvider::runFromOutputs(json.value(QStringLiteral("status")).toString(),
                                                            json.value(QStringLiteral("outputs")).toArray());
        if (execution.reply->failed())
            execution.outputSummary = execution.reply->error.value(QStringLiteral("name")).toString();
        else if (!execution.reply->resultText().isEmpty())
            execution.outputSummary = execution.reply->resultText();
        else if (!execution.reply->logStdout.isEmpty())
            execution.outputSummary = execution.reply->logStdout.last();
    }
    return execution;
}

} // namespace

CognitoraProvider::CognitoraProvider(const QUrl &baseUrl, const QByteArray &apiKey, QObject *parent)
    : HttpProvider(baseUrl, Credential{Credential::Scheme::Bearer, apiKey, {}}, parent)
{
    m_transport->setErrorReader(&CognitoraProvider::errorFromReply);
}

ApiResult<QJsonObject> CognitoraProvider::dataOf(const QByteArray &body)
{
    const ApiResult<QJsonDocument> document = parseDocument(body);
    if (!document)
        return document.error();
    const QJsonValue data = document->object().value(QStringLiteral("data"));
    if (!data.isObject())
        return malformed(QStringLiteral("expected {\"data\": {...}}"));
    return data.toObject();
}

std::optional<Sandbox> CognitoraProvider::sessionFromJson(const QJsonObject &json, QString *error)
{
    Detail::Reader reader(json);
    Sandbox session;
    session.id = reader.string("session_id");
    const QString status = reader.string("status");
    session.status = status == QLatin1String("active") || status == QLatin1String("running") ? SandboxStatus::Running
                     : status == QLatin1String("paused")                                      ? SandboxStatus::Paused
                                                                                              : SandboxStatus::Terminated;
    session.templateName = reader.string("language");
    session.templateId = session.templateName;
    session.startedAt = timeOf(json.value(QStringLiteral("created_at")));
    session.timeoutAt = timeOf(json.value(QStringLiteral("expires_at")));
    if (!session.timeoutAt.isValid() && session.startedAt.isValid() && json.value(QStringLiteral("timeout_seconds")).isDouble())
        session.timeoutAt = session.startedAt.addSecs(json.value(QStringLiteral("timeout_seconds")).toInteger());
    const QJsonObject resources = json.value(QStringLiteral("resources")).toObject();
    session.cpuCount = int(resources.value(QStringLiteral("cpu_cores")).toDouble());
    session.memoryMb = resources.value(QStringLiteral("memory_mb")).toInt();
    QStringList parts;
    if (resources.contains(QStringLiteral("cpu_cores")))
        parts.append(tr("%1 CPU cores").arg(resources.value(QStringLiteral("cpu_cores")).toDouble()));
    if (resources.contains(QStringLiteral("memory_mb")))
        parts.append(tr("%1 MiB memory").arg(session.memoryMb));
    if (resources.contains(QStringLiteral("storage_gb")))
        parts.append(tr("%1 GB storage").arg(resources.value(QStringLiteral("storage_gb")).toInt()));
    if (!parts.isEmpty())
        session.details.insert(tr("Resources"), parts.join(QStringLiteral(" · ")));
    return Detail::finish(reader, session, error);
}

CodeRunResult CognitoraProvider::runFromOutputs(const QString &status, const QJsonArray &outputs)
{
    CodeRunResult run;
    const auto addLines = [&run](const QString &stream, const QString &text) {
        QStringList parts = text.split(QLatin1Char('\n'));
        if (text.endsWith(QLatin1Char('\n')))
            parts.removeLast();
        for (const QString &part : std::as_const(parts)) {
            (stream == QLatin1String("stderr") ? run.stderrEvents : run.stdoutEvents).append(OutputLine{stream, part, {}});
            (stream == QLatin1String("stderr") ? run.logStderr : run.logStdout).append(part);
        }
    };
    for (const QJsonValue &value : outputs) {
        const QJsonObject output = value.toObject();
        const QString type = output.value(QStringLiteral("type")).toString();
        const QString data = output.value(QStringLiteral("data")).toString();
        if (type == QLatin1String("stdout") || type == QLatin1String("stderr")) {
            addLines(type, data);
        } else if (type == QLatin1String("result")) {
            run.result = QJsonObject{{QStringLiteral("type"), QStringLiteral("execution_result")},
                                     {QStringLiteral("data"), QJsonObject{{QStringLiteral("text/plain"), data}}}};
        } else if (type.startsWith(QLatin1String("image/")) || type == QLatin1String("text/html") || type == QLatin1String("display")) {
            // The richest display is what the run shows, unless it has a value of its own.
            if (run.result.value(QStringLiteral("type")).toString() != QLatin1String("execution_result"))
                run.result = QJsonObject{{QStringLiteral("type"), QStringLiteral("display_data")},
                                         {QStringLiteral("data"), QJsonObject{{type == QLatin1String("display") ? QStringLiteral("text/plain") : type, data}}}};
        } else if (type == QLatin1String("error")) {
            const qsizetype newline = data.indexOf(QLatin1Char('\n'));
            const QString head = newline < 0 ? data : data.left(newline);
            const qsizetype colon = head.indexOf(QStringLiteral(": "));
            run.error = QJsonObject{{QStringLiteral("name"), colon < 0 ? tr("Error") : head.left(colon)},
                                    {QStringLiteral("value"), colon < 0 ? head : head.mid(colon + 2)},
                                    {QStringLiteral("traceback"), newline < 0 ? QString() : data.mid(newline + 1)}};
        } else if (!data.isEmpty()) {
            addLines(QStringLiteral("stdout"), QStringLiteral("[%1] %2").arg(type, data));
        }
    }
    if (run.error.isEmpty() && status != QLatin1String("completed") && !status.isEmpty())
        run.error = QJsonObject{{QStringLiteral("name"), status}, {QStringLiteral("value"), tr("the run ended: %1").arg(status)}};
    return run;
}

ApiError CognitoraProvider::errorFromReply(int status, const QByteArray &reason, const QByteArray &body)
{
    ApiError error = HttpTransport::statusError(status, reason);
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QJsonValue inner = json.value(QStringLiteral("error"));
    QString message;
    if (inner.isObject()) {
        message = inner.toObject().value(QStringLiteral("message")).toString();
        error.serverKind = inner.toObject().value(QStringLiteral("code")).toString();
    } else if (inner.isString()) {
        message = inner.toString();
    }
    if (message.isEmpty())
        message = json.value(QStringLiteral("message")).toString();
    if (!message.isEmpty())
        error.message = message;
    return error;
}

SandboxProvider::Capabilities CognitoraProvider::capabilities() const
{
    return Capability::Lifecycle | Capability::CodeRuns | Capability::Deadlines | Capability::StartTimes |
           Capability::SessionState | Capability::RunHistory | Capability::RunFiles | Capability::RunNetworking |
           Capability::Containers | Capability::ExecutionListing;
}

SandboxProvider::CreateForm CognitoraProvider::createForm() const
{
    CreateForm form;
    form.fields = CreateForm::Language | CreateForm::Timeout | CreateForm::EnvVars | CreateForm::Resources;
    form.minTimeoutSeconds = 60;
    form.maxTimeoutSeconds = kMaxSessionSeconds;
    form.defaultTimeoutSeconds = 86400; // the SDK's default: one day
    return form;
}

QFuture<ApiResult<SandboxPage>> CognitoraProvider::listSandboxes(int offset, int limit, const CallOptions &options)
{
    if (offset < 0 || limit < 1)
        return invalid<SandboxPage>(tr("A page holds at least one session."));
    // One unpaged list: the page is cut here.
    return call<SandboxPage>(getRequest(kSessions), options, [offset, limit](const QByteArray &body) -> ApiResult<SandboxPage> {
        const ApiResult<QJsonObject> data = dataOf(body);
        if (!data)
            return data.error();
        const QJsonValue sessions = data->value(QStringLiteral("sessions"));
        if (!sessions.isArray())
            return malformed(QStringLiteral("expected {\"data\": {\"sessions\": [...]}}"));
        SandboxPage page;
        const QJsonArray all = sessions.toArray();
        page.total = int(all.size());
        for (int i = offset; i < all.size() && page.sandboxes.size() < limit; ++i) {
            QString error;
            const auto session = sessionFromJson(all.at(i).toObject(), &error);
            if (!session)
                return malformed(error);
            page.sandboxes.append(*session);
        }
        return page;
    });
}

QFuture<ApiResult<Sandbox>> CognitoraProvider::getSandbox(const QString &id, const CallOptions &options)
{
    if (id.isEmpty())
        return invalid<Sandbox>(tr("No session ID given."));
    return call<Sandbox>(getRequest(sessionPath(id)), options, [](const QByteArray &body) -> ApiResult<Sandbox> {
        const ApiResult<QJsonObject> data = dataOf(body);
        if (!data)
            return data.error();
        QString error;
        const auto session = sessionFromJson(*data, &error);
        return session ? ApiResult<Sandbox>(*session) : ApiResult<Sandbox>(malformed(error));
    });
}

QFuture<ApiResult<Sandbox>> CognitoraProvider::createSandbox(const CreateSandboxRequest &request)
{
    const CreateForm form = createForm();
    const QString language = request.language.isEmpty() ? QStringLiteral("python") : request.language;
    if (!kLanguages.contains(language))
        return invalid<Sandbox>(tr("A session runs %1.").arg(kLanguages.join(QLatin1String(", "))));
    const int timeout = request.timeoutSeconds.value_or(form.defaultTimeoutSeconds);
    if (timeout < form.minTimeoutSeconds || timeout > form.maxTimeoutSeconds)
        return invalid<Sandbox>(tr("The timeout must be %1 to %2 seconds.").arg(form.minTimeoutSeconds).arg(form.maxTimeoutSeconds));
    QJsonObject body{{QStringLiteral("language"), language}, {QStringLiteral("timeout_seconds"), timeout}};
    if (!request.envVars.isEmpty())
        body.insert(QStringLiteral("environment"), stringMapToJson(request.envVars));
    QJsonObject resources;
    if (request.cpuCores > 0)
        resources.insert(QStringLiteral("cpu_cores"), request.cpuCores);
    if (request.memoryMb > 0)
        resources.insert(QStringLiteral("memory_mb"), request.memoryMb);
    if (request.storageGb > 0)
        resources.insert(QStringLiteral("storage_gb"), request.storageGb);
    if (!resources.isEmpty())
        body.insert(QStringLiteral("resources"), resources);
    return call<Sandbox>(jsonRequest("POST", kSessions, body, false), {}, [](const QByteArray &reply) -> ApiResult<Sandbox> {
        const ApiResult<QJsonObject> data = dataOf(reply);
        if (!data)
            return data.error();
        QString error;
        const auto session = sessionFromJson(*data, &error);
        return session ? ApiResult<Sandbox>(*session) : ApiResult<Sandbox>(malformed(error));
    });
}

QFuture<ApiResult<Confirmation>> CognitoraProvider::killSandbox(const QString &id)
{
    if (id.isEmpty())
        return invalid<Confirmation>(tr("No session ID given."));
    HttpRequest request = getRequest(sessionPath(id));
    request.method = "DELETE";
    return call<Confirmation>(request, {}, [id](const QByteArray &) { return ApiResult<Confirmation>(Confirmation{tr("Session deleted"), id}); });
}

QFuture<ApiResult<CodeRunResult>> CognitoraProvider::runCode(const QString &id, const CodeRunRequest &run)
{
    if (id.isEmpty() || run.code.isEmpty())
        return invalid<CodeRunResult>(tr("A session and some code are required."));
    if (!run.contextId.isEmpty())
        return invalid<CodeRunResult>(tr("A Cognitora session is its own context."));
    const int timeout = run.timeoutSeconds.value_or(60);
    QJsonObject body{{QStringLiteral("code"), run.code}, {QStringLiteral("session_id"), id}, {QStringLiteral("timeout_seconds"), timeout}};
    if (!run.language.isEmpty())
        body.insert(QStringLiteral("language"), run.language);
    if (!run.environment.isEmpty())
        body.insert(QStringLiteral("environment"), stringMapToJson(run.environment));
    if (run.networking)
        body.insert(QStringLiteral("networking"), *run.networking);
    if (!run.files.isEmpty()) {
        QJsonArray files;
        for (const CodeRunRequest::File &file : run.files)
            files.append(QJsonObject{{QStringLiteral("name"), file.name},
                                     {QStringLiteral("content"), QString::fromLatin1(file.content.toBase64())},
                                     {QStringLiteral("encoding"), QStringLiteral("base64")}});
        body.insert(QStringLiteral("files"), files);
    }
    HttpRequest request = jsonRequest("POST", kExecute, body, false);
    request.timeoutMs = (timeout + 30) * 1000;
    return call<CodeRunResult>(request, {}, [](const QByteArray &reply) -> ApiResult<CodeRunResult> {
        const ApiResult<QJsonObject> data = dataOf(reply);
        if (!data)
            return data.error();
        if (!data->value(QStringLiteral("outputs")).isArray() || !data->value(QStringLiteral("status")).isString())
            return malformed(QStringLiteral("expected {\"data\": {\"status\", \"outputs\": [...]}}"));
        CodeRunResult result = runFromOutputs(data->value(QStringLiteral("status")).toString(), data->value(QStringLiteral("outputs")).toArray());
        result.executionId = data->value(QStringLiteral("execution_id")).toString();
        return result;
    });
}

QFuture<ApiResult<ExecutionPage>> CognitoraProvider::listExecutions(const QString &id, int offset, int limit)
{
    return executions(sessionPath(id, QStringLiteral("/executions")), {}, offset, limit);
}

QFuture<ApiResult<ExecutionPage>> CognitoraProvider::listAllExecutions(const QString &status, int offset, int limit)
{
    return executions(kExecutions, status, offset, limit);
}

QFuture<ApiResult<ExecutionPage>> CognitoraProvider::executions(const QString &path, const QString &status, int offset, int limit)
{
    HttpRequest request = getRequest(path);
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    request.query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    if (!status.isEmpty())
        request.query.addQueryItem(QStringLiteral("status"), status);
    return call<ExecutionPage>(request, {}, [](const QByteArray &body) -> ApiResult<ExecutionPage> {
        const ApiResult<QJsonObject> data = dataOf(body);
        if (!data)
            return data.error();
        ExecutionPage page;
        const QJsonArray executions = data->value(QStringLiteral("executions")).toArray();
        page.total = data->value(QStringLiteral("total")).toInt(int(executions.size()));
        for (const QJsonValue &value : executions) {
            QString error;
            const auto execution = executionFromJson(value.toObject(), &error);
            if (!execution)
                return malformed(error);
            page.executions.append(*execution);
        }
        return page;
    });
}

QFuture<ApiResult<Execution>> CognitoraProvider::getExecution(const QString &, const QString &executionId)
{
    return call<Execution>(getRequest(kExecutions + QLatin1Char('/') + segment(executionId)), {},
                           [](const QByteArray &body) -> ApiResult<Execution> {
                               const ApiResult<QJsonObject> data = dataOf(body);
                               if (!data)
                                   return data.error();
                               QString error;
                               const auto execution = executionFromJson(*data, &error);
                               return execution ? ApiResult<Execution>(*execution) : ApiResult<Execution>(malformed(error));
                           });
}

QFuture<ApiResult<ContainerPage>> CognitoraProvider::listContainers(int offset, int limit, const CallOptions &options)
{
    HttpRequest request = getRequest(kContainers);
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    request.query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    return call<ContainerPage>(request, options, [](const QByteArray &body) -> ApiResult<ContainerPage> {
        const ApiResult<QJsonObject> data = dataOf(body);
        if (!data)
            return data.error();
        const QJsonValue containers = data->value(QStringLiteral("containers"));
        if (!containers.isArray())
            return malformed(QStringLiteral("expected {\"data\": {\"containers\": [...]}}"));
        ContainerPage page;
        page.total = data->value(QStringLiteral("total")).toInt(int(containers.toArray().size()));
        for (const QJsonValue &value : containers.toArray()) {
            QString error;
            const auto container = Container::fromJson(value.toObject(), &error);
            if (!container)
                return malformed(error);
            page.containers.append(*container);
        }
        return page;
    });
}

QFuture<ApiResult<Container>> CognitoraProvider::getContainer(const QString &id)
{
    return call<Container>(getRequest(kContainers + QLatin1Char('/') + segment(id)), {}, [](const QByteArray &body) -> ApiResult<Container> {
        const ApiResult<QJsonObject> data = dataOf(body);
        if (!data)
            return data.error();
        QString error;
        const auto container = Container::fromJson(*data, &error);
        return container ? ApiResult<Container>(*container) : ApiResult<Container>(malformed(error));
    });
}

QFuture<ApiResult<QString>> CognitoraProvider::createContainer(const ContainerRequest &request)
{
    if (request.image.trimmed().isEmpty() || request.command.isEmpty())
        return invalid<QString>(tr("A container needs an image and a command."));
    return call<QString>(jsonRequest("POST", kContainers, request.toJson(), false), {}, [](const QByteArray &body) -> ApiResult<QString> {
        const ApiResult<QJsonObject> data = dataOf(body);
        if (!data)
            return data.error();
        const QString id = data->value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            return malformed(QStringLiteral("the new container has no 'id'"));
        return id;
    });
}

QFuture<ApiResult<Confirmation>> CognitoraProvider::cancelContainer(const QString &id)
{
    return call<Confirmation>(jsonRequest("POST", kContainers + QLatin1Char('/') + segment(id) + QStringLiteral("/cancel"), {}, false), {},
                              [id](const QByteArray &body) -> ApiResult<Confirmation> {
                                  const ApiResult<QJsonObject> data = dataOf(body);
                                  if (!data)
                                      return data.error();
                                  return Confirmation{data->value(QStringLiteral("status")).toString(), id};
                              });
}

QFuture<ApiResult<ContainerLogPage>> CognitoraProvider::containerLogs(const QString &id, int offset, int limit)
{
    HttpRequest request = getRequest(kContainers + QLatin1Char('/') + segment(id) + QStringLiteral("/logs"));
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    request.query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    return call<ContainerLogPage>(request, {}, &CognitoraProvider::logPage);
}

ApiResult<ContainerLogPage> CognitoraProvider::logPage(const QByteArray &body)
{
    const ApiResult<QJsonObject> data = dataOf(body);
    if (!data)
        return data.error();
    const QJsonValue logs = data->value(QStringLiteral("logs"));
    if (!logs.isArray())
        return malformed(QStringLiteral("expected {\"data\": {\"logs\": [...]}}"));
    ContainerLogPage page;
    const QJsonArray lines = logs.toArray();
    page.lines.reserve(lines.size());
    QString lastStamp;
    QDateTime lastTime;
    for (const QJsonValue &value : lines) {
        const QJsonObject line = value.toObject();
        // Lines of one second share their timestamp: it is parsed once.
        const QString stamp = line.value(QStringLiteral("timestamp")).toString();
        if (stamp != lastStamp) {
            lastStamp = stamp;
            lastTime = parseTimestamp(stamp).value_or(QDateTime());
        }
        page.lines.append({lastTime, line.value(QStringLiteral("stream")).toString(), line.value(QStringLiteral("message")).toString()});
    }
    page.total = data->value(QStringLiteral("total")).toInt(int(lines.size()));
    page.status = containerStatusFromName(data->value(QStringLiteral("status")).toString()).value_or(ContainerStatus::Pending);
    return page;
}

QFuture<ApiResult<double>> CognitoraProvider::estimateCost(const ContainerRequest &request)
{
    return call<double>(jsonRequest("POST", kContainers + QStringLiteral("/estimate-cost"), request.estimateBody(), true), {},
                        [](const QByteArray &body) -> ApiResult<double> {
                            const ApiResult<QJsonObject> data = dataOf(body);
                            if (!data)
                                return data.error();
                            if (!data->value(QStringLiteral("estimated_credits")).isDouble())
                                return malformed(QStringLiteral("the estimate has no 'estimated_credits'"));
                            return data->value(QStringLiteral("estimated_credits")).toDouble();
                        });
}

QFuture<ApiResult<ContainerLogPage>> CognitoraProvider::sessionLogs(const QString &sessionId, int offset, int limit)
{
    HttpRequest request = getRequest(sessionPath(sessionId, QStringLiteral("/logs")));
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    request.query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    return call<ContainerLogPage>(request, {}, &CognitoraProvider::logPage);
}

QFuture<ApiResult<QList<ContainerExecution>>> CognitoraProvider::containerExecutionList(HttpRequest request)
{
    return call<QList<ContainerExecution>>(request, {}, [](const QByteArray &body) -> ApiResult<QList<ContainerExecution>> {
        const ApiResult<QJsonObject> data = dataOf(body);
        if (!data)
            return data.error();
        QList<ContainerExecution> list;
        for (const QJsonValue &value : data->value(QStringLiteral("executions")).toArray()) {
            QString error;
            const auto execution = ContainerExecution::fromJson(value.toObject(), &error);
            if (!execution)
                return malformed(error);
            list.append(*execution);
        }
        return list;
    });
}

QFuture<ApiResult<QList<ContainerExecution>>> CognitoraProvider::containerExecutions(const QString &containerId)
{
    return containerExecutionList(getRequest(kContainers + QLatin1Char('/') + segment(containerId) + QStringLiteral("/executions")));
}

QFuture<ApiResult<QList<ContainerExecution>>> CognitoraProvider::allContainerExecutions(const QString &status, int offset, int limit)
{
    HttpRequest request = getRequest(kContainers + QStringLiteral("/executions"));
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    request.query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    if (!status.isEmpty())
        request.query.addQueryItem(QStringLiteral("status"), status);
    return containerExecutionList(request);
}

QFuture<ApiResult<ContainerExecution>> CognitoraProvider::containerExecution(const QString &executionId)
{
    return call<ContainerExecution>(getRequest(kContainers + QStringLiteral("/executions/") + segment(executionId)), {},
                                    [](const QByteArray &body) -> ApiResult<ContainerExecution> {
                                        const ApiResult<QJsonObject> data = dataOf(body);
                                        if (!data)
                                            return data.error();
                                        QString error;
                                        const auto execution = ContainerExecution::fromJson(*data, &error);
                                        return execution ? ApiResult<ContainerExecution>(*execution)
                                                         : ApiResult<ContainerExecution>(malformed(error));
                                    });
}

} // namespace Sandbar::Core
