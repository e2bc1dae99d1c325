// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/containertypes.h"

#include <QJsonArray>

namespace Sandbar::Api {

namespace {
QDateTime timeOf(const QJsonValue &value)
{
    return value.isString() ? parseTimestamp(value.toString()).value_or(QDateTime()) : QDateTime();
}
} // namespace

QString containerStatusName(ContainerStatus status)
{
    switch (status) {
    case ContainerStatus::Pending: return QStringLiteral("pending");
    case ContainerStatus::Running: return QStringLiteral("running");
    case ContainerStatus::Completed: return QStringLiteral("completed");
    case ContainerStatus::Failed: return QStringLiteral("failed");
    case ContainerStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<ContainerStatus> containerStatusFromName(const QString &name)
{
    for (ContainerStatus status : {ContainerStatus::Pending, ContainerStatus::Running, ContainerStatus::Completed,
                                   ContainerStatus::Failed, ContainerStatus::Cancelled}) {
        if (containerStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}

bool isFinal(ContainerStatus status)
{
    return status != ContainerStatus::Pending && status != ContainerStatus::Running;
}

QJsonObject ContainerRequest::estimateBody() const
{
    QJsonObject json{{QStringLiteral("cpu_cores"), cpuCores},
                     {QStringLiteral("memory_mb"), memoryMb},
                     {QStringLiteral("gpu_count"), 0},
                     {QStringLiteral("timeout_seconds"), timeoutSeconds}};
    if (storageGb > 0)
        json.insert(QStringLiteral("storage_gb"), storageGb);
    return json;
}

QJsonObject ContainerRequest::toJson() const
{
    QJsonObject json = estimateBody();
    json.remove(QStringLiteral("gpu_count"));
    json.insert(QStringLiteral("image"), image);
    json.insert(QStringLiteral("command"), QJsonArray::fromStringList(command));
    json.insert(QStringLiteral("max_cost_credits"), maxCostCredits);
    json.insert(QStringLiteral("networking"), networking);
    if (!environment.isEmpty())
        json.insert(QStringLiteral("environment"), stringMapToJson(environment));
    return json;
}

std::optional<ContainerExecution> ContainerExecution::fromJson(const QJsonObject &json, QString *error)
{
    ContainerExecution e;
    e.id = json.value(QStringLiteral("id")).toString();
    e.containerId = json.value(QStringLiteral("container_id")).toString();
    const std::optional<ContainerStatus> status = containerStatusFromName(json.value(QStringLiteral("status")).toString());
    if (e.id.isEmpty() || !status) {
        if (error)
            *error = QStringLiteral("a container execution needs an 'id' and a known 'status'");
        return std::nullopt;
    }
    e.status = *status;
    if (json.value(QStringLiteral("exit_code")).isDouble())
        e.exitCode = json.value(QStringLiteral("exit_code")).toInt();
    e.startedAt = timeOf(json.value(QStringLiteral("started_at")));
    e.completedAt = timeOf(json.value(QStringLiteral("completed_at")));
    return e;
}

bool Container::operator==(const Container &o) const
{
    return id == o.id && image == o.image && command == o.command && status == o.status && cpuCores == o.cpuCores &&
           memoryMb == o.memoryMb && storageGb == o.storageGb && maxCostCredits == o.maxCostCredits &&
           networking == o.networking && timeoutSeconds == o.timeoutSeconds && estimatedCredits == o.estimatedCredits &&
           exitCode == o.exitCode && error == o.error && createdAt == o.createdAt && startedAt == o.startedAt &&
           completedAt == o.completedAt;
}

std::optional<Container> Container::fromJson(const QJsonObject &json, QString *error)
{
    Container c;
    c.id = json.value(QStringLiteral("id")).toString();
    const std::optional<ContainerStatus> status = containerStatusFromName(json.value(QStringLiteral("status")).toString());
    if (c.id.isEmpty() || !status) {
        if (error)
            *error = QStringLiteral("a container needs an 'id' and a known 'status' (pending, running, completed, failed, cancelled)");
        return std::nullopt;
    }
    c.status = *status;
    c.image = json.value(QStringLiteral("image")).toString();
    for (const QJsonValue &word : json.value(QStringLiteral("command")).toArray())
        c.command.append(word.toString());
    c.cpuCores = json.value(QStringLiteral("cpu_cores")).toDouble();
    c.memoryMb = json.value(QStringLiteral("memory_mb")).toInt();
    c.storageGb = json.value(QStringLiteral("storage_gb")).toInt();
    c.maxCostCredits = json.value(QStringLiteral("max_cost_credits")).toDouble();
    c.networking = json.value(QStringLiteral("networking")).toBool();
    c.timeoutSeconds = json.value(QStringLiteral("timeout_seconds")).toInt();
    c.estimatedCredits = json.value(QStringLiteral("estimated_credits")).toDouble(-1);
    if (json.value(QStringLiteral("exit_code")).isDouble())
        c.exitCode = json.value(QStringLiteral("exit_code")).toInt();
    c.error = json.value(QStringLiteral("error")).toString();
    c.createdAt = timeOf(json.value(QStringLiteral("created_at")));
    c.startedAt = timeOf(json.value(QStringLiteral("started_at")));
    c.completedAt = timeOf(json.value(QStringLiteral("completed_at")));
    return c;
}

} // namespace Sandbar::Api
