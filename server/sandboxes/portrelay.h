// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpServer>

#include <atomic>
#include <memory>

namespace Sandbar::Server {

// A host URL for a sandbox without network: a listener on this computer's loopback whose
// every connection is handed to the sandbox's agent (OpConnect), which connects to the port on
// the sandbox's own loopback, inside its network namespace; the two are spliced by a thread
// per connection (agent/relay.h). The sandbox still has no way out: only this computer's
// clients reach in, through the agent. Owned by the sandbox's runtime: it stops listening when
// the sandbox ends, and its connections end with the agent's.
class PortRelay : public QTcpServer
{
    Q_OBJECT
public:
    PortRelay(int controlFd, quint16 sandboxPort, QObject *parent = nullptr);
    ~PortRelay() override;

    // Listens on 127.0.0.1 on a free port; false with `error` set when it cannot.
    bool start(QString *error);

    // Connections relayed at once; more are refused (closed) until some end.
    static constexpr int kMaxConnections = 64;
    // And in all of sandbar-local, every sandbox and port together.
    static constexpr int kMaxConnectionsInAll = 512;

protected:
    void incomingConnection(qintptr handle) override;

private:
    int m_controlFd;
    quint16 m_port;
    std::shared_ptr<std::atomic<int>> m_active = std::make_shared<std::atomic<int>>(0);
    static std::atomic<int> s_total;
};

} // namespace Sandbar::Server
