// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/apishape.h"

namespace Sandbar::Server {

class E2bSessionsHandlers;
class HttpFront;
class SandboxSessionsHandlers;

// The Sandbox Sessions API (000), its api_url being <server>/v1:
//   POST/GET /v1/sessions, GET/DELETE /v1/sessions/{id}, POST /v1/sessions/{id}/code
// Bearer token, errors {"error_code", "message"}.
class SandboxSessionsRoutes
{
public:
    SandboxSessionsRoutes(HttpFront *front, SandboxSessionsHandlers *handlers);
    static const ApiShape &shape() { return ApiShape::sandboxSessions(); }
};

// E2B's legacy SessionsApi (002) at the server's root:
//   GET/POST /sessions, DELETE /sessions/{id}, POST /sessions/{id}/refresh
// ?api_key=<token>, errors {"code", "message"}.
class E2bSessionsRoutes
{
public:
    E2bSessionsRoutes(HttpFront *front, E2bSessionsHandlers *handlers);
    static const ApiShape &shape() { return ApiShape::e2bSessions(); }
};

} // namespace Sandbar::Server
