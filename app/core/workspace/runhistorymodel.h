// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The code runs of a session, oldest first: code, language, context, status, duration and
// outputs, and each finished run's whole reply (record()), the one copy of it. startRun() and
// finishRun() record runs (CodeRunController sends them); addPastRuns() merges in runs from the
// service's own history (after a restart), whose replies are loaded on demand. At most
// `capacity` runs are kept, the oldest go first.

#include "core/api/apierror.h"
#include "core/api/operationtypes.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

namespace Sandbar::Core {

class RunHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CodeColumn, LanguageColumn, ContextColumn, StatusColumn, DurationColumn, OutputColumn, StartedColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        RunIdRole = Qt::UserRole + 1,
        CodeRole,       // the whole code (the column shows its first line)
        StatusRole,     // int(RunStatus)
        DurationMsRole, // qint64, -1 while running
        StdoutRole,
        StderrRole,
        ResultRole,     // text/plain of the result
        ErrorRole,      // the code's error, or the API's
        StartedAtRole,  // QDateTime (UTC) the run was sent
        LanguageRole,
        ContextIdRole,  // empty: the default context
        ExecutionIdRole, // the service's ID of the run, once known
        OutputLoadedRole, // bool: false for a past run whose outputs have not been fetched
    };
    Q_ENUM(Role)
    enum class RunStatus { Running, Succeeded, CodeFailed, RequestFailed };
    Q_ENUM(RunStatus)

    // What a finished run left: its reply (or why the request failed), how long it took and,
    // for a past run that timed out or failed, why (its reply then has what it printed).
    struct Record
    {
        ApiResult<Api::CodeRunResult> result;
        qint64 durationMs = 0;
        QString failure;
        QDateTime startedAt;
    };

    explicit RunHistoryModel(int capacity = 500, QObject *parent = nullptr);

    int startRun(const Api::CodeRunRequest &request);
    void finishRun(int runId, const ApiResult<Api::CodeRunResult> &result, qint64 durationMs);
    // Adds the runs of `executions` not here yet, in time order.
    void addPastRuns(const QList<Api::Execution> &executions);
    // The fetched reply of a past run: its outputs fill in.
    void setPastRunReply(int runId, const Api::CodeRunResult &reply);
    int rowOfRun(int runId) const;
    // The run's record once its reply is here (this session's runs, and fetched past ones).
    std::optional<Record> record(int runId) const;
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void runFinished(int runId);

private:
    struct Run
    {
        int id = 0;
        QString executionId;
        bool outputLoaded = true;
        QString code;
        QString language;
        QString contextId;
        RunStatus status = RunStatus::Running;
        QDateTime startedAt;
        qint64 durationMs = -1;
        QString stdOut;
        QString stdErr;
        QString result;
        QString error;
        QString summary; // a past run's one-line output from the service's list
        std::optional<ApiResult<Api::CodeRunResult>> reply;
    };

    static void applyReply(Run &run, const Api::CodeRunResult &reply);
    QString statusText(RunStatus status) const;
    QString outputSummary(const Run &run) const;

    QList<Run> m_runs;
    int m_capacity;
    int m_nextId = 1;
};

} // namespace Sandbar::Core
