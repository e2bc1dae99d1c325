// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What differs between the APIs sandbar-local speaks at the HTTP level: where a client puts
// its credential, and how an error body looks. Statuses are the same for all (httpresponses).

#include "http/apierror.h"

#include <QJsonObject>
#include <QString>

namespace Sandbar::Server {

struct ApiShape
{
    enum class Credential {
        BearerHeader, // Authorization: Bearer <token>
        ApiKeyQuery,  // ?api_key=<token>
        ApiKeyHeader, // X-API-Key: <token>
    };
    Credential credential = Credential::BearerHeader;
    // The error body for an error; the status comes from httpStatus(error.kind).
    QJsonObject (*errorBody)(const ApiError &error) = nullptr;
    // What a 401 says to send.
    QString credentialHint;

    // The Agent Sandboxes API: {"error": kind, "message": text}.
    static const ApiShape &agentSandboxes();
    // Sandbox Sessions: {"error_code": kind, "message": text} (+ "limit", "reset" on 429).
    static const ApiShape &sandboxSessions();
    // E2B sessions: {"code": status, "message": text}, key in ?api_key=.
    static const ApiShape &e2bSessions();
    // Cognitora: {"error": {"code": kind, "message": text, "status": status}}, Bearer key.
    static const ApiShape &cognitora();
    // Round Table: {"detail": text, "error": "NotFoundError"|"ValidationError"|…} (its SDK's
    // exception names), key in X-API-Key.
    static const ApiShape &roundTable();
};

} // namespace Sandbar::Server
