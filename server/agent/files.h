// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The file operations: read, write, list, delete and mkdir, each answering on `conn`.

#include "uniquefd.h"

#include <cstddef>
#include <string>

namespace Sandbar::Agent {

class Connection;

// With `announceSize`, FrameSize comes first and exactly that many bytes follow.
// Opens `name` below `dirFd` (shown to the client as `path`) as a regular file; invalid after
// telling `conn` why.
UniqueFd openRegularFile(Connection &conn, int dirFd, const std::string &name, const std::string &path, int flags);
void readFile(Connection &conn, bool announceSize = false);
// Writes all of `data` to `fd`; false with `code` set (the errno) when it cannot.
bool writeAllTo(int fd, const char *data, size_t size, int &code);
// A failed write to `path` in words (EFBIG is the sandbox's file size limit).
std::string writeError(int code, const std::string &path);
void writeFile(Connection &conn);
void listDirectory(Connection &conn);
void deletePath(Connection &conn);
void makeDirectory(Connection &conn);

} // namespace Sandbar::Agent
