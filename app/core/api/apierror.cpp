// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/apierror.h"

namespace Sandbar::Core {

ApiError::Kind kindForStatus(int status)
{
    switch (status) {
    case 401: return ApiError::Kind::Unauthorized;
    case 403: return ApiError::Kind::Forbidden;
    case 404: return ApiError::Kind::NotFound;
    case 408: return ApiError::Kind::TimedOut;
    case 429: return ApiError::Kind::RateLimited;
    default: return status >= 500 ? ApiError::Kind::ServerError : ApiError::Kind::BadRequest;
    }
}

QString ApiError::kindName() const
{
    return Core::kindName(kind);
}

QString kindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Unauthorized: return QStringLiteral("unauthorized");
    case ApiError::Kind::Forbidden: return QStringLiteral("forbidden");
    case ApiError::Kind::NotFound: return QStringLiteral("not found");
    case ApiError::Kind::RateLimited: return QStringLiteral("rate limited");
    case ApiError::Kind::BadRequest: return QStringLiteral("bad request");
    case ApiError::Kind::ServerError: return QStringLiteral("server error");
    case ApiError::Kind::ConnectionFailed: return QStringLiteral("connection failed");
    case ApiError::Kind::TimedOut: return QStringLiteral("timed out");
    case ApiError::Kind::MalformedResponse: return QStringLiteral("malformed response");
    case ApiError::Kind::TlsError: return QStringLiteral("TLS error");
    case ApiError::Kind::Unsupported: return QStringLiteral("unsupported");
    case ApiError::Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("error");
}

} // namespace Sandbar::Core
