// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runhistorymodel.h"
#include "core/sandboxprovider.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <memory>

namespace Sandbar::Core {

using namespace Sandbar::Api;

RunHistoryModel::RunHistoryModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent), m_capacity(std::max(1, capacity))
{
}

int RunHistoryModel::run(SandboxProvider *provider, const QString &sandboxId, const CodeRunRequest &request)
{
    const int id = startRun(request);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    provider->runCode(sandboxId, request).then(this, [this, id, clock](QFuture<ApiResult<CodeRunResult>> future) {
        finishRun(id, future.resultCount() ? future.result() : ApiResult<CodeRunResult>(), clock->elapsed());
    });
    return id;
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
    // Ids grow with rows, so the row is at most this far from the end.
    for (int row = int(m_runs.size()) - 1; row >= 0; --row) {
        if (m_runs.at(row).id == runId)
            return row;
        if (m_runs.at(row).id < runId)
            break;
    }
    return -1;
}

void RunHistoryModel::finishRun(int runId, const ApiResult<CodeRunResult> &result, qint64 durationMs)
{
    const int row = rowOfRun(runId);
    if (row < 0)
        return; // dropped from the history meanwhile
    Run &run = m_runs[row];
    run.durationMs = durationMs;
    if (!result) {
        run.status = RunStatus::RequestFailed;
        run.error = result.error().message;
    } else {
        QStringList out = result->logStdout;
        if (out.isEmpty()) {
            for (const OutputLine &line : result->stdoutEvents)
                out.append(line.line);
        }
        QStringList err = result->logStderr;
        if (err.isEmpty()) {
            for (const OutputLine &line : result->stderrEvents)
                err.append(line.line);
        }
        run.stdOut = out.join(QLatin1Char('\n'));
        run.stdErr = err.join(QLatin1Char('\n'));
        run.result = result->resultText();
        if (result->failed()) {
            run.status = RunStatus::CodeFailed;
            // The error object has no documented shape; name and value are the usual keys.
            const QString name = result->error.value(QStringLiteral("name")).toString();
            const QString value = result->error.value(QStringLiteral("value")).toString();
            run.error = !name.isEmpty() || !value.isEmpty()
                            ? (value.isEmpty() ? name : name.isEmpty() ? value : name + QStringLiteral(": ") + value)
                            : QString::fromUtf8(QJsonDocument(result->error).toJson(QJsonDocument::Compact));
        } else {
            run.status = RunStatus::Succeeded;
        }
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit runFinished(runId);
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
        case StartedColumn: return QLocale().toString(run.startedAt.toLocalTime().time(), QLocale::ShortFormat);
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
