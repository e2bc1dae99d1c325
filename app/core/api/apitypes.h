// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Plain value types of the Agent Sandboxes API (shared/api-docs/004), with strict JSON
// conversion. The server writes them and the client reads them, so both sides agree on
// the exact key sets the document specifies.

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace Sandbar::Api {

// Paused: frozen, resumable (the Sandbox Sessions API's PAUSED); not a final state.
enum class SandboxStatus { Creating, Running, Stopped, Failed, Terminated, TimedOut, Paused };

QString statusToString(SandboxStatus status);
std::optional<SandboxStatus> statusFromString(const QString &text);
// True for the states a sandbox can never leave.
bool isFinal(SandboxStatus status);

// ISO 8601 in UTC with a trailing Z and whole seconds, as the document shows.
QString formatTimestamp(const QDateTime &time);
std::optional<QDateTime> parseTimestamp(const QString &text);

using StringMap = QMap<QString, QString>;

struct Sandbox
{
    QString id;
    QString templateId;
    QString templateName;
    SandboxStatus status = SandboxStatus::Creating;
    QDateTime startedAt;
    QDateTime endedAt; // invalid while the sandbox runs; serialised as null
    QDateTime timeoutAt; // invalid: the session has no deadline (its API gives none)
    StringMap metadata;
    int cpuCount = 0;
    int memoryMb = 0;
    // What an API tells beyond the fields above, label -> value, shown as facts (not JSON).
    StringMap details;
    // Of APIs whose sandboxes have names and live in workspaces (Round Table); not in toJson().
    QString name;
    QString workspaceId;
    QString workspace; // its name
    // Since when its processes run, for sandboxes that start and stop without a deadline
    // (their uptime ticks in the list); invalid otherwise.
    QDateTime runningSince;
    // The service's own word for the state where Sandbar's status says it less well (a stopped
    // agent sandbox is Paused: "stopped", "created"); empty otherwise.
    QString stateText;

    bool operator==(const Sandbox &other) const;
    bool operator!=(const Sandbox &other) const { return !(*this == other); }

    QJsonObject toJson() const;
    // Strict: every documented key with its documented type, or nullopt and a reason.
    static std::optional<Sandbox> fromJson(const QJsonObject &json, QString *error = nullptr);
};

struct SandboxTemplate
{
    QString id;
    QString name;
    QString description;
    int vcpuCount = 0;
    int memoryMb = 0;
    int diskSizeMb = 0;
    QString visibility;
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static std::optional<SandboxTemplate> fromJson(const QJsonObject &json,
                                                   QString *error = nullptr);
};

struct SandboxMetrics
{
    QDateTime timestamp;
    double cpuUsage = 0;    // percent of the sandbox's vCPUs, 0..100
    double memoryUsage = 0; // MiB
    double memoryTotal = 0; // MiB
    qint64 diskRead = 0;    // bytes, cumulative
    qint64 diskWrite = 0;
    qint64 networkRx = 0;
    qint64 networkTx = 0;

    QJsonObject toJson() const;
    static std::optional<SandboxMetrics> fromJson(const QJsonObject &json,
                                                  QString *error = nullptr);
};

QJsonObject stringMapToJson(const StringMap &map);
// Accepts only an object whose values are all strings.
std::optional<StringMap> stringMapFromJson(const QJsonValue &value);

} // namespace Sandbar::Api
