// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/requestparsing.h"

#include <limits>

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

namespace Sandbar::Server::Parse {

Result<QJsonObject> jsonObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return ApiError::badRequest(QStringLiteral("malformed JSON at offset %1: %2")
                                        .arg(error.offset)
                                        .arg(error.errorString()));
    }
    if (!document.isObject())
        return ApiError::badRequest(QStringLiteral("the request body must be a JSON object"));
    return document.object();
}

Result<QString> sandboxId(const QString &text)
{
    static const QRegularExpression uuid(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    if (!uuid.match(text).hasMatch()) {
        return ApiError::badRequest(QStringLiteral("'%1' is not a valid sandbox ID (a UUID such as "
                                                   "550e8400-e29b-41d4-a716-446655440000)")
                                        .arg(text.left(64)));
    }
    return text.toLower();
}

Result<int> integer(const QJsonValue &value, const QString &name, int min, int max)
{
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::trunc(number) != number || number < min || number > max) {
        return ApiError::badRequest(
            QStringLiteral("'%1' must be an integer from %2 to %3").arg(name).arg(min).arg(max));
    }
    return int(number);
}

Result<int> pathInteger(const QString &text, const QString &name, int min, int max)
{
    bool ok = false;
    const qlonglong number = text.toLongLong(&ok);
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (!ok || !digits.match(text).hasMatch() || number < min || number > max) {
        return ApiError::badRequest(
            QStringLiteral("'%1' must be an integer from %2 to %3").arg(name).arg(min).arg(max));
    }
    return int(number);
}

Result<int> queryInteger(const QUrlQuery &query, const QString &name, int fallback, int min, int max)
{
    if (!query.hasQueryItem(name))
        return fallback;
    return pathInteger(query.queryItemValue(name, QUrl::FullyDecoded), name, min, max);
}

Result<Api::StringMap> stringMap(const QJsonObject &body, const QString &key)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull())
        return Api::StringMap();
    const auto map = Api::stringMapFromJson(value);
    if (!map)
        return ApiError::badRequest(QStringLiteral("'%1' must be an object of string values").arg(key));
    return *map;
}

Result<Api::StringMap> environment(const QJsonObject &body, const QString &key)
{
    const auto map = stringMap(body, key);
    if (!map)
        return map;
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    for (auto it = map->begin(); it != map->end(); ++it) {
        if (!name.match(it.key()).hasMatch())
            return ApiError::badRequest(QStringLiteral("'%1' is not a valid environment variable name").arg(it.key().left(64)));
        if (it.value().contains(QChar(0)))
            return ApiError::badRequest(QStringLiteral("environment variable '%1' contains a NUL character").arg(it.key()));
    }
    return map;
}

Result<bool> onlyKeys(const QJsonObject &body, const QStringList &allowed)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!allowed.contains(it.key()))
            return ApiError::badRequest(QStringLiteral("unknown field '%1'; the fields are %2")
                                            .arg(it.key().left(64), allowed.join(QStringLiteral(", "))));
    }
    return true;
}

Result<Page> page(const QUrlQuery &query, int defaultLimit, int maxLimit)
{
    const auto limit = queryInteger(query, QStringLiteral("limit"), defaultLimit, 1, maxLimit);
    if (!limit)
        return limit.error();
    const auto offset = queryInteger(query, QStringLiteral("offset"), 0, 0, std::numeric_limits<int>::max());
    if (!offset)
        return offset.error();
    return Page{*limit, *offset};
}

} // namespace Sandbar::Server::Parse
