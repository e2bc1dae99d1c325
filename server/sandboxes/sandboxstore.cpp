// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxes/sandboxstore.h"

#include "logging.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

namespace Sandbar::Server {

namespace {
QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeFromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

QString mapToText(const Api::StringMap &map)
{
    return QString::fromUtf8(QJsonDocument(Api::stringMapToJson(map)).toJson(QJsonDocument::Compact));
}

Api::StringMap mapFromText(const QString &text)
{
    return Api::stringMapFromJson(QJsonDocument::fromJson(text.toUtf8()).object()).value_or(Api::StringMap());
}
} // namespace

SandboxStore::SandboxStore()
    : m_connectionName(QStringLiteral("sandbar-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SandboxStore::~SandboxStore()
{
    close();
}

bool SandboxStore::open(const QString &databasePath, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(databasePath);
    if (!db.open()) {
        *error = QStringLiteral("cannot open database %1: %2").arg(databasePath, db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    const QStringList statements = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        // NORMAL with WAL keeps every committed change across a crash of this process;
        // only a power loss may drop the last transactions.
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS sandboxes ("
                       " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " id TEXT UNIQUE NOT NULL, template TEXT NOT NULL, template_id TEXT NOT NULL,"
                       " status TEXT NOT NULL, provider TEXT NOT NULL, region TEXT NOT NULL,"
                       " started_at INTEGER NOT NULL, ended_at INTEGER, timeout_at INTEGER NOT NULL,"
                       " metadata TEXT NOT NULL, env_vars TEXT NOT NULL,"
                       " cpu_count INTEGER NOT NULL, memory_mb INTEGER NOT NULL,"
                       " network INTEGER NOT NULL,"
                       " disk_read INTEGER NOT NULL DEFAULT 0, disk_write INTEGER NOT NULL DEFAULT 0,"
                       " network_rx INTEGER NOT NULL DEFAULT 0, network_tx INTEGER NOT NULL DEFAULT 0)"),
    };
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *error = QStringLiteral("cannot prepare database %1: %2")
                         .arg(databasePath, query.lastError().text());
            return false;
        }
    }
    return true;
}

void SandboxStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QList<SandboxRecord> SandboxStore::loadAll(QString *error) const
{
    QList<SandboxRecord> records;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral(
            "SELECT id, template, template_id, status, provider, region, started_at, ended_at,"
            " timeout_at, metadata, env_vars, cpu_count, memory_mb, network, disk_read, disk_write,"
            " network_rx, network_tx FROM sandboxes ORDER BY seq"))) {
        *error = query.lastError().text();
        return records;
    }
    while (query.next()) {
        SandboxRecord record;
        record.api.id = query.value(0).toString();
        record.api.templateName = query.value(1).toString();
        record.api.templateId = query.value(2).toString();
        const auto status = Api::statusFromString(query.value(3).toString());
        record.api.status = status.value_or(Api::SandboxStatus::Failed);
        record.provider = query.value(4).toString();
        record.region = query.value(5).toString();
        record.api.startedAt = timeFromMs(query.value(6));
        record.api.endedAt = timeFromMs(query.value(7));
        record.api.timeoutAt = timeFromMs(query.value(8));
        record.api.metadata = mapFromText(query.value(9).toString());
        record.envVars = mapFromText(query.value(10).toString());
        record.api.cpuCount = query.value(11).toInt();
        record.api.memoryMb = query.value(12).toInt();
        record.network = query.value(13).toBool();
        record.diskRead = query.value(14).toLongLong();
        record.diskWrite = query.value(15).toLongLong();
        record.networkRx = query.value(16).toLongLong();
        record.networkTx = query.value(17).toLongLong();
        records.append(record);
    }
    return records;
}

bool SandboxStore::save(const SandboxRecord &record, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
        "INSERT INTO sandboxes (id, template, template_id, status, provider, region, started_at,"
        " ended_at, timeout_at, metadata, env_vars, cpu_count, memory_mb, network, disk_read,"
        " disk_write, network_rx, network_tx)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET status=excluded.status, ended_at=excluded.ended_at,"
        " timeout_at=excluded.timeout_at, disk_read=excluded.disk_read,"
        " disk_write=excluded.disk_write, network_rx=excluded.network_rx,"
        " network_tx=excluded.network_tx"));
    const Api::Sandbox &api = record.api;
    query.addBindValue(api.id);
    query.addBindValue(api.templateName);
    query.addBindValue(api.templateId);
    query.addBindValue(Api::statusToString(api.status));
    query.addBindValue(record.provider);
    query.addBindValue(record.region);
    query.addBindValue(api.startedAt.toMSecsSinceEpoch());
    query.addBindValue(msOrNull(api.endedAt));
    query.addBindValue(api.timeoutAt.toMSecsSinceEpoch());
    query.addBindValue(mapToText(api.metadata));
    query.addBindValue(mapToText(record.envVars));
    query.addBindValue(api.cpuCount);
    query.addBindValue(api.memoryMb);
    query.addBindValue(record.network ? 1 : 0);
    query.addBindValue(record.diskRead);
    query.addBindValue(record.diskWrite);
    query.addBindValue(record.networkRx);
    query.addBindValue(record.networkTx);
    if (!query.exec()) {
        *error = query.lastError().text();
        qCWarning(lcStore) << "saving sandbox" << api.id << "failed:" << *error;
        return false;
    }
    return true;
}

} // namespace Sandbar::Server
