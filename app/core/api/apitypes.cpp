// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/apitypes.h"
#include "core/api/jsonreader.h"

#include <QJsonArray>
#include <QSet>
#include <QTimeZone>

#include <cmath>

namespace Sandbar::Api {

using Detail::Reader;
using Detail::finish;

namespace {

struct StatusName
{
    SandboxStatus status;
    const char *name;
};

constexpr StatusName kStatusNames[] = {
    {SandboxStatus::Creating, "creating"},     {SandboxStatus::Running, "running"},
    {SandboxStatus::Stopped, "stopped"},       {SandboxStatus::Failed, "failed"},
    {SandboxStatus::Terminated, "terminated"}, {SandboxStatus::TimedOut, "timed_out"},
    {SandboxStatus::Paused, "paused"},
};

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(formatTimestamp(time)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString statusToString(SandboxStatus status)
{
    for (const auto &entry : kStatusNames) {
        if (entry.status == status)
            return QLatin1String(entry.name);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<SandboxStatus> statusFromString(const QString &text)
{
    for (const auto &entry : kStatusNames) {
        if (text == QLatin1String(entry.name))
            return entry.status;
    }
    return std::nullopt;
}

bool isFinal(SandboxStatus status)
{
    return status == SandboxStatus::Stopped || status == SandboxStatus::Failed ||
           status == SandboxStatus::Terminated || status == SandboxStatus::TimedOut;
}

QString formatTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

std::optional<QDateTime> parseTimestamp(const QString &text)
{
    // The form the API writes, "2026-01-01T12:00:00Z", read without QDateTime's general parser:
    // a list of 1,000 sandboxes has 3,000 of them, every few seconds.
    if (text.size() == 20 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-') &&
        text.at(10) == QLatin1Char('T') && text.at(13) == QLatin1Char(':') && text.at(16) == QLatin1Char(':') &&
        text.at(19) == QLatin1Char('Z')) {
        const auto number = [&text](int from, int length) {
            int value = 0;
            for (int i = from; i < from + length; ++i) {
                const char16_t c = text.at(i).unicode();
                if (c < u'0' || c > u'9')
                    return -1;
                value = value * 10 + (c - u'0');
            }
            return value;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2), number(17, 2));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    // A time without an offset is read as UTC, the API's only zone.
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::utc());
    return time.toUTC();
}

QJsonObject stringMapToJson(const StringMap &map)
{
    QJsonObject json;
    for (auto it = map.begin(); it != map.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

std::optional<StringMap> stringMapFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    StringMap map;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return std::nullopt;
        map.insert(it.key(), it.value().toString());
    }
    return map;
}

bool Sandbox::operator==(const Sandbox &other) const
{
    return id == other.id && templateId == other.templateId && templateName == other.templateName &&
           status == other.status && startedAt == other.startedAt && endedAt == other.endedAt &&
           timeoutAt == other.timeoutAt && metadata == other.metadata && cpuCount == other.cpuCount &&
           memoryMb == other.memoryMb && details == other.details && name == other.name &&
           workspaceId == other.workspaceId && workspace == other.workspace && runningSince == other.runningSince &&
           stateText == other.stateText;
}

QJsonObject Sandbox::toJson() const
{
    return QJsonObject{
        {QStringLiteral("sandbox_id"), id},
        {QStringLiteral("template_id"), templateId},
        {QStringLiteral("template"), templateName},
        {QStringLiteral("status"), statusToString(status)},
        {QStringLiteral("started_at"), formatTimestamp(startedAt)},
        {QStringLiteral("ended_at"), timeOrNull(endedAt)},
        {QStringLiteral("timeout_at"), formatTimestamp(timeoutAt)},
        {QStringLiteral("metadata"), stringMapToJson(metadata)},
        {QStringLiteral("cpu_count"), cpuCount},
        {QStringLiteral("memory_mb"), memoryMb},
    };
}

std::optional<Sandbox> Sandbox::fromJson(const QJsonObject &json, QString *error)
{
    Reader reader(json);
    // ended_at is documented as "null if running"; some servers leave it out instead.
    reader.requireExactKeys({"sandbox_id", "template_id", "template", "status", "started_at",
                             "timeout_at", "metadata", "cpu_count", "memory_mb"},
                            {"ended_at"});
    Sandbox sandbox;
    sandbox.id = reader.string("sandbox_id");
    sandbox.templateId = reader.string("template_id");
    sandbox.templateName = reader.string("template");
    const QString status = reader.string("status");
    if (const auto parsed = statusFromString(status))
        sandbox.status = *parsed;
    else
        reader.fail(QStringLiteral("key 'status': unknown status '%1'").arg(status));
    sandbox.startedAt = reader.time("started_at");
    sandbox.endedAt = reader.time("ended_at", true);
    sandbox.timeoutAt = reader.time("timeout_at");
    sandbox.metadata = reader.stringMap("metadata");
    sandbox.cpuCount = int(reader.integer("cpu_count"));
    sandbox.memoryMb = int(reader.integer("memory_mb"));
    return finish(reader, sandbox, error);
}

QJsonObject SandboxTemplate::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), description},
        {QStringLiteral("vcpu_count"), vcpuCount},
        {QStringLiteral("memory_mb"), memoryMb},
        {QStringLiteral("disk_size_mb"), diskSizeMb},
        {QStringLiteral("visibility"), visibility},
        {QStringLiteral("created_at"), formatTimestamp(createdAt)},
        {QStringLiteral("updated_at"), formatTimestamp(updatedAt)},
    };
}

std::optional<SandboxTemplate> SandboxTemplate::fromJson(const QJsonObject &json, QString *error)
{
    Reader reader(json);
    reader.requireExactKeys({"id", "name", "description", "vcpu_count", "memory_mb",
                             "disk_size_mb", "visibility", "created_at", "updated_at"});
    SandboxTemplate result;
    result.id = reader.string("id");
    result.name = reader.string("name");
    result.description = reader.string("description");
    result.vcpuCount = int(reader.integer("vcpu_count"));
    result.memoryMb = int(reader.integer("memory_mb"));
    result.diskSizeMb = int(reader.integer("disk_size_mb"));
    result.visibility = reader.string("visibility");
    result.createdAt = reader.time("created_at");
    result.updatedAt = reader.time("updated_at");
    return finish(reader, result, error);
}

QJsonObject SandboxMetrics::toJson() const
{
    return QJsonObject{
        {QStringLiteral("timestamp"), formatTimestamp(timestamp)},
        {QStringLiteral("cpu_usage"), cpuUsage},
        {QStringLiteral("memory_usage"), memoryUsage},
        {QStringLiteral("memory_total"), memoryTotal},
        {QStringLiteral("disk_read"), diskRead},
        {QStringLiteral("disk_write"), diskWrite},
        {QStringLiteral("network_rx"), networkRx},
        {QStringLiteral("network_tx"), networkTx},
    };
}

std::optional<SandboxMetrics> SandboxMetrics::fromJson(const QJsonObject &json, QString *error)
{
    Reader reader(json);
    reader.requireExactKeys({"timestamp", "cpu_usage", "memory_usage", "memory_total",
                             "disk_read", "disk_write", "network_rx", "network_tx"});
    SandboxMetrics metrics;
    metrics.timestamp = reader.time("timestamp");
    metrics.cpuUsage = reader.number("cpu_usage");
    metrics.memoryUsage = reader.number("memory_usage");
    metrics.memoryTotal = reader.number("memory_total");
    metrics.diskRead = reader.integer("disk_read");
    metrics.diskWrite = reader.integer("disk_write");
    metrics.networkRx = reader.integer("network_rx");
    metrics.networkTx = reader.integer("network_tx");
    return finish(reader, metrics, error);
}

} // namespace Sandbar::Api
