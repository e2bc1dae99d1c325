// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The agent's end of one request's connection: reading the request's fields and writing
// frames back (see agentprotocol.h). Reads give up after kRequestTimeoutMs of silence.

#include "agentprotocol.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace Sandbar::Agent {

constexpr int kRequestTimeoutMs = 30'000;
constexpr size_t kChunk = 64 * 1024;

std::string errnoText(int code);

class Connection
{
public:
    explicit Connection(int fd) : m_fd(fd) {}

    // How long a read waits for the next bytes (a streamed upload waits on a remote client).
    void setReadTimeout(int ms) { m_readTimeoutMs = ms; }

    bool readExact(void *buffer, size_t size);
    template <typename T> bool readValue(T &value) { return readExact(&value, sizeof(T)); }
    bool readString(std::string &text, uint32_t maxLength = 1 << 20);
    bool readList(std::vector<std::string> &items);

    bool writeAll(const void *data, size_t size);
    bool frame(AgentProtocol::Frame type, const void *payload, size_t size);
    bool frame(AgentProtocol::Frame type, const std::string &payload) { return frame(type, payload.data(), payload.size()); }
    bool error(int code, const std::string &message);
    bool done(uint64_t size, const std::string &path);

    int fd() const { return m_fd; }

private:
    int m_fd;
    int m_readTimeoutMs = kRequestTimeoutMs;
};

} // namespace Sandbar::Agent
