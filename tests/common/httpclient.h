// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

struct HttpResult
{
    int status = 0; // 0 when no HTTP answer came
    QByteArray body;
    QJsonObject json; // the body parsed, when it is a JSON object
    bool isJsonObject = false;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QString networkError;
};

// Blocking HTTP for tests: each call runs a local event loop until the reply or a timeout.
class HttpClient
{
public:
    HttpClient(QUrl base, QByteArray token) : m_base(std::move(base)), m_token(std::move(token)) {}

    HttpResult get(const QString &path, bool auth = true) { return send("GET", path, {}, auth); }
    HttpResult del(const QString &path, bool auth = true) { return send("DELETE", path, {}, auth); }
    HttpResult post(const QString &path, const QJsonObject &body, bool auth = true);
    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body,
                    bool auth = true, const QByteArray &tokenOverride = {},
                    const QByteArray &contentType = "application/json");

    void setBase(const QUrl &base) { m_base = base; }
    void setToken(const QByteArray &token) { m_token = token; }
    // Sends the key in this header as it is, instead of "Authorization: Bearer <key>".
    void setKeyHeader(const QByteArray &name) { m_keyHeader = name; }

private:
    QNetworkAccessManager m_manager;
    QUrl m_base;
    QByteArray m_token;
    QByteArray m_keyHeader;
};
