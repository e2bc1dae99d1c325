// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "options.h"

#include <QObject>

class QLockFile;

#include <memory>

namespace Sandbar::Server {

class CodeContextManager;
class CodeHandlers;
class CognitoraRoutes;
class ContainerHandlers;
class ContainerStore;
class InterpreterHandlers;
class ExecutionStore;
class AgentSandboxesRoutes;
class E2bSessionsHandlers;
class E2bSessionsRoutes;
class HttpFront;
class SandboxSessionsHandlers;
class SandboxSessionsRoutes;
class IoHandlers;
class TransferHandlers;
class LifecycleHandlers;
class MessageHandlers;
class RoundTableHandlers;
class RoundTableRoutes;
class TerminalRoutes;
class RoundTableStore;
class SandboxManager;
class SandboxStore;
class TemplateCatalog;

// sandbar-local assembled: store, templates, sandbox manager, handlers, and one HTTP front with
// the routes of each API it speaks (Agent Sandboxes, Sandbox Sessions, E2B sessions, Cognitora).
class LocalServer : public QObject
{
    Q_OBJECT
public:
    explicit LocalServer(Options options, QObject *parent = nullptr);
    ~LocalServer() override;

    // Opens the data dir and database, resumes sandboxes and starts listening.
    bool start(QString *error);
    quint16 port() const { return m_port; }
    QString url() const;
    // Stops accepting, ends sandbox processes cleanly, flushes the database.
    void stop();

private:
    Options m_options;
    std::unique_ptr<QLockFile> m_lock;
    quint16 m_port = 0;
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<TemplateCatalog> m_templates;
    std::unique_ptr<SandboxManager> m_manager;
    std::unique_ptr<LifecycleHandlers> m_lifecycle;
    std::unique_ptr<IoHandlers> m_io;
    std::unique_ptr<TransferHandlers> m_transfers;
    std::unique_ptr<ExecutionStore> m_history;
    std::unique_ptr<CodeContextManager> m_contexts;
    std::unique_ptr<CodeHandlers> m_code;
    std::unique_ptr<SandboxSessionsHandlers> m_sessions;
    std::unique_ptr<E2bSessionsHandlers> m_e2b;
    std::unique_ptr<ContainerStore> m_containerStore;
    std::unique_ptr<InterpreterHandlers> m_interpreter;
    std::unique_ptr<ContainerHandlers> m_containers;
    std::unique_ptr<RoundTableStore> m_roundTableStore;
    std::unique_ptr<RoundTableHandlers> m_roundTable;
    std::unique_ptr<MessageHandlers> m_messages;
    std::unique_ptr<HttpFront> m_front;
    std::unique_ptr<AgentSandboxesRoutes> m_agentRoutes;
    std::unique_ptr<SandboxSessionsRoutes> m_sessionsRoutes;
    std::unique_ptr<E2bSessionsRoutes> m_e2bRoutes;
    std::unique_ptr<CognitoraRoutes> m_cognitoraRoutes;
    std::unique_ptr<RoundTableRoutes> m_roundTableRoutes;
    std::unique_ptr<TerminalRoutes> m_terminalRoutes;
};

} // namespace Sandbar::Server
