// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// sandbar-agent: a sandbox's main process. It runs inside the sandbox's namespaces, as its
// user, under its limits, and does there what sandbar-local asks: run commands, read and
// write files. Everything it touches is what the sandbox itself could touch, so the
// isolation holds by construction rather than by checks on the host side.
//
// Plain POSIX C++ without Qt: it starts in about a millisecond and costs little memory in
// each of hundreds of sandboxes. See agentprotocol.h for the protocol.
#include "agentprotocol.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <string>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace Sandbar::AgentProtocol;

namespace {

constexpr int kRequestTimeoutMs = 30'000;
constexpr size_t kChunk = 64 * 1024;

// ---- I/O on the connection ----------------------------------------------------------------

class Connection
{
public:
    explicit Connection(int fd) : m_fd(fd) {}

    bool readExact(void *buffer, size_t size)
    {
        auto *out = static_cast<char *>(buffer);
        while (size > 0) {
            pollfd pfd{m_fd, POLLIN, 0};
            const int ready = ::poll(&pfd, 1, kRequestTimeoutMs);
            if (ready <= 0) {
                if (ready < 0 && errno == EINTR)
                    continue;
                return false;
            }
            const ssize_t got = ::read(m_fd, out, size);
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0)
                return false;
            out += got;
            size -= size_t(got);
        }
        return true;
    }

    template <typename T> bool readValue(T &value) { return readExact(&value, sizeof(T)); }

    bool readString(std::string &text, uint32_t maxLength = 1 << 20)
    {
        uint32_t length = 0;
        if (!readValue(length) || length > maxLength)
            return false;
        text.resize(length);
        return length == 0 || readExact(text.data(), length);
    }

    bool readList(std::vector<std::string> &items)
    {
        uint32_t count = 0;
        if (!readValue(count) || count > 65536)
            return false;
        items.resize(count);
        for (auto &item : items) {
            if (!readString(item))
                return false;
        }
        return true;
    }

    bool writeAll(const void *data, size_t size)
    {
        const auto *in = static_cast<const char *>(data);
        while (size > 0) {
            const ssize_t wrote = ::send(m_fd, in, size, MSG_NOSIGNAL);
            if (wrote < 0 && errno == EINTR)
                continue;
            if (wrote <= 0)
                return false;
            in += wrote;
            size -= size_t(wrote);
        }
        return true;
    }

    bool frame(Frame type, const void *payload, size_t size)
    {
        const uint8_t t = type;
        const uint32_t length = uint32_t(size);
        return writeAll(&t, 1) && writeAll(&length, 4) && (size == 0 || writeAll(payload, size));
    }

    bool frame(Frame type, const std::string &payload) { return frame(type, payload.data(), payload.size()); }

    bool error(int code, const std::string &message)
    {
        std::string payload(reinterpret_cast<const char *>(&code), sizeof(code));
        payload += message;
        return frame(FrameError, payload);
    }

    bool done(uint64_t size, const std::string &path)
    {
        std::string payload(reinterpret_cast<const char *>(&size), sizeof(size));
        payload += path;
        return frame(FrameDone, payload);
    }

    int fd() const { return m_fd; }

private:
    int m_fd;
};

std::string errnoText(int code)
{
    return std::strerror(code);
}

// ---- Paths ----------------------------------------------------------------------------------

// The sandbox's view: relative paths start at /home/user; "." and ".." are resolved
// lexically and ".." never climbs above "/".
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

// Where the sandbox's writable areas are in the agent's own mount view: the same paths under
// bubblewrap; their folders in sandbar-local's data dir when it runs without isolation
// (SANDBAR_HOST_HOME / SANDBAR_HOST_TMP).
std::string g_homeOnHost = kHome;
std::string g_tmpOnHost = kTmp;

std::string toHost(const std::string &path)
{
    if (within(path, kHome))
        return g_homeOnHost + path.substr(std::strlen(kHome));
    if (within(path, kTmp))
        return g_tmpOnHost + path.substr(std::strlen(kTmp));
    return path;
}

// `path` in the sandbox's view.
bool writable(const std::string &path)
{
    return within(path, kHome) || within(path, kTmp);
}

// Writes, mkdir and delete walk the writable area one component at a time from a descriptor
// of its root, never through a symbolic link (openat with O_NOFOLLOW at every step): a
// component swapped for a symlink between a check and its use cannot lead anywhere else.
struct Beneath
{
    int dirFd = -1;   // the directory that holds `name`
    std::string name; // the last component
    ~Beneath()
    {
        if (dirFd >= 0)
            ::close(dirFd);
    }
};

// `hostPath` must lie in a writable area (checked lexically before). Opens its parent
// directory, creating missing ones when `create`. 0, or an errno.
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
    int fd = ::open(root.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    for (size_t i = 0; i + 1 < parts.size(); ++i) {
        if (create && ::mkdirat(fd, parts[i].c_str(), 0755) != 0 && errno != EEXIST) {
            const int code = errno;
            ::close(fd);
            return code;
        }
        // O_DIRECTORY with O_NOFOLLOW: a symlink here fails with ENOTDIR instead of being followed.
        const int next = ::openat(fd, parts[i].c_str(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        int code = errno;
        struct stat info {};
        // A link may lead out of the writable area: refused as such (403), not as a bad path.
        if (next < 0 && code == ENOTDIR && ::fstatat(fd, parts[i].c_str(), &info, AT_SYMLINK_NOFOLLOW) == 0 &&
            S_ISLNK(info.st_mode))
            code = EACCES;
        ::close(fd);
        if (next < 0)
            return code;
        fd = next;
    }
    out.dirFd = fd;
    out.name = parts.back();
    return 0;
}

bool checkWritable(Connection &conn, const std::string &path)
{
    if (!writable(path)) {
        conn.error(EACCES, "only /home/user and /tmp are writable: " + path);
        return false;
    }
    return true;
}

std::string beneathError(int code, const std::string &path)
{
    return path + (code == EACCES ? ": goes through a symbolic link (writes do not follow links)"
                                  : ": " + errnoText(code));
}

// ---- Operations -----------------------------------------------------------------------------

// Opens `hostPath` (shown to the client as `path`) and makes sure it is a regular file: a FIFO,
// a device or a directory is refused at once, without blocking. Returns the descriptor, or -1
// after telling `conn` why.
int openRegularFile(Connection &conn, int dirFd, const std::string &name, const std::string &path, int flags)
{
    const int fd = ::openat(dirFd, name.c_str(), flags | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0644);
    if (fd < 0) {
        conn.error(errno, path + ": " + errnoText(errno));
        return -1;
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        conn.error(S_ISDIR(info.st_mode) ? EISDIR : EINVAL,
                   path + (S_ISDIR(info.st_mode) ? " is a directory" : " is not a regular file"));
        return -1;
    }
    return fd;
}

void readFile(Connection &conn)
{
    std::string input;
    uint64_t maxBytes = 0;
    if (!conn.readString(input, PATH_MAX) || !conn.readValue(maxBytes))
        return;
    const std::string path = normalise(input);
    const int fd = openRegularFile(conn, AT_FDCWD, toHost(path), path, O_RDONLY);
    if (fd < 0)
        return;
    struct stat info {};
    ::fstat(fd, &info);
    if (uint64_t(info.st_size) > maxBytes) {
        ::close(fd);
        conn.error(EFBIG, path + " is " + std::to_string(info.st_size) + " bytes, more than the " +
                              std::to_string(maxBytes) + " this operation returns");
        return;
    }
    std::vector<char> buffer(kChunk);
    uint64_t total = 0;
    while (true) {
        const ssize_t got = ::read(fd, buffer.data(), buffer.size());
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            conn.error(errno, path + ": " + errnoText(errno));
            ::close(fd);
            return;
        }
        if (got == 0)
            break;
        total += uint64_t(got);
        if (total > maxBytes) { // grew while being read
            conn.error(EFBIG, path + " grew past the limit while being read");
            ::close(fd);
            return;
        }
        if (!conn.frame(FrameData, buffer.data(), size_t(got)))
            break;
    }
    ::close(fd);
    conn.done(total, path);
}

void writeFile(Connection &conn)
{
    std::string input;
    uint64_t length = 0;
    if (!conn.readString(input, PATH_MAX) || !conn.readValue(length))
        return;
    const std::string path = normalise(input);
    if (!checkWritable(conn, path))
        return;
    Beneath target;
    if (const int code = openParentBeneath(toHost(path), true, target)) {
        conn.error(code, beneathError(code, path));
        return;
    }
    struct stat existing {};
    if (::fstatat(target.dirFd, target.name.c_str(), &existing, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(existing.st_mode)) {
        conn.error(EACCES, path + " is a symbolic link (writes do not follow links)");
        return;
    }
    const int fd = openRegularFile(conn, target.dirFd, target.name, path, O_WRONLY | O_CREAT | O_NOFOLLOW);
    if (fd < 0)
        return;
    if (::ftruncate(fd, 0) != 0) {
        conn.error(errno, path + ": " + errnoText(errno));
        ::close(fd);
        return;
    }
    std::vector<char> buffer(kChunk);
    uint64_t written = 0;
    while (written < length) {
        const size_t want = size_t(std::min<uint64_t>(buffer.size(), length - written));
        if (!conn.readExact(buffer.data(), want)) {
            ::close(fd);
            return; // sandbar-local went away
        }
        size_t offset = 0;
        while (offset < want) {
            const ssize_t wrote = ::write(fd, buffer.data() + offset, want - offset);
            if (wrote < 0 && errno == EINTR)
                continue;
            if (wrote < 0) {
                const int code = errno;
                ::close(fd);
                conn.error(code, path + ": " + (code == EFBIG ? std::string("the file would exceed the sandbox's file size limit")
                                                              : errnoText(code)));
                return;
            }
            offset += size_t(wrote);
        }
        written += want;
    }
    if (::close(fd) != 0) {
        conn.error(errno, path + ": " + errnoText(errno));
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

// Removes directory `name` below `dirFd` with everything in it, without following links.
int removeTree(int dirFd, const std::string &name, int depth = 0)
{
    if (depth > 256)
        return ELOOP;
    const int fd = ::openat(dirFd, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return errno;
    DIR *dir = ::fdopendir(fd);
    if (!dir) {
        const int code = errno;
        ::close(fd);
        return code;
    }
    int code = 0;
    while (const dirent *entry = ::readdir(dir)) {
        if (std::strcmp(entry->d_name, ".") == 0 || std::strcmp(entry->d_name, "..") == 0)
            continue;
        struct stat info {};
        if (::fstatat(fd, entry->d_name, &info, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        const int result = S_ISDIR(info.st_mode) ? removeTree(fd, entry->d_name, depth + 1)
                                                 : (::unlinkat(fd, entry->d_name, 0) == 0 ? 0 : errno);
        if (result != 0 && code == 0)
            code = result;
    }
    ::closedir(dir);
    if (code == 0 && ::unlinkat(dirFd, name.c_str(), AT_REMOVEDIR) != 0)
        code = errno;
    return code;
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
    if (::fstatat(target.dirFd, target.name.c_str(), &info, AT_SYMLINK_NOFOLLOW) != 0) {
        conn.error(errno, path + ": " + errnoText(errno));
        return;
    }
    // A symlink is removed, never followed; a directory is emptied through descriptors.
    const int code = S_ISDIR(info.st_mode) ? removeTree(target.dirFd, target.name)
                                           : (::unlinkat(target.dirFd, target.name.c_str(), 0) == 0 ? 0 : errno);
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
    if (::mkdirat(target.dirFd, target.name.c_str(), 0755) != 0 && errno != EEXIST) {
        conn.error(errno, path + ": " + errnoText(errno));
        return;
    }
    struct stat info {};
    if (::fstatat(target.dirFd, target.name.c_str(), &info, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISDIR(info.st_mode)) {
        conn.error(EEXIST, path + " exists and is not a directory");
        return;
    }
    conn.done(0, path);
}

// ---- Commands -------------------------------------------------------------------------------

// Starts `argv` in `cwd` with `env` added, in a session of its own (its own process group,
// no controlling terminal: no TIOCSTI). `placeStdio` sets up the child's descriptors before
// exec. Returns the PID, or -1 after telling `conn` why it could not start.
template <typename PlaceStdio>
pid_t startProcess(Connection &conn, const std::string &cwd, std::vector<std::string> &argv,
                   const std::vector<std::string> &env, PlaceStdio placeStdio)
{
    int status[2];
    if (::pipe2(status, O_CLOEXEC) != 0) {
        conn.error(errno, "pipe: " + errnoText(errno));
        return -1;
    }
    const pid_t pid = ::fork();
    if (pid < 0) {
        conn.error(errno, "cannot start '" + argv[0] + "': " + errnoText(errno));
        ::close(status[0]);
        ::close(status[1]);
        return -1;
    }
    if (pid == 0) {
        ::setsid();
        for (int sig : {SIGPIPE, SIGXFSZ, SIGCHLD, SIGTERM, SIGINT})
            ::signal(sig, SIG_DFL);
        placeStdio();
        const char *step = "E";
        if (::chdir(toHost(cwd).c_str()) != 0) {
            step = "C";
        } else {
            for (const std::string &item : env) {
                const size_t equals = item.find('=');
                if (equals != std::string::npos)
                    ::setenv(item.substr(0, equals).c_str(), item.substr(equals + 1).c_str(), 1);
            }
            std::vector<char *> args;
            for (std::string &arg : argv)
                args.push_back(arg.data());
            args.push_back(nullptr);
            ::execvp(args[0], args.data());
        }
        // One write, so that the parent never sees half of it.
        char report[1 + sizeof(int)];
        const int code = errno;
        report[0] = *step;
        std::memcpy(report + 1, &code, sizeof(code));
        (void)!::write(status[1], report, sizeof(report));
        ::_exit(127);
    }
    ::close(status[1]);
    char failure[1 + sizeof(int)];
    size_t got = 0;
    while (got < sizeof(failure)) {
        const ssize_t n = ::read(status[0], failure + got, sizeof(failure) - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += size_t(n);
    }
    ::close(status[0]);
    if (got != sizeof(failure))
        return pid; // exec succeeded: the pipe closed with nothing in it
    int code;
    std::memcpy(&code, failure + 1, sizeof(code));
    ::waitpid(pid, nullptr, 0);
    conn.error(code, failure[0] == 'C' ? "working directory " + cwd + ": " + errnoText(code)
                                       : "cannot run '" + argv[0] + "': " + errnoText(code));
    return -1;
}

void runCommand(Connection &conn)
{
    std::string cwd;
    uint32_t timeoutMs = 0;
    uint32_t cap = 0;
    std::vector<std::string> argv;
    std::vector<std::string> env;
    if (!conn.readString(cwd, PATH_MAX) || !conn.readValue(timeoutMs) || !conn.readValue(cap) ||
        !conn.readList(argv) || !conn.readList(env) || argv.empty())
        return;
    cwd = normalise(cwd);

    int out[2], err[2];
    if (::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0) {
        conn.error(errno, "pipe: " + errnoText(errno));
        return;
    }
    const pid_t pid = startProcess(conn, cwd, argv, env, [&out, &err] {
        const int devNull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        ::dup2(devNull, STDIN_FILENO); // reading stdin ends at once
        ::dup2(out[1], STDOUT_FILENO);
        ::dup2(err[1], STDERR_FILENO);
    });
    ::close(out[1]);
    ::close(err[1]);
    if (pid < 0) {
        ::close(out[0]);
        ::close(err[0]);
        return;
    }

    const int pidfd = int(::syscall(SYS_pidfd_open, pid, 0));
    timespec start{};
    ::clock_gettime(CLOCK_MONOTONIC, &start);
    const auto elapsedMs = [&start] {
        timespec now{};
        ::clock_gettime(CLOCK_MONOTONIC, &now);
        return int64_t(now.tv_sec - start.tv_sec) * 1000 + (now.tv_nsec - start.tv_nsec) / 1'000'000;
    };
    int streams[2] = {out[0], err[0]};
    uint64_t sent[2] = {0, 0};
    bool truncated[2] = {false, false};
    bool exited = false, timedOut = false;
    int waitStatus = 0;
    int64_t drainUntil = -1;
    std::vector<char> buffer(kChunk);
    while (streams[0] >= 0 || streams[1] >= 0 || !exited) {
        std::vector<pollfd> fds;
        for (int fd : streams)
            fds.push_back({fd, POLLIN, 0});
        fds.push_back({exited ? -1 : pidfd, POLLIN, 0});
        fds.push_back({conn.fd(), POLLIN, 0});
        const int64_t now = elapsedMs();
        int64_t wait = exited ? drainUntil - now : int64_t(timeoutMs) - now;
        if (exited && wait <= 0)
            break; // a background process still holds the pipes: stop waiting for it
        if (!exited && wait <= 0) {
            ::kill(-pid, SIGKILL);
            timedOut = true;
            wait = 1000;
        }
        const int ready = ::poll(fds.data(), nfds_t(fds.size()), int(std::min<int64_t>(wait, 1000)));
        if (ready < 0 && errno != EINTR)
            break;
        for (int i = 0; i < 2; ++i) {
            if (streams[i] < 0 || !(fds[size_t(i)].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const ssize_t n = ::read(streams[i], buffer.data(), buffer.size());
            if (n <= 0) {
                if (n < 0 && errno == EINTR)
                    continue;
                ::close(streams[i]);
                streams[i] = -1;
                continue;
            }
            const uint64_t room = cap > sent[i] ? cap - sent[i] : 0;
            const size_t forward = size_t(std::min<uint64_t>(room, uint64_t(n)));
            if (forward > 0 && !conn.frame(i == 0 ? FrameStdout : FrameStderr, buffer.data(), forward))
                goto cancelled;
            sent[i] += forward;
            if (forward < size_t(n) && !truncated[i]) {
                truncated[i] = true;
                const char which = char(i + 1);
                if (!conn.frame(FrameTruncated, &which, 1))
                    goto cancelled;
            }
        }
        if (!exited && (fds[2].revents & POLLIN)) {
            if (::waitpid(pid, &waitStatus, WNOHANG) == pid) {
                exited = true;
                drainUntil = elapsedMs() + 100;
            }
        }
        if (fds[3].revents & (POLLIN | POLLHUP | POLLERR)) {
            char probe;
            if (::recv(conn.fd(), &probe, 1, MSG_DONTWAIT) <= 0)
                goto cancelled; // sandbar-local closed the connection: cancel
        }
    }
    // After a normal exit, background processes the command started keep running, as on any
    // machine, until the sandbox ends; after a timeout the whole process group goes.
    if (timedOut)
        ::kill(-pid, SIGKILL);
    {
        const int32_t code = WIFEXITED(waitStatus) ? WEXITSTATUS(waitStatus)
                                                   : 128 + (WIFSIGNALED(waitStatus) ? WTERMSIG(waitStatus) : 0);
        const int32_t signal = WIFSIGNALED(waitStatus) ? WTERMSIG(waitStatus) : 0;
        std::string payload(reinterpret_cast<const char *>(&code), sizeof(code));
        payload += char(timedOut ? 1 : 0);
        payload.append(reinterpret_cast<const char *>(&signal), sizeof(signal));
        conn.frame(FrameExit, payload);
    }
    return;
cancelled:
    ::kill(-pid, SIGKILL);
    ::waitpid(pid, nullptr, 0);
}

void spawnProcess(Connection &conn)
{
    std::string cwd;
    std::vector<std::string> argv;
    std::vector<std::string> env;
    if (!conn.readString(cwd, PATH_MAX) || !conn.readList(argv) || !conn.readList(env) || argv.empty())
        return;
    cwd = normalise(cwd);
    const int fd = conn.fd();
    const pid_t pid = startProcess(conn, cwd, argv, env, [fd] {
        const int devNull = ::open("/dev/null", O_RDWR | O_CLOEXEC);
        ::dup2(devNull, STDIN_FILENO);
        ::dup2(devNull, STDOUT_FILENO);
        ::dup2(devNull, STDERR_FILENO);
        if (fd == 3)
            ::fcntl(3, F_SETFD, 0); // dup2 onto itself would keep close-on-exec
        else
            ::dup2(fd, 3);
    });
    if (pid < 0)
        return;
    // The process speaks only once spoken to, so this frame cannot interleave with its output.
    conn.done(uint64_t(pid), cwd);
}

void signalProcess(Connection &conn)
{
    uint32_t pid = 0, sig = 0;
    if (!conn.readValue(pid) || !conn.readValue(sig))
        return;
    if (pid <= 1 || (sig != SIGINT && sig != SIGKILL && sig != SIGTERM)) {
        conn.error(EINVAL, "refused");
        return;
    }
    if (::kill(pid_t(pid), int(sig)) != 0) {
        conn.error(errno, errnoText(errno));
        return;
    }
    conn.done(pid, {});
}

void serve(int fd)
{
    Connection conn(fd);
    uint8_t op = 0;
    if (!conn.readValue(op))
        return;
    switch (op) {
    case OpCommand: runCommand(conn); break;
    case OpRead: readFile(conn); break;
    case OpWrite: writeFile(conn); break;
    case OpList: listDirectory(conn); break;
    case OpDelete: deletePath(conn); break;
    case OpMkdir: makeDirectory(conn); break;
    case OpSpawn: spawnProcess(conn); break;
    case OpSignal: signalProcess(conn); break;
    case OpPing: conn.done(0, {}); break;
    default: conn.error(EINVAL, "unknown operation"); break;
    }
}

void reapChildren(int)
{
    const int saved = errno;
    while (::waitpid(-1, nullptr, WNOHANG) > 0) {
    }
    errno = saved;
}

int receiveConnection(int control)
{
    char byte;
    iovec iov{&byte, 1};
    alignas(cmsghdr) char space[CMSG_SPACE(sizeof(int))];
    msghdr message{};
    message.msg_iov = &iov;
    message.msg_iovlen = 1;
    message.msg_control = space;
    message.msg_controllen = sizeof(space);
    ssize_t got;
    do {
        got = ::recvmsg(control, &message, MSG_CMSG_CLOEXEC);
    } while (got < 0 && errno == EINTR);
    if (got <= 0)
        return -2; // sandbar-local is gone
    const cmsghdr *header = CMSG_FIRSTHDR(&message);
    if (!header || header->cmsg_type != SCM_RIGHTS)
        return -1;
    int fd;
    std::memcpy(&fd, CMSG_DATA(header), sizeof(fd));
    return fd;
}

} // namespace

int main()
{
    // Orphans (daemons) become the agent's children rather than init's, so that they stay
    // findable as part of the sandbox, also without a PID namespace (--no-isolation).
    ::prctl(PR_SET_CHILD_SUBREAPER, 1);
    if (const char *home = std::getenv("SANDBAR_HOST_HOME"))
        g_homeOnHost = home;
    if (const char *tmp = std::getenv("SANDBAR_HOST_TMP"))
        g_tmpOnHost = tmp;
    if (const char *max = std::getenv("SANDBAR_MAX_PROCESSES")) {
        const rlim_t value = rlim_t(std::strtoul(max, nullptr, 10));
        const rlimit limit{value, value};
        ::setrlimit(RLIMIT_NPROC, &limit);
    }
    ::unsetenv("SANDBAR_HOST_HOME");
    ::unsetenv("SANDBAR_HOST_TMP");
    ::unsetenv("SANDBAR_MAX_PROCESSES");
    ::signal(SIGPIPE, SIG_IGN);
    ::signal(SIGXFSZ, SIG_IGN); // a write past RLIMIT_FSIZE fails with EFBIG instead of killing
    // Handlers are reaped with waitpid rather than by ignoring SIGCHLD: only a real wait adds
    // a child's CPU time and I/O to this process's totals, which the sandbox's metrics read.
    struct sigaction reap = {};
    reap.sa_handler = reapChildren;
    reap.sa_flags = SA_RESTART | SA_NOCLDSTOP;
    ::sigaction(SIGCHLD, &reap, nullptr);
    while (true) {
        const int fd = receiveConnection(kControlFd);
        if (fd == -2)
            return 0;
        if (fd < 0)
            continue;
        const pid_t pid = ::fork();
        if (pid < 0) {
            const int code = errno;
            Connection(fd).error(code, "the sandbox cannot start another process: " + errnoText(code));
        } else if (pid == 0) {
            ::close(kControlFd);
            ::signal(SIGCHLD, SIG_DFL); // this handler waits for its command itself
            serve(fd);
            ::_exit(0);
        }
        ::close(fd);
    }
}
