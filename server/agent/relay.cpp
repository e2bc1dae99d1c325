// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay.h"

#include <cerrno>
#include <cstddef>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Sandbar {

namespace {

constexpr size_t kBuffer = 64 * 1024;

// One direction: bytes read from `from` wait in `buffer` until written to `to`.
struct Direction
{
    int from;
    int to;
    char buffer[kBuffer];
    size_t start = 0;
    size_t end = 0;
    bool inputEnded = false; // `from` said EOF (or failed)
    bool done = false;       // everything passed on, and `to` told of the end

    bool wantsRead() const { return !inputEnded && end == start; }
    bool wantsWrite() const { return end > start; }

    // false: a hard error on either side.
    bool read()
    {
        const ssize_t n = ::recv(from, buffer, kBuffer, MSG_DONTWAIT);
        if (n < 0)
            return errno == EINTR || errno == EAGAIN;
        if (n == 0) {
            inputEnded = true;
            return true;
        }
        start = 0;
        end = size_t(n);
        return true;
    }

    bool write()
    {
        // Never blocks: a side with little room takes what fits, and the other direction goes on.
        const ssize_t n = ::send(to, buffer + start, end - start, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n < 0)
            return errno == EINTR || errno == EAGAIN;
        start += size_t(n);
        return true;
    }

    void finishIfEnded()
    {
        if (inputEnded && end == start && !done) {
            ::shutdown(to, SHUT_WR);
            done = true;
        }
    }
};

} // namespace

void relayStreams(int a, int b)
{
    auto *ab = new Direction{a, b, {}};
    auto *ba = new Direction{b, a, {}};
    while (!(ab->done && ba->done)) {
        pollfd fds[2] = {{a, 0, 0}, {b, 0, 0}};
        if (ab->wantsRead())
            fds[0].events |= POLLIN;
        if (ba->wantsWrite())
            fds[0].events |= POLLOUT;
        if (ba->wantsRead())
            fds[1].events |= POLLIN;
        if (ab->wantsWrite())
            fds[1].events |= POLLOUT;
        // A side with nothing to do is left out: its hang-up would wake the loop for nothing.
        for (pollfd &fd : fds) {
            if (fd.events == 0)
                fd.fd = -1;
        }
        if (::poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        bool ok = true;
        // Readiness with an error or hang-up is served by the read or write that reports it.
        const auto ready = [](const pollfd &fd, short what) { return fd.revents & (what | POLLERR | POLLHUP); };
        if (ab->wantsRead() && ready(fds[0], POLLIN))
            ok = ab->read() && ok;
        if (ba->wantsRead() && ready(fds[1], POLLIN))
            ok = ba->read() && ok;
        if (ab->wantsWrite() && ready(fds[1], POLLOUT))
            ok = ab->write() && ok;
        if (ba->wantsWrite() && ready(fds[0], POLLOUT))
            ok = ba->write() && ok;
        if (!ok)
            break; // a reset: both sides go
        ab->finishIfEnded();
        ba->finishIfEnded();
        if ((fds[0].revents & POLLNVAL) || (fds[1].revents & POLLNVAL))
            break;
    }
    delete ab;
    delete ba;
}

} // namespace Sandbar
