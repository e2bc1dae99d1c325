// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paths.h"

#include "agentprotocol.h"
#include "wire.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <vector>

namespace Sandbar::Agent {

using namespace Sandbar::AgentProtocol;

namespace {
std::string g_homeOnHost = kHome;
std::string g_tmpOnHost = kTmp;

bool writable(const std::string &path)
{
    return within(path, kHome) || within(path, kTmp);
}
} // namespace

std::string normalise(const std::string &input)
{
    const std::string path = (!input.empty() && input[0] == '/') ? input : std::string(kHome) + "/" + input;
    std::vector<std::string> parts;
    size_t start = 0;
    while (start <= path.size()) {
        const size_t end = std::min(path.find('/', start), path.size());
        const std::string part = path.substr(start, end - start);
        if (part == "..") {
            if (!parts.empty())
                parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        start = end + 1;
    }
    std::string result;
    for (const auto &part : parts)
        result += "/" + part;
    return result.empty() ? "/" : result;
}

bool within(const std::string &path, const std::string &root)
{
    return path.compare(0, root.size(), root) == 0 && (path.size() == root.size() || path[root.size()] == '/');
}

void setWritableAreasOnHost(const std::string &home, const std::string &tmp)
{
    g_homeOnHost = home;
    g_tmpOnHost = tmp;
}

std::string toHost(const std::string &path)
{
    if (within(path, kHome))
        return g_homeOnHost + path.substr(std::strlen(kHome));
    if (within(path, kTmp))
        return g_tmpOnHost + path.substr(std::strlen(kTmp));
    return path;
}

bool checkWritable(Connection &conn, const std::string &path)
{
    if (!writable(path)) {
        conn.error(EACCES, "only /home/user and /tmp are writable: " + path);
        return false;
    }
    return true;
}

int openParentBeneath(const std::string &hostPath, bool create, Beneath &out)
{
    const std::string &root = within(hostPath, g_homeOnHost) ? g_homeOnHost : g_tmpOnHost;
    std::vector<std::string> parts;
    for (size_t at = root.size() + 1; at <= hostPath.size();) {
        const size_t end = std::min(hostPath.find('/', at), hostPath.size());
        if (end > at)
            parts.push_back(hostPath.substr(at, end - at));
        at = end + 1;
    }
    if (parts.empty())
        return EISDIR; // the area itself
    UniqueFd dir(::open(root.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC));
    if (!dir.valid())
        return errno;
    for (size_t i = 0; i + 1 < parts.size(); ++i) {
        if (create && ::mkdirat(dir.get(), parts[i].c_str(), 0755) != 0 && errno != EEXIST)
            return errno;
        // O_DIRECTORY with O_NOFOLLOW: a symlink here fails with ENOTDIR instead of being followed.
        UniqueFd next(::openat(dir.get(), parts[i].c_str(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (!next.valid()) {
            int code = errno;
            struct stat info {};
            // A link may lead out of the writable area: refused as such (403), not as a bad path.
            if (code == ENOTDIR && ::fstatat(dir.get(), parts[i].c_str(), &info, AT_SYMLINK_NOFOLLOW) == 0 &&
                S_ISLNK(info.st_mode))
                code = EACCES;
            return code;
        }
        dir = std::move(next);
    }
    out.dir = std::move(dir);
    out.name = parts.back();
    return 0;
}

std::string beneathError(int code, const std::string &path)
{
    return path + (code == EACCES ? ": goes through a symbolic link (writes do not follow links)"
                                  : ": " + errnoText(code));
}

bool openWritableParent(Connection &conn, const std::string &path, Beneath &out)
{
    if (!checkWritable(conn, path))
        return false;
    if (const int code = openParentBeneath(toHost(path), true, out)) {
        conn.error(code, beneathError(code, path));
        return false;
    }
    return true;
}

} // namespace Sandbar::Agent
