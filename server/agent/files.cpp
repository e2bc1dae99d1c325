// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "files.h"

#include "paths.h"
#include "wire.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace Sandbar::Agent {

using namespace Sandbar::AgentProtocol;

// A FIFO, a device or a directory is refused at once, without blocking.
UniqueFd openRegularFile(Connection &conn, int dirFd, const std::string &name, const std::string &path, int flags)
{
    UniqueFd fd(::openat(dirFd, name.c_str(), flags | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0644));
    if (!fd.valid()) {
        conn.error(errno, path + ": " + errnoText(errno));
        return fd;
    }
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0 || !S_ISREG(info.st_mode)) {
        conn.error(S_ISDIR(info.st_mode) ? EISDIR : EINVAL,
                   path + (S_ISDIR(info.st_mode) ? " is a directory" : " is not a regular file"));
        return UniqueFd();
    }
    return fd;
}

namespace {
// One read(2), retried when interrupted; -1 after telling `conn` why.
ssize_t readPiece(Connection &conn, int fd, char *buffer, size_t size, const std::string &path)
{
    while (true) {
        const ssize_t got = ::read(fd, buffer, size);
        if (got >= 0)
            return got;
        if (errno != EINTR) {
            conn.error(errno, path + ": " + errnoText(errno));
            return -1;
        }
    }
}

// Removes directory `name` below `dirFd` with everything in it, without following links.
int removeTree(int dirFd, const std::string &name, int depth = 0)
{
    if (depth > 256)
        return ELOOP;
    UniqueFd fd(::openat(dirFd, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!fd.valid())
        return errno;
    DIR *dir = ::fdopendir(fd.get());
    if (!dir)
        return errno;
    const int dirFdOfDir = fd.release(); // closedir() closes it from here on
    int code = 0;
    while (const dirent *entry = ::readdir(dir)) {
        if (std::strcmp(entry->d_name, ".") == 0 || std::strcmp(entry->d_name, "..") == 0)
            continue;
        struct stat info {};
        if (::fstatat(dirFdOfDir, entry->d_name, &info, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        const int result = S_ISDIR(info.st_mode) ? removeTree(dirFdOfDir, entry->d_name, depth + 1)
                                                 : (::unlinkat(dirFdOfDir, entry->d_name, 0) == 0 ? 0 : errno);
        if (result != 0 && code == 0)
            code = result;
    }
    ::closedir(dir);
    if (code == 0 && ::unlinkat(dirFd, name.c_str(), AT_REMOVEDIR) != 0)
        code = errno;
    return code;
}
} // namespace

bool writeAllTo(int fd, const char *data, size_t size, int &code)
{
    while (size > 0) {
        const ssize_t wrote = ::write(fd, data, size);
        if (wrote < 0 && errno == EINTR)
            continue;
        if (wrote < 0) {
            code = errno;
            return false;
        }
        data += wrote;
        size -= size_t(wrote);
    }
    return true;
}

std::string writeError(int code, const std::string &path)
{
    return path + ": " + (code == EFBIG ? std::string("the file would exceed the sandbox's file size limit") : errnoText(code));
}

void readFile(Connection &conn, bool announceSize)
{
    std::string input;
    uint64_t maxBytes = 0;
    if (!conn.readString(input, PATH_MAX) || !conn.readValue(maxBytes))
        return;
    const std::string path = normalise(input);
    const UniqueFd fd = openRegularFile(conn, AT_FDCWD, toHost(path), path, O_RDONLY);
    if (!fd.valid())
        return;
    struct stat info {};
    ::fstat(fd.get(), &info);
    if (uint64_t(info.st_size) > maxBytes) {
        conn.error(EFBIG, path + " is " + std::to_string(info.st_size) + " bytes, more than the " +
                              std::to_string(maxBytes) + " this operation returns");
        return;
    }
    const auto announce = [&conn, &path](uint64_t size) {
        std::string payload(reinterpret_cast<const char *>(&size), sizeof(size));
        return conn.frame(FrameSize, payload + path);
    };
    if (announceSize && info.st_size == 0) {
        // Files that do not know their size (/proc and the like) are small: read whole first.
        constexpr size_t kMaxUnsized = 16u << 20;
        std::string content;
        char piece[kChunk];
        while (true) {
            const ssize_t got = readPiece(conn, fd.get(), piece, sizeof(piece), path);
            if (got < 0)
                return;
            if (got == 0)
                break;
            content.append(piece, size_t(got));
            if (content.size() > std::min<uint64_t>(kMaxUnsized, maxBytes)) {
                conn.error(EFBIG, path + " does not tell its size and is larger than this operation returns");
                return;
            }
        }
        if (!announce(content.size()))
            return;
        for (size_t at = 0; at < content.size(); at += kChunk) {
            if (!conn.frame(FrameData, content.data() + at, std::min(kChunk, content.size() - at)))
                return;
        }
        conn.done(content.size(), path);
        return;
    }
    const uint64_t announced = uint64_t(info.st_size);
    if (announceSize && !announce(announced))
        return;
    std::vector<char> buffer(announceSize ? 4 * kChunk : kChunk); // a download: fewer, larger frames
    uint64_t total = 0;
    while (true) {
        // An announced size is exact: what the file gains meanwhile is not sent.
        const size_t want = announceSize ? size_t(std::min<uint64_t>(buffer.size(), announced - total)) : buffer.size();
        if (want == 0)
            break;
        const ssize_t got = readPiece(conn, fd.get(), buffer.data(), want, path);
        if (got < 0)
            return;
        if (got == 0)
            break;
        total += uint64_t(got);
        if (total > maxBytes) { // grew while being read
            conn.error(EFBIG, path + " grew past the limit while being read");
            return;
        }
        if (!conn.frame(FrameData, buffer.data(), size_t(got)))
            break;
    }
    if (announceSize && total != announced) {
        conn.error(EIO, path + " shrank while being read");
        return;
    }
    conn.done(total, path);
}

void writeFile(Connection &conn)
{
    std::string input;
    uint64_t length = 0;
    if (!conn.readString(input, PATH_MAX) || !conn.readValue(length))
        return;
    const std::string path = normalise(input);
    Beneath target;
    if (!openWritableParent(conn, path, target))
        return;
    struct stat existing {};
    if (::fstatat(target.dir.get(), target.name.c_str(), &existing, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(existing.st_mode)) {
        conn.error(EACCES, path + " is a symbolic link (writes do not follow links)");
        return;
    }
    UniqueFd fd = openRegularFile(conn, target.dir.get(), target.name, path, O_WRONLY | O_CREAT | O_NOFOLLOW);
    if (!fd.valid())
        return;
    if (::ftruncate(fd.get(), 0) != 0) {
        conn.error(errno, path + ": " + errnoText(errno));
        return;
    }
    std::vector<char> buffer(kChunk);
    uint64_t written = 0;
    while (written < length) {
        const size_t want = size_t(std::min<uint64_t>(buffer.size(), length - written));
        if (!conn.readExact(buffer.data(), want))
            return; // sandbar-local went away
        int code = 0;
        if (!writeAllTo(fd.get(), buffer.data(), want, code)) {
            conn.error(code, writeError(code, path));
            return;
        }
        written += want;
    }
    if (const int code = fd.close()) {
        conn.error(code, path + ": " + errnoText(code));
        return;
    }
    conn.done(written, path);
}

void listDirectory(Connection &conn)
{
    std::string input;
    uint32_t maxEntries = 0;
    if (!conn.readString(input, PATH_MAX) || !conn.readValue(maxEntries))
        return;
    const std::string path = normalise(input);
    DIR *dir = ::opendir(toHost(path).c_str());
    if (!dir) {
        conn.error(errno, path + ": " + errnoText(errno));
        return;
    }
    struct Entry
    {
        std::string name;
        bool isDir;
        uint64_t size;
        int64_t mtime;
    };
    std::vector<Entry> entries;
    const int dirFd = ::dirfd(dir);
    while (const dirent *item = ::readdir(dir)) {
        if (std::strcmp(item->d_name, ".") == 0 || std::strcmp(item->d_name, "..") == 0)
            continue;
        struct stat info {};
        if (::fstatat(dirFd, item->d_name, &info, AT_SYMLINK_NOFOLLOW) != 0)
            continue; // removed meanwhile
        bool isDir = S_ISDIR(info.st_mode);
        struct stat target {};
        if (S_ISLNK(info.st_mode) && ::fstatat(dirFd, item->d_name, &target, 0) == 0)
            isDir = S_ISDIR(target.st_mode);
        entries.push_back({item->d_name, isDir, uint64_t(info.st_size), int64_t(info.st_mtim.tv_sec)});
    }
    ::closedir(dir);
    // Directories first, then by name: a stable order, and the cap keeps a predictable part.
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.isDir != b.isDir ? a.isDir : a.name < b.name;
    });
    if (entries.size() > maxEntries)
        entries.resize(maxEntries);
    std::string payload;
    for (const Entry &entry : entries) {
        payload.assign(1, char(entry.isDir ? 1 : 0));
        payload.append(reinterpret_cast<const char *>(&entry.size), sizeof(entry.size));
        payload.append(reinterpret_cast<const char *>(&entry.mtime), sizeof(entry.mtime));
        payload += entry.name;
        if (!conn.frame(FrameEntry, payload))
            return;
    }
    conn.done(entries.size(), path);
}

void deletePath(Connection &conn)
{
    std::string input;
    if (!conn.readString(input, PATH_MAX))
        return;
    const std::string path = normalise(input);
    if (!checkWritable(conn, path))
        return;
    if (path == kHome || path == kTmp) {
        conn.error(EACCES, path + " itself cannot be deleted");
        return;
    }
    Beneath target;
    if (const int code = openParentBeneath(toHost(path), false, target)) {
        conn.error(code, beneathError(code, path));
        return;
    }
    struct stat info {};
    if (::fstatat(target.dir.get(), target.name.c_str(), &info, AT_SYMLINK_NOFOLLOW) != 0) {
        conn.error(errno, path + ": " + errnoText(errno));
        return;
    }
    // A symlink is removed, never followed; a directory is emptied through descriptors.
    const int code = S_ISDIR(info.st_mode) ? removeTree(target.dir.get(), target.name)
                                           : (::unlinkat(target.dir.get(), target.name.c_str(), 0) == 0 ? 0 : errno);
    if (code != 0) {
        conn.error(code, path + ": " + errnoText(code));
        return;
    }
    conn.done(0, path);
}

void makeDirectory(Connection &conn)
{
    std::string input;
    if (!conn.readString(input, PATH_MAX))
        return;
    const std::string path = normalise(input);
    if (!checkWritable(conn, path))
        return;
    Beneath target;
    if (const int code = openParentBeneath(toHost(path), true, target)) {
        conn.error(code == EISDIR ? EEXIST : code, beneathError(code, path));
        return;
    }
    if (::mkdirat(target.dir.get(), target.name.c_str(), 0755) != 0 && errno != EEXIST) {
        conn.error(errno, path + ": " + errnoText(errno));
        return;
    }
    struct stat info {};
    if (::fstatat(target.dir.get(), target.name.c_str(), &info, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISDIR(info.st_mode)) {
        conn.error(EEXIST, path + " exists and is not a directory");
        return;
    }
    conn.done(0, path);
}

} // namespace Sandbar::Agent
