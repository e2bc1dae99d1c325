// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Processes in the sandbox: a command run to its end with its output streamed back, a
// long-lived process (a code context's interpreter) handed the connection, and signals.

#include <functional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace Sandbar::Agent {

class Connection;

// Starts `argv` in `cwd` with `env` added, in a session of its own (its own process group;
// no controlling terminal unless `placeStdio` opens one). `placeStdio` sets up the child's
// descriptors before exec. Returns the PID, or -1 after telling `conn` why it could not start.
pid_t startProcess(Connection &conn, const std::string &cwd, std::vector<std::string> &argv,
                   const std::vector<std::string> &env, const std::function<void()> &placeStdio);

void runCommand(Connection &conn);
void spawnProcess(Connection &conn);
void signalProcess(Connection &conn);

} // namespace Sandbar::Agent
