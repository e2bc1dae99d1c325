// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What Round Table's handlers share: IDs, text fields, pages and message bodies.

#include "http/apierror.h"
#include "http/requestparsing.h"
#include "roundtable/roundtablestore.h"

#include <QJsonArray>

namespace Sandbar::Server::RoundTableJson {

QString newId(const char *prefix); // prefix + 16 hex digits
QJsonValue timeOrNull(const QDateTime &time);
// A string of 1..maxChars characters under `key`.
Result<QString> requiredText(const QJsonObject &json, const QString &key, int maxChars);
// The string under `key` (absent or null: `fallback`), at most maxChars characters.
Result<QString> optionalText(const QJsonObject &json, const QString &key, int maxChars, const QString &fallback);
// {key: items, "total", "limit", "offset"}
QJsonObject pageJson(const QString &key, const QJsonArray &items, int total, const Parse::Page &page);
QJsonObject messageJson(const RtMessage &message);

} // namespace Sandbar::Server::RoundTableJson
