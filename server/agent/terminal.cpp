// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminal.h"

#include "processes.h"
#include "uniquefd.h"
#include "wire.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

namespace Sandbar::Agent {

using namespace Sandbar::AgentProtocol;

namespace {

constexpr size_t kOutputCap = 256 * 1024; // terminal output waiting for sandbar-local
constexpr size_t kInputCap = 64 * 1024;   // keystrokes waiting for the program to read them
constexpr uint32_t kMaxInputFrame = 1 << 20;

void setSize(int master, uint16_t cols, uint16_t rows)
{
    winsize size{};
    size.ws_col = std::clamp<uint16_t>(cols, 2, 1000);
    size.ws_row = std::clamp<uint16_t>(rows, 1, 1000);
    ::ioctl(master, TIOCSWINSZ, &size); // the kernel tells the foreground job (SIGWINCH)
}

// Every process of the terminal's session, in whatever process group job control put it.
void signalSession(pid_t session, int sig)
{
    ::kill(-session, sig);
    DIR *dir = ::opendir("/proc");
    if (!dir)
        return;
    while (const dirent *entry = ::readdir(dir)) {
        char *end = nullptr;
        const long pid = std::strtol(entry->d_name, &end, 10);
        if (*end != '\0' || pid <= 1)
            continue;
        if (::getsid(pid_t(pid)) == session)
            ::kill(pid_t(pid), sig);
    }
    ::closedir(dir);
}

// Hangs the session up as closing a terminal window does, then kills what stayed.
int endSession(pid_t shell, int pidfd, bool shellReaped)
{
    int status = 0;
    signalSession(shell, SIGHUP);
    signalSession(shell, SIGCONT); // stopped jobs must run to see the hangup
    if (!shellReaped) {
        pollfd wait{pidfd, POLLIN, 0};
        ::poll(&wait, 1, 200);
    }
    signalSession(shell, SIGKILL);
    if (!shellReaped)
        ::waitpid(shell, &status, 0);
    return status;
}

void appendFrame(std::string &out, Frame type, const char *data, size_t size)
{
    const uint32_t length = uint32_t(size);
    out.push_back(char(type));
    out.append(reinterpret_cast<const char *>(&length), sizeof(length));
    out.append(data, size);
}

// Takes the complete frames at the start of `in`: bytes for the terminal go to `toTerminal`,
// resizes are applied. False on a frame that breaks the protocol.
bool takeFrames(std::string &in, std::string &toTerminal, int master)
{
    size_t at = 0;
    while (in.size() - at >= 5) {
        const auto type = uint8_t(in[at]);
        uint32_t length;
        std::memcpy(&length, in.data() + at + 1, sizeof(length));
        if (length > kMaxInputFrame)
            return false;
        if (in.size() - at - 5 < length)
            break;
        const char *payload = in.data() + at + 5;
        if (type == FrameData) {
            toTerminal.append(payload, length);
        } else if (type == FrameResize && length == 4) {
            uint16_t cols, rows;
            std::memcpy(&cols, payload, 2);
            std::memcpy(&rows, payload + 2, 2);
            setSize(master, cols, rows);
        } else {
            return false;
        }
        at += 5 + length;
    }
    in.erase(0, at);
    return true;
}

} // namespace

void openTerminal(Connection &conn)
{
    uint16_t cols = 80, rows = 24;
    if (!conn.readValue(cols) || !conn.readValue(rows))
        return;
    const UniqueFd master(::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC));
    char slaveName[128] = {};
    if (!master.valid() || ::grantpt(master.get()) != 0 || ::unlockpt(master.get()) != 0 ||
        ::ptsname_r(master.get(), slaveName, sizeof(slaveName)) != 0) {
        conn.error(errno, "cannot open a pseudo-terminal: " + errnoText(errno));
        return;
    }
    setSize(master.get(), cols, rows);
    const char *shellVariable = std::getenv("SHELL");
    std::string shell = shellVariable && *shellVariable ? shellVariable : "/bin/bash";
    if (::access(shell.c_str(), X_OK) != 0)
        shell = "/bin/sh";
    std::vector<std::string> argv = {shell, "-l"};
    // The prompt is the system's own (a login shell reads /etc/profile and bash.bashrc).
    const std::vector<std::string> env = {"TERM=xterm-256color", "COLORTERM=truecolor"};
    const pid_t shellPid = startProcess(conn, "/home/user", argv, env, [&slaveName] {
        // After setsid: the first terminal a session leader opens becomes its controlling one.
        const int slave = ::open(slaveName, O_RDWR);
        if (slave < 0)
            ::_exit(126);
        ::ioctl(slave, TIOCSCTTY, 0);
        for (int fd : {STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO})
            ::dup2(slave, fd);
        if (slave > STDERR_FILENO)
            ::close(slave);
    });
    if (shellPid < 0)
        return;
    if (!conn.done(uint64_t(shellPid), "/home/user")) {
        endSession(shellPid, -1, false);
        return;
    }
    const UniqueFd pidfd(int(::syscall(SYS_pidfd_open, shellPid, 0)));
    ::fcntl(master.get(), F_SETFL, ::fcntl(master.get(), F_GETFL) | O_NONBLOCK);
    const int stream = conn.fd();
    ::fcntl(stream, F_SETFL, ::fcntl(stream, F_GETFL) | O_NONBLOCK);

    std::string toLocal;    // frames for sandbar-local
    std::string fromLocal;  // sandbar-local's frames not yet complete
    std::string toTerminal; // bytes for the program
    std::vector<char> buffer(kChunk);
    bool shellExited = false, terminalGone = false, localGone = false;
    int status = 0;
    while (!shellExited && !terminalGone && !localGone) {
        pollfd fds[3] = {
            {master.get(), short((toLocal.size() < kOutputCap ? POLLIN : 0) | (toTerminal.empty() ? 0 : POLLOUT)), 0},
            {stream, short((toTerminal.size() < kInputCap ? POLLIN : 0) | (toLocal.empty() ? 0 : POLLOUT)), 0},
            {pidfd.get(), POLLIN, 0},
        };
        if (::poll(fds, 3, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            // The terminal hands out a few KiB per read: gather what is there into one frame.
            size_t gathered = 0;
            while (gathered < buffer.size()) {
                const ssize_t got = ::read(master.get(), buffer.data() + gathered, buffer.size() - gathered);
                if (got > 0) {
                    gathered += size_t(got);
                    continue;
                }
                if (got == 0 || (errno != EAGAIN && errno != EINTR))
                    terminalGone = true; // EIO: nothing holds the terminal open any more
                break;
            }
            if (gathered > 0)
                appendFrame(toLocal, FrameStdout, buffer.data(), gathered);
        }
        if (!toTerminal.empty() && (fds[0].revents & POLLOUT)) {
            const ssize_t wrote = ::write(master.get(), toTerminal.data(), toTerminal.size());
            if (wrote > 0)
                toTerminal.erase(0, size_t(wrote));
        }
        if (fds[1].revents & (POLLIN | POLLHUP | POLLERR)) {
            const ssize_t got = ::recv(stream, buffer.data(), buffer.size(), 0);
            if (got > 0) {
                fromLocal.append(buffer.data(), size_t(got));
                if (!takeFrames(fromLocal, toTerminal, master.get()))
                    localGone = true;
            } else if (got == 0 || (errno != EAGAIN && errno != EINTR)) {
                localGone = true;
            }
        }
        if (!toLocal.empty() && (fds[1].revents & POLLOUT)) {
            const ssize_t wrote = ::send(stream, toLocal.data(), toLocal.size(), MSG_NOSIGNAL);
            if (wrote > 0)
                toLocal.erase(0, size_t(wrote));
            else if (wrote < 0 && errno != EAGAIN && errno != EINTR)
                localGone = true;
        }
        if ((fds[2].revents & POLLIN) && ::waitpid(shellPid, &status, WNOHANG) == shellPid)
            shellExited = true;
    }
    if (localGone) {
        endSession(shellPid, pidfd.get(), shellExited);
        return;
    }
    // The shell is gone (or nothing holds the terminal): what it printed last, then its status.
    while (true) {
        const ssize_t got = ::read(master.get(), buffer.data(), buffer.size());
        if (got <= 0 || toLocal.size() > kOutputCap)
            break;
        appendFrame(toLocal, FrameStdout, buffer.data(), size_t(got));
    }
    const int ended = endSession(shellPid, pidfd.get(), shellExited);
    if (!shellExited)
        status = ended;
    ::fcntl(stream, F_SETFL, ::fcntl(stream, F_GETFL) & ~O_NONBLOCK);
    if (!conn.writeAll(toLocal.data(), toLocal.size()))
        return;
    const int32_t code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    const int32_t signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    std::string payload(reinterpret_cast<const char *>(&code), sizeof(code));
    payload += char(0);
    payload.append(reinterpret_cast<const char *>(&signal), sizeof(signal));
    conn.frame(FrameExit, payload);
}

} // namespace Sandbar::Agent
