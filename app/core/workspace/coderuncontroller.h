// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The code runs of one connection, without widgets: one run at a time, sent (streamed where
// the service streams), stopped with the interrupt policy, and recorded in each sandbox's
// RunHistoryModel, which also lists the earlier runs the service keeps. The editor panel shows
// what this reports and asks it for runs; it keeps no run state of its own.

#include "core/api/apierror.h"
#include "core/api/operationtypes.h"
#include "core/workspace/runhistorymodel.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace Sandbar::Core {

class RunInterrupter;
class SandboxProvider;

class CodeRunController : public QObject
{
    Q_OBJECT
public:
    static constexpr int kHistoryCapacity = 500;

    explicit CodeRunController(SandboxProvider *provider, QObject *parent = nullptr);

    SandboxProvider *provider() const { return m_provider; }
    bool canInterrupt(const QString &language) const;
    // A run in flight, or a context being created for one.
    bool isBusy() const { return m_runId != 0 || m_creatingContext; }
    int currentRun() const { return m_runId; }
    QString runLanguage() const { return m_runLanguage; }

    // The runs of `sandboxId`; on first use, the earlier runs the service keeps are asked for.
    RunHistoryModel *history(const QString &sandboxId);
    QString historyNote(const QString &sandboxId) const { return m_historyNotes.value(sandboxId); }

    // Sends `request` to `sandboxId` (with `newContext`, in a context of its language created
    // first). False when another run is busy. runStarted() follows once it is recorded.
    bool run(const QString &sandboxId, Api::CodeRunRequest request, bool newContext = false);
    // Runs a recorded run's code again with `timeoutSeconds`. A context not in `liveContexts`
    // has ended: the run then uses the default context and `note` says so. False when busy or
    // unknown.
    bool rerun(const QString &sandboxId, int runId, int timeoutSeconds, const QStringList &liveContexts,
               QString *note = nullptr);
    // Stops the run in flight: one interrupt sequence per run (see the README).
    void stop();
    bool isStopping() const { return m_stopping; }

    enum class Output { Unknown, Ready, Loading };
    // Asks for a finished run's output: Ready when outputReady() was emitted already, Loading
    // when it is fetched from the service's history (outputReady() or outputFailed() follow,
    // unless another run or output is asked for first: the newest request wins).
    Output requestOutput(const QString &sandboxId, int runId);

    // A reply's stdout and stderr lines in the order they were printed.
    static QList<Api::OutputLine> orderedOutput(const Api::CodeRunResult &result);

signals:
    void busyChanged(bool busy);
    void contextCreated(const QString &sandboxId, const Sandbar::Api::CodeContext &context);
    void runStarted(const QString &sandboxId, int runId, const Sandbar::Api::CodeRunRequest &request);
    // The run left for the service (after the one-time pid probe, see RunInterrupter).
    void runSent(int runId);
    // Streamed while the run goes on; lines after Stop are counted instead (see runFinished).
    void outputLine(const QString &sandboxId, int runId, const Sandbar::Api::OutputLine &line);
    // A display or the value as it comes: {type: display_data | execution_result, data, execution_count}.
    void display(const QString &sandboxId, int runId, const QJsonObject &output);
    // `streamed`: stdout, stderr and displays came through outputLine()/display() already.
    void runFinished(const QString &sandboxId, int runId, const Sandbar::Core::RunHistoryModel::Record &record,
                     bool streamed, qint64 linesAfterStop);
    // What the run status line should say now ("Creating a context…", why Stop failed ...).
    void message(const QString &text);
    void historyNoteChanged(const QString &sandboxId, const QString &note);
    void outputReady(const QString &sandboxId, int runId, const Sandbar::Core::RunHistoryModel::Record &record);
    void outputFailed(const QString &sandboxId, int runId, const QString &message);

private:
    void startRun(const QString &sandboxId, const Api::CodeRunRequest &request);
    void sendRun(const QString &sandboxId, const Api::CodeRunRequest &request, int runId);
    void finishRun(const QString &sandboxId, int runId, const ApiResult<Api::CodeRunResult> &result, bool streamed);
    void sendInterrupt(int runId, int delivered, int notStarted);
    void loadPastRuns(const QString &sandboxId, RunHistoryModel *model);
    void setHistoryNote(const QString &sandboxId, const QString &note);
    void setCreatingContext(bool creating);

    QPointer<SandboxProvider> m_provider;
    RunInterrupter *m_interrupter;
    QHash<QString, RunHistoryModel *> m_histories;
    QHash<QString, QString> m_historyNotes;
    int m_runId = 0; // the run in flight, 0 when none
    QString m_runSandbox;
    QString m_runLanguage;
    QString m_runContext;
    QElapsedTimer m_runClock;
    QElapsedTimer m_stopClock;
    quint64 m_outputRequest = 0; // bumped by every run and every output asked for
    bool m_creatingContext = false;
    bool m_stopping = false; // Stop was asked: streamed lines are counted, not reported
    bool m_runSent = false;  // the run left (after the pid probe)
    qint64 m_linesAfterStop = 0;
};

} // namespace Sandbar::Core

Q_DECLARE_METATYPE(Sandbar::Core::RunHistoryModel::Record)
