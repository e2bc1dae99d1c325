// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sandbar::Server {

// A Cognitora container (shared/api-docs/003): an image and a command run to completion in a
// sandbox of its own.
struct ContainerRecord
{
    QString id;          // "ctr_…"
    QString executionId; // its one run, "cex_…"
    QString sandboxId;
    QString image;
    QStringList command;
    double cpuCores = 1;
    int memoryMb = 512;
    int storageGb = 5;
    int maxCostCredits = 0;
    bool networking = false;
    int timeoutSeconds = 300;
    QJsonObject environment;
    double estimatedCredits = 0;
    QString status; // pending, running, completed, failed, cancelled
    int exitCode = -1;  // -1 until it ended with one
    QString error;      // why it failed or was cancelled
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime endedAt;

    QJsonObject toJson() const;
    // Its run as an execution: {id, container_id, status, started_at, completed_at, exit_code}.
    QJsonObject executionJson() const;
};

struct ContainerLogLine
{
    QDateTime timestamp;
    QString stream; // stdout, stderr
    QString message;
};

// Containers and their log lines, in the same SQLite database as the sandboxes.
class ContainerStore
{
public:
    explicit ContainerStore(QString connectionName);
    bool prepare(QString *error);
    bool save(const ContainerRecord &record); // insert or replace
    std::optional<ContainerRecord> get(const QString &id) const;
    // Newest first; `status` empty for all.
    QList<ContainerRecord> list(const QString &status, int limit, int offset, int *total) const;
    std::optional<ContainerRecord> byExecution(const QString &executionId) const;
    // One transaction for many lines: a chatty container writes in batches.
    bool appendLogs(const QString &id, const QList<ContainerLogLine> &lines);
    QList<ContainerLogLine> logs(const QString &id, int limit, int offset, int *total) const;
    // Containers left running by a server that stopped: they ended with it.
    void failUnfinished(const QString &why);

private:
    QString m_connectionName;
};

} // namespace Sandbar::Server
