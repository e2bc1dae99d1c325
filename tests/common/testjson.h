// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Key sets of JSON objects, for tests that check replies carry exactly the documented keys.

#include <QJsonObject>
#include <QSet>
#include <QString>

#include <initializer_list>

inline QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

inline QSet<QString> keySet(std::initializer_list<const char *> keys)
{
    QSet<QString> set;
    for (const char *key : keys)
        set.insert(QLatin1String(key));
    return set;
}
