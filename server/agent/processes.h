// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Processes in the sandbox: a command run to its end with its output streamed back, a
// long-lived process (a code context's interpreter) handed the connection, and signals.

namespace Sandbar::Agent {

class Connection;

void runCommand(Connection &conn);
void spawnProcess(Connection &conn);
void signalProcess(Connection &conn);

} // namespace Sandbar::Agent
