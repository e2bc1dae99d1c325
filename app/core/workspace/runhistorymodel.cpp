// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/runhistorymodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Sandbar::Core {

using namespace Sandbar::Api;

RunHistoryModel::RunHistoryModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent), m_capacity(std::max(1, capacity))
{
}

int RunHistoryModel::startRun(const CodeRunRequest &request)
{
    if (m_runs.size() >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_runs.removeFirst();
        endRemoveRows();
    }
    Run run;
    run.id = m_nextId++;
    run.code = request.code;
    run.language = request.language.isEmpty() ? QStringLiteral("python") : request.language;
    run.contextId = request.contextId;
    run.startedAt = QDateTime::currentDateTimeUtc();
    beginInsertRows({}, int(m_runs.size()), int(m_runs.size()));
    m_runs.append(run);
    endInsertRows();
    return run.id;
}

int RunHistoryModel::rowOfRun(int runId) const
{
    // Newest first: the run asked about is usually the latest. At most `capacity` rows.
    for (int row = int(m_runs.size()) - 1; row >= 0; --row) {
        if (m_runs.at(row).id == runId)
            return row;
    }
    return -1;
}

std::optional<RunHistoryModel::Record> RunHistoryModel::record(int runId) const
{
    const int row = rowOfRun(runId);
    if (row < 0 || !m_runs.at(row).reply)
        return std::nullopt;
    const Run &run = m_runs.at(row);
    // A past run that timed out or did not finish stays failed; its reply has what it printed.
    const QString failure = run.reply->ok() && run.status == RunStatus::RequestFailed ? run.error : QString();
    return Record{*run.reply, std::max<qint64>(0, run.durationMs), failure, run.startedAt};
}

void RunHistoryModel::applyReply(Run &run, const CodeRunResult &reply)
{
    run.executionId = reply.executionId;
    run.outputLoaded = true;
    QStringList out = reply.logStdout;
    if (out.isEmpty()) {
        for (const OutputLine &line : reply.stdoutEvents)
            out.append(line.line);
    }
    QStringList err = reply.logStderr;
    if (err.isEmpty()) {
        for (const OutputLine &line : reply.stderrEvents)
            err.append(line.line);
    }
    run.stdOut = out.join(QLatin1Char('\n'));
    run.stdErr = err.join(QLatin1Char('\n'));
    run.result = reply.resultText();
    if (reply.failed()) {
        run.status = RunStatus::CodeFailed;
        // The error object has no documented shape; name and value are the usual keys.
        const QString name = reply.error.value(QStringLiteral("name")).toString();
        const QString value = reply.error.value(QStringLiteral("value")).toString();
        run.error = !name.isEmpty() || !value.isEmpty()
                        ? (value.isEmpty() ? name : name.isEmpty() ? value : name + QStringLiteral(": ") + value)
                        : QString::fromUtf8(QJsonDocument(reply.error).toJson(QJsonDocument::Compact));
    } else {
        run.status = RunStatus::Succeeded;
    }
}

void RunHistoryModel::finishRun(int runId, const ApiResult<CodeRunResult> &result, qint64 durationMs)
{
    const int row = rowOfRun(runId);
    if (row < 0)
        return; // dropped from the history meanwhile
    Run &run = m_runs[row];
    run.durationMs = durationMs;
    run.reply = result;
    if (!result) {
        run.status = RunStatus::RequestFailed;
        run.error = result.error().message;
    } else {
        applyReply(run, *result);
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit runFinished(runId);
}

void RunHistoryModel::addPastRuns(const QList<Execution> &executions)
{
    QSet<QString> known;
    for (const Run &run : std::as_const(m_runs)) {
        if (!run.executionId.isEmpty())
            known.insert(run.executionId);
    }
    QList<Execution> fresh;
    for (const Execution &execution : executions) {
        if (!execution.executionId.isEmpty() && !known.contains(execution.executionId)) {
            known.insert(execution.executionId);
            fresh.append(execution);
        }
    }
    // Newest first, so that when there are too many the oldest are the ones left out.
    std::stable_sort(fresh.begin(), fresh.end(), [](const Execution &a, const Execution &b) { return a.startedAt > b.startedAt; });
    for (const Execution &execution : std::as_const(fresh)) {
        int row = int(m_runs.size());
        // Ties (times are to the second) keep the service's order: `fresh` runs newest first.
        while (row > 0 && m_runs.at(row - 1).startedAt >= execution.startedAt)
            --row;
        if (m_runs.size() >= m_capacity) {
            if (row == 0)
                break; // older than everything kept, and there is no room
            beginRemoveRows({}, 0, 0);
            m_runs.removeFirst();
            endRemoveRows();
            --row;
        }
        Run run;
        run.id = m_nextId++;
        run.executionId = execution.executionId;
        run.outputLoaded = false;
        run.code = execution.code;
        run.language = execution.language;
        // A run in the default context shows as "default" (and runs there again), as in this session.
        run.contextId = execution.defaultContext ? QString() : execution.contextId;
        run.summary = execution.outputSummary;
        run.startedAt = execution.startedAt;
        run.durationMs = execution.durationMs;
        if (execution.status == QLatin1String("ok")) {
            run.status = RunStatus::Succeeded;
        } else if (execution.status == QLatin1String("error")) {
            run.status = RunStatus::CodeFailed;
        } else {
            run.status = RunStatus::RequestFailed;
            run.error = execution.status == QLatin1String("timeout") ? tr("timed out") : tr("did not finish");
        }
        beginInsertRows({}, row, row);
        m_runs.insert(row, run);
        endInsertRows();
    }
}

void RunHistoryModel::setPastRunReply(int runId, const CodeRunResult &reply)
{
    const int row = rowOfRun(runId);
    if (row < 0)
        return;
    Run &run = m_runs[row];
    const RunStatus status = run.status;
    const QString error = run.error;
    applyReply(run, reply);
    run.reply = ApiResult<CodeRunResult>(reply);
    if (status == RunStatus::RequestFailed) {
        // A timed-out run's reply is what it printed before the interrupt; it stays failed.
        run.status = status;
        run.error = error;
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RunHistoryModel::clear()
{
    if (m_runs.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_runs.size()) - 1);
    m_runs.clear();
    endRemoveRows();
}

int RunHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunHistoryModel::statusText(RunStatus status) const
{
    switch (status) {
    case RunStatus::Running: return tr("running");
    case RunStatus::Succeeded: return tr("ok");
    case RunStatus::CodeFailed: return tr("error");
    case RunStatus::RequestFailed: return tr("failed");
    }
    return {};
}

QString RunHistoryModel::outputSummary(const Run &run) const
{
    if (!run.error.isEmpty())
        return run.error;
    if (!run.result.isEmpty())
        return run.result;
    if (!run.outputLoaded)
        return run.summary; // the service's one line until the whole output is fetched
    const QString &text = run.stdOut.isEmpty() ? run.stdErr : run.stdOut;
    return text.section(QLatin1Char('\n'), -1); // the last line says most
}

QVariant RunHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Run &run = m_runs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn: return run.code.section(QLatin1Char('\n'), 0, 0);
        case LanguageColumn: return run.language;
        case ContextColumn: return run.contextId.isEmpty() ? tr("default") : run.contextId;
        case StatusColumn: return statusText(run.status);
        case DurationColumn:
            return run.durationMs < 0 ? QString() : QStringLiteral("%1 s").arg(double(run.durationMs) / 1000.0, 0, 'f', 2);
        case OutputColumn: return outputSummary(run);
        case StartedColumn: {
            const QDateTime local = run.startedAt.toLocalTime();
            // Past runs may be from another day: then the day is shown too.
            return local.date() == QDate::currentDate() ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                                        : QLocale().toString(local, QLocale::ShortFormat);
        }
        }
        return {};
    case Qt::ToolTipRole: return index.column() == CodeColumn ? run.code : QVariant();
    case RunIdRole: return run.id;
    case CodeRole: return run.code;
    case StatusRole: return int(run.status);
    case DurationMsRole: return run.durationMs;
    case StdoutRole: return run.stdOut;
    case StderrRole: return run.stdErr;
    case ResultRole: return run.result;
    case ErrorRole: return run.error;
    case StartedAtRole: return run.startedAt;
    case LanguageRole: return run.language;
    case ContextIdRole: return run.contextId;
    case ExecutionIdRole: return run.executionId;
    case OutputLoadedRole: return run.outputLoaded;
    }
    return {};
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn: return tr("Code");
    case LanguageColumn: return tr("Language");
    case ContextColumn: return tr("Context");
    case StatusColumn: return tr("Status");
    case DurationColumn: return tr("Duration");
    case OutputColumn: return tr("Output");
    case StartedColumn: return tr("Started");
    }
    return {};
}

} // namespace Sandbar::Core
