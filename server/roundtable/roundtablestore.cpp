// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roundtable/roundtablestore.h"

#include "logging.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariantList>

namespace Sandbar::Server {

namespace {

qint64 msOrZero(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime timeOf(const QVariant &ms)
{
    return ms.toLongLong() > 0 ? QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), QTimeZone::utc()) : QDateTime();
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value; // NOT NULL columns
}

const char *kWorkspaceColumns = "id, name, description, created_at, updated_at";
const char *kSandboxColumns = "id, workspace_id, name, description, agent_config, local_id, created_at, updated_at, started_at";
const char *kMessageColumns = "id, workspace_id, from_id, to_id, broadcast_id, content, status, error, created_at";

RtWorkspace workspaceFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), timeOf(q.value(3)), timeOf(q.value(4))};
}

RtSandbox sandboxFrom(const QSqlQuery &q)
{
    RtSandbox s;
    s.id = q.value(0).toString();
    s.workspaceId = q.value(1).toString();
    s.name = q.value(2).toString();
    s.description = q.value(3).toString();
    s.agentConfig = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
    s.localId = q.value(5).toString();
    s.createdAt = timeOf(q.value(6));
    s.updatedAt = timeOf(q.value(7));
    s.startedAt = timeOf(q.value(8));
    return s;
}

RtMessage messageFrom(const QSqlQuery &q)
{
    RtMessage m;
    m.id = q.value(0).toString();
    m.workspaceId = q.value(1).toString();
    m.fromId = q.value(2).toString();
    m.toId = q.value(3).toString();
    m.broadcastId = q.value(4).toString();
    m.content = q.value(5).toByteArray();
    m.status = q.value(6).toString();
    m.error = q.value(7).toString();
    m.createdAt = timeOf(q.value(8));
    return m;
}

} // namespace

RoundTableStore::RoundTableStore(QString connectionName) : m_connectionName(std::move(connectionName)) {}

bool RoundTableStore::prepare(QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const char *statements[] = {
        "CREATE TABLE IF NOT EXISTS rt_workspaces (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL,"
        " name TEXT NOT NULL, description TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS rt_sandboxes (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL,"
        " workspace_id TEXT NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL, agent_config TEXT NOT NULL,"
        " local_id TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, started_at INTEGER NOT NULL)",
        "CREATE INDEX IF NOT EXISTS rt_sandboxes_by_workspace ON rt_sandboxes (workspace_id)",
        "CREATE TABLE IF NOT EXISTS rt_messages (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL,"
        " workspace_id TEXT NOT NULL, from_id TEXT NOT NULL, to_id TEXT NOT NULL, broadcast_id TEXT NOT NULL,"
        " content BLOB NOT NULL, status TEXT NOT NULL, error TEXT NOT NULL, created_at INTEGER NOT NULL)",
        "CREATE INDEX IF NOT EXISTS rt_messages_from ON rt_messages (from_id)",
        "CREATE INDEX IF NOT EXISTS rt_messages_to ON rt_messages (to_id)",
        "CREATE INDEX IF NOT EXISTS rt_messages_by_workspace ON rt_messages (workspace_id)",
    };
    for (const char *statement : statements) {
        if (!query.exec(QLatin1String(statement))) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

namespace {

// The statement with its values bound, executed; a failure is logged.
QSqlQuery select(const QString &connection, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        qCWarning(lcStore) << "Round Table store:" << query.lastError().text();
    return query;
}

bool run(const QString &connection, const QString &sql, const QVariantList &values)
{
    return select(connection, sql, values).isActive();
}

int count(const QString &connection, const QString &sql, const QVariantList &values)
{
    QSqlQuery query = select(connection, sql, values);
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace

bool RoundTableStore::saveWorkspace(const RtWorkspace &w)
{
    return run(m_connectionName,
               QStringLiteral("INSERT INTO rt_workspaces (%1) VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
                              " name = excluded.name, description = excluded.description, updated_at = excluded.updated_at")
                   .arg(QLatin1String(kWorkspaceColumns)),
               {w.id, text(w.name), text(w.description), msOrZero(w.createdAt), msOrZero(w.updatedAt)});
}

std::optional<RtWorkspace> RoundTableStore::workspace(const QString &id) const
{
    QSqlQuery query = select(m_connectionName,
                             QStringLiteral("SELECT %1 FROM rt_workspaces WHERE id = ?").arg(QLatin1String(kWorkspaceColumns)), {id});
    if (query.next())
        return workspaceFrom(query);
    return std::nullopt;
}

QList<RtWorkspace> RoundTableStore::workspaces(int limit, int offset, int *total) const
{
    *total = count(m_connectionName, QStringLiteral("SELECT COUNT(*) FROM rt_workspaces"), {});
    QSqlQuery query = select(m_connectionName,
                             QStringLiteral("SELECT %1 FROM rt_workspaces ORDER BY seq DESC LIMIT ? OFFSET ?")
                                 .arg(QLatin1String(kWorkspaceColumns)),
                             {limit, offset});
    QList<RtWorkspace> list;
    while (query.next())
        list.append(workspaceFrom(query));
    return list;
}

bool RoundTableStore::removeWorkspace(const QString &id)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.transaction();
    const bool ok = run(m_connectionName, QStringLiteral("DELETE FROM rt_messages WHERE workspace_id = ?"), {id}) &&
                    run(m_connectionName, QStringLiteral("DELETE FROM rt_sandboxes WHERE workspace_id = ?"), {id}) &&
                    run(m_connectionName, QStringLiteral("DELETE FROM rt_workspaces WHERE id = ?"), {id});
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

bool RoundTableStore::saveSandbox(const RtSandbox &s)
{
    return run(m_connectionName,
               QStringLiteral("INSERT INTO rt_sandboxes (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
                              " name = excluded.name, description = excluded.description, agent_config = excluded.agent_config,"
                              " local_id = excluded.local_id, updated_at = excluded.updated_at, started_at = excluded.started_at")
                   .arg(QLatin1String(kSandboxColumns)),
               {s.id, s.workspaceId, text(s.name), text(s.description),
                QString::fromUtf8(QJsonDocument(s.agentConfig).toJson(QJsonDocument::Compact)), text(s.localId),
                msOrZero(s.createdAt), msOrZero(s.updatedAt), msOrZero(s.startedAt)});
}

std::optional<RtSandbox> RoundTableStore::sandbox(const QString &id) const
{
    QSqlQuery query = select(m_connectionName,
                             QStringLiteral("SELECT %1 FROM rt_sandboxes WHERE id = ?").arg(QLatin1String(kSandboxColumns)), {id});
    if (query.next())
        return sandboxFrom(query);
    return std::nullopt;
}

QList<RtSandbox> RoundTableStore::sandboxes(const QString &workspaceId, int limit, int offset, int *total) const
{
    const QString where = workspaceId.isEmpty() ? QString() : QStringLiteral(" WHERE workspace_id = ?");
    const QVariantList filter = workspaceId.isEmpty() ? QVariantList() : QVariantList{workspaceId};
    *total = count(m_connectionName, QStringLiteral("SELECT COUNT(*) FROM rt_sandboxes") + where, filter);
    QSqlQuery query = select(m_connectionName,
                             QStringLiteral("SELECT %1 FROM rt_sandboxes%2 ORDER BY seq DESC LIMIT ? OFFSET ?")
                                 .arg(QLatin1String(kSandboxColumns), where),
                             filter + QVariantList{limit, offset});
    QList<RtSandbox> list;
    while (query.next())
        list.append(sandboxFrom(query));
    return list;
}

bool RoundTableStore::removeSandbox(const QString &id)
{
    return run(m_connectionName, QStringLiteral("DELETE FROM rt_sandboxes WHERE id = ?"), {id});
}

bool RoundTableStore::saveMessages(const QList<RtMessage> &messages)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.transaction();
    const QString sql = QStringLiteral("INSERT INTO rt_messages (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                            .arg(QLatin1String(kMessageColumns));
    for (const RtMessage &m : messages) {
        if (!run(m_connectionName, sql,
                 {m.id, m.workspaceId, m.fromId, m.toId, text(m.broadcastId), m.content, m.status, text(m.error),
                  msOrZero(m.createdAt)})) {
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

std::optional<RtMessage> RoundTableStore::message(const QString &id) const
{
    QSqlQuery query = select(m_connectionName,
                             QStringLiteral("SELECT %1 FROM rt_messages WHERE id = ?").arg(QLatin1String(kMessageColumns)), {id});
    if (query.next())
        return messageFrom(query);
    return std::nullopt;
}

QList<RtMessage> RoundTableStore::messages(const QString &sandboxId, const QString &workspaceId, int limit, int offset,
                                           int *total) const
{
    QStringList conditions;
    QVariantList values;
    if (!sandboxId.isEmpty()) {
        conditions.append(QStringLiteral("(from_id = ? OR to_id = ?)"));
        values << sandboxId << sandboxId;
    }
    if (!workspaceId.isEmpty()) {
        conditions.append(QStringLiteral("workspace_id = ?"));
        values << workspaceId;
    }
    const QString where = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    *total = count(m_connectionName, QStringLiteral("SELECT COUNT(*) FROM rt_messages") + where, values);
    QSqlQuery query = select(m_connectionName,
                             QStringLiteral("SELECT %1 FROM rt_messages%2 ORDER BY seq DESC LIMIT ? OFFSET ?")
                                 .arg(QLatin1String(kMessageColumns), where),
                             values + QVariantList{limit, offset});
    QList<RtMessage> list;
    while (query.next())
        list.append(messageFrom(query));
    return list;
}

int RoundTableStore::sentBy(const QString &sandboxId) const
{
    return count(m_connectionName, QStringLiteral("SELECT COUNT(*) FROM rt_messages WHERE from_id = ?"), {sandboxId});
}

int RoundTableStore::receivedBy(const QString &sandboxId) const
{
    return count(m_connectionName, QStringLiteral("SELECT COUNT(*) FROM rt_messages WHERE to_id = ?"), {sandboxId});
}

int RoundTableStore::messagesIn(const QString &workspaceId) const
{
    return count(m_connectionName, QStringLiteral("SELECT COUNT(*) FROM rt_messages WHERE workspace_id = ?"), {workspaceId});
}

} // namespace Sandbar::Server
