// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "code/codecontextmanager.h"

#include "logging.h"
#include "sandboxes/sandboxmanager.h"

#include <QFile>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>

namespace Sandbar::Server {

namespace {
QString resourceText(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QString::fromUtf8(file.readAll());
}

// How each language's interpreter is started inside the sandbox (see runners/).
QStringList runnerCommand(const QString &language)
{
    if (language == QLatin1String("python"))
        return {QStringLiteral("/usr/bin/python3"), QStringLiteral("-c"), resourceText(QStringLiteral(":/runners/python_runner.py"))};
    if (language == QLatin1String("javascript"))
        return {QStringLiteral("/usr/bin/node"), QStringLiteral("-e"), resourceText(QStringLiteral(":/runners/node_runner.js"))};
    return {QStringLiteral("/usr/bin/python3"), QStringLiteral("-c"), resourceText(QStringLiteral(":/runners/bash_runner.py"))};
}

QString defaultKey(const QString &sandboxId, const QString &language)
{
    return sandboxId + QLatin1Char('/') + language;
}
} // namespace

CodeContextManager::CodeContextManager(SandboxManager *sandboxes, QObject *parent)
    : QObject(parent), m_sandboxes(sandboxes)
{
    connect(sandboxes, &SandboxManager::sandboxEnded, this, &CodeContextManager::closeAllOf);
    // Deadlines are whole seconds; a one-second sweep ends a context within a second of its.
    m_expiryTimer.setInterval(1000);
    connect(&m_expiryTimer, &QTimer::timeout, this, &CodeContextManager::expire);
}

CodeContextManager::~CodeContextManager()
{
    const QList<CodeContext *> all = m_contexts.values();
    for (CodeContext *context : all) {
        context->disconnect(this); // no forget(): they are deleted right here
        context->close(QStringLiteral("sandbar-local is stopping"));
    }
    m_contexts.clear();
    qDeleteAll(all);
}

void CodeContextManager::closeAllOf(const QString &sandboxId)
{
    const QList<CodeContext *> all = m_contexts.values();
    for (CodeContext *context : all) {
        if (context->info().sandboxId == sandboxId)
            context->close(QStringLiteral("the sandbox ended"));
    }
}

QStringList CodeContextManager::languages()
{
    return {QStringLiteral("python"), QStringLiteral("javascript"), QStringLiteral("bash")};
}

void CodeContextManager::create(const QString &sandboxId, const QString &language, const QString &cwd,
                                int lifetimeSeconds, Created done)
{
    const auto control = m_sandboxes->agentControl(sandboxId);
    if (!control)
        return done(control.error());
    CodeContext::Info info;
    info.id = QStringLiteral("ctx_") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    info.sandboxId = sandboxId;
    info.language = language;
    info.cwd = cwd;
    info.createdAt = QDateTime::currentDateTimeUtc();
    info.lastUsed = info.createdAt;
    info.expiresAt = QDateTime::fromSecsSinceEpoch(info.createdAt.toSecsSinceEpoch() + lifetimeSeconds, QTimeZone::utc());
    SandboxManager *sandboxes = m_sandboxes;
    // Looked up at each use: the sandbox may have ended, and its descriptor number be reused.
    auto *context = new CodeContext(info, [sandboxes, sandboxId] {
        const auto fd = sandboxes->agentControl(sandboxId);
        return fd ? *fd : -1;
    }, this);
    m_contexts.insert(info.id, context);
    connect(context, &CodeContext::closed, this, &CodeContextManager::forget);
    if (!m_expiryTimer.isActive())
        m_expiryTimer.start();
    QPointer<CodeContext> guard(context);
    context->start(runnerCommand(language), {}, [done, guard](const QString &error) {
        if (!error.isEmpty() || !guard)
            return done(ApiError::internal(error.isEmpty() ? QStringLiteral("the context ended while starting") : error));
        done(guard.data());
    });
}

void CodeContextManager::defaultContext(const QString &sandboxId, const QString &language, Created done)
{
    const QString key = defaultKey(sandboxId, language);
    if (CodeContext *context = m_contexts.value(m_defaults.value(key)); context && context->alive())
        return done(context);
    // Callers arriving while it starts share the one context.
    auto &waiting = m_waitingForDefault[key];
    waiting.append(std::move(done));
    if (waiting.size() > 1)
        return;
    create(sandboxId, language, QStringLiteral("/home/user"), kDefaultLifetimeSeconds,
           [this, key](const Result<CodeContext *> &result) {
        if (result)
            m_defaults.insert(key, (*result)->info().id);
        const QList<Created> callers = m_waitingForDefault.take(key);
        for (const Created &caller : callers)
            caller(result);
    });
}

Result<CodeContext *> CodeContextManager::find(const QString &sandboxId, const QString &contextId) const
{
    CodeContext *context = m_contexts.value(contextId);
    if (!context || context->info().sandboxId != sandboxId || !context->alive())
        return ApiError::notFound(QStringLiteral("code context %1 not found").arg(contextId.left(80)));
    return context;
}

Result<CodeContext *> CodeContextManager::findDefault(const QString &sandboxId, const QString &language) const
{
    CodeContext *context = m_contexts.value(m_defaults.value(defaultKey(sandboxId, language)));
    if (!context || !context->alive())
        return ApiError::notFound(QStringLiteral("no default %1 context runs in this sandbox").arg(language));
    return context;
}

QList<CodeContext *> CodeContextManager::contextsOf(const QString &sandboxId) const
{
    QList<CodeContext *> result;
    for (CodeContext *context : m_contexts) {
        if (context->info().sandboxId == sandboxId && context->alive())
            result.append(context);
    }
    std::sort(result.begin(), result.end(), [](CodeContext *a, CodeContext *b) {
        return a->info().createdAt < b->info().createdAt;
    });
    return result;
}

Result<bool> CodeContextManager::remove(const QString &sandboxId, const QString &contextId)
{
    const auto context = find(sandboxId, contextId);
    if (!context)
        return context.error();
    (*context)->close(QStringLiteral("deleted"));
    return true;
}

void CodeContextManager::expire()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<CodeContext *> all = m_contexts.values();
    for (CodeContext *context : all) {
        if (context->info().expiresAt <= now)
            context->close(QStringLiteral("expired"));
    }
    if (m_contexts.isEmpty())
        m_expiryTimer.stop();
}

void CodeContextManager::forget(const QString &id)
{
    CodeContext *context = m_contexts.take(id);
    for (auto it = m_defaults.begin(); it != m_defaults.end();) {
        if (it.value() == id)
            it = m_defaults.erase(it);
        else
            ++it;
    }
    if (context)
        context->deleteLater();
}

} // namespace Sandbar::Server
