// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A streamed upload (OpWriteStream): the bytes go to a temporary file renamed into place only
// when sandbar-local commits, so a cut transfer never leaves a partial file under its name.

namespace Sandbar::Agent {

class Connection;

void writeStream(Connection &conn);

} // namespace Sandbar::Agent
