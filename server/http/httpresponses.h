// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/apierror.h"
#include "http/apishape.h"

#include <QHttpServerResponse>

namespace Sandbar::Server {

// The one place where an error kind becomes an HTTP status; the body is in the API's shape.
int httpStatus(ApiError::Kind kind);
// "bad_request", "not_found" ...: the kind as error bodies name it.
QString errorKindName(ApiError::Kind kind);
// A response's parts, for a response written by hand (StreamedExchange).
struct HttpAnswer
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type
};
HttpAnswer toHttpAnswer(const Result<Reply> &result, const ApiShape &shape);
QHttpServerResponse toHttpResponse(const ApiError &error, const ApiShape &shape = ApiShape::agentSandboxes());
QHttpServerResponse toHttpResponse(const Result<Reply> &result, const ApiShape &shape = ApiShape::agentSandboxes());

} // namespace Sandbar::Server
