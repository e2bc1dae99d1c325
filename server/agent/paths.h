// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Paths as the sandbox sees them, and the confinement of writes: only /home/user and /tmp
// are writable, and writes, mkdir and delete walk there one component at a time from a
// descriptor of the area's root, never through a symbolic link.

#include "uniquefd.h"

#include <string>

namespace Sandbar::Agent {

class Connection;

// The sandbox's view: relative paths start at /home/user; "." and ".." are resolved
// lexically and ".." never climbs above "/".
std::string normalise(const std::string &input);
bool within(const std::string &path, const std::string &root);
// Where the writable areas are in the agent's own mount view: the same paths under
// bubblewrap; folders in sandbar-local's data dir when it runs without isolation.
void setWritableAreasOnHost(const std::string &home, const std::string &tmp);
std::string toHost(const std::string &path);
// `path` (the sandbox's view) lies in a writable area; otherwise tells `conn` why not.
bool checkWritable(Connection &conn, const std::string &path);

// The directory that holds a path's last component, opened beneath its writable area.
struct Beneath
{
    UniqueFd dir;
    std::string name;
};
// `hostPath` must lie in a writable area (checked lexically before). Opens its parent
// directory, creating missing ones when `create`. 0, or an errno (EACCES: a symbolic link).
int openParentBeneath(const std::string &hostPath, bool create, Beneath &out);
std::string beneathError(int code, const std::string &path);
// Both steps for a write to `path` (the sandbox's view): it lies in a writable area and its
// parent directory, created as needed, opens beneath it. Otherwise tells `conn` why not.
bool openWritableParent(Connection &conn, const std::string &path, Beneath &out);

} // namespace Sandbar::Agent
