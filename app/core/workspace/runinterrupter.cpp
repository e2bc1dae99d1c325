// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/runinterrupter.h"
#include "core/net/continuation.h"
#include "core/providers/sandboxprovider.h"

#include <QRegularExpression>

namespace Sandbar::Core {

using namespace Sandbar::Api;

namespace {
ApiError failure(ApiError::Kind kind, const QString &message)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    return error;
}

// Code that reports the pid of the process to signal. Bash runs under a small runner that
// forwards SIGINT to the shell's process group, so that runner ($PPID) is the one to signal.
QString probeCode(const QString &language)
{
    if (language == QLatin1String("python"))
        return QStringLiteral("print(__import__('os').getpid())");
    if (language == QLatin1String("javascript"))
        return QStringLiteral("console.log(process.pid)");
    if (language == QLatin1String("bash"))
        return QStringLiteral("echo $PPID");
    return {};
}
} // namespace

RunInterrupter::RunInterrupter(SandboxProvider *provider, QObject *parent) : QObject(parent), m_provider(provider) {}

QString RunInterrupter::key(const QString &sandboxId, const QString &language, const QString &contextId)
{
    return sandboxId + QLatin1Char('\n') + language + QLatin1Char('\n') + contextId;
}

bool RunInterrupter::serviceInterrupts() const
{
    return m_provider && m_provider->capabilities().testFlag(SandboxProvider::Capability::Interrupt);
}

bool RunInterrupter::needsPreparation() const
{
    return !serviceInterrupts();
}

bool RunInterrupter::canInterrupt(const QString &language) const
{
    if (serviceInterrupts())
        return true;
    if (!m_provider || probeCode(language).isEmpty())
        return false;
    const auto caps = m_provider->capabilities();
    return caps.testFlag(SandboxProvider::Capability::Commands) && caps.testFlag(SandboxProvider::Capability::CodeRuns);
}

QFuture<ApiResult<qint64>> RunInterrupter::prepare(const QString &sandboxId, const QString &language,
                                                   const QString &contextId)
{
    if (serviceInterrupts())
        return QtFuture::makeReadyFuture(ApiResult<qint64>(0));
    const QString k = key(sandboxId, language, contextId);
    if (m_pids.contains(k))
        return QtFuture::makeReadyFuture(ApiResult<qint64>(m_pids.value(k)));
    if (!canInterrupt(language))
        return QtFuture::makeReadyFuture(ApiResult<qint64>(failure(ApiError::Kind::Unsupported, tr("Stop is not available here."))));
    CodeRunRequest probe;
    probe.code = probeCode(language);
    probe.language = language;
    probe.contextId = contextId;
    probe.timeoutSeconds = 30;
    return continueIn(this, m_provider->runCode(sandboxId, probe),
        [this, k](QFuture<ApiResult<CodeRunResult>> future) -> ApiResult<qint64> {
            if (future.resultCount() == 0)
                return failure(ApiError::Kind::Cancelled, tr("The probe run did not finish."));
            const ApiResult<CodeRunResult> result = future.result();
            if (!result)
                return result.error();
            QString text;
            for (const OutputLine &line : result->stdoutEvents)
                text += line.line;
            if (text.isEmpty())
                text = result->logStdout.join(QString());
            bool ok = false;
            const qint64 pid = text.trimmed().toLongLong(&ok);
            if (!ok || pid <= 1)
                return failure(ApiError::Kind::MalformedResponse, tr("Could not learn the interpreter's process."));
            m_pids.insert(k, pid);
            return pid;
        });
}

QFuture<ApiResult<bool>> RunInterrupter::interrupt(const QString &sandboxId, const QString &language,
                                                   const QString &contextId)
{
    if (serviceInterrupts()) {
        return continueIn(this, m_provider->interruptRun(sandboxId, contextId, language),
            [](QFuture<ApiResult<InterruptResult>> future) -> ApiResult<bool> {
                if (future.resultCount() == 0)
                    return failure(ApiError::Kind::Cancelled, tr("The stop request did not finish."));
                const ApiResult<InterruptResult> result = future.result();
                if (!result)
                    return result.error();
                return result->interrupted;
            });
    }
    const QString k = key(sandboxId, language, contextId);
    if (!m_provider || !m_pids.contains(k))
        return QtFuture::makeReadyFuture(ApiResult<bool>(failure(ApiError::Kind::Unsupported, tr("This run cannot be stopped."))));
    const qint64 pid = m_pids.value(k);
    CommandRequest request;
    request.command = QStringLiteral("kill");
    request.args = {QStringLiteral("-INT"), QString::number(pid)};
    request.timeoutMs = 10000;
    return continueIn(this, m_provider->runCommand(sandboxId, request),
        [this, k](QFuture<ApiResult<CommandResult>> future) -> ApiResult<bool> {
            if (future.resultCount() == 0)
                return failure(ApiError::Kind::Cancelled, tr("The stop request did not finish."));
            const ApiResult<CommandResult> result = future.result();
            if (!result)
                return result.error();
            if (result->exitCode != 0) {
                m_pids.remove(k); // the interpreter is gone (its context ended): learn it again
                return failure(ApiError::Kind::NotFound,
                               tr("The interpreter could not be signalled: %1").arg(result->stdErr.trimmed()));
            }
            return true;
        });
}

void RunInterrupter::forget(const QString &sandboxId)
{
    const QString prefix = sandboxId + QLatin1Char('\n');
    for (auto it = m_pids.begin(); it != m_pids.end();) {
        if (it.key().startsWith(prefix))
            it = m_pids.erase(it);
        else
            ++it;
    }
}

} // namespace Sandbar::Core
