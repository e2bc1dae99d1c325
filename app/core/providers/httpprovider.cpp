// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/providers/httpprovider.h"

#include <QJsonParseError>

namespace Sandbar::Core {

HttpProvider::HttpProvider(const QUrl &baseUrl, const Credential &credential, QObject *parent)
    : SandboxProvider(parent), m_transport(new HttpTransport(this))
{
    m_transport->setBaseUrl(baseUrl);
    m_transport->setCredential(credential);
    connect(m_transport, &HttpTransport::requestSent, this, &SandboxProvider::requestSent);
    connect(m_transport, &HttpTransport::rateLimited, this, &SandboxProvider::rateLimited);
    connect(m_transport, &HttpTransport::certificateRejected, this, &SandboxProvider::certificateRejected);
}

QString HttpProvider::segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

HttpRequest HttpProvider::getRequest(const QString &path)
{
    HttpRequest request;
    request.path = path;
    return request;
}

HttpRequest HttpProvider::jsonRequest(const QByteArray &method, const QString &path, const QJsonObject &body, bool idempotent)
{
    HttpRequest request;
    request.method = method;
    request.path = path;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.contentType = QByteArrayLiteral("application/json");
    request.idempotent = idempotent;
    return request;
}

ApiError HttpProvider::malformed(const QString &detail)
{
    ApiError error;
    error.kind = ApiError::Kind::MalformedResponse;
    error.message = tr("The server's reply was not understood: %1").arg(detail);
    return error;
}

ApiResult<QJsonDocument> HttpProvider::parseDocument(const QByteArray &body)
{
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(QStringLiteral("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    return document;
}

} // namespace Sandbar::Core
