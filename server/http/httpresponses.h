// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/apierror.h"

#include <QHttpServerResponse>

namespace Sandbar::Server {

// The one place where an error kind becomes an HTTP status. Every error body is
// {"error": "<kind>", "message": "<what a person can act on>"}.
int httpStatus(ApiError::Kind kind);
QHttpServerResponse toHttpResponse(const ApiError &error);
QHttpServerResponse toHttpResponse(const Result<Reply> &result);

} // namespace Sandbar::Server
