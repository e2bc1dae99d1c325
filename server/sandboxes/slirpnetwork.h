// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/apierror.h"

#include <sys/types.h>

namespace Sandbar::Server {

// User-mode networking (slirp4netns) for sandboxes created with "network": true. The sandbox
// keeps its own network namespace, reaches the outside through a tap device, cannot reach
// this computer's loopback (so not sandbar-local either), and its traffic is counted on its
// own interface.
namespace SlirpNetwork {

struct Handle
{
    pid_t pid = -1;
    QString apiSocket;
};

QString missingMessage();
// Connects the network namespace of `sandboxPid`; blocks until the interface is configured.
Result<Handle> start(pid_t sandboxPid, const QString &rootDir);
void stop(Handle &handle);
// Forwards 127.0.0.1:<returned port> on the host to `guestPort` in the sandbox.
Result<quint16> forwardPort(const Handle &handle, quint16 guestPort);

} // namespace SlirpNetwork

} // namespace Sandbar::Server
