// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace Sandbar::Server {

struct ExecutionRecord
{
    QString id;
    QString sandboxId;
    QString contextId;
    bool defaultContext = false; // ran in the sandbox's default context of its language
    QString language;
    QString code;
    QDateTime startedAt;
    QDateTime endedAt;
    QString status; // "ok", "error", "timeout", "failed"
    int executionCount = 0;
    QJsonObject reply; // the documented code/run reply, outputs capped
    QJsonArray outputs; // every display and the result in order (CodeReplyBuilder::outputs)

    QJsonObject toJson(bool withReply) const;
};

// The history of code runs, in the same SQLite database as the sandboxes.
class ExecutionStore
{
public:
    explicit ExecutionStore(QString connectionName);
    bool prepare(QString *error);
    bool save(const ExecutionRecord &record);
    QList<ExecutionRecord> list(const QString &sandboxId, int limit, int offset, int *total) const;
    std::optional<ExecutionRecord> get(const QString &sandboxId, const QString &executionId) const;
    // Across sandboxes, newest first: the runs of code-interpreter sandboxes or of containers
    // (sandboxes in the containers table), optionally only those of one status.
    enum class Scope { Interpreter, Containers };
    QList<ExecutionRecord> listAll(Scope scope, const QStringList &statuses, int limit, int offset, int *total) const;
    std::optional<ExecutionRecord> find(const QString &executionId) const;

    // What is kept of each stream's lines in a record.
    static constexpr qsizetype kKeptOutputBytes = 256 * 1024;
    // What is kept of a run's displays (figures); one past it is kept as a note of its size.
    static constexpr qsizetype kKeptDisplayBytes = 16 * 1024 * 1024;

private:
    // A page of `WHERE …` (its values in `binds`), newest first, and how many there are.
    QList<ExecutionRecord> page(const QString &where, const QVariantList &binds, int limit, int offset, int *total) const;

    QString m_connectionName;
};

} // namespace Sandbar::Server
