// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The file operations: read, write, list, delete and mkdir, each answering on `conn`.

namespace Sandbar::Agent {

class Connection;

void readFile(Connection &conn);
void writeFile(Connection &conn);
void listDirectory(Connection &conn);
void deletePath(Connection &conn);
void makeDirectory(Connection &conn);

} // namespace Sandbar::Agent
