// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "code/executionstore.h"

#include "core/api/apitypes.h"
#include "logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

namespace Sandbar::Server {

namespace {
// Keeps the first lines of a stream up to the byte budget, and says what was left out.
QJsonArray capLines(const QJsonArray &lines, bool entries)
{
    QJsonArray kept;
    qsizetype used = 0;
    for (const QJsonValue &value : lines) {
        const qsizetype size = (entries ? value.toObject().value(QStringLiteral("line")).toString() : value.toString()).size();
        if (used + size > ExecutionStore::kKeptOutputBytes) {
            const QString note = QStringLiteral("[history keeps the first %1 KiB of output]").arg(ExecutionStore::kKeptOutputBytes / 1024);
            kept.append(entries ? QJsonValue(QJsonObject{{QStringLiteral("type"), value.toObject().value(QStringLiteral("type"))},
                                                          {QStringLiteral("line"), note},
                                                          {QStringLiteral("timestamp"), value.toObject().value(QStringLiteral("timestamp"))}})
                                : QJsonValue(note));
            break;
        }
        used += size;
        kept.append(value);
    }
    return kept;
}

// Displays up to the budget; each one past it becomes a line saying what it was.
QJsonArray capOutputs(const QJsonArray &outputs)
{
    QJsonArray kept;
    qsizetype used = 0;
    for (const QJsonValue &value : outputs) {
        QJsonObject output = value.toObject();
        const qsizetype size = QJsonDocument(output).toJson(QJsonDocument::Compact).size();
        if (used + size > ExecutionStore::kKeptDisplayBytes) {
            output.insert(QStringLiteral("data"),
                          QJsonObject{{QStringLiteral("text/plain"),
                                       QStringLiteral("[a display of %1 KiB: history keeps %2 MiB of displays per run]")
                                           .arg(size / 1024).arg(ExecutionStore::kKeptDisplayBytes / (1024 * 1024))}});
        } else {
            used += size;
        }
        kept.append(output);
    }
    return kept;
}

QJsonObject capReply(QJsonObject reply)
{
    QJsonObject results = reply.value(QStringLiteral("results")).toObject();
    QJsonObject logs = reply.value(QStringLiteral("logs")).toObject();
    for (const QString &stream : {QStringLiteral("stdout"), QStringLiteral("stderr")}) {
        results.insert(stream, capLines(results.value(stream).toArray(), true));
        logs.insert(stream, capLines(logs.value(stream).toArray(), false));
    }
    reply.insert(QStringLiteral("results"), results);
    reply.insert(QStringLiteral("logs"), logs);
    return reply;
}
} // namespace

namespace {
// One line that says most about a run, for lists: its error, else its result, else the last
// line it printed.
QString outputSummary(const QJsonObject &reply)
{
    constexpr int kMaxChars = 200;
    const QJsonObject error = reply.value(QStringLiteral("error")).toObject();
    if (!error.isEmpty()) {
        return QStringLiteral("%1: %2").arg(error.value(QStringLiteral("name")).toString(),
                                            error.value(QStringLiteral("value")).toString()).left(kMaxChars);
    }
    const QJsonObject results = reply.value(QStringLiteral("results")).toObject();
    const QString result = results.value(QStringLiteral("result")).toObject().value(QStringLiteral("data")).toObject()
                               .value(QStringLiteral("text/plain")).toString();
    if (!result.isEmpty())
        return result.section(QLatin1Char('\n'), 0, 0).left(kMaxChars);
    for (const QString &stream : {QStringLiteral("stdout"), QStringLiteral("stderr")}) {
        const QJsonArray lines = results.value(stream).toArray();
        for (auto it = lines.end(); it != lines.begin();) {
            const QString line = (*--it).toObject().value(QStringLiteral("line")).toString().trimmed();
            if (!line.isEmpty())
                return line.left(kMaxChars);
        }
    }
    return {};
}
} // namespace

QJsonObject ExecutionRecord::toJson(bool withReply) const
{
    QJsonObject json{
        {QStringLiteral("execution_id"), id},
        {QStringLiteral("context_id"), contextId},
        {QStringLiteral("language"), language},
        {QStringLiteral("code"), code},
        {QStringLiteral("started_at"), Api::formatTimestamp(startedAt)},
        {QStringLiteral("ended_at"), Api::formatTimestamp(endedAt)},
        {QStringLiteral("duration_ms"), startedAt.msecsTo(endedAt)},
        {QStringLiteral("status"), status},
        {QStringLiteral("execution_count"), executionCount},
        {QStringLiteral("default_context"), defaultContext},
        {QStringLiteral("output_summary"), outputSummary(reply)},
    };
    if (withReply) {
        json.insert(QStringLiteral("reply"), reply);
        json.insert(QStringLiteral("outputs"), outputs);
    }
    return json;
}

ExecutionStore::ExecutionStore(QString connectionName) : m_connectionName(std::move(connectionName)) {}

bool ExecutionStore::prepare(QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS executions ("
                                   " seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL,"
                                   " sandbox_id TEXT NOT NULL, context_id TEXT NOT NULL, language TEXT NOT NULL,"
                                   " code TEXT NOT NULL, started_at INTEGER NOT NULL, ended_at INTEGER NOT NULL,"
                                   " status TEXT NOT NULL, execution_count INTEGER NOT NULL, reply TEXT NOT NULL)")) ||
        !query.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS executions_by_sandbox ON executions (sandbox_id, seq)"))) {
        *error = query.lastError().text();
        return false;
    }
    // Databases from before a column get it (SQLite has no ADD COLUMN IF NOT EXISTS).
    QStringList columns;
    if (query.exec(QStringLiteral("PRAGMA table_info(executions)"))) {
        while (query.next())
            columns.append(query.value(1).toString());
    }
    const QList<QPair<QString, QString>> added{{QStringLiteral("default_context"), QStringLiteral("INTEGER NOT NULL DEFAULT 0")},
                                               {QStringLiteral("outputs"), QStringLiteral("TEXT NOT NULL DEFAULT '[]'")}};
    for (const auto &[name, type] : added) {
        if (!columns.contains(name) && !query.exec(QStringLiteral("ALTER TABLE executions ADD COLUMN %1 %2").arg(name, type))) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

bool ExecutionStore::save(const ExecutionRecord &record)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT INTO executions (id, sandbox_id, context_id, language, code, started_at,"
                                 " ended_at, status, execution_count, reply, default_context, outputs)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(record.id);
    query.addBindValue(record.sandboxId);
    query.addBindValue(record.contextId);
    query.addBindValue(record.language);
    query.addBindValue(record.code.left(int(kKeptOutputBytes)));
    query.addBindValue(record.startedAt.toMSecsSinceEpoch());
    query.addBindValue(record.endedAt.toMSecsSinceEpoch());
    query.addBindValue(record.status);
    query.addBindValue(record.executionCount);
    query.addBindValue(QString::fromUtf8(QJsonDocument(capReply(record.reply)).toJson(QJsonDocument::Compact)));
    query.addBindValue(record.defaultContext ? 1 : 0);
    query.addBindValue(QString::fromUtf8(QJsonDocument(capOutputs(record.outputs)).toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        qCWarning(lcStore) << "saving execution" << record.id << "failed:" << query.lastError().text();
        return false;
    }
    return true;
}

namespace {
ExecutionRecord recordFrom(const QSqlQuery &query)
{
    ExecutionRecord record;
    record.id = query.value(0).toString();
    record.sandboxId = query.value(1).toString();
    record.contextId = query.value(2).toString();
    record.language = query.value(3).toString();
    record.code = query.value(4).toString();
    record.startedAt = QDateTime::fromMSecsSinceEpoch(query.value(5).toLongLong(), QTimeZone::utc());
    record.endedAt = QDateTime::fromMSecsSinceEpoch(query.value(6).toLongLong(), QTimeZone::utc());
    record.status = query.value(7).toString();
    record.executionCount = query.value(8).toInt();
    record.reply = QJsonDocument::fromJson(query.value(9).toString().toUtf8()).object();
    record.defaultContext = query.value(10).toInt() != 0;
    // Only one run's query reads its displays (figures): listings leave them in the database.
    if (query.record().count() > 11)
        record.outputs = QJsonDocument::fromJson(query.value(11).toString().toUtf8()).array();
    return record;
}
const char *kColumns =
    "id, sandbox_id, context_id, language, code, started_at, ended_at, status, execution_count, reply, default_context";
const char *kOneRunColumns =
    "id, sandbox_id, context_id, language, code, started_at, ended_at, status, execution_count, reply, default_context, outputs";
} // namespace

QList<ExecutionRecord> ExecutionStore::page(const QString &where, const QVariantList &binds, int limit, int offset, int *total) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery count(db);
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM executions ") + where);
    for (const QVariant &value : binds)
        count.addBindValue(value);
    *total = count.exec() && count.next() ? count.value(0).toInt() : 0;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM executions %2 ORDER BY seq DESC LIMIT ? OFFSET ?").arg(QLatin1String(kColumns), where));
    for (const QVariant &value : binds)
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    QList<ExecutionRecord> records;
    if (query.exec()) {
        while (query.next())
            records.append(recordFrom(query));
    } else {
        qCWarning(lcStore) << "listing executions failed:" << query.lastError().text();
    }
    return records;
}

QList<ExecutionRecord> ExecutionStore::list(const QString &sandboxId, int limit, int offset, int *total) const
{
    return page(QStringLiteral("WHERE sandbox_id = ?"), {sandboxId}, limit, offset, total);
}

std::optional<ExecutionRecord> ExecutionStore::get(const QString &sandboxId, const QString &executionId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT %1 FROM executions WHERE sandbox_id = ? AND id = ?").arg(QLatin1String(kOneRunColumns)));
    query.addBindValue(sandboxId);
    query.addBindValue(executionId);
    if (query.exec() && query.next())
        return recordFrom(query);
    return std::nullopt;
}

QList<ExecutionRecord> ExecutionStore::listAll(Scope scope, const QStringList &statuses, int limit, int offset, int *total) const
{
    QStringList marks;
    QVariantList binds;
    for (const QString &status : statuses) {
        marks.append(QStringLiteral("?"));
        binds.append(status);
    }
    const QString where = QStringLiteral("WHERE sandbox_id %1 IN (SELECT sandbox_id FROM containers)%2")
                              .arg(scope == Scope::Containers ? QString() : QStringLiteral("NOT"),
                                   statuses.isEmpty() ? QString() : QStringLiteral(" AND status IN (%1)").arg(marks.join(QLatin1Char(','))));
    return page(where, binds, limit, offset, total);
}

std::optional<ExecutionRecord> ExecutionStore::find(const QString &executionId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT %1 FROM executions WHERE id = ?").arg(QLatin1String(kOneRunColumns)));
    query.addBindValue(executionId);
    if (query.exec() && query.next())
        return recordFrom(query);
    return std::nullopt;
}

} // namespace Sandbar::Server
