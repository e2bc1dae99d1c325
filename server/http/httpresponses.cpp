// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpresponses.h"

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

QHttpServerResponse toHttpResponse(const ApiError &error, const ApiShape &shape)
{
    return QHttpServerResponse(shape.errorBody(error), QHttpServerResponse::StatusCode(httpStatus(error.kind)));
}

QHttpServerResponse toHttpResponse(const Result<Reply> &result, const ApiShape &shape)
{
    if (!result)
        return toHttpResponse(result.error(), shape);
    const auto status = QHttpServerResponse::StatusCode(result->status);
    QHttpServerResponse response = result->status == 204 ? QHttpServerResponse(status)
                                   : result->contentType.isEmpty()
                                       ? QHttpServerResponse(result->body, status)
                                       : QHttpServerResponse(result->contentType, result->raw, status);
    for (const auto &[name, value] : result->headers)
        response.setHeader(name, value);
    return response;
}

} // namespace Sandbar::Server
