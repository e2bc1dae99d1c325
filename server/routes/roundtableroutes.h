// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/apishape.h"

namespace Sandbar::Server {

class HttpFront;
class MessageHandlers;
class RoundTableHandlers;

// Round Table (001), its base_url being the server's root + /api/v1. The document gives SDK
// calls, not paths; these are the REST paths its names imply:
//   POST/GET /api/v1/workspaces, GET/PATCH/PUT/DELETE /api/v1/workspaces/{id},
//   GET /api/v1/workspaces/{id}/metrics (aggregate_metrics), GET /api/v1/workspaces/{id}/agents
//   (collaborations.discover_agents),
//   POST/GET /api/v1/sandboxes (?workspace_id), GET/DELETE /api/v1/sandboxes/{id},
//   POST /api/v1/sandboxes/{id}/start|stop, GET /api/v1/sandboxes/{id}/status|metrics,
//   POST/GET /api/v1/messages (?sandbox_id, workspace_id), POST /api/v1/messages/broadcast,
//   GET /api/v1/messages/{id},
//   POST /api/v1/collaborations (orchestrate), GET /api/v1/collaborations/{id},
//   GET /api/v1/health, GET /api/v1/system/info.
// Key in X-API-Key; errors {"error": "<the SDK's exception name>", "detail": text}.
class RoundTableRoutes
{
public:
    RoundTableRoutes(HttpFront *front, RoundTableHandlers *roundTable, MessageHandlers *messages);
    static const ApiShape &shape() { return ApiShape::roundTable(); }
    // True for the paths above (their 404s take Round Table's shape).
    static bool owns(const QString &path);
};

} // namespace Sandbar::Server
