// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "processes.h"

#include "paths.h"
#include "uniquefd.h"
#include "wire.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace Sandbar::Agent {

using namespace Sandbar::AgentProtocol;

pid_t startProcess(Connection &conn, const std::string &cwd, std::vector<std::string> &argv,
                   const std::vector<std::string> &env, const std::function<void()> &placeStdio)
{
    int statusPipe[2];
    if (::pipe2(statusPipe, O_CLOEXEC) != 0) {
        conn.error(errno, "pipe: " + errnoText(errno));
        return -1;
    }
    UniqueFd statusRead(statusPipe[0]);
    UniqueFd statusWrite(statusPipe[1]);
    const pid_t pid = ::fork();
    if (pid < 0) {
        conn.error(errno, "cannot start '" + argv[0] + "': " + errnoText(errno));
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
        (void)!::write(statusWrite.get(), report, sizeof(report));
        ::_exit(127);
    }
    statusWrite.reset();
    char failure[1 + sizeof(int)];
    size_t got = 0;
    while (got < sizeof(failure)) {
        const ssize_t n = ::read(statusRead.get(), failure + got, sizeof(failure) - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += size_t(n);
    }
    statusRead.reset();
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

    int outPipe[2], errPipe[2];
    if (::pipe2(outPipe, O_CLOEXEC) != 0) {
        conn.error(errno, "pipe: " + errnoText(errno));
        return;
    }
    UniqueFd streams[2] = {UniqueFd(outPipe[0]), UniqueFd()};
    UniqueFd outWrite(outPipe[1]);
    if (::pipe2(errPipe, O_CLOEXEC) != 0) {
        conn.error(errno, "pipe: " + errnoText(errno));
        return;
    }
    streams[1].reset(errPipe[0]);
    UniqueFd errWrite(errPipe[1]);
    const pid_t pid = startProcess(conn, cwd, argv, env, [&outWrite, &errWrite] {
        const int devNull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        ::dup2(devNull, STDIN_FILENO); // reading stdin ends at once
        ::dup2(outWrite.get(), STDOUT_FILENO);
        ::dup2(errWrite.get(), STDERR_FILENO);
    });
    outWrite.reset();
    errWrite.reset();
    if (pid < 0)
        return;

    const UniqueFd pidfd(int(::syscall(SYS_pidfd_open, pid, 0)));
    timespec start{};
    ::clock_gettime(CLOCK_MONOTONIC, &start);
    const auto elapsedMs = [&start] {
        timespec now{};
        ::clock_gettime(CLOCK_MONOTONIC, &now);
        return int64_t(now.tv_sec - start.tv_sec) * 1000 + (now.tv_nsec - start.tv_nsec) / 1'000'000;
    };
    uint64_t sent[2] = {0, 0};
    bool truncated[2] = {false, false};
    bool exited = false, timedOut = false;
    int waitStatus = 0;
    int64_t drainUntil = -1;
    std::vector<char> buffer(kChunk);
    while (streams[0].valid() || streams[1].valid() || !exited) {
        std::vector<pollfd> fds;
        for (const UniqueFd &stream : streams)
            fds.push_back({stream.get(), POLLIN, 0});
        fds.push_back({exited ? -1 : pidfd.get(), POLLIN, 0});
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
            if (!streams[i].valid() || !(fds[size_t(i)].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const ssize_t n = ::read(streams[i].get(), buffer.data(), buffer.size());
            if (n <= 0) {
                if (n < 0 && errno == EINTR)
                    continue;
                streams[i].reset();
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

} // namespace Sandbar::Agent
