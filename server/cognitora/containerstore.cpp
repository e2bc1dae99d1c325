// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cognitora/containerstore.h"

#include "core/api/apitypes.h"
#include "logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace Sandbar::Server {

namespace {
QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(Api::formatTimestamp(time)) : QJsonValue(QJsonValue::Null);
}

qint64 msOrZero(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime timeOf(const QVariant &ms)
{
    return ms.toLongLong() > 0 ? QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), QTimeZone::utc()) : QDateTime();
}

const char *kColumns = "id, execution_id, sandbox_id, image, command, cpu_cores, memory_mb, storage_gb, max_cost_credits,"
                       " networking, timeout_seconds, environment, estimated_credits, status, exit_code, error,"
                       " created_at, started_at, ended_at";

ContainerRecord recordFrom(const QSqlQuery &q)
{
    ContainerRecord r;
    r.id = q.value(0).toString();
    r.executionId = q.value(1).toString();
    r.sandboxId = q.value(2).toString();
    r.image = q.value(3).toString();
    for (const QJsonValue &part : QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array())
        r.command.append(part.toString());
    r.cpuCores = q.value(5).toDouble();
    r.memoryMb = q.value(6).toInt();
    r.storageGb = q.value(7).toInt();
    r.maxCostCredits = q.value(8).toInt();
    r.networking = q.value(9).toInt() != 0;
    r.timeoutSeconds = q.value(10).toInt();
    r.environment = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object();
    r.estimatedCredits = q.value(12).toDouble();
    r.status = q.value(13).toString();
    r.exitCode = q.value(14).toInt();
    r.error = q.value(15).toString();
    r.createdAt = timeOf(q.value(16));
    r.startedAt = timeOf(q.value(17));
    r.endedAt = timeOf(q.value(18));
    return r;
}
} // namespace

QJsonObject ContainerRecord::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("image"), image},
        {QStringLiteral("command"), QJsonArray::fromStringList(command)},
        {QStringLiteral("cpu_cores"), cpuCores},
        {QStringLiteral("memory_mb"), memoryMb},
        {QStringLiteral("storage_gb"), storageGb},
        {QStringLiteral("max_cost_credits"), maxCostCredits},
        {QStringLiteral("networking"), networking},
        {QStringLiteral("timeout_seconds"), timeoutSeconds},
        {QStringLiteral("environment"), environment},
        {QStringLiteral("estimated_credits"), estimatedCredits},
        {QStringLiteral("status"), status},
        {QStringLiteral("exit_code"), exitCode >= 0 ? QJsonValue(exitCode) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("error"), error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error)},
        {QStringLiteral("execution_id"), executionId},
        {QStringLiteral("created_at"), timeOrNull(createdAt)},
        {QStringLiteral("started_at"), timeOrNull(startedAt)},
        {QStringLiteral("completed_at"), timeOrNull(endedAt)},
    };
}

QJsonObject ContainerRecord::executionJson() const
{
    return {
        {QStringLiteral("id"), executionId},
        {QStringLiteral("container_id"), id},
        {QStringLiteral("status"), status},
        {QStringLiteral("exit_code"), exitCode >= 0 ? QJsonValue(exitCode) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("started_at"), timeOrNull(startedAt)},
        {QStringLiteral("completed_at"), timeOrNull(endedAt)},
    };
}

ContainerStore::ContainerStore(QString connectionName) : m_connectionName(std::move(connectionName)) {}

bool ContainerStore::prepare(QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS containers ("
                                   " seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL,"
                                   " execution_id TEXT UNIQUE NOT NULL, sandbox_id TEXT NOT NULL, image TEXT NOT NULL,"
                                   " command TEXT NOT NULL, cpu_cores REAL NOT NULL, memory_mb INTEGER NOT NULL,"
                                   " storage_gb INTEGER NOT NULL, max_cost_credits INTEGER NOT NULL,"
                                   " networking INTEGER NOT NULL, timeout_seconds INTEGER NOT NULL,"
                                   " environment TEXT NOT NULL, estimated_credits REAL NOT NULL, status TEXT NOT NULL,"
                                   " exit_code INTEGER NOT NULL, error TEXT NOT NULL, created_at INTEGER NOT NULL,"
                                   " started_at INTEGER NOT NULL, ended_at INTEGER NOT NULL)")) ||
        !query.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS containers_by_sandbox ON containers (sandbox_id)")) ||
        !query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS container_logs ("
                                   " seq INTEGER PRIMARY KEY AUTOINCREMENT, container_id TEXT NOT NULL,"
                                   " at INTEGER NOT NULL, stream TEXT NOT NULL, message TEXT NOT NULL)")) ||
        !query.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS container_logs_by_container ON container_logs (container_id, seq)"))) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool ContainerStore::save(const ContainerRecord &r)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT INTO containers (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                 " ON CONFLICT(id) DO UPDATE SET status = excluded.status, exit_code = excluded.exit_code,"
                                 " error = excluded.error, started_at = excluded.started_at, ended_at = excluded.ended_at,"
                                 " sandbox_id = excluded.sandbox_id")
                      .arg(QLatin1String(kColumns)));
    for (const QVariant &value : {QVariant(r.id), QVariant(r.executionId), QVariant(r.sandboxId), QVariant(r.image),
                                  QVariant(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(r.command)).toJson(QJsonDocument::Compact))),
                                  QVariant(r.cpuCores), QVariant(r.memoryMb), QVariant(r.storageGb), QVariant(r.maxCostCredits),
                                  QVariant(r.networking ? 1 : 0), QVariant(r.timeoutSeconds),
                                  QVariant(QString::fromUtf8(QJsonDocument(r.environment).toJson(QJsonDocument::Compact))),
                                  QVariant(r.estimatedCredits), QVariant(r.status), QVariant(r.exitCode), QVariant(r.error.isNull() ? QStringLiteral("") : r.error),
                                  QVariant(msOrZero(r.createdAt)), QVariant(msOrZero(r.startedAt)), QVariant(msOrZero(r.endedAt))})
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcStore) << "saving container" << r.id << "failed:" << query.lastError().text();
        return false;
    }
    return true;
}

std::optional<ContainerRecord> ContainerStore::get(const QString &id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT %1 FROM containers WHERE id = ?").arg(QLatin1String(kColumns)));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return recordFrom(query);
    return std::nullopt;
}

std::optional<ContainerRecord> ContainerStore::byExecution(const QString &executionId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT %1 FROM containers WHERE execution_id = ?").arg(QLatin1String(kColumns)));
    query.addBindValue(executionId);
    if (query.exec() && query.next())
        return recordFrom(query);
    return std::nullopt;
}

QList<ContainerRecord> ContainerStore::list(const QString &status, int limit, int offset, int *total) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QString where = status.isEmpty() ? QString() : QStringLiteral(" WHERE status = ?");
    QSqlQuery count(db);
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM containers") + where);
    if (!status.isEmpty())
        count.addBindValue(status);
    *total = count.exec() && count.next() ? count.value(0).toInt() : 0;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM containers%2 ORDER BY seq DESC LIMIT ? OFFSET ?").arg(QLatin1String(kColumns), where));
    if (!status.isEmpty())
        query.addBindValue(status);
    query.addBindValue(limit);
    query.addBindValue(offset);
    QList<ContainerRecord> records;
    if (query.exec()) {
        while (query.next())
            records.append(recordFrom(query));
    }
    return records;
}

bool ContainerStore::appendLogs(const QString &id, const QList<ContainerLogLine> &lines)
{
    if (lines.isEmpty())
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO container_logs (container_id, at, stream, message) VALUES (?, ?, ?, ?)"));
    bool ok = true;
    for (const ContainerLogLine &line : lines) {
        query.addBindValue(id);
        query.addBindValue(line.timestamp.toMSecsSinceEpoch());
        query.addBindValue(line.stream);
        query.addBindValue(line.message);
        ok = query.exec() && ok;
    }
    if (!ok)
        qCWarning(lcStore) << "saving log lines of" << id << "failed:" << query.lastError().text();
    return db.commit() && ok;
}

QList<ContainerLogLine> ContainerStore::logs(const QString &id, int limit, int offset, int *total) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery count(db);
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM container_logs WHERE container_id = ?"));
    count.addBindValue(id);
    *total = count.exec() && count.next() ? count.value(0).toInt() : 0;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT at, stream, message FROM container_logs WHERE container_id = ? ORDER BY seq LIMIT ? OFFSET ?"));
    query.addBindValue(id);
    query.addBindValue(limit);
    query.addBindValue(offset);
    QList<ContainerLogLine> lines;
    if (query.exec()) {
        while (query.next())
            lines.append({timeOf(query.value(0)), query.value(1).toString(), query.value(2).toString()});
    }
    return lines;
}

void ContainerStore::failUnfinished(const QString &why)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("UPDATE containers SET status = 'failed', error = ?, ended_at = ?"
                                 " WHERE status IN ('pending', 'running')"));
    query.addBindValue(why);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.exec();
}

} // namespace Sandbar::Server
