// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpresponses.h"

namespace Sandbar::Server {

namespace {
const char *kindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::BadRequest: return "bad_request";
    case ApiError::Kind::Unauthorized: return "unauthorized";
    case ApiError::Kind::Forbidden: return "forbidden";
    case ApiError::Kind::NotFound: return "not_found";
    case ApiError::Kind::Timeout: return "timeout";
    case ApiError::Kind::RateLimited: return "rate_limited";
    case ApiError::Kind::Internal: return "internal_error";
    }
    return "internal_error";
}
} // namespace

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
    }
    return 500;
}

QHttpServerResponse toHttpResponse(const ApiError &error)
{
    const QJsonObject body{{QStringLiteral("error"), QLatin1String(kindName(error.kind))},
                           {QStringLiteral("message"), error.message}};
    return QHttpServerResponse(body, QHttpServerResponse::StatusCode(httpStatus(error.kind)));
}

QHttpServerResponse toHttpResponse(const Result<Reply> &result)
{
    if (!result)
        return toHttpResponse(result.error());
    const auto status = QHttpServerResponse::StatusCode(result->status);
    QHttpServerResponse response = result->contentType.isEmpty()
                                       ? QHttpServerResponse(result->body, status)
                                       : QHttpServerResponse(result->contentType, result->raw, status);
    for (const auto &[name, value] : result->headers)
        response.setHeader(name, value);
    return response;
}

} // namespace Sandbar::Server
