// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Strict reading of JSON objects, shared by every API value type: all documented keys with
// their documented types, or one precise error and no value at all.

#include "core/api/apitypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <cmath>
#include <initializer_list>
#include <optional>

namespace Sandbar::Api::Detail {

// Collects the first problem found while reading an object, so that callers get one
// precise message ("key 'cpu_count': expected an integer") instead of a half-filled struct.
class Reader
{
public:
    explicit Reader(const QJsonObject &json) : m_json(json) {}

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    void requireExactKeys(std::initializer_list<const char *> required,
                          std::initializer_list<const char *> optional = {})
    {
        // No allocation: a list of 1,000 sandboxes is read every few seconds.
        for (const char *key : required) {
            if (!m_json.contains(QLatin1String(key)))
                fail(QStringLiteral("missing key '%1'").arg(QLatin1String(key)));
        }
        const auto known = [&](QStringView name) {
            for (const auto *list : {&required, &optional}) {
                for (const char *key : *list) {
                    if (name == QLatin1String(key))
                        return true;
                }
            }
            return false;
        };
        for (auto it = m_json.begin(); it != m_json.end(); ++it) {
            if (!known(it.key()))
                fail(QStringLiteral("unexpected key '%1'").arg(it.key()));
        }
    }

    bool has(const char *key) const { return m_json.contains(QLatin1String(key)); }
    bool isNull(const char *key) const
    {
        const QJsonValue value = m_json.value(QLatin1String(key));
        return value.isNull() || value.isUndefined();
    }

    bool boolean(const char *key)
    {
        const QJsonValue value = m_json.value(QLatin1String(key));
        if (!value.isBool()) {
            fail(QStringLiteral("key '%1': expected a boolean").arg(QLatin1String(key)));
            return false;
        }
        return value.toBool();
    }

    QJsonArray array(const char *key)
    {
        const QJsonValue value = m_json.value(QLatin1String(key));
        if (!value.isArray()) {
            fail(QStringLiteral("key '%1': expected an array").arg(QLatin1String(key)));
            return {};
        }
        return value.toArray();
    }

    QJsonObject object(const char *key)
    {
        const QJsonValue value = m_json.value(QLatin1String(key));
        if (!value.isObject()) {
            fail(QStringLiteral("key '%1': expected an object").arg(QLatin1String(key)));
            return {};
        }
        return value.toObject();
    }

    QStringList stringList(const char *key)
    {
        QStringList list;
        for (const QJsonValue &item : array(key)) {
            if (!item.isString()) {
                fail(QStringLiteral("key '%1': expected an array of strings").arg(QLatin1String(key)));
                return {};
            }
            list.append(item.toString());
        }
        return list;
    }

    QString string(const char *key)
    {
        const QJsonValue value = m_json.value(QLatin1String(key));
        if (!value.isString()) {
            fail(QStringLiteral("key '%1': expected a string").arg(QLatin1String(key)));
            return {};
        }
        return value.toString();
    }

    QDateTime time(const char *key, bool nullable = false)
    {
        const QJsonValue value = m_json.value(QLatin1String(key));
        if (nullable && (value.isNull() || value.isUndefined()))
            return {};
        const auto parsed = value.isString() ? parseTimestamp(value.toString()) : std::nullopt;
        if (!parsed) {
            fail(QStringLiteral("key '%1': expected an ISO 8601 time").arg(QLatin1String(key)));
            return {};
        }
        return *parsed;
    }

    qint64 integer(const char *key)
    {
        const QJsonValue value = m_json.value(QLatin1String(key));
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || std::trunc(number) != number) {
            fail(QStringLiteral("key '%1': expected an integer").arg(QLatin1String(key)));
            return 0;
        }
        return static_cast<qint64>(number);
    }

    double number(const char *key)
    {
        const QJsonValue value = m_json.value(QLatin1String(key));
        if (!value.isDouble()) {
            fail(QStringLiteral("key '%1': expected a number").arg(QLatin1String(key)));
            return 0;
        }
        return value.toDouble();
    }

    StringMap stringMap(const char *key)
    {
        const auto map = stringMapFromJson(m_json.value(QLatin1String(key)));
        if (!map) {
            fail(QStringLiteral("key '%1': expected an object of strings").arg(QLatin1String(key)));
            return {};
        }
        return *map;
    }

    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

private:
    const QJsonObject &m_json;
    QString m_error;
};

template <typename T> std::optional<T> finish(const Reader &reader, T value, QString *error)
{
    if (reader.ok())
        return value;
    if (error)
        *error = reader.error();
    return std::nullopt;
}

} // namespace Sandbar::Api::Detail
