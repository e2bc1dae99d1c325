// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wire.h"

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Sandbar::Agent {

using namespace Sandbar::AgentProtocol;

std::string errnoText(int code)
{
    return std::strerror(code);
}

bool Connection::readExact(void *buffer, size_t size)
{
    auto *out = static_cast<char *>(buffer);
    while (size > 0) {
        pollfd pfd{m_fd, POLLIN, 0};
        const int ready = ::poll(&pfd, 1, m_readTimeoutMs);
        if (ready <= 0) {
            if (ready < 0 && errno == EINTR)
                continue;
            return false;
        }
        const ssize_t got = ::read(m_fd, out, size);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return false;
        out += got;
        size -= size_t(got);
    }
    return true;
}

bool Connection::readString(std::string &text, uint32_t maxLength)
{
    uint32_t length = 0;
    if (!readValue(length) || length > maxLength)
        return false;
    text.resize(length);
    return length == 0 || readExact(text.data(), length);
}

bool Connection::readList(std::vector<std::string> &items)
{
    uint32_t count = 0;
    if (!readValue(count) || count > 65536)
        return false;
    items.resize(count);
    for (auto &item : items) {
        if (!readString(item))
            return false;
    }
    return true;
}

bool Connection::writeAll(const void *data, size_t size)
{
    const auto *in = static_cast<const char *>(data);
    while (size > 0) {
        const ssize_t wrote = ::send(m_fd, in, size, MSG_NOSIGNAL);
        if (wrote < 0 && errno == EINTR)
            continue;
        if (wrote <= 0)
            return false;
        in += wrote;
        size -= size_t(wrote);
    }
    return true;
}

bool Connection::frame(Frame type, const void *payload, size_t size)
{
    const uint8_t t = type;
    const uint32_t length = uint32_t(size);
    return writeAll(&t, 1) && writeAll(&length, 4) && (size == 0 || writeAll(payload, size));
}

bool Connection::error(int code, const std::string &message)
{
    std::string payload(reinterpret_cast<const char *>(&code), sizeof(code));
    payload += message;
    return frame(FrameError, payload);
}

bool Connection::done(uint64_t size, const std::string &path)
{
    std::string payload(reinterpret_cast<const char *>(&size), sizeof(size));
    payload += path;
    return frame(FrameDone, payload);
}

} // namespace Sandbar::Agent
