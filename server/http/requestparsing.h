// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apitypes.h"
#include "http/apierror.h"

#include <QJsonValue>
#include <QUrlQuery>

namespace Sandbar::Server::Parse {

// The body as a JSON object, or 400 saying what is wrong with it.
Result<QJsonObject> jsonObject(const QByteArray &body);
// A canonical UUID (8-4-4-4-12 hex digits), returned lower-case.
Result<QString> sandboxId(const QString &text);
// An integer JSON number within [min, max]; 1.5, "10" and true are refused.
Result<int> integer(const QJsonValue &value, const QString &name, int min, int max);
// An integer query parameter within [min, max], or `fallback` when absent.
Result<int> queryInteger(const QUrlQuery &query, const QString &name, int fallback, int min, int max);
// `limit` (1..maxLimit, default defaultLimit) and `offset` (>= 0, default 0) of a list route.
struct Page
{
    int limit = 0;
    int offset = 0;
};
Result<Page> page(const QUrlQuery &query, int defaultLimit, int maxLimit);
// The string map under `key` (absent or null: empty), or 400.
Result<Api::StringMap> stringMap(const QJsonObject &body, const QString &key);
// stringMap() of environment variables: names of letters, digits and _, values without NUL.
Result<Api::StringMap> environment(const QJsonObject &body, const QString &key);
// 400 naming the first key of `body` not in `allowed`.
Result<bool> onlyKeys(const QJsonObject &body, const QStringList &allowed);
// An integer path segment within [min, max].
Result<int> pathInteger(const QString &text, const QString &name, int min, int max);

} // namespace Sandbar::Server::Parse
