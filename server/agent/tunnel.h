// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Sandbar::Agent {

class Connection;

// OpConnect: connects to a port on the sandbox's own loopback (127.0.0.1, else ::1), from
// inside its network namespace, answers FrameDone (or FrameError with the errno), then relays
// the connection's bytes both ways over the request's stream until either side ends.
void connectPort(Connection &conn);

} // namespace Sandbar::Agent
