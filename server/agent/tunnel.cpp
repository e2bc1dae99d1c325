// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tunnel.h"

#include "relay.h"
#include "uniquefd.h"
#include "wire.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstdint>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace Sandbar::Agent {

namespace {

// A connected socket, or -errno.
int connectLoopback(uint16_t port)
{
    int lastError = ECONNREFUSED;
    for (const int family : {AF_INET, AF_INET6}) {
        UniqueFd fd(::socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0));
        if (!fd.valid()) {
            lastError = errno;
            continue;
        }
        int result;
        if (family == AF_INET) {
            sockaddr_in address{};
            address.sin_family = AF_INET;
            address.sin_port = htons(port);
            address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            result = ::connect(fd.get(), reinterpret_cast<sockaddr *>(&address), sizeof(address));
        } else {
            sockaddr_in6 address{};
            address.sin6_family = AF_INET6;
            address.sin6_port = htons(port);
            address.sin6_addr = in6addr_loopback;
            result = ::connect(fd.get(), reinterpret_cast<sockaddr *>(&address), sizeof(address));
        }
        if (result == 0) {
            const int one = 1;
            ::setsockopt(fd.get(), IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
            return fd.release();
        }
        lastError = errno;
    }
    return -lastError;
}

} // namespace

void connectPort(Connection &conn)
{
    uint32_t port = 0;
    if (!conn.readValue(port))
        return;
    if (port == 0 || port > 65535) {
        conn.error(EINVAL, "the port must be 1 to 65535");
        return;
    }
    const int connected = connectLoopback(uint16_t(port));
    if (connected < 0) {
        conn.error(-connected, "nothing in the sandbox accepts connections on port " + std::to_string(port) + ": " +
                                   errnoText(-connected));
        return;
    }
    const UniqueFd socket(connected);
    if (!conn.done(0, {}))
        return;
    relayStreams(conn.fd(), socket.get());
}

} // namespace Sandbar::Agent
