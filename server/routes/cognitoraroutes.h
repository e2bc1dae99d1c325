// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/apishape.h"

namespace Sandbar::Server {

class ContainerHandlers;
class HttpFront;
class InterpreterHandlers;

// The Cognitora API (003), its base_url being the server's root; replies {"data": ...}:
//   POST /api/v1/interpreter/execute
//   POST/GET /api/v1/interpreter/sessions, GET/DELETE /api/v1/interpreter/sessions/{id},
//   GET /api/v1/interpreter/sessions/{id}/logs|executions, GET /api/v1/interpreter/executions[/{id}]
//   POST/GET /api/v1/compute/containers, POST /api/v1/compute/containers/estimate-cost,
//   GET /api/v1/compute/containers/executions[/{id}], GET /api/v1/compute/containers/{id},
//   POST /api/v1/compute/containers/{id}/cancel, GET /api/v1/compute/containers/{id}/logs|executions
// Bearer key (cgk_…), errors {"error": {"code", "message", "status"}}.
class CognitoraRoutes
{
public:
    CognitoraRoutes(HttpFront *front, InterpreterHandlers *interpreter, ContainerHandlers *containers);
    static const ApiShape &shape() { return ApiShape::cognitora(); }
};

} // namespace Sandbar::Server
