// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Sandbar::Agent {

class Connection;

// OpTerminal: opens a pseudo-terminal of `cols` x `rows`, starts the user's login shell on it
// in /home/user, answers FrameDone with the shell's PID, then carries the terminal both ways
// (see agentprotocol.h) until the shell exits (FrameExit) or sandbar-local closes the stream
// (the shell's whole session is ended). Output waits in a bounded buffer: when sandbar-local
// reads slowly the terminal is not read, so a flooding program blocks on its writes.
void openTerminal(Connection &conn);

} // namespace Sandbar::Agent
