// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QObject>

namespace Sandbar::Server {

class HttpFront;
class SandboxManager;
class TerminalSession;

// An extension of the Agent Sandboxes API: GET /v1/agents/sandboxes/{id}/terminal upgraded to
// a WebSocket (?cols=&rows=, the same Bearer token) opens a login shell in the sandbox (see
// TerminalSession for the frames). Qt HTTP Server 6.4 runs the route first and hands the socket
// to its WebSocket server after it, so the route admits or refuses: a refusal is the usual
// HTTP answer (401, 404, 409 for an ended sandbox, 429 for a rate limit or too many terminals)
// and the connection is closed; an admission is remembered by the client's address and port
// until its socket arrives. Without the upgrade header the path answers 400 saying to upgrade.
class TerminalRoutes : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxPerSandbox = 8;
    static constexpr int kMaxInAll = 128;

    TerminalRoutes(HttpFront *front, SandboxManager *manager, QObject *parent = nullptr);
    ~TerminalRoutes() override;

    int openCount() const { return int(m_sessions.size()); }

private:
    struct Admission
    {
        QString sandboxId;
        int cols = 80;
        int rows = 24;
        qint64 atMs = 0; // an admission whose handshake never completes is dropped after a while
    };
    void acceptPending();
    void closeAllOf(const QString &sandboxId);
    int openCountOf(const QString &sandboxId) const;

    HttpFront *m_front;
    SandboxManager *m_manager;
    QMultiHash<QString, TerminalSession *> m_sessions; // by sandbox
    QHash<QString, Admission> m_admitted;              // by the client's "address port"
};

} // namespace Sandbar::Server
