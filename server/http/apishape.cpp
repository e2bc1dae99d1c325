// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/apishape.h"

#include "http/httpresponses.h"

namespace Sandbar::Server {

namespace {

QJsonObject agentBody(const ApiError &error)
{
    return {{QStringLiteral("error"), errorKindName(error.kind)}, {QStringLiteral("message"), error.message}};
}

QJsonObject sessionsBody(const ApiError &error)
{
    QJsonObject body = error.details;
    body.insert(QStringLiteral("error_code"), errorKindName(error.kind));
    body.insert(QStringLiteral("message"), error.message);
    return body;
}

QJsonObject e2bBody(const ApiError &error)
{
    return {{QStringLiteral("code"), httpStatus(error.kind)}, {QStringLiteral("message"), error.message}};
}

QJsonObject cognitoraBody(const ApiError &error)
{
    QJsonObject inner = error.details;
    inner.insert(QStringLiteral("code"), errorKindName(error.kind));
    inner.insert(QStringLiteral("message"), error.message);
    inner.insert(QStringLiteral("status"), httpStatus(error.kind));
    return {{QStringLiteral("error"), inner}};
}

QJsonObject roundTableBody(const ApiError &error)
{
    QString type;
    switch (error.kind) {
    case ApiError::Kind::BadRequest:
    case ApiError::Kind::Conflict:
    case ApiError::Kind::TooLarge: type = QStringLiteral("ValidationError"); break;
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden: type = QStringLiteral("AuthenticationError"); break;
    case ApiError::Kind::NotFound: type = QStringLiteral("NotFoundError"); break;
    case ApiError::Kind::RateLimited: type = QStringLiteral("RateLimitError"); break;
    case ApiError::Kind::NotImplemented: type = QStringLiteral("NotImplementedError"); break;
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Internal: type = QStringLiteral("ServerError"); break;
    }
    return {{QStringLiteral("error"), type}, {QStringLiteral("detail"), error.message}};
}

} // namespace

const ApiShape &ApiShape::agentSandboxes()
{
    static const ApiShape shape{Credential::BearerHeader, &agentBody,
                                QStringLiteral("send 'Authorization: Bearer <token>'")};
    return shape;
}

const ApiShape &ApiShape::sandboxSessions()
{
    static const ApiShape shape{Credential::BearerHeader, &sessionsBody,
                                QStringLiteral("send 'Authorization: Bearer <token>'")};
    return shape;
}

const ApiShape &ApiShape::e2bSessions()
{
    static const ApiShape shape{Credential::ApiKeyQuery, &e2bBody, QStringLiteral("add '?api_key=<key>' to the URL")};
    return shape;
}

const ApiShape &ApiShape::cognitora()
{
    static const ApiShape shape{Credential::BearerHeader, &cognitoraBody,
                                QStringLiteral("send 'Authorization: Bearer <API key>'")};
    return shape;
}

const ApiShape &ApiShape::roundTable()
{
    static const ApiShape shape{Credential::ApiKeyHeader, &roundTableBody, QStringLiteral("send 'X-API-Key: <key>'")};
    return shape;
}

} // namespace Sandbar::Server
