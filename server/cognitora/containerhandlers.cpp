// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cognitora/containerhandlers.h"

#include "code/codecontextmanager.h"
#include "code/executionstore.h"
#include "http/requestparsing.h"
#include "logging.h"
#include "sandboxes/sandboxmanager.h"
#include "sandboxes/templatecatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <cmath>
#include <memory>

namespace Sandbar::Server {

namespace {
constexpr int kMaxPage = 100;
constexpr quint32 kOutputCapBytes = 64u << 20;

QString newId(const char *prefix)
{
    return QLatin1String(prefix) + QUuid::createUuid().toString(QUuid::Id128).left(16);
}

// argv as one bash line: each word quoted, so "&&" is a word, as in an image's exec form.
QString shellLine(const QStringList &argv)
{
    QStringList words;
    for (QString word : argv)
        words.append(QLatin1Char('\'') + word.replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\''));
    return words.join(QLatin1Char(' '));
}

// Python images answer to `python`; this computer's sandboxes have python3.
QString containerLine(const QStringList &argv)
{
    return QStringLiteral("command -v python >/dev/null || python() { python3 \"$@\"; }\n") + shellLine(argv);
}

Result<double> number(const QJsonObject &json, const QString &key, double fallback, double min, double max)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isDouble() || value.toDouble() < min || value.toDouble() > max)
        return ApiError::badRequest(QStringLiteral("'%1' must be a number from %2 to %3").arg(key).arg(min).arg(max));
    return value.toDouble();
}

Result<int> whole(const QJsonObject &json, const QString &key, int fallback, int min, int max)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    return Parse::integer(value, key, min, max);
}

Result<QString> statusFilter(const QUrlQuery &query)
{
    const QString status = query.queryItemValue(QStringLiteral("status"));
    static const QStringList known{QStringLiteral("pending"), QStringLiteral("running"), QStringLiteral("completed"),
                                   QStringLiteral("failed"), QStringLiteral("cancelled")};
    if (!status.isEmpty() && !known.contains(status))
        return ApiError::badRequest(QStringLiteral("'status' must be one of %1").arg(known.join(QStringLiteral(", "))));
    return status;
}

Reply data(const QJsonValue &value, int status = 200)
{
    return Reply(status, QJsonObject{{QStringLiteral("data"), value}});
}
} // namespace

ContainerHandlers::ContainerHandlers(SandboxManager *sandboxes, const TemplateCatalog *templates, CodeContextManager *contexts,
                                     ExecutionStore *history, ContainerStore *store, QObject *parent)
    : QObject(parent), m_sandboxes(sandboxes), m_templates(templates), m_contexts(contexts), m_history(history),
      m_store(store)
{
    // Runs do not survive a restart: their sandboxes end, and they are failed with the reason.
    int total = 0;
    for (const QString &status : {QStringLiteral("pending"), QStringLiteral("running")}) {
        for (const ContainerRecord &record : m_store->list(status, 100000, 0, &total))
            m_sandboxes->kill(record.sandboxId);
    }
    m_store->failUnfinished(QStringLiteral("sandbar-local stopped while the container ran"));
    m_flush.setInterval(kLogFlushMs);
    connect(&m_flush, &QTimer::timeout, this, &ContainerHandlers::flushLogs);
}

ContainerHandlers::~ContainerHandlers()
{
    flushLogs();
}

double ContainerHandlers::estimate(double cpuCores, int memoryMb, int storageGb, int gpuCount, int timeoutSeconds)
{
    const double perHour = cpuCores * 1.0 + memoryMb / 1024.0 * 0.5 + storageGb * 0.02 + gpuCount * 20.0;
    return std::ceil(perHour * timeoutSeconds / 3600.0 * 100.0 - 1e-9) / 100.0;
}

Result<ContainerRecord> ContainerHandlers::find(const QString &id) const
{
    if (std::optional<ContainerRecord> record = m_store->get(id))
        return *record;
    return ApiError::notFound(QStringLiteral("container %1 not found").arg(id.left(80)));
}

Result<Reply> ContainerHandlers::create(const QByteArray &body)
{
    const auto json = Parse::jsonObject(body);
    if (!json)
        return json.error();
    if (const auto known = Parse::onlyKeys(*json, {QStringLiteral("image"), QStringLiteral("command"), QStringLiteral("cpu_cores"),
                                                   QStringLiteral("memory_mb"), QStringLiteral("max_cost_credits"),
                                                   QStringLiteral("storage_gb"), QStringLiteral("gpu_count"),
                                                   QStringLiteral("networking"), QStringLiteral("timeout_seconds"),
                                                   QStringLiteral("environment")});
        !known)
        return known.error();
    ContainerRecord record;
    record.image = json->value(QStringLiteral("image")).toString();
    if (record.image.trimmed().isEmpty())
        return ApiError::badRequest(QStringLiteral("'image' is required"));
    const TemplateSpec *spec = m_templates->findForImage(record.image);
    if (!spec)
        return ApiError::badRequest(QStringLiteral("image '%1' is not available here (sandbar-local pulls no images); it has %2")
                                        .arg(record.image.left(120), m_templates->imageChoices()));
    const QJsonValue command = json->value(QStringLiteral("command"));
    if (!command.isArray() || command.toArray().isEmpty())
        return ApiError::badRequest(QStringLiteral("'command' must be a non-empty array of strings"));
    for (const QJsonValue &word : command.toArray()) {
        if (!word.isString())
            return ApiError::badRequest(QStringLiteral("'command' must be a non-empty array of strings"));
        record.command.append(word.toString());
    }
    const auto cpu = number(*json, QStringLiteral("cpu_cores"), 1.0, 0.1, spec->info.vcpuCount);
    if (!cpu)
        return ApiError::badRequest(cpu.error().message + QStringLiteral(" (the %1 template's limit)").arg(spec->info.name));
    const auto memory = whole(*json, QStringLiteral("memory_mb"), std::min(512, spec->info.memoryMb), 64, spec->info.memoryMb);
    if (!memory)
        return ApiError::badRequest(memory.error().message + QStringLiteral(" (the %1 template's limit)").arg(spec->info.name));
    // The template's disk is the most there is; the documented default of 5 GB, where it fits.
    const int disk = std::max(1, spec->info.diskSizeMb / 1024);
    const auto storage = whole(*json, QStringLiteral("storage_gb"), std::min(5, disk), 1, disk);
    if (!storage)
        return storage.error();
    const auto gpus = whole(*json, QStringLiteral("gpu_count"), 0, 0, 64);
    if (!gpus)
        return gpus.error();
    if (*gpus > 0)
        return ApiError::badRequest(QStringLiteral("this computer's sandboxes have no GPUs: 'gpu_count' must be 0"));
    const auto timeout = whole(*json, QStringLiteral("timeout_seconds"), kDefaultTimeoutSeconds, 1, kMaxTimeoutSeconds);
    if (!timeout)
        return timeout.error();
    const QJsonValue maxCost = json->value(QStringLiteral("max_cost_credits"));
    if (!maxCost.isDouble() || maxCost.toDouble() < 0)
        return ApiError::badRequest(QStringLiteral("'max_cost_credits' is required: a number of credits, 0 or more"));
    const QJsonValue networking = json->value(QStringLiteral("networking"));
    if (!networking.isUndefined() && !networking.isNull() && !networking.isBool())
        return ApiError::badRequest(QStringLiteral("'networking' must be true or false"));
    const auto environment = Parse::environment(*json, QStringLiteral("environment"));
    if (!environment)
        return environment.error();

    record.cpuCores = *cpu;
    record.memoryMb = *memory;
    record.storageGb = *storage;
    record.timeoutSeconds = *timeout;
    record.maxCostCredits = maxCost.toInt();
    record.networking = networking.toBool(false); // isolated unless asked
    record.environment = Api::stringMapToJson(*environment);
    record.estimatedCredits = estimate(record.cpuCores, record.memoryMb, record.storageGb, 0, record.timeoutSeconds);
    if (record.estimatedCredits > maxCost.toDouble())
        return ApiError::badRequest(QStringLiteral("the estimated cost, %1 credits, is more than max_cost_credits (%2)")
                                        .arg(record.estimatedCredits)
                                        .arg(maxCost.toDouble()));

    record.id = newId("ctr_");
    record.executionId = newId("cex_");
    CreateRequest request;
    request.templateName = spec->info.name;
    request.timeoutSeconds = record.timeoutSeconds + 60; // the run's own deadline comes first
    request.envVars = *environment;
    request.network = record.networking;
    request.metadata.insert(QStringLiteral("cognitora.container"), record.id);
    const auto sandbox = m_sandboxes->create(request);
    if (!sandbox)
        return sandbox.error();
    record.sandboxId = sandbox->id;
    record.status = QStringLiteral("pending");
    record.createdAt = QDateTime::currentDateTimeUtc();
    m_store->save(record);
    m_running.insert(record.id, Running{record.sandboxId, {}, {}, {}, false});
    start(record.id);
    return data(QJsonObject{{QStringLiteral("id"), record.id}, {QStringLiteral("status"), record.status},
                            {QStringLiteral("execution_id"), record.executionId},
                            {QStringLiteral("estimated_credits"), record.estimatedCredits}},
                201);
}

void ContainerHandlers::start(const QString &id)
{
    const QPointer<ContainerHandlers> self(this);
    const QString sandboxId = m_running.value(id).sandboxId;
    m_contexts->defaultContext(sandboxId, QStringLiteral("bash"), [self, id](const Result<CodeContext *> &context) {
        if (!self || !self->m_running.contains(id) || self->m_running[id].cancelled)
            return;
        if (!context)
            return self->finish(id, QStringLiteral("failed"), -1, context.error().message);
        std::optional<ContainerRecord> record = self->m_store->get(id);
        if (!record)
            return;
        record->status = QStringLiteral("running");
        record->startedAt = QDateTime::currentDateTimeUtc();
        self->m_store->save(*record);
        self->m_running[id].context = *context;
        if (!self->m_flush.isActive())
            self->m_flush.start();
        // The bash runner's result is the command's exit status; the lines go to the store.
        auto exitStatus = std::make_shared<QString>();
        const ContainerRecord started = *record;
        (*context)->run(containerLine(record->command), record->timeoutSeconds * 1000, kOutputCapBytes,
                        [self, id, exitStatus](const QJsonObject &event) {
                            if (event.value(QStringLiteral("t")).toString() == QLatin1String("result"))
                                *exitStatus = event.value(QStringLiteral("data")).toObject().value(QStringLiteral("text/plain")).toString();
                            if (!self || !self->m_running.contains(id))
                                return;
                            const QString type = event.value(QStringLiteral("t")).toString();
                            const int stream = type == QLatin1String("stdout") ? 0 : type == QLatin1String("stderr") ? 1 : -1;
                            if (stream >= 0)
                                self->addOutput(self->m_running[id], stream, event.value(QStringLiteral("text")).toString(),
                                                QDateTime::currentDateTimeUtc());
                        },
                        [self, id, exitStatus, started](const CodeRunOutcome &outcome) {
                            if (!self)
                                return;
                            ExecutionRecord execution;
                            execution.id = started.executionId;
                            execution.sandboxId = started.sandboxId;
                            execution.contextId = started.id;
                            execution.language = QStringLiteral("bash");
                            execution.code = shellLine(started.command);
                            execution.startedAt = started.startedAt;
                            execution.endedAt = QDateTime::currentDateTimeUtc();
                            execution.reply = QJsonObject{{QStringLiteral("execution_id"), started.executionId},
                                                          {QStringLiteral("results"), QJsonObject{{QStringLiteral("result"), *exitStatus}}}};
                            bool known = false;
                            const int exitCode = exitStatus->trimmed().toInt(&known);
                            QString state = QStringLiteral("completed");
                            QString error;
                            if (outcome.timedOut) {
                                state = QStringLiteral("failed");
                                error = QStringLiteral("the command ran longer than its timeout of %1 s").arg(started.timeoutSeconds);
                            } else if (!outcome.failure.isEmpty()) {
                                state = QStringLiteral("failed");
                                error = outcome.failure;
                            } else if (!known || exitCode != 0) {
                                state = QStringLiteral("failed");
                                error = known ? QStringLiteral("the command exited with status %1").arg(exitCode)
                                              : QStringLiteral("the command's exit status is not known");
                            }
                            execution.status = state == QLatin1String("completed") ? QStringLiteral("ok") : QStringLiteral("error");
                            self->m_history->save(execution);
                            self->finish(id, state, known ? exitCode : -1, error);
                        });
    });
}

void ContainerHandlers::addOutput(Running &running, int stream, const QString &text, const QDateTime &at)
{
    const QString name = stream == 0 ? QStringLiteral("stdout") : QStringLiteral("stderr");
    QString &partial = running.partial[stream];
    // Only the new text is searched for line ends; a line longer than kMaxLineChars is cut there
    // (a program that never prints a newline still makes lines, not one growing string).
    qsizetype from = 0;
    qsizetype searchFrom = partial.size();
    partial += text;
    for (;;) {
        const qsizetype newline = partial.indexOf(QLatin1Char('\n'), searchFrom);
        if (newline >= 0 && newline - from <= kMaxLineChars) {
            running.pending.append({at, name, partial.mid(from, newline - from)});
            from = searchFrom = newline + 1;
        } else if (partial.size() - from > kMaxLineChars) {
            running.pending.append({at, name, partial.mid(from, kMaxLineChars)});
            from = searchFrom = from + kMaxLineChars;
        } else {
            break;
        }
    }
    partial.remove(0, from);
}

void ContainerHandlers::flushLogs()
{
    for (auto it = m_running.begin(); it != m_running.end(); ++it) {
        if (!it->pending.isEmpty())
            m_store->appendLogs(it.key(), std::exchange(it->pending, {}));
    }
}

void ContainerHandlers::finish(const QString &id, const QString &status, int exitCode, const QString &error)
{
    auto it = m_running.find(id);
    if (it == m_running.end())
        return;
    Running running = std::move(*it);
    m_running.erase(it);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int stream = 0; stream < 2; ++stream) {
        if (!running.partial[stream].isEmpty())
            running.pending.append({now, stream == 0 ? QStringLiteral("stdout") : QStringLiteral("stderr"), running.partial[stream]});
    }
    m_store->appendLogs(id, running.pending);
    if (m_running.isEmpty())
        m_flush.stop();
    if (std::optional<ContainerRecord> record = m_store->get(id)) {
        if (record->status != QLatin1String("cancelled")) {
            record->status = status;
            record->exitCode = exitCode;
            record->error = error;
            record->endedAt = now;
            m_store->save(*record);
        }
    }
    m_sandboxes->kill(running.sandboxId); // the container's sandbox ends with its command
}

Result<Reply> ContainerHandlers::page(const QUrlQuery &query, const QString &key,
                                      QJsonValue (*item)(const ContainerRecord &)) const
{
    const auto page = Parse::page(query, 50, kMaxPage);
    if (!page)
        return page.error();
    const auto status = statusFilter(query);
    if (!status)
        return status.error();
    int total = 0;
    QJsonArray items;
    for (const ContainerRecord &record : m_store->list(*status, page->limit, page->offset, &total))
        items.append(item(record));
    return data(QJsonObject{{key, items}, {QStringLiteral("total"), total},
                            {QStringLiteral("limit"), page->limit}, {QStringLiteral("offset"), page->offset}});
}

Result<Reply> ContainerHandlers::list(const QUrlQuery &query) const
{
    return page(query, QStringLiteral("containers"), [](const ContainerRecord &r) -> QJsonValue { return r.toJson(); });
}

Result<Reply> ContainerHandlers::get(const QString &id) const
{
    const auto record = find(id);
    if (!record)
        return record.error();
    return data(record->toJson());
}

Result<Reply> ContainerHandlers::cancel(const QString &id)
{
    auto record = find(id);
    if (!record)
        return record.error();
    if (record->status != QLatin1String("pending") && record->status != QLatin1String("running"))
        return data(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("status"), record->status}, {QStringLiteral("cancelled"), false}});
    record->status = QStringLiteral("cancelled");
    record->error = QStringLiteral("cancelled by the client");
    record->endedAt = QDateTime::currentDateTimeUtc();
    m_store->save(*record);
    if (auto it = m_running.find(id); it != m_running.end()) {
        it->cancelled = true;
        if (it->context)
            it->context->interrupt();
    }
    // Ending the sandbox ends the command for good; the run's end then finishes the record.
    m_sandboxes->kill(record->sandboxId);
    if (auto it = m_running.find(id); it != m_running.end() && !it->context)
        finish(id, QStringLiteral("cancelled"), -1, record->error); // it had not started
    return data(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("status"), record->status}, {QStringLiteral("cancelled"), true}});
}

Result<Reply> ContainerHandlers::logs(const QString &id, const QUrlQuery &query) const
{
    const auto record = find(id);
    if (!record)
        return record.error();
    const auto page = Parse::page(query, 1000, 10000);
    if (!page)
        return page.error();
    int total = 0;
    QJsonArray lines;
    for (const ContainerLogLine &line : m_store->logs(id, page->limit, page->offset, &total))
        lines.append(QJsonObject{{QStringLiteral("timestamp"), Api::formatTimestamp(line.timestamp)},
                                 {QStringLiteral("stream"), line.stream},
                                 {QStringLiteral("message"), line.message}});
    return data(QJsonObject{{QStringLiteral("container_id"), id}, {QStringLiteral("status"), record->status},
                            {QStringLiteral("logs"), lines}, {QStringLiteral("total"), total},
                            {QStringLiteral("limit"), page->limit}, {QStringLiteral("offset"), page->offset}});
}

Result<Reply> ContainerHandlers::executionsOf(const QString &id) const
{
    const auto record = find(id);
    if (!record)
        return record.error();
    return data(QJsonObject{{QStringLiteral("executions"), QJsonArray{record->executionJson()}}, {QStringLiteral("total"), 1}});
}

Result<Reply> ContainerHandlers::listExecutions(const QUrlQuery &query) const
{
    return page(query, QStringLiteral("executions"), [](const ContainerRecord &r) -> QJsonValue { return r.executionJson(); });
}

Result<Reply> ContainerHandlers::getExecution(const QString &executionId) const
{
    const std::optional<ContainerRecord> record = m_store->byExecution(executionId);
    if (!record)
        return ApiError::notFound(QStringLiteral("container execution %1 not found").arg(executionId.left(80)));
    QJsonObject json = record->executionJson();
    if (const std::optional<ExecutionRecord> run = m_history->find(executionId))
        json.insert(QStringLiteral("command"), run->code);
    return data(json);
}

Result<Reply> ContainerHandlers::estimateCost(const QByteArray &body) const
{
    const auto json = Parse::jsonObject(body);
    if (!json)
        return json.error();
    const auto cpu = number(*json, QStringLiteral("cpu_cores"), 1.0, 0.1, 256);
    if (!cpu)
        return cpu.error();
    const auto memory = whole(*json, QStringLiteral("memory_mb"), 512, 1, 1 << 20);
    if (!memory)
        return memory.error();
    const auto storage = whole(*json, QStringLiteral("storage_gb"), 5, 0, 100000);
    if (!storage)
        return storage.error();
    const auto gpus = whole(*json, QStringLiteral("gpu_count"), 0, 0, 64);
    if (!gpus)
        return gpus.error();
    const auto timeout = whole(*json, QStringLiteral("timeout_seconds"), kDefaultTimeoutSeconds, 1, kMaxTimeoutSeconds);
    if (!timeout)
        return timeout.error();
    return data(QJsonObject{{QStringLiteral("estimated_credits"), estimate(*cpu, *memory, *storage, *gpus, *timeout)},
                            {QStringLiteral("currency"), QStringLiteral("credits")},
                            {QStringLiteral("note"), QStringLiteral("sandbar-local's price table; local runs cost nothing real")}});
}

} // namespace Sandbar::Server
