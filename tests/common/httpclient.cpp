// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclient.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

HttpResult HttpClient::post(const QString &path, const QJsonObject &body, bool auth)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), auth);
}

HttpResult HttpClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                            bool auth, const QByteArray &tokenOverride, const QByteArray &contentType)
{
    QUrl url = m_base;
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(question < 0 ? path : path.left(question), QUrl::StrictMode);
    if (question >= 0)
        url.setQuery(path.mid(question + 1), QUrl::StrictMode); // as written: tests send encoded queries
    QNetworkRequest request(url);
    request.setTransferTimeout(30000);
    const QByteArray key = tokenOverride.isEmpty() ? m_token : tokenOverride;
    if (auth && m_keyHeader.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + key);
    else if (auth)
        request.setRawHeader(m_keyHeader, key);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();

    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.insert(pair.first.toLower(), pair.second);
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    const QJsonDocument document = QJsonDocument::fromJson(result.body);
    result.isJsonObject = document.isObject();
    result.json = document.object();
    reply->deleteLater();
    return result;
}
