// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxes/portrelay.h"

#include "agent/agentprotocol.h"
#include "agent/relay.h"
#include "logging.h"
#include "sandboxes/agentclient.h"

#include <QtEndian>

#include <fcntl.h>
#include <sys/time.h>
#include <system_error>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace Sandbar::Server {

std::atomic<int> PortRelay::s_total{0};

namespace {

bool readExact(int fd, void *buffer, size_t size)
{
    auto *bytes = static_cast<char *>(buffer);
    while (size > 0) {
        const ssize_t n = ::read(fd, bytes, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        bytes += n;
        size -= size_t(n);
    }
    return true;
}

// The agent's answer to OpConnect: true once it is connected (FrameDone).
bool agentConnected(int stream)
{
    quint8 type = 0;
    quint32 length = 0;
    if (!readExact(stream, &type, 1) || !readExact(stream, &length, 4))
        return false;
    length = qFromLittleEndian(length);
    if (length > 64 * 1024)
        return false;
    QByteArray payload(qsizetype(length), Qt::Uninitialized);
    if (!readExact(stream, payload.data(), length))
        return false;
    if (type != AgentProtocol::FrameDone) {
        return false; // nothing listens there: the client sees its connection closed
    }
    return true;
}

} // namespace

PortRelay::PortRelay(int controlFd, quint16 sandboxPort, QObject *parent)
    : QTcpServer(parent), m_controlFd(controlFd), m_port(sandboxPort)
{
}

PortRelay::~PortRelay()
{
    close();
}

bool PortRelay::start(QString *error)
{
    if (listen(QHostAddress::LocalHost, 0))
        return true;
    *error = QStringLiteral("cannot listen for port %1 of the sandbox: %2").arg(m_port).arg(errorString());
    return false;
}

void PortRelay::incomingConnection(qintptr handle)
{
    const int client = int(handle);
    if (m_active->load() >= kMaxConnections || s_total.load() >= kMaxConnectionsInAll) {
        qCWarning(lcSandbox) << "host URL of port" << m_port << "refuses a connection: already" << kMaxConnections;
        ::close(client);
        return;
    }
    QString error;
    const int stream = openAgentStream(m_controlFd, &error);
    if (stream < 0) {
        qCWarning(lcSandbox).noquote() << "host URL of port" << m_port << ":" << error;
        ::close(client);
        return;
    }
    char request[5] = {char(AgentProtocol::OpConnect)};
    qToLittleEndian(quint32(m_port), request + 1);
    if (::send(stream, request, sizeof(request), MSG_NOSIGNAL) != qsizetype(sizeof(request))) {
        ::close(stream);
        ::close(client);
        return;
    }
    // The agent's answer comes at once or not at all: a sandbox cannot pin the thread.
    const timeval answerTimeout{5, 0};
    ::setsockopt(stream, SOL_SOCKET, SO_RCVTIMEO, &answerTimeout, sizeof(answerTimeout));
    // The relay waits in poll(): a thread of its own, owning both descriptors.
    ++*m_active;
    ++s_total;
    try {
        std::thread([client, stream, active = m_active] {
            if (agentConnected(stream)) {
                const timeval none{0, 0};
                ::setsockopt(stream, SOL_SOCKET, SO_RCVTIMEO, &none, sizeof(none));
                relayStreams(client, stream);
            }
            ::close(client);
            ::close(stream);
            --*active;
            --s_total;
        }).detach();
    } catch (const std::system_error &) {
        ::close(client);
        ::close(stream);
        --*m_active;
        --s_total;
    }
}

} // namespace Sandbar::Server
