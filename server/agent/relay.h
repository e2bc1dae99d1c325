// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Copies bytes both ways between two connected stream sockets until both directions have
// ended, through a fixed buffer per direction: a side that does not read holds the other back
// (nothing is buffered without bound). An end of input on one side is passed on as a
// shutdown(SHUT_WR) of the other, so half-closed protocols work. Plain POSIX: the agent uses it
// inside a sandbox, sandbar-local on this computer. Blocking: run it in a process or thread
// of its own. Closes neither descriptor.

namespace Sandbar {

void relayStreams(int a, int b);

} // namespace Sandbar
