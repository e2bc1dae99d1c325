// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "handlers/codehandlers.h"

#include "code/codecontextmanager.h"
#include "code/codereply.h"
#include "code/executionstore.h"
#include "http/requestparsing.h"
#include "sandboxes/sandboxmanager.h"

#include <QTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QPointer>
#include <QUuid>

#include <limits>
#include <memory>

namespace Sandbar::Server {

namespace {
QJsonObject contextJson(const CodeContext::Info &info, bool full)
{
    QJsonObject json{{QStringLiteral("context_id"), info.id},
                     {QStringLiteral("language"), info.language},
                     {QStringLiteral("cwd"), info.cwd},
                     {QStringLiteral("created_at"), Api::formatTimestamp(info.createdAt)},
                     {QStringLiteral("expires_at"), Api::formatTimestamp(info.expiresAt)}};
    if (full) {
        json.insert(QStringLiteral("status"), QStringLiteral("active"));
        json.insert(QStringLiteral("last_used"), Api::formatTimestamp(info.lastUsed));
    }
    return json;
}

Result<QString> languageField(const QJsonObject &body)
{
    const QJsonValue value = body.value(QStringLiteral("language"));
    if (value.isUndefined() || value.isNull())
        return QStringLiteral("python");
    const QString language = value.toString();
    if (!CodeContextManager::languages().contains(language)) {
        return ApiError::badRequest(QStringLiteral("'language' must be one of: %1")
                                        .arg(CodeContextManager::languages().join(QStringLiteral(", "))));
    }
    return language;
}
} // namespace

CodeHandlers::CodeHandlers(SandboxManager *sandboxes, CodeContextManager *contexts, ExecutionStore *history,
                           QObject *parent)
    : QObject(parent), m_sandboxes(sandboxes), m_contexts(contexts), m_history(history)
{
}

Result<QString> CodeHandlers::sandboxOf(const QString &id) const
{
    const auto sandboxId = Parse::sandboxId(id);
    if (!sandboxId)
        return sandboxId.error();
    if (const auto control = m_sandboxes->agentControl(*sandboxId); !control)
        return control.error();
    return *sandboxId;
}

void CodeHandlers::run(const QString &id, const QByteArray &body, Done done, std::optional<Stream> stream)
{
    const auto sandboxId = sandboxOf(id);
    if (!sandboxId)
        return done(sandboxId.error());
    const auto json = Parse::jsonObject(body);
    if (!json)
        return done(json.error());
    const QJsonValue code = json->value(QStringLiteral("code"));
    if (!code.isString())
        return done(ApiError::badRequest(QStringLiteral("'code' must be a string")));
    const auto language = languageField(*json);
    if (!language)
        return done(language.error());
    int timeoutSeconds = kDefaultTimeoutSeconds;
    if (const QJsonValue timeout = json->value(QStringLiteral("timeout")); !timeout.isUndefined() && !timeout.isNull()) {
        const auto parsed = Parse::integer(timeout, QStringLiteral("timeout"), 1, 3600);
        if (!parsed)
            return done(parsed.error());
        timeoutSeconds = *parsed;
    }
    // Environment variables for this run: set around it, inside the context's interpreter.
    QString prelude;
    if (const QJsonValue env = json->value(QStringLiteral("environment")); !env.isUndefined() && !env.isNull()) {
        const auto map = Api::stringMapFromJson(env);
        if (!map)
            return done(ApiError::badRequest(QStringLiteral("'environment' must be an object of string values")));
        static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        for (auto it = map->begin(); it != map->end(); ++it) {
            if (!name.match(it.key()).hasMatch())
                return done(ApiError::badRequest(QStringLiteral("invalid environment variable '%1'").arg(it.key().left(64))));
        }
        if (!map->isEmpty()) {
            const QByteArray encoded = QJsonDocument(Api::stringMapToJson(*map)).toJson(QJsonDocument::Compact);
            if (*language == QLatin1String("python"))
                prelude = QStringLiteral("import os as __sb_os; __sb_os.environ.update(%1); del __sb_os\n").arg(QString::fromUtf8(encoded));
            else if (*language == QLatin1String("javascript"))
                prelude = QStringLiteral("Object.assign(process.env, %1);\n").arg(QString::fromUtf8(encoded));
            else
                for (auto it = map->begin(); it != map->end(); ++it)
                    prelude += QStringLiteral("export %1='%2'\n").arg(it.key(), QString(it.value()).replace(QLatin1Char('\''), QStringLiteral("'\\''")));
        }
    }

    const QString contextId = json->value(QStringLiteral("context_id")).toString();
    const QString fullCode = code.toString();
    const QString lang = *language;
    const bool explicitLanguage = json->contains(QStringLiteral("language"));
    const QString sandbox = *sandboxId;
    QPointer<CodeHandlers> self(this);

    const bool defaultContext = contextId.isEmpty();
    auto start = [self, done, stream, fullCode, prelude, timeoutSeconds, sandbox, explicitLanguage, lang,
                  defaultContext](const Result<CodeContext *> &context) {
        if (!self)
            return;
        if (!context)
            return done(context.error());
        CodeContext *ctx = *context;
        if (explicitLanguage && ctx->info().language != lang) {
            return done(ApiError::badRequest(QStringLiteral("context %1 runs %2, not %3")
                                                 .arg(ctx->info().id, ctx->info().language, lang)));
        }
        const QString executionId = QStringLiteral("exec_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        auto builder = std::make_shared<CodeReplyBuilder>(
            executionId, stream ? CodeReplyBuilder::EventCallback(stream->event) : CodeReplyBuilder::EventCallback());
        if (stream && stream->open)
            stream->open();
        ExecutionRecord record;
        record.id = executionId;
        record.sandboxId = sandbox;
        record.contextId = ctx->info().id;
        record.defaultContext = defaultContext;
        record.language = ctx->info().language;
        record.code = fullCode;
        record.startedAt = QDateTime::currentDateTimeUtc();
        // Per-run variables go first, in a run of their own that reports nothing.
        if (!prelude.isEmpty())
            ctx->run(prelude, 10'000, kOutputCapBytes, {}, [](const CodeRunOutcome &) {});
        ctx->run(fullCode, timeoutSeconds * 1000, kOutputCapBytes,
                 [builder](const QJsonObject &event) { builder->add(event); },
                 [self, done, builder, record, timeoutSeconds](const CodeRunOutcome &outcome) mutable {
            const QJsonObject reply = builder->finish();
            record.endedAt = QDateTime::currentDateTimeUtc();
            record.executionCount = builder->executionCount();
            record.reply = reply;
            record.outputs = builder->outputs();
            record.status = outcome.timedOut ? QStringLiteral("timeout")
                            : !outcome.failure.isEmpty() ? QStringLiteral("failed")
                            : builder->hasError() ? QStringLiteral("error") : QStringLiteral("ok");
            if (self)
                self->m_history->save(record);
            if (outcome.timedOut) {
                return done(ApiError::timeout(QStringLiteral("the code ran longer than %1 s and was interrupted%2")
                                                  .arg(timeoutSeconds)
                                                  .arg(outcome.failure.isEmpty() ? QStringLiteral("; its context keeps its state")
                                                                                 : QStringLiteral("; ") + outcome.failure)));
            }
            if (!outcome.failure.isEmpty())
                return done(ApiError::internal(QStringLiteral("the run did not finish: %1").arg(outcome.failure)));
            done(Reply(200, reply));
        });
    };

    if (contextId.isEmpty())
        m_contexts->defaultContext(sandbox, lang, start);
    else
        start(m_contexts->find(sandbox, contextId));
}

void CodeHandlers::createContext(const QString &id, const QByteArray &body, Done done)
{
    const auto sandboxId = sandboxOf(id);
    if (!sandboxId)
        return done(sandboxId.error());
    const auto json = Parse::jsonObject(body.isEmpty() ? QByteArrayLiteral("{}") : body);
    if (!json)
        return done(json.error());
    const auto language = languageField(*json);
    if (!language)
        return done(language.error());
    QString cwd = QStringLiteral("/home/user");
    if (const QJsonValue value = json->value(QStringLiteral("cwd")); !value.isUndefined() && !value.isNull()) {
        if (!value.isString() || value.toString().isEmpty() || value.toString().contains(QChar(0)))
            return done(ApiError::badRequest(QStringLiteral("'cwd' must be a non-empty string")));
        cwd = value.toString();
    }
    // Extension: "timeout" (seconds) sets the context's lifetime; documented clients get an hour.
    int lifetime = CodeContextManager::kDefaultLifetimeSeconds;
    if (const QJsonValue value = json->value(QStringLiteral("timeout")); !value.isUndefined() && !value.isNull()) {
        const auto parsed = Parse::integer(value, QStringLiteral("timeout"), 1, 86400);
        if (!parsed)
            return done(parsed.error());
        lifetime = *parsed;
    }
    m_contexts->create(*sandboxId, *language, cwd, lifetime, [done](const Result<CodeContext *> &context) {
        if (!context)
            return done(context.error());
        done(Reply(201, contextJson((*context)->info(), false)));
    });
}

Result<Reply> CodeHandlers::getContext(const QString &id, const QString &contextId) const
{
    const auto sandboxId = sandboxOf(id);
    if (!sandboxId)
        return sandboxId.error();
    const auto context = m_contexts->find(*sandboxId, contextId);
    if (!context)
        return context.error();
    return Reply(200, contextJson((*context)->info(), true));
}

Result<Reply> CodeHandlers::deleteContext(const QString &id, const QString &contextId)
{
    const auto sandboxId = sandboxOf(id);
    if (!sandboxId)
        return sandboxId.error();
    const auto removed = m_contexts->remove(*sandboxId, contextId);
    if (!removed)
        return removed.error();
    return Reply(200, QJsonObject{{QStringLiteral("message"), QStringLiteral("Context deleted successfully")},
                                  {QStringLiteral("context_id"), contextId}});
}

Result<Reply> CodeHandlers::listContexts(const QString &id) const
{
    const auto sandboxId = sandboxOf(id);
    if (!sandboxId)
        return sandboxId.error();
    QJsonArray contexts;
    for (const CodeContext *context : m_contexts->contextsOf(*sandboxId))
        contexts.append(contextJson(context->info(), true));
    return Reply(200, QJsonObject{{QStringLiteral("contexts"), contexts}});
}

Result<Reply> CodeHandlers::interrupt(const QString &id, const QByteArray &body)
{
    const auto sandboxId = sandboxOf(id);
    if (!sandboxId)
        return sandboxId.error();
    const auto json = Parse::jsonObject(body);
    if (!json)
        return json.error();
    const QJsonValue contextField = json->value(QStringLiteral("context_id"));
    if (!contextField.isUndefined() && !contextField.isNull() && !contextField.isString())
        return ApiError::badRequest(QStringLiteral("'context_id' must be a string"));
    const QString contextId = contextField.toString();
    // `language` only picks the default context; with a context_id it is not needed.
    const auto language = languageField(*json);
    if (contextId.isEmpty() && !language)
        return language.error();
    const auto context = contextId.isEmpty() ? m_contexts->findDefault(*sandboxId, *language)
                                             : m_contexts->find(*sandboxId, contextId);
    if (!context)
        return context.error();
    const bool interrupted = (*context)->interrupt();
    return Reply(200, QJsonObject{{QStringLiteral("context_id"), (*context)->info().id},
                                  {QStringLiteral("interrupted"), interrupted}});
}

void CodeHandlers::complete(const QString &id, const QByteArray &body, std::function<void(const Result<Reply> &)> done)
{
    ask(QStringLiteral("complete"), id, body, std::move(done));
}

void CodeHandlers::inspect(const QString &id, const QByteArray &body, std::function<void(const Result<Reply> &)> done)
{
    ask(QStringLiteral("inspect"), id, body, std::move(done));
}

void CodeHandlers::ask(const QString &op, const QString &id, const QByteArray &body, std::function<void(const Result<Reply> &)> done)
{
    const auto sandboxId = sandboxOf(id);
    if (!sandboxId)
        return done(sandboxId.error());
    const auto json = Parse::jsonObject(body);
    if (!json)
        return done(json.error());
    const QJsonValue code = json->value(QStringLiteral("code"));
    if (!code.isString() || code.toString().size() > 1'000'000)
        return done(ApiError::badRequest(QStringLiteral("'code' must be a string (at most 1,000,000 characters)")));
    const auto cursor = Parse::integer(json->value(QStringLiteral("cursor")), QStringLiteral("cursor"), 0, int(code.toString().size()));
    if (!cursor)
        return done(cursor.error());
    const QJsonValue contextField = json->value(QStringLiteral("context_id"));
    if (!contextField.isUndefined() && !contextField.isNull() && !contextField.isString())
        return done(ApiError::badRequest(QStringLiteral("'context_id' must be a string")));
    const QString contextId = contextField.toString();
    const auto language = languageField(*json);
    if (contextId.isEmpty() && !language)
        return done(language.error());
    const bool completing = op == QLatin1String("complete");
    const int at = *cursor; // by value: the answer may come after this returns
    const auto empty = [completing, at](const QString &status) {
        return completing ? QJsonObject{{QStringLiteral("matches"), QJsonArray()}, {QStringLiteral("cursor_start"), at},
                                        {QStringLiteral("cursor_end"), at}, {QStringLiteral("status"), status}}
                          : QJsonObject{{QStringLiteral("found"), false}, {QStringLiteral("status"), status}};
    };
    const auto context = contextId.isEmpty() ? m_contexts->findDefault(*sandboxId, *language) : m_contexts->find(*sandboxId, contextId);
    if (!context) {
        // A default context that has not started yet knows no names: nothing, at once.
        if (contextId.isEmpty())
            return done(Reply(200, empty(QStringLiteral("not_started"))));
        return done(context.error());
    }
    const QJsonObject request{{QStringLiteral("op"), op}, {QStringLiteral("code"), code}, {QStringLiteral("cursor"), *cursor}};
    // The client is answered within kAnswerWaitMs whatever the interpreter does; a late answer
    // is dropped (the interpreter's queue stays in order: the ask is not abandoned there).
    auto answered = std::make_shared<bool>(false);
    QTimer::singleShot(kAnswerWaitMs, this, [done, answered, empty] {
        if (!std::exchange(*answered, true))
            done(Reply(200, empty(QStringLiteral("timeout"))));
    });
    const bool asked = (*context)->ask(request, kAskTimeoutMs, [done, completing, empty, answered](const CodeRunOutcome &outcome) {
        if (std::exchange(*answered, true))
            return;
        const QString answer = completing ? QStringLiteral("completions") : QStringLiteral("inspection");
        for (const QJsonObject &event : outcome.events) {
            if (event.value(QStringLiteral("t")).toString() != answer)
                continue;
            QJsonObject reply = event;
            reply.remove(QStringLiteral("t"));
            reply.remove(QStringLiteral("timestamp"));
            reply.insert(QStringLiteral("status"), QStringLiteral("ok"));
            return done(Reply(200, reply));
        }
        done(Reply(200, empty(outcome.timedOut ? QStringLiteral("timeout") : QStringLiteral("unavailable"))));
    });
    if (!asked && !std::exchange(*answered, true))
        done(Reply(200, empty(QStringLiteral("busy"))));
}

Result<Reply> CodeHandlers::listExecutions(const QString &id, const QUrlQuery &query) const
{
    const auto sandboxId = Parse::sandboxId(id);
    if (!sandboxId)
        return sandboxId.error();
    if (const auto sandbox = m_sandboxes->get(*sandboxId); !sandbox)
        return sandbox.error();
    const auto page = Parse::page(query, 100, 1000);
    if (!page)
        return page.error();
    int total = 0;
    QJsonArray executions;
    for (const ExecutionRecord &record : m_history->list(*sandboxId, page->limit, page->offset, &total))
        executions.append(record.toJson(false));
    return Reply(200, QJsonObject{{QStringLiteral("executions"), executions}, {QStringLiteral("total"), total}});
}

Result<Reply> CodeHandlers::getExecution(const QString &id, const QString &executionId) const
{
    const auto sandboxId = Parse::sandboxId(id);
    if (!sandboxId)
        return sandboxId.error();
    const auto record = m_history->get(*sandboxId, executionId);
    if (!record)
        return ApiError::notFound(QStringLiteral("execution %1 not found").arg(executionId.left(80)));
    return Reply(200, record->toJson(true));
}

} // namespace Sandbar::Server
