// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/apishape.h"

#include <QHttpServerResponder>
#include <QString>

class QHttpServerRequest;

namespace Sandbar::Server {

class CodeHandlers;
class HttpFront;
class IoHandlers;
class LifecycleHandlers;
class TransferHandlers;

// The Agent Sandboxes API (shared/api-docs/004) under /v1/agents/: each route is one line that
// names its handler; the front authenticates, limits and answers in the API's shape.
class AgentSandboxesRoutes
{
public:
    AgentSandboxesRoutes(HttpFront *front, LifecycleHandlers *lifecycle, IoHandlers *io, TransferHandlers *transfers,
                         CodeHandlers *code);
    static const ApiShape &shape();

private:
    void addRoutes();
    void addIoRoutes();
    void addCodeRoutes();
    // code/run with "Accept: text/event-stream": events as they happen, then the reply.
    void serveCodeStream(const QString &id, const QHttpServerRequest &request, QHttpServerResponder &&responder);

    HttpFront *m_front;
    LifecycleHandlers *m_lifecycle;
    IoHandlers *m_io;
    TransferHandlers *m_transfers;
    CodeHandlers *m_code;
};

} // namespace Sandbar::Server
