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
#include "files.h"
#include "paths.h"
#include "processes.h"
#include "terminal.h"
#include "transfers.h"
#include "tunnel.h"
#include "uniquefd.h"
#include "wire.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Sandbar::Agent {

using namespace Sandbar::AgentProtocol;

namespace {

void serve(int fd)
{
    Connection conn(fd);
    uint8_t op = 0;
    if (!conn.readValue(op))
        return;
    switch (op) {
    case OpCommand: runCommand(conn); break;
    case OpRead: readFile(conn); break;
    case OpReadStream: readFile(conn, true); break;
    case OpWriteStream: writeStream(conn); break;
    case OpWrite: writeFile(conn); break;
    case OpList: listDirectory(conn); break;
    case OpDelete: deletePath(conn); break;
    case OpMkdir: makeDirectory(conn); break;
    case OpSpawn: spawnProcess(conn); break;
    case OpSignal: signalProcess(conn); break;
    case OpPing: conn.done(0, {}); break;
    case OpConnect: connectPort(conn); break;
    case OpTerminal: openTerminal(conn); break;
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
} // namespace Sandbar::Agent

using namespace Sandbar::Agent;

int main()
{
    // Orphans (daemons) become the agent's children rather than init's, so that they stay
    // findable as part of the sandbox, also without a PID namespace (--no-isolation).
    ::prctl(PR_SET_CHILD_SUBREAPER, 1);
    const char *home = std::getenv("SANDBAR_HOST_HOME");
    const char *tmp = std::getenv("SANDBAR_HOST_TMP");
    setWritableAreasOnHost(home ? home : kHome, tmp ? tmp : kTmp);
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
        const int received = receiveConnection(kControlFd);
        if (received == -2)
            return 0;
        if (received < 0)
            continue;
        const Sandbar::UniqueFd fd(received);
        const pid_t pid = ::fork();
        if (pid < 0) {
            const int code = errno;
            Connection(fd.get()).error(code, "the sandbox cannot start another process: " + errnoText(code));
        } else if (pid == 0) {
            ::close(kControlFd); // the handler answers on its own connection only
            ::signal(SIGCHLD, SIG_DFL); // this handler waits for its command itself
            serve(fd.get());
            ::_exit(0);
        }
    }
}
