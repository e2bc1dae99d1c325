// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Containers: an image and a command run to completion, with logs and a cost (Cognitora's
// containers platform, shared/api-docs/003). The document names the fields its SDK sends and
// reads; replies are read by those names, other keys ignored (it gives no reply schema).

#include "core/api/apitypes.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace Sandbar::Api {

enum class ContainerStatus { Pending, Running, Completed, Failed, Cancelled };
QString containerStatusName(ContainerStatus status);
std::optional<ContainerStatus> containerStatusFromName(const QString &name);
bool isFinal(ContainerStatus status);

struct ContainerRequest
{
    QString image;
    QStringList command; // argv
    double cpuCores = 1.0;
    int memoryMb = 512;
    int storageGb = 0; // 0: not sent (the service's default)
    int maxCostCredits = 5;
    bool networking = false; // the service's default: isolated
    int timeoutSeconds = 300;
    StringMap environment;
    // create_container's body; estimateBody() is estimate_cost's.
    QJsonObject toJson() const;
    QJsonObject estimateBody() const;
};

struct Container
{
    QString id;
    QString image;
    QStringList command;
    ContainerStatus status = ContainerStatus::Pending;
    double cpuCores = 0;
    int memoryMb = 0;
    int storageGb = 0;
    double maxCostCredits = 0;
    bool networking = false;
    int timeoutSeconds = 0;
    double estimatedCredits = -1; // -1: not said
    std::optional<int> exitCode;
    QString error;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime completedAt;

    bool operator==(const Container &other) const;
    bool operator!=(const Container &other) const { return !(*this == other); }
    static std::optional<Container> fromJson(const QJsonObject &json, QString *error = nullptr);
};

struct ContainerPage
{
    QList<Container> containers;
    int total = 0;
};

struct ContainerLogLine
{
    QDateTime timestamp;
    QString stream; // stdout, stderr
    QString message;
};

// A container's one run, as the executions calls list it.
struct ContainerExecution
{
    QString id;
    QString containerId;
    ContainerStatus status = ContainerStatus::Pending;
    std::optional<int> exitCode;
    QDateTime startedAt;
    QDateTime completedAt;
    static std::optional<ContainerExecution> fromJson(const QJsonObject &json, QString *error = nullptr);
};

struct ContainerLogPage
{
    QList<ContainerLogLine> lines;
    int total = 0; // lines the container has so far
    ContainerStatus status = ContainerStatus::Pending;
};

} // namespace Sandbar::Api
