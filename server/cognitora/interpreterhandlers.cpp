// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cognitora/interpreterhandlers.h"

#include "code/executionstore.h"
#include "handlers/codehandlers.h"
#include "handlers/iohandlers.h"
#include "http/requestparsing.h"
#include "sandboxes/sandboxmanager.h"
#include "sandboxes/templatecatalog.h"

#include <QJsonDocument>
#include <QPointer>

#include <algorithm>
#include <climits>
#include <memory>

namespace Sandbar::Server {

namespace {
const QString kLanguageKey = QStringLiteral("cognitora.language");
const QString kStorageKey = QStringLiteral("cognitora.storage_gb");
const QString kContainerKey = QStringLiteral("cognitora.container");
constexpr int kMaxSessionSeconds = 7 * 86400;
constexpr int kMaxRunSeconds = 3600;

Reply data(const QJsonValue &value, int status = 200)
{
    return Reply(status, QJsonObject{{QStringLiteral("data"), value}});
}

QString templateFor(const QString &language)
{
    return language == QLatin1String("javascript") ? QStringLiteral("javascript-base-v1") : QStringLiteral("python-base-v1");
}

QString languageOf(const Api::Sandbox &sandbox)
{
    if (const QString language = sandbox.metadata.value(kLanguageKey); !language.isEmpty())
        return language;
    return sandbox.templateName.startsWith(QLatin1String("javascript")) ? QStringLiteral("javascript") : QStringLiteral("python");
}

Result<QString> languageField(const QJsonObject &json, const QString &fallback)
{
    const QJsonValue value = json.value(QStringLiteral("language"));
    if (value.isUndefined() || value.isNull())
        return fallback;
    static const QStringList known{QStringLiteral("python"), QStringLiteral("javascript"), QStringLiteral("bash")};
    if (!known.contains(value.toString()))
        return ApiError::badRequest(QStringLiteral("'language' must be python, javascript or bash"));
    return value.toString();
}

// The API's names for the history store's statuses.
QString statusName(const QString &stored)
{
    if (stored == QLatin1String("ok"))
        return QStringLiteral("completed");
    if (stored == QLatin1String("timeout"))
        return QStringLiteral("timeout");
    return QStringLiteral("failed");
}

// Outputs as they are gathered: a stream line joins the block before it when that is the same
// stream. A block's text grows as a QString, made JSON once at the end (rewriting a JSON array
// per line is slow).
struct Outputs
{
    struct Item
    {
        QString type;
        QJsonValue data; // results, displays and errors
        QString text;    // stream blocks
        bool stream = false;
    };
    QList<Item> items;

    void addLine(const QString &stream, const QString &line)
    {
        if (items.isEmpty() || !items.last().stream || items.last().type != stream)
            items.append({stream, {}, {}, true});
        items.last().text += line + QLatin1Char('\n');
    }
    // A result or display by its richest form: an image, SVG, HTML, else its text.
    void addBundle(const QJsonObject &bundle, bool result)
    {
        for (const QString &mime : {QStringLiteral("image/png"), QStringLiteral("image/jpeg"), QStringLiteral("image/svg+xml"),
                                    QStringLiteral("text/html")}) {
            if (bundle.contains(mime)) {
                items.append({mime, bundle.value(mime), {}, false});
                return;
            }
        }
        if (bundle.contains(QStringLiteral("text/plain")))
            items.append({result ? QStringLiteral("result") : QStringLiteral("display"), bundle.value(QStringLiteral("text/plain")), {}, false});
    }
    void addError(const QJsonObject &error)
    {
        QString text = error.value(QStringLiteral("name")).toString() + QStringLiteral(": ") + error.value(QStringLiteral("value")).toString();
        if (const QString traceback = error.value(QStringLiteral("traceback")).toString(); !traceback.isEmpty())
            text += QLatin1Char('\n') + traceback;
        addText(QStringLiteral("error"), text);
    }
    void addText(const QString &type, const QString &text) { items.append({type, text, {}, false}); }
    QJsonArray toJson() const
    {
        QJsonArray array;
        for (const Item &item : items)
            array.append(QJsonObject{{QStringLiteral("type"), item.type},
                                     {QStringLiteral("data"), item.stream ? QJsonValue(item.text) : item.data}});
        return array;
    }
};

// The stdout and stderr entries of a stored reply, merged in time order.
QList<QJsonObject> streamEntries(const QJsonObject &reply)
{
    QList<QJsonObject> entries;
    const QJsonObject results = reply.value(QStringLiteral("results")).toObject();
    for (const QString &stream : {QStringLiteral("stdout"), QStringLiteral("stderr")}) {
        for (const QJsonValue &entry : results.value(stream).toArray())
            entries.append(entry.toObject());
    }
    std::stable_sort(entries.begin(), entries.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("timestamp")).toString() < b.value(QStringLiteral("timestamp")).toString();
    });
    return entries;
}
} // namespace

InterpreterHandlers::InterpreterHandlers(SandboxManager *sandboxes, const TemplateCatalog *templates, CodeHandlers *code,
                                         IoHandlers *io, ExecutionStore *history, QObject *parent)
    : QObject(parent), m_sandboxes(sandboxes), m_templates(templates), m_code(code), m_io(io), m_history(history)
{
}

QJsonArray InterpreterHandlers::outputsOf(const QJsonObject &reply)
{
    Outputs outputs;
    for (const QJsonObject &entry : streamEntries(reply))
        outputs.addLine(entry.value(QStringLiteral("type")).toString(), entry.value(QStringLiteral("line")).toString());
    const QJsonObject result = reply.value(QStringLiteral("results")).toObject().value(QStringLiteral("result")).toObject();
    if (!result.isEmpty())
        outputs.addBundle(result.value(QStringLiteral("data")).toObject(),
                          result.value(QStringLiteral("type")).toString() == QLatin1String("execution_result"));
    if (const QJsonObject error = reply.value(QStringLiteral("error")).toObject(); !error.isEmpty())
        outputs.addError(error);
    return outputs.toJson();
}

QJsonObject InterpreterHandlers::executionJson(const ExecutionRecord &record, bool withOutputs)
{
    QJsonObject json{{QStringLiteral("id"), record.id},
                     {QStringLiteral("session_id"), record.sandboxId},
                     {QStringLiteral("language"), record.language},
                     {QStringLiteral("code"), record.code},
                     {QStringLiteral("status"), statusName(record.status)},
                     {QStringLiteral("created_at"), Api::formatTimestamp(record.startedAt)},
                     {QStringLiteral("completed_at"), Api::formatTimestamp(record.endedAt)},
                     {QStringLiteral("execution_time_ms"), record.startedAt.msecsTo(record.endedAt)}};
    if (withOutputs)
        json.insert(QStringLiteral("outputs"), outputsOf(record.reply));
    return json;
}

Result<Api::Sandbox> InterpreterHandlers::session(const QString &id) const
{
    const auto found = m_sandboxes->getLive(id);
    if (!found)
        return ApiError::notFound(QStringLiteral("session %1 not found").arg(id.left(80)));
    return *found;
}

QJsonObject InterpreterHandlers::sessionJson(const Api::Sandbox &sandbox) const
{
    QJsonObject resources{{QStringLiteral("cpu_cores"), sandbox.cpuCount}, {QStringLiteral("memory_mb"), sandbox.memoryMb}};
    bool storageKnown = false;
    if (const int storage = sandbox.metadata.value(kStorageKey).toInt(&storageKnown); storageKnown)
        resources.insert(QStringLiteral("storage_gb"), storage);
    return {{QStringLiteral("session_id"), sandbox.id},
            {QStringLiteral("language"), languageOf(sandbox)},
            {QStringLiteral("status"), sandbox.status == Api::SandboxStatus::Paused ? QStringLiteral("paused") : QStringLiteral("active")},
            {QStringLiteral("created_at"), Api::formatTimestamp(sandbox.startedAt)},
            {QStringLiteral("expires_at"), Api::formatTimestamp(sandbox.timeoutAt)},
            {QStringLiteral("timeout_seconds"), sandbox.startedAt.secsTo(sandbox.timeoutAt)},
            {QStringLiteral("resources"), resources}};
}

Result<Reply> InterpreterHandlers::createSession(const QByteArray &body)
{
    const auto json = body.trimmed().isEmpty() ? Result<QJsonObject>(QJsonObject()) : Parse::jsonObject(body);
    if (!json)
        return json.error();
    if (const auto known = Parse::onlyKeys(*json, {QStringLiteral("language"), QStringLiteral("timeout_seconds"),
                                                   QStringLiteral("expires_at"), QStringLiteral("environment"),
                                                   QStringLiteral("resources")});
        !known)
        return known.error();
    const auto language = languageField(*json, QStringLiteral("python"));
    if (!language)
        return language.error();
    const TemplateSpec *spec = m_templates->find(templateFor(*language));
    if (!spec)
        return ApiError::internal(QStringLiteral("no template for %1").arg(*language));
    CreateRequest request;
    request.templateName = spec->info.name;
    request.network = true; // the interpreter's documented default
    request.timeoutSeconds = kDefaultSessionSeconds;
    const QJsonValue timeout = json->value(QStringLiteral("timeout_seconds"));
    const QJsonValue expires = json->value(QStringLiteral("expires_at"));
    if (!timeout.isUndefined() && !timeout.isNull()) {
        const auto seconds = Parse::integer(timeout, QStringLiteral("timeout_seconds"), 1, kMaxSessionSeconds);
        if (!seconds)
            return seconds.error();
        request.timeoutSeconds = *seconds;
    } else if (!expires.isUndefined() && !expires.isNull()) {
        const std::optional<QDateTime> at = Api::parseTimestamp(expires.toString());
        const qint64 seconds = at ? QDateTime::currentDateTimeUtc().secsTo(*at) : -1;
        if (!at || seconds < 1 || seconds > kMaxSessionSeconds)
            return ApiError::badRequest(QStringLiteral("'expires_at' must be a time in the next 7 days (ISO 8601)"));
        request.timeoutSeconds = int(seconds);
    }
    const auto environment = Parse::environment(*json, QStringLiteral("environment"));
    if (!environment)
        return environment.error();
    request.envVars = *environment;
    request.metadata.insert(kLanguageKey, *language);
    const QJsonValue resources = json->value(QStringLiteral("resources"));
    if (!resources.isUndefined() && !resources.isNull()) {
        if (!resources.isObject())
            return ApiError::badRequest(QStringLiteral("'resources' must be an object"));
        const QJsonObject r = resources.toObject();
        // The template's limits are the sandbox's: more is refused, less is what there is.
        if (r.value(QStringLiteral("cpu_cores")).toDouble(0) > spec->info.vcpuCount)
            return ApiError::badRequest(QStringLiteral("'cpu_cores' is at most %1 here").arg(spec->info.vcpuCount));
        if (r.value(QStringLiteral("memory_mb")).toInt(0) > spec->info.memoryMb)
            return ApiError::badRequest(QStringLiteral("'memory_mb' is at most %1 here").arg(spec->info.memoryMb));
        const int storage = r.value(QStringLiteral("storage_gb")).toInt(0);
        if (storage * 1024 > spec->info.diskSizeMb)
            return ApiError::badRequest(QStringLiteral("'storage_gb' is at most %1 here").arg(spec->info.diskSizeMb / 1024));
        if (storage > 0)
            request.metadata.insert(kStorageKey, QString::number(storage));
    }
    const auto created = m_sandboxes->create(request);
    if (!created)
        return created.error();
    return data(sessionJson(*created), 201);
}

Result<Reply> InterpreterHandlers::listSessions() const
{
    QJsonArray sessions;
    for (const Api::Sandbox &sandbox : m_sandboxes->list(INT_MAX, 0).sandboxes) {
        if (SandboxManager::isLiveSession(sandbox))
            sessions.append(sessionJson(sandbox));
    }
    return data(QJsonObject{{QStringLiteral("sessions"), sessions}, {QStringLiteral("total"), sessions.size()}});
}

Result<Reply> InterpreterHandlers::getSession(const QString &id) const
{
    const auto found = session(id);
    if (!found)
        return found.error();
    return data(sessionJson(*found));
}

Result<Reply> InterpreterHandlers::deleteSession(const QString &id)
{
    if (const auto found = session(id); !found)
        return found.error();
    const auto ended = m_sandboxes->killLive(id);
    if (!ended)
        return ended.error();
    return data(QJsonObject{{QStringLiteral("session_id"), id}, {QStringLiteral("deleted"), true}});
}

Result<Parse::Page> InterpreterHandlers::historyPage(const QString &id, const QUrlQuery &query) const
{
    // Ended sessions keep their history.
    const auto found = m_sandboxes->get(id);
    if (!found || found->metadata.contains(kContainerKey))
        return ApiError::notFound(QStringLiteral("session %1 not found").arg(id.left(80)));
    return Parse::page(query, 50, 1000);
}

Result<Reply> InterpreterHandlers::sessionLogs(const QString &id, const QUrlQuery &query) const
{
    const auto page = historyPage(id, query);
    if (!page)
        return page.error();
    int runs = 0;
    QList<ExecutionRecord> records = m_history->list(id, 10000, 0, &runs);
    std::reverse(records.begin(), records.end()); // oldest first
    QJsonArray logs;
    int total = 0;
    for (const ExecutionRecord &record : std::as_const(records)) {
        for (const QJsonObject &entry : streamEntries(record.reply)) {
            if (total >= page->offset && logs.size() < page->limit)
                logs.append(QJsonObject{{QStringLiteral("timestamp"), entry.value(QStringLiteral("timestamp"))},
                                        {QStringLiteral("stream"), entry.value(QStringLiteral("type"))},
                                        {QStringLiteral("message"), entry.value(QStringLiteral("line"))},
                                        {QStringLiteral("execution_id"), record.id}});
            ++total;
        }
    }
    return data(QJsonObject{{QStringLiteral("logs"), logs}, {QStringLiteral("total"), total},
                            {QStringLiteral("limit"), page->limit}, {QStringLiteral("offset"), page->offset}});
}

Result<Reply> InterpreterHandlers::sessionExecutions(const QString &id, const QUrlQuery &query) const
{
    const auto page = historyPage(id, query);
    if (!page)
        return page.error();
    int total = 0;
    QJsonArray executions;
    for (const ExecutionRecord &record : m_history->list(id, page->limit, page->offset, &total))
        executions.append(executionJson(record, false));
    return data(QJsonObject{{QStringLiteral("executions"), executions}, {QStringLiteral("total"), total},
                            {QStringLiteral("limit"), page->limit}, {QStringLiteral("offset"), page->offset}});
}

Result<Reply> InterpreterHandlers::listExecutions(const QUrlQuery &query) const
{
    const auto page = Parse::page(query, 50, 1000);
    if (!page)
        return page.error();
    const QString status = query.queryItemValue(QStringLiteral("status"));
    QStringList stored;
    if (status == QLatin1String("completed"))
        stored = {QStringLiteral("ok")};
    else if (status == QLatin1String("failed"))
        stored = {QStringLiteral("error"), QStringLiteral("failed")};
    else if (status == QLatin1String("timeout"))
        stored = {QStringLiteral("timeout")};
    else if (!status.isEmpty())
        return ApiError::badRequest(QStringLiteral("'status' must be completed, failed or timeout"));
    int total = 0;
    QJsonArray executions;
    for (const ExecutionRecord &record : m_history->listAll(ExecutionStore::Scope::Interpreter, stored, page->limit, page->offset, &total))
        executions.append(executionJson(record, false));
    return data(QJsonObject{{QStringLiteral("executions"), executions}, {QStringLiteral("total"), total},
                            {QStringLiteral("limit"), page->limit}, {QStringLiteral("offset"), page->offset}});
}

Result<Reply> InterpreterHandlers::getExecution(const QString &executionId) const
{
    const std::optional<ExecutionRecord> record = m_history->find(executionId);
    if (!record)
        return ApiError::notFound(QStringLiteral("execution %1 not found").arg(executionId.left(80)));
    return data(executionJson(*record, true));
}

void InterpreterHandlers::execute(const QByteArray &body, Done done)
{
    const auto json = Parse::jsonObject(body);
    if (!json)
        return done(json.error());
    if (const auto known = Parse::onlyKeys(*json, {QStringLiteral("code"), QStringLiteral("language"), QStringLiteral("session_id"),
                                                   QStringLiteral("files"), QStringLiteral("timeout_seconds"),
                                                   QStringLiteral("environment"), QStringLiteral("networking")});
        !known)
        return done(known.error());
    const QJsonValue code = json->value(QStringLiteral("code"));
    if (!code.isString() || code.toString().isEmpty())
        return done(ApiError::badRequest(QStringLiteral("'code' must be a non-empty string")));
    const QJsonValue networking = json->value(QStringLiteral("networking"));
    if (!networking.isUndefined() && !networking.isNull() && !networking.isBool())
        return done(ApiError::badRequest(QStringLiteral("'networking' must be true or false")));
    int timeout = kDefaultRunSeconds;
    if (const QJsonValue value = json->value(QStringLiteral("timeout_seconds")); !value.isUndefined() && !value.isNull()) {
        const auto parsed = Parse::integer(value, QStringLiteral("timeout_seconds"), 1, kMaxRunSeconds);
        if (!parsed)
            return done(parsed.error());
        timeout = *parsed;
    }
    const QJsonValue files = json->value(QStringLiteral("files"));
    if (!files.isUndefined() && !files.isNull() && (!files.isArray() || files.toArray().size() > kMaxFiles))
        return done(ApiError::badRequest(QStringLiteral("'files' must be an array of at most %1 {name, content, encoding}").arg(kMaxFiles)));
    const QJsonValue sessionId = json->value(QStringLiteral("session_id"));
    QString sandboxId;
    QString language;
    if (!sessionId.isUndefined() && !sessionId.isNull() && !sessionId.toString().isEmpty()) {
        const auto found = session(sessionId.toString());
        if (!found)
            return done(found.error());
        const auto asked = languageField(*json, languageOf(*found));
        if (!asked)
            return done(asked.error());
        if (*asked != languageOf(*found))
            return done(ApiError::badRequest(QStringLiteral("session %1 runs %2, not %3").arg(found->id, languageOf(*found), *asked)));
        if (!networking.toBool(true))
            return done(ApiError::badRequest(QStringLiteral("a session's network access is set when it is created (here: on); "
                                                            "run without 'session_id' for an isolated run")));
        sandboxId = found->id;
        language = *asked;
    } else {
        const auto asked = languageField(*json, QStringLiteral("python"));
        if (!asked)
            return done(asked.error());
        language = *asked;
        CreateRequest request;
        request.templateName = templateFor(language);
        request.network = networking.toBool(true);
        request.timeoutSeconds = timeout + 120;
        const auto created = m_sandboxes->create(request);
        if (!created)
            return done(created.error());
        sandboxId = created->id;
    }
    QJsonObject run{{QStringLiteral("code"), code}, {QStringLiteral("language"), language}, {QStringLiteral("timeout"), timeout}};
    if (json->contains(QStringLiteral("environment")))
        run.insert(QStringLiteral("environment"), json->value(QStringLiteral("environment")));
    const bool temporary = sessionId.toString().isEmpty();
    this->run(sandboxId, temporary ? QString() : sandboxId, files.toArray(), run, temporary, std::move(done));
}

void InterpreterHandlers::run(const QString &sandboxId, const QString &sessionId, const QJsonArray &files,
                              const QJsonObject &request, bool endSandbox, Done done)
{
    const QPointer<InterpreterHandlers> self(this);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    auto finish = [self, sandboxId, endSandbox, done](const Result<Reply> &result) {
        if (self && endSandbox)
            self->m_sandboxes->kill(sandboxId);
        done(result);
    };
    auto outputs = std::make_shared<Outputs>();
    CodeHandlers::Stream stream;
    stream.event = [outputs](const QString &name, const QJsonObject &value) {
        if (name == QLatin1String("stdout") || name == QLatin1String("stderr"))
            outputs->addLine(name, value.value(QStringLiteral("line")).toString());
        else if (name == QLatin1String("result") || name == QLatin1String("display"))
            outputs->addBundle(value.value(QStringLiteral("data")).toObject(), name == QLatin1String("result"));
        else if (name == QLatin1String("error"))
            outputs->addError(value);
    };
    const QString language = request.value(QStringLiteral("language")).toString();
    auto runCode = [self, sandboxId, sessionId, request, stream, outputs, started, language, finish] {
        if (!self)
            return;
        self->m_code->run(sandboxId, QJsonDocument(request).toJson(QJsonDocument::Compact),
                          [outputs, sessionId, started, language, finish](const Result<Reply> &result) {
                              QString status = QStringLiteral("completed");
                              QJsonValue executionId(QJsonValue::Null);
                              if (result) {
                                  executionId = result->body.value(QStringLiteral("execution_id"));
                                  if (!result->body.value(QStringLiteral("error")).isNull())
                                      status = QStringLiteral("failed");
                              } else if (result.error().kind == ApiError::Kind::Timeout) {
                                  status = QStringLiteral("timeout");
                                  outputs->addText(QStringLiteral("error"), result.error().message);
                              } else if (result.error().kind == ApiError::Kind::Internal) {
                                  // The code ended its interpreter (os._exit, exit): a failed run, not a server error.
                                  status = QStringLiteral("failed");
                                  outputs->addText(QStringLiteral("error"), result.error().message +
                                                                                QStringLiteral("; the session's next run starts afresh"));
                              } else {
                                  return finish(result.error());
                              }
                              finish(data(QJsonObject{
                                  {QStringLiteral("execution_id"), executionId},
                                  {QStringLiteral("session_id"), sessionId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(sessionId)},
                                  {QStringLiteral("language"), language},
                                  {QStringLiteral("status"), status},
                                  {QStringLiteral("outputs"), outputs->toJson()},
                                  {QStringLiteral("execution_time_ms"), started.msecsTo(QDateTime::currentDateTimeUtc())}}));
                          },
                          stream);
    };
    // The files first, one after another, into the home directory; then the code. Each write's
    // answer holds the chain; the chain itself only points back weakly.
    auto writeNext = std::make_shared<std::function<void(int)>>();
    *writeNext = [self, sandboxId, files, runCode, finish, weak = std::weak_ptr<std::function<void(int)>>(writeNext)](int index) {
        if (!self)
            return;
        if (index >= files.size())
            return runCode();
        const QJsonObject file = files.at(index).toObject();
        const QString name = file.value(QStringLiteral("name")).toString();
        const QString encoding = file.value(QStringLiteral("encoding")).toString(QStringLiteral("string"));
        if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.split(QLatin1Char('/')).contains(QStringLiteral("..")) ||
            !file.value(QStringLiteral("content")).isString() ||
            (encoding != QLatin1String("string") && encoding != QLatin1String("utf-8") && encoding != QLatin1String("base64"))) {
            return finish(ApiError::badRequest(QStringLiteral("files[%1] must be {name: a path inside the home directory, content: "
                                                              "a string, encoding: \"string\" or \"base64\"}").arg(index)));
        }
        const QJsonObject write{{QStringLiteral("path"), QStringLiteral("/home/user/") + name},
                                {QStringLiteral("content"), file.value(QStringLiteral("content"))},
                                {QStringLiteral("encoding"), encoding == QLatin1String("base64") ? QStringLiteral("base64") : QStringLiteral("utf-8")}};
        self->m_io->writeFile(sandboxId, QJsonDocument(write).toJson(QJsonDocument::Compact),
                              [next = weak.lock(), finish, index, name](const Result<Reply> &written) {
                                  if (!written)
                                      return finish(ApiError::badRequest(QStringLiteral("file '%1' could not be written: %2")
                                                                             .arg(name, written.error().message)));
                                  if (next)
                                      (*next)(index + 1);
                              });
    };
    (*writeNext)(0);
}

} // namespace Sandbar::Server
