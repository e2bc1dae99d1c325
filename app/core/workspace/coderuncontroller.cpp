// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/coderuncontroller.h"

#include "core/net/continuation.h"
#include "core/providers/coderunstream.h"
#include "core/providers/sandboxprovider.h"
#include "core/workspace/runinterrupter.h"

#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcRuns, "sandbar.core.runs", QtInfoMsg)

namespace Sandbar::Core {

using namespace Sandbar::Api;

CodeRunController::CodeRunController(SandboxProvider *provider, QObject *parent)
    : QObject(parent), m_provider(provider), m_interrupter(new RunInterrupter(provider, this))
{
}

bool CodeRunController::canInterrupt(const QString &language) const
{
    return m_interrupter->canInterrupt(language);
}

RunHistoryModel *CodeRunController::history(const QString &sandboxId)
{
    RunHistoryModel *&model = m_histories[sandboxId];
    if (!model) {
        model = new RunHistoryModel(kHistoryCapacity, this);
        loadPastRuns(sandboxId, model);
    }
    return model;
}

void CodeRunController::setHistoryNote(const QString &sandboxId, const QString &note)
{
    m_historyNotes.insert(sandboxId, note);
    emit historyNoteChanged(sandboxId, note);
}

void CodeRunController::loadPastRuns(const QString &sandboxId, RunHistoryModel *model)
{
    // The service's own history has the runs of earlier sessions (and of other clients).
    if (!m_provider || !m_provider->capabilities().testFlag(SandboxProvider::Capability::RunHistory)) {
        setHistoryNote(sandboxId, tr("Only runs since Sandbar started: this service keeps no run history."));
        return;
    }
    setHistoryNote(sandboxId, tr("Loading earlier runs…"));
    continueIn(this, m_provider->listExecutions(sandboxId, 0, kHistoryCapacity),
        [this, sandboxId, model = QPointer<RunHistoryModel>(model)](QFuture<ApiResult<ExecutionPage>> future) {
            if (!model)
                return;
            const ApiResult<ExecutionPage> page = resultOf(future);
            if (!page) {
                qCInfo(lcRuns) << "cannot load the run history of" << sandboxId << ":" << page.error().message;
                setHistoryNote(sandboxId, tr("Earlier runs could not be loaded: %1").arg(page.error().message));
                return;
            }
            model->addPastRuns(page->executions);
            setHistoryNote(sandboxId, page->total > page->executions.size()
                                          ? tr("The latest %1 of %2 runs of this sandbox.").arg(page->executions.size()).arg(page->total)
                                          : QString());
        });
}

void CodeRunController::setCreatingContext(bool creating)
{
    const bool wasBusy = isBusy();
    m_creatingContext = creating;
    if (wasBusy != isBusy())
        emit busyChanged(isBusy());
}

bool CodeRunController::run(const QString &sandboxId, CodeRunRequest request, bool newContext)
{
    if (!m_provider || sandboxId.isEmpty() || isBusy())
        return false;
    if (!newContext) {
        startRun(sandboxId, request);
        return true;
    }
    setCreatingContext(true);
    emit message(tr("Creating a context…"));
    continueIn(this, m_provider->createCodeContext(sandboxId, request.language, QString()),
        [this, sandboxId, request](QFuture<ApiResult<CodeContext>> future) mutable {
            setCreatingContext(false);
            const ApiResult<CodeContext> context = resultOf(future);
            if (!context) {
                emit message(tr("Could not create a context: %1").arg(context.error().message));
                return;
            }
            emit contextCreated(sandboxId, *context);
            request.contextId = context->contextId;
            startRun(sandboxId, request);
        });
    return true;
}

bool CodeRunController::rerun(const QString &sandboxId, int runId, int timeoutSeconds, const QStringList &liveContexts,
                              QString *note)
{
    RunHistoryModel *model = history(sandboxId);
    const int row = model->rowOfRun(runId);
    if (row < 0 || isBusy())
        return false;
    const QModelIndex index = model->index(row, 0);
    CodeRunRequest request;
    request.code = index.data(RunHistoryModel::CodeRole).toString();
    request.language = index.data(RunHistoryModel::LanguageRole).toString();
    request.contextId = index.data(RunHistoryModel::ContextIdRole).toString();
    request.timeoutSeconds = timeoutSeconds;
    // A run of an earlier session may name a context that has ended since (contexts do not
    // outlive the server): then it runs in the default context of its language.
    if (!request.contextId.isEmpty() && !liveContexts.contains(request.contextId)) {
        if (note)
            *note = tr("The run's context %1 has ended; this run uses the default context.").arg(request.contextId);
        request.contextId.clear();
    }
    startRun(sandboxId, request);
    return true;
}

void CodeRunController::startRun(const QString &sandboxId, const CodeRunRequest &request)
{
    const int runId = history(sandboxId)->startRun(request);
    m_runId = runId;
    ++m_outputRequest; // an earlier run's output still loading must not replace this one's
    m_runSandbox = sandboxId;
    m_runLanguage = request.language;
    m_runContext = request.contextId;
    m_stopping = false;
    m_runSent = false;
    m_linesAfterStop = 0;
    emit busyChanged(true);
    emit runStarted(sandboxId, runId, request);

    const auto send = [this, sandboxId, request, runId] {
        if (m_stopping && runId == m_runId) {
            // Stopped while the pid probe ran: the code is never sent.
            ApiError error;
            error.kind = ApiError::Kind::Cancelled;
            error.message = tr("Stopped before it started.");
            m_runClock.start();
            finishRun(sandboxId, runId, error, false);
            return;
        }
        m_runSent = true;
        sendRun(sandboxId, request, runId);
    };
    if (!m_interrupter->canInterrupt(request.language) || !m_interrupter->needsPreparation()) {
        send();
        return;
    }
    // Learn the interpreter's pid first (once per context) so that Stop can signal it.
    continueIn(this, m_interrupter->prepare(sandboxId, request.language, request.contextId),
        [this, send](QFuture<ApiResult<qint64>> future) {
            if (future.resultCount() && !future.result())
                qCInfo(lcRuns) << "Stop will not work for this run:" << future.result().error().message;
            if (m_provider)
                send();
        });
}

void CodeRunController::sendRun(const QString &sandboxId, const CodeRunRequest &request, int runId)
{
    m_runClock.start();
    CodeRunStream *stream = m_provider->capabilities().testFlag(SandboxProvider::Capability::StreamingRuns)
                                ? m_provider->runCodeStreaming(sandboxId, request)
                                : nullptr;
    if (!stream) {
        continueIn(this, m_provider->runCode(sandboxId, request), [this, sandboxId, runId](QFuture<ApiResult<CodeRunResult>> future) {
            finishRun(sandboxId, runId, resultOf(future), false);
        });
        emit runSent(runId);
        return;
    }
    stream->setParent(this);
    connect(stream, &CodeRunStream::output, this, [this, sandboxId, runId](const OutputLine &line) {
        if (runId != m_runId)
            return;
        if (m_stopping)
            ++m_linesAfterStop;
        else
            emit outputLine(sandboxId, runId, line);
    });
    for (const auto signal : {&CodeRunStream::display, &CodeRunStream::result}) {
        connect(stream, signal, this, [this, sandboxId, runId](const QJsonObject &output) {
            if (runId == m_runId && !m_stopping)
                emit display(sandboxId, runId, output);
        });
    }
    connect(stream, &CodeRunStream::finished, this, [this, sandboxId, runId, stream](const ApiResult<CodeRunResult> &result) {
        stream->deleteLater();
        finishRun(sandboxId, runId, result, true);
    });
    emit runSent(runId);
}

void CodeRunController::finishRun(const QString &sandboxId, int runId, const ApiResult<CodeRunResult> &result, bool streamed)
{
    const qint64 ms = m_runClock.elapsed();
    history(sandboxId)->finishRun(runId, result, ms);
    const qint64 linesAfterStop = runId == m_runId ? m_linesAfterStop : 0;
    const bool wasCurrent = runId == m_runId;
    if (wasCurrent) {
        m_runId = 0;
        m_stopping = false;
    }
    const RunHistoryModel::Record record{result, ms, {}, QDateTime::currentDateTimeUtc().addMSecs(-ms)};
    emit runFinished(sandboxId, runId, record, streamed, linesAfterStop);
    if (wasCurrent)
        emit busyChanged(isBusy());
}

void CodeRunController::stop()
{
    if (m_runId == 0 || m_stopping)
        return; // nothing to stop, or asked already: one interrupt sequence per run
    m_stopping = true;
    emit message(tr("Stopping…"));
    if (!m_runSent)
        return; // not sent yet: it will not be
    m_stopClock.start();
    sendInterrupt(m_runId, 0, 0);
}

void CodeRunController::sendInterrupt(int runId, int delivered, int notStarted)
{
    // The service may not have started the run yet (queued behind another, or its interpreter
    // still starting): then it is asked again, less and less often. A delivered interrupt is
    // repeated once, a while later, in case the signal landed just as a shell command began;
    // the Python runner takes one interrupt per cell, so its error is never cut short.
    constexpr int kMaxDelivered = 2;
    constexpr int kDeliveredRetryMs = 2000;
    constexpr qint64 kGiveUpMs = 30000;
    continueIn(this, m_interrupter->interrupt(m_runSandbox, m_runLanguage, m_runContext),
        [this, runId, delivered, notStarted](QFuture<ApiResult<bool>> future) {
            if (runId != m_runId)
                return; // the run ended meanwhile
            const ApiResult<bool> result = resultOf(future);
            if (!result) {
                emit message(tr("Stop failed: %1").arg(result.error().message));
                return;
            }
            const int nowDelivered = delivered + (*result ? 1 : 0);
            if (nowDelivered >= kMaxDelivered || m_stopClock.elapsed() > kGiveUpMs) {
                emit message(tr("The run does not stop; it ends at its timeout."));
                return;
            }
            const int delayMs = *result ? kDeliveredRetryMs : std::min(100 << std::min(notStarted, 4), 1000);
            QTimer::singleShot(delayMs, this, [this, runId, nowDelivered, notStarted, started = *result] {
                if (runId == m_runId)
                    sendInterrupt(runId, nowDelivered, started ? notStarted : notStarted + 1);
            });
        });
}

CodeRunController::Output CodeRunController::requestOutput(const QString &sandboxId, int runId)
{
    RunHistoryModel *model = history(sandboxId);
    const int row = model->rowOfRun(runId);
    if (row < 0 || runId == m_runId)
        return Output::Unknown; // unknown, or still running: its output is the one shown
    const quint64 request = ++m_outputRequest;
    if (const std::optional<RunHistoryModel::Record> record = model->record(runId)) {
        emit outputReady(sandboxId, runId, *record);
        return Output::Ready;
    }
    // A run of an earlier session: its reply is in the service's history.
    const QModelIndex index = model->index(row, 0);
    const QString executionId = index.data(RunHistoryModel::ExecutionIdRole).toString();
    if (executionId.isEmpty() || !m_provider || !m_provider->capabilities().testFlag(SandboxProvider::Capability::RunHistory)) {
        emit outputFailed(sandboxId, runId, tr("The output of this run was not kept."));
        return Output::Ready;
    }
    continueIn(this, m_provider->getExecution(sandboxId, executionId),
        [this, sandboxId, runId, request, model = QPointer<RunHistoryModel>(model)](QFuture<ApiResult<Execution>> future) {
            // Another run or another output was asked for meanwhile: this one would replace it.
            if (!model || request != m_outputRequest)
                return;
            const ApiResult<Execution> execution = resultOf(future);
            if (!execution) {
                emit outputFailed(sandboxId, runId,
                                  tr("Cannot load the output of run %1: %2").arg(runId).arg(execution.error().message));
                return;
            }
            if (!execution->reply) {
                emit outputFailed(sandboxId, runId, tr("The service kept no output for this run."));
                return;
            }
            model->setPastRunReply(runId, *execution->reply);
            std::optional<RunHistoryModel::Record> record = model->record(runId);
            if (!record)
                return;
            record->durationMs = execution->durationMs;
            record->startedAt = execution->startedAt;
            emit outputReady(sandboxId, runId, *record);
        });
    return Output::Loading;
}

QList<OutputLine> CodeRunController::orderedOutput(const CodeRunResult &result)
{
    QList<OutputLine> lines;
    for (OutputLine line : result.stdoutEvents) {
        line.type = QStringLiteral("stdout");
        lines.append(line);
    }
    for (OutputLine line : result.stderrEvents) {
        line.type = QStringLiteral("stderr");
        lines.append(line);
    }
    std::stable_sort(lines.begin(), lines.end(), [](const OutputLine &a, const OutputLine &b) { return a.timestamp < b.timestamp; });
    if (lines.isEmpty()) {
        // Only the logs (no timestamps): stdout, then stderr.
        for (const QString &text : result.logStdout)
            lines.append(OutputLine{QStringLiteral("stdout"), text, {}});
        for (const QString &text : result.logStderr)
            lines.append(OutputLine{QStringLiteral("stderr"), text, {}});
    }
    return lines;
}

} // namespace Sandbar::Core
