// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpresponses.h"

#include <QJsonDocument>

namespace Sandbar::Server {

QString errorKindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::BadRequest: return QStringLiteral("bad_request");
    case ApiError::Kind::Unauthorized: return QStringLiteral("unauthorized");
    case ApiError::Kind::Forbidden: return QStringLiteral("forbidden");
    case ApiError::Kind::NotFound: return QStringLiteral("not_found");
    case ApiError::Kind::Timeout: return QStringLiteral("timeout");
    case ApiError::Kind::RateLimited: return QStringLiteral("rate_limited");
    case ApiError::Kind::Internal: return QStringLiteral("internal_error");
    case ApiError::Kind::NotImplemented: return QStringLiteral("not_implemented");
    case ApiError::Kind::Conflict: return QStringLiteral("conflict");
    case ApiError::Kind::TooLarge: return QStringLiteral("payload_too_large");
    }
    return QStringLiteral("internal_error");
}

int httpStatus(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::BadRequest: return 400;
    case ApiError::Kind::Unauthorized: return 401;
    case ApiError::Kind::Forbidden: return 403;
    case ApiError::Kind::NotFound: return 404;
    case ApiError::Kind::Timeout: return 408;
    case ApiError::Kind::RateLimited: return 429;
    case ApiError::Kind::Internal: return 500;
    case ApiError::Kind::NotImplemented: return 501;
    case ApiError::Kind::Conflict: return 409;
    case ApiError::Kind::TooLarge: return 413;
    }
    return 500;
}

HttpAnswer toHttpAnswer(const Result<Reply> &result, const ApiShape &shape)
{
    static const QByteArray json = QByteArrayLiteral("application/json");
    if (!result)
        return {httpStatus(result.error().kind), json, QJsonDocument(shape.errorBody(result.error())).toJson(QJsonDocument::Compact), {}};
    if (result->status == 204)
        return {204, {}, {}, result->headers};
    if (result->contentType.isEmpty())
        return {result->status, json, QJsonDocument(result->body).toJson(QJsonDocument::Compact), result->headers};
    return {result->status, result->contentType, result->raw, result->headers};
}

QHttpServerResponse toHttpResponse(const ApiError &error, const ApiShape &shape)
{
    return toHttpResponse(Result<Reply>(error), shape);
}

QHttpServerResponse toHttpResponse(const Result<Reply> &result, const ApiShape &shape)
{
    const HttpAnswer answer = toHttpAnswer(result, shape);
    const auto status = QHttpServerResponse::StatusCode(answer.status);
    QHttpServerResponse response = answer.contentType.isEmpty() ? QHttpServerResponse(status)
                                                                : QHttpServerResponse(answer.contentType, answer.body, status);
    for (const auto &[name, value] : answer.headers)
        response.setHeader(name, value);
    return response;
}

} // namespace Sandbar::Server
