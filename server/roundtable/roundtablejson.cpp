// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roundtable/roundtablejson.h"

#include "core/api/apitypes.h"

#include <QJsonDocument>
#include <QUuid>

namespace Sandbar::Server::RoundTableJson {

QString newId(const char *prefix)
{
    return QLatin1String(prefix) + QUuid::createUuid().toString(QUuid::Id128).left(16);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(Api::formatTimestamp(time)) : QJsonValue(QJsonValue::Null);
}

Result<QString> requiredText(const QJsonObject &json, const QString &key, int maxChars)
{
    const QJsonValue value = json.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return ApiError::badRequest(QStringLiteral("'%1' is required and must be a non-empty string").arg(key));
    if (value.toString().size() > maxChars)
        return ApiError::badRequest(QStringLiteral("'%1' must be at most %2 characters").arg(key).arg(maxChars));
    return value.toString();
}

Result<QString> optionalText(const QJsonObject &json, const QString &key, int maxChars, const QString &fallback)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isString() || value.toString().size() > maxChars)
        return ApiError::badRequest(QStringLiteral("'%1' must be a string of at most %2 characters").arg(key).arg(maxChars));
    return value.toString();
}

QJsonObject pageJson(const QString &key, const QJsonArray &items, int total, const Parse::Page &page)
{
    return {{key, items}, {QStringLiteral("total"), total}, {QStringLiteral("limit"), page.limit},
            {QStringLiteral("offset"), page.offset}};
}

QJsonObject messageJson(const RtMessage &m)
{
    // Content is stored as compact JSON of any type; wrap it to parse a scalar too.
    const QJsonValue content =
        QJsonDocument::fromJson(QByteArrayLiteral("[") + m.content + QByteArrayLiteral("]")).array().at(0);
    return {
        {QStringLiteral("message_id"), m.id},
        {QStringLiteral("workspace_id"), m.workspaceId},
        {QStringLiteral("from_sandbox_id"), m.fromId},
        {QStringLiteral("to_sandbox_id"), m.toId},
        {QStringLiteral("content"), content},
        {QStringLiteral("status"), m.status},
        {QStringLiteral("error"), m.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m.error)},
        {QStringLiteral("broadcast_id"), m.broadcastId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m.broadcastId)},
        {QStringLiteral("created_at"), timeOrNull(m.createdAt)},
    };
}

} // namespace Sandbar::Server::RoundTableJson
