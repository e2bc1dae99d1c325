// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxes/launcher.h"

#include "agent/uniquefd.h"

#include "agent/agentprotocol.h"
#include "sandboxes/agentclient.h"
#include "logging.h"

#include <QCoreApplication>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace Sandbar::Server {

namespace {

constexpr int kReadyTimeoutMs = 10'000;
constexpr int kStatusFd = 3;
constexpr int kControlFd = AgentProtocol::kControlFd;
constexpr int kArgsFd = kControlFd + 1;
constexpr const char *kAgentInSandbox = "/.sandbar/agent";

// Host /etc entries a sandbox may see: what the dynamic loader, locales, TLS and the
// interpreters need, and nothing that names the host's users or secrets.
const char *const kEtcEntries[] = {
    "ld.so.cache", "ld.so.conf", "ld.so.conf.d", "alternatives", "ssl",       "ca-certificates",
    "localtime",   "timezone",   "nsswitch.conf", "mime.types", "matplotlibrc", "fonts",
    "python3",     "python3.11", "bash.bashrc", "profile",      "inputrc",      "magic",
    "protocols",   "services",   "host.conf",   "gai.conf",     "os-release",   "debian_version",
};

// Keeps the byte arrays that argv/envp point into alive across fork.
class CStringList
{
public:
    void append(const QByteArray &value) { m_storage.push_back(value); }
    void append(const QString &value) { m_storage.push_back(value.toLocal8Bit()); }
    // Items [from, to), each NUL-terminated: the format of bubblewrap's --args.
    QByteArray nulSeparated(size_t from, size_t to) const
    {
        QByteArray out;
        for (size_t i = from; i < to; ++i)
            out += m_storage[i] + '\0';
        return out;
    }
    size_t size() const { return m_storage.size(); }
    // Replaces items [from, to) with `items`.
    void replace(size_t from, size_t to, const std::vector<QByteArray> &items)
    {
        m_storage.erase(m_storage.begin() + long(from), m_storage.begin() + long(to));
        m_storage.insert(m_storage.begin() + long(from), items.begin(), items.end());
    }
    char **data()
    {
        m_pointers.clear();
        for (QByteArray &item : m_storage)
            m_pointers.push_back(item.data());
        m_pointers.push_back(nullptr);
        return m_pointers.data();
    }

private:
    std::vector<QByteArray> m_storage;
    std::vector<char *> m_pointers;
};


int pidfdOpen(pid_t pid)
{
    return int(::syscall(SYS_pidfd_open, pid, 0));
}

void appendEnvironment(CStringList &out, const LaunchSpec &spec, bool asBwrapArgs)
{
    const QString home = asBwrapArgs ? QStringLiteral("/home/user") : spec.rootDir + QStringLiteral("/home");
    Api::StringMap env = {
        {QStringLiteral("HOME"), home},
        {QStringLiteral("USER"), QStringLiteral("user")},
        {QStringLiteral("LOGNAME"), QStringLiteral("user")},
        {QStringLiteral("SHELL"), QStringLiteral("/bin/bash")},
        {QStringLiteral("PATH"), QStringLiteral("/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin")},
        {QStringLiteral("LANG"), QStringLiteral("C.UTF-8")},
    };
    for (auto it = spec.env.begin(); it != spec.env.end(); ++it)
        env.insert(it.key(), it.value());
    // Last, so that a sandbox's own variables cannot hide which sandbox a process belongs to.
    env.insert(QStringLiteral("SANDBAR_SANDBOX_ID"), spec.sandboxId);
    if (asBwrapArgs && spec.maxProcesses > 0) {
        // The agent lowers RLIMIT_NPROC itself, once inside the sandbox's own user namespace
        // where the count starts at zero; set outside, it would count all of this user's processes.
        env.insert(QStringLiteral("SANDBAR_MAX_PROCESSES"), QString::number(spec.maxProcesses));
    }
    if (!asBwrapArgs) {
        // Without a mount namespace the agent maps /home/user and /tmp onto these itself.
        env.insert(QStringLiteral("SANDBAR_HOST_HOME"), home);
        env.insert(QStringLiteral("SANDBAR_HOST_TMP"), spec.rootDir + QStringLiteral("/tmp"));
    }
    for (auto it = env.begin(); it != env.end(); ++it) {
        if (asBwrapArgs) {
            out.append(QByteArrayLiteral("--setenv"));
            out.append(it.key());
            out.append(it.value());
        } else {
            out.append(it.key() + QLatin1Char('=') + it.value());
        }
    }
}

void appendSystemBinds(CStringList &args)
{
    args.append(QByteArrayLiteral("--ro-bind"));
    args.append(QByteArrayLiteral("/usr"));
    args.append(QByteArrayLiteral("/usr"));
    for (const char *top : {"/bin", "/sbin", "/lib", "/lib32", "/lib64"}) {
        const QFileInfo info{QLatin1String(top)};
        if (info.isSymLink()) {
            args.append(QByteArrayLiteral("--symlink"));
            args.append(QFile::encodeName(info.symLinkTarget()));
            args.append(QByteArray(top));
        } else if (info.isDir()) {
            args.append(QByteArrayLiteral("--ro-bind"));
            args.append(QByteArray(top));
            args.append(QByteArray(top));
        }
    }
    for (const char *entry : kEtcEntries) {
        const QByteArray path = QByteArrayLiteral("/etc/") + entry;
        args.append(QByteArrayLiteral("--ro-bind-try"));
        args.append(path);
        args.append(path);
    }
}

QString readLogTail(int fd)
{
    const off_t size = ::lseek(fd, 0, SEEK_END);
    const off_t from = size > 2048 ? size - 2048 : 0;
    QByteArray tail(int(size - from), Qt::Uninitialized);
    const ssize_t got = ::pread(fd, tail.data(), size_t(tail.size()), from);
    return QString::fromLocal8Bit(tail.left(got > 0 ? int(got) : 0)).trimmed();
}

// Asks the agent for a sign of life and waits for it (a few milliseconds).
bool waitForAgent(int controlFd, int timeoutMs)
{
    QString error;
    const int fd = openAgentStream(controlFd, &error);
    if (fd < 0)
        return false;
    const char ping = char(AgentProtocol::OpPing);
    bool alive = ::send(fd, &ping, 1, MSG_NOSIGNAL) == 1;
    char frame[5 + 8];
    size_t got = 0;
    QElapsedTimer waited;
    waited.start();
    while (alive && got < sizeof(frame)) {
        pollfd pfd{fd, POLLIN, 0};
        const int ready = ::poll(&pfd, 1, int(std::max<qint64>(1, timeoutMs - waited.elapsed())));
        if (ready <= 0 && !(ready < 0 && errno == EINTR)) {
            alive = false;
            break;
        }
        const ssize_t n = ::read(fd, frame + got, sizeof(frame) - got);
        if (n <= 0 && !(n < 0 && errno == EINTR))
            alive = false;
        else if (n > 0)
            got += size_t(n);
    }
    ::close(fd);
    return alive && frame[0] == char(AgentProtocol::FrameDone);
}

// Puts `from` at descriptor `to` without close-on-exec; dup2 onto itself would keep the flag.
void moveFd(int from, int to)
{
    if (from == to)
        ::fcntl(to, F_SETFD, 0);
    else
        ::dup2(from, to);
}

// Everything between fork and exec must be async-signal-safe: plain system calls only.
[[noreturn]] void execChild(const LaunchSpec &spec, bool bwrapMode, char **argv, char **envp,
                            const std::vector<QByteArray> &cgroupProcs, int statusWrite,
                            int controlFd, int argsFd, int devNull, int logFd, const char *workDir, pid_t parent)
{
    ::setsid();
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent)
        ::_exit(126);

    sigset_t all;
    ::sigemptyset(&all);
    ::sigprocmask(SIG_SETMASK, &all, nullptr);
    for (int sig : {SIGPIPE, SIGTERM, SIGINT, SIGCHLD})
        ::signal(sig, SIG_DFL);

    char pidText[24];
    int length = 0;
    for (pid_t value = ::getpid(); value > 0; value /= 10)
        pidText[length++] = char('0' + value % 10);
    for (int i = 0; i < length / 2; ++i)
        std::swap(pidText[i], pidText[length - 1 - i]);
    for (const QByteArray &procs : cgroupProcs) {
        const int fd = ::open(procs.constData(), O_WRONLY | O_CLOEXEC);
        if (fd >= 0) {
            (void)!::write(fd, pidText, size_t(length));
            ::close(fd);
        }
    }

    cpu_set_t cpus;
    CPU_ZERO(&cpus);
    if (::sched_getaffinity(0, sizeof(cpus), &cpus) == 0) {
        cpu_set_t chosen;
        CPU_ZERO(&chosen);
        int taken = 0;
        for (int cpu = 0; cpu < CPU_SETSIZE && taken < spec.vcpus; ++cpu) {
            if (CPU_ISSET(cpu, &cpus)) {
                CPU_SET(cpu, &chosen);
                ++taken;
            }
        }
        ::sched_setaffinity(0, sizeof(chosen), &chosen);
    }

    const auto limit = [](int resource, rlim_t value) {
        const rlimit lim{value, value};
        ::setrlimit(resource, &lim);
    };
    limit(RLIMIT_CORE, 0);
    limit(RLIMIT_NOFILE, 4096);
    if (spec.diskMb > 0)
        limit(RLIMIT_FSIZE, rlim_t(spec.diskMb) << 20);
    // RLIMIT_DATA counts private writable memory per process; the memory cgroup, where it
    // can be used, bounds the whole tree.
    if (spec.memoryMb > 0)
        limit(RLIMIT_DATA, rlim_t(spec.memoryMb) << 20);

    // Lift every source above the target numbers first, so that placing one cannot
    // overwrite another that happens to sit at its target.
    devNull = ::fcntl(devNull, F_DUPFD_CLOEXEC, 16);
    logFd = ::fcntl(logFd, F_DUPFD_CLOEXEC, 16);
    statusWrite = ::fcntl(statusWrite, F_DUPFD_CLOEXEC, 16);
    controlFd = ::fcntl(controlFd, F_DUPFD_CLOEXEC, 16);
    if (argsFd >= 0)
        argsFd = ::fcntl(argsFd, F_DUPFD_CLOEXEC, 16);
    ::dup2(devNull, STDIN_FILENO);
    ::dup2(logFd, STDOUT_FILENO);
    ::dup2(logFd, STDERR_FILENO);
    moveFd(statusWrite, kStatusFd);
    if (!bwrapMode)
        ::fcntl(kStatusFd, F_SETFD, FD_CLOEXEC); // EOF on exec tells the parent it started
    moveFd(controlFd, kControlFd); // inherited through bubblewrap by the agent
    if (argsFd >= 0)
        moveFd(argsFd, kArgsFd);
    ::close_range(argsFd >= 0 ? kArgsFd + 1 : kControlFd + 1, ~0U, 0);
    if (!bwrapMode && ::chdir(workDir) != 0) {
        const int error = errno;
        (void)!::write(kStatusFd, &error, sizeof(error));
        ::_exit(127);
    }

    ::execve(argv[0], argv, envp);
    const int error = errno;
    (void)!::write(kStatusFd, &error, sizeof(error));
    ::_exit(127);
}

} // namespace

Launcher::Launcher(Mode mode) : m_mode(mode) {}

QString agentExecutable()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/sandbar-agent");
}

QString Launcher::findBubblewrap()
{
    return QStandardPaths::findExecutable(QStringLiteral("bwrap"));
}

QString Launcher::missingBubblewrapMessage()
{
    return QStringLiteral(
        "bubblewrap (bwrap) is not installed, so sandboxes cannot be isolated: install the "
        "'bubblewrap' package (apt-get install bubblewrap), or start sandbar-local with "
        "--no-isolation to run sandboxes without isolation");
}

bool Launcher::prepareRoot(const QString &rootDir, QString *error)
{
    QDir root(rootDir);
    for (const char *sub : {"home", "tmp", "etc"}) {
        if (!root.mkpath(QLatin1String(sub))) {
            *error = QStringLiteral("cannot create %1/%2").arg(rootDir, QLatin1String(sub));
            return false;
        }
    }
    QFile::setPermissions(root.filePath(QStringLiteral("tmp")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QList<QPair<QString, QByteArray>> files = {
        {QStringLiteral("etc/passwd"),
         QByteArrayLiteral("root:x:0:0:root:/root:/usr/sbin/nologin\n"
                           "user:x:1000:1000:Sandbox user:/home/user:/bin/bash\n"
                           "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n")},
        {QStringLiteral("etc/group"),
         QByteArrayLiteral("root:x:0:\nuser:x:1000:\nnogroup:x:65534:\n")},
        {QStringLiteral("etc/hosts"),
         QByteArrayLiteral("127.0.0.1 localhost sandbox\n::1 localhost sandbox\n")},
        // slirp4netns's DNS forwarder, for sandboxes with network access.
        {QStringLiteral("etc/resolv.conf"), QByteArrayLiteral("nameserver 10.0.2.3\n")},
    };
    for (const auto &[name, content] : files) {
        QSaveFile file(root.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() ||
            !file.commit()) {
            *error = QStringLiteral("cannot write %1: %2").arg(root.filePath(name), file.errorString());
            return false;
        }
    }
    return true;
}

namespace {
// What runs: bubblewrap with its options and the agent, or the agent alone (unisolated).
struct Command
{
    CStringList argv;
    CStringList envp;
    size_t optionsEnd = 0; // where bubblewrap's options end ("--"; a value may be "--" too)
};

Command buildCommand(const LaunchSpec &spec, const QString &bwrap, const QString &agent)
{
    const QDir root(spec.rootDir);
    Command command;
    CStringList &argv = command.argv;
    if (!bwrap.isEmpty()) {
        argv.append(bwrap);
        for (const char *arg : {"--unshare-all", "--unshare-user", "--disable-userns", "--uid",
                                "1000", "--gid", "1000", "--die-with-parent", "--new-session",
                                "--hostname", "sandbox"})
            argv.append(QByteArray(arg));
        appendSystemBinds(argv);
        const QList<QPair<QString, const char *>> binds = {
            {QStringLiteral("etc/passwd"), "/etc/passwd"},
            {QStringLiteral("etc/group"), "/etc/group"},
            {QStringLiteral("etc/hosts"), "/etc/hosts"},
            {QStringLiteral("etc/resolv.conf"), "/etc/resolv.conf"},
        };
        for (const auto &[source, target] : binds) {
            argv.append(QByteArrayLiteral("--ro-bind"));
            argv.append(QFile::encodeName(root.filePath(source)));
            argv.append(QByteArray(target));
        }
        for (const char *arg : {"--proc", "/proc", "--dev", "/dev"})
            argv.append(QByteArray(arg));
        argv.append(QByteArrayLiteral("--bind"));
        argv.append(QFile::encodeName(root.filePath(QStringLiteral("home"))));
        argv.append(QByteArrayLiteral("/home/user"));
        argv.append(QByteArrayLiteral("--bind"));
        argv.append(QFile::encodeName(root.filePath(QStringLiteral("tmp"))));
        argv.append(QByteArrayLiteral("/tmp"));
        argv.append(QByteArrayLiteral("--ro-bind"));
        argv.append(QFile::encodeName(agent));
        argv.append(QByteArray(kAgentInSandbox));
        for (const char *arg : {"--chdir", "/home/user", "--clearenv"})
            argv.append(QByteArray(arg));
        appendEnvironment(argv, spec, true);
        argv.append(QByteArrayLiteral("--info-fd"));
        argv.append(QByteArray::number(kStatusFd));
        command.optionsEnd = argv.size();
        argv.append(QByteArrayLiteral("--"));
    } else {
        appendEnvironment(command.envp, spec, false);
    }
    // The agent is the sandbox's first process and lives as long as the sandbox.
    argv.append(!bwrap.isEmpty() ? QByteArray(kAgentInSandbox) : QFile::encodeName(agent));
    return command;
}

// The descriptors the child gets: its status pipe, its end of the control socket, /dev/null,
// a log and (bubblewrap) its arguments; and this side's ends.
struct ChildFds
{
    UniqueFd statusRead;
    UniqueFd statusWrite;
    UniqueFd controlOurs;
    UniqueFd controlAgents;
    UniqueFd devNull;
    UniqueFd log;
    UniqueFd args;
};

QString systemError(const char *what)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(errno)));
}

Result<ChildFds> makeChildFds(Command &command, bool bwrapMode)
{
    ChildFds fds;
    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0)
        return ApiError::internal(systemError("pipe"));
    fds.statusRead.reset(pipeFds[0]);
    fds.statusWrite.reset(pipeFds[1]);
    int controlFds[2];
    if (::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, controlFds) != 0)
        return ApiError::internal(systemError("socketpair"));
    fds.controlOurs.reset(controlFds[0]);
    fds.controlAgents.reset(controlFds[1]);
    fds.devNull.reset(::open("/dev/null", O_RDWR | O_CLOEXEC));
    // bubblewrap's and the agent's own output: an anonymous memory file (charged to the
    // sandbox's memory if it writes there), whose name in /proc reveals no path of this computer.
    fds.log.reset(::memfd_create("sandbox-log", MFD_CLOEXEC));
    if (!fds.devNull.valid() || !fds.log.valid())
        return ApiError::internal(QStringLiteral("cannot create the sandbox's log"));
    if (bwrapMode) {
        // bubblewrap reads its options from a memfd, so that the sandbox's /proc/1/cmdline
        // shows no paths of this computer; "--" and the command stay on the command line.
        fds.args.reset(::memfd_create("bwrap-args", MFD_CLOEXEC));
        const QByteArray args = command.argv.nulSeparated(1, command.optionsEnd);
        if (!fds.args.valid() || ::write(fds.args.get(), args.constData(), size_t(args.size())) != args.size() ||
            ::lseek(fds.args.get(), 0, SEEK_SET) != 0)
            return ApiError::internal(QStringLiteral("cannot pass bubblewrap its arguments"));
        command.argv.replace(1, command.optionsEnd, {QByteArrayLiteral("--args"), QByteArray::number(kArgsFd)});
    }
    return fds;
}

// What the child reports on its status pipe: bubblewrap's info JSON, an errno from a failed
// exec, or (unisolated) nothing at all once exec succeeded.
QByteArray readReport(int statusFd, bool bwrapMode)
{
    QByteArray report;
    pollfd pfd{statusFd, POLLIN, 0};
    QElapsedTimer waited;
    waited.start();
    while (true) {
        const int remaining = int(kReadyTimeoutMs - waited.elapsed());
        if (remaining <= 0)
            break;
        const int ready = ::poll(&pfd, 1, remaining);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            break;
        char buffer[512];
        const ssize_t got = ::read(statusFd, buffer, sizeof(buffer));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        report.append(buffer, got);
        if (bwrapMode && report.contains('}'))
            break;
    }
    return report;
}

// The sandbox's first process from the report, or why it did not start.
QString readInitPid(const QByteArray &report, bool bwrapMode, const QString &bwrap, pid_t pid, pid_t *initPid)
{
    const auto errnoIn = [&report] { return QString::fromLocal8Bit(std::strerror(*reinterpret_cast<const int *>(report.constData()))); };
    if (bwrapMode) {
        static const QRegularExpression childPid(QStringLiteral("\"child-pid\"\\s*:\\s*(\\d+)"));
        const auto match = childPid.match(QString::fromLatin1(report));
        if (match.hasMatch()) {
            *initPid = pid_t(match.captured(1).toLongLong());
            return {};
        }
        if (report.size() == int(sizeof(int)))
            return QStringLiteral("cannot run %1: %2").arg(bwrap, errnoIn());
        return QStringLiteral("bubblewrap could not set up the sandbox");
    }
    if (report.size() == int(sizeof(int)))
        return QStringLiteral("cannot start the sandbox: %1").arg(errnoIn());
    *initPid = pid;
    return {};
}
} // namespace

Result<LaunchedTree> Launcher::launch(const LaunchSpec &spec) const
{
    const bool bwrapMode = m_mode == Mode::Bubblewrap;
    const QString bwrap = bwrapMode ? findBubblewrap() : QString();
    if (bwrapMode && bwrap.isEmpty())
        return ApiError::internal(missingBubblewrapMessage());
    const QString agent = agentExecutable();
    if (!QFileInfo(agent).isExecutable())
        return ApiError::internal(QStringLiteral("sandbar-agent is missing: expected at %1, next to sandbar-local").arg(agent));

    Command command = buildCommand(spec, bwrap, agent);
    std::vector<QByteArray> cgroupProcs;
    for (const QString &dir : spec.cgroupDirs)
        cgroupProcs.push_back(QFile::encodeName(dir + QStringLiteral("/cgroup.procs")));
    const QByteArray workDir = QFile::encodeName(QDir(spec.rootDir).filePath(QStringLiteral("home")));
    Result<ChildFds> made = makeChildFds(command, bwrapMode);
    if (!made)
        return made.error();
    ChildFds &fds = *made;

    char **argvData = command.argv.data();
    char **envpData = bwrapMode ? nullptr : command.envp.data();
    char *emptyEnv[] = {nullptr};
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0)
        return ApiError::internal(systemError("fork"));
    if (pid == 0)
        execChild(spec, bwrapMode, argvData, envpData ? envpData : emptyEnv, cgroupProcs, fds.statusWrite.get(),
                  fds.controlAgents.get(), fds.args.get(), fds.devNull.get(), fds.log.get(), workDir.constData(), parent);
    fds.statusWrite.reset();
    fds.controlAgents.reset();

    LaunchedTree tree;
    tree.pid = pid;
    tree.pidfd = pidfdOpen(pid);
    // Ends a tree that did not come up, and says why with the end of its log.
    const auto abandon = [&](const QString &why) {
        kill(tree);
        ::waitpid(pid, nullptr, 0);
        tree.pid = -1;
        release(tree);
        const QString log = readLogTail(fds.log.get());
        const QString failure = log.isEmpty() ? why : why + QStringLiteral(": ") + log;
        qCWarning(lcSandbox) << "launch of" << spec.sandboxId << "failed:" << failure;
        return ApiError::internal(failure);
    };

    QString failure = readInitPid(readReport(fds.statusRead.get(), bwrapMode), bwrapMode, bwrap, pid, &tree.initPid);
    if (!failure.isEmpty() || tree.initPid <= 0)
        return abandon(failure.isEmpty() ? QStringLiteral("the sandbox did not start within %1 s").arg(kReadyTimeoutMs / 1000)
                                         : failure);
    tree.controlFd = fds.controlOurs.release();
    if (bwrapMode && spec.network) {
        // bubblewrap sets up the sandbox's loopback after it reports its child; slirp4netns
        // configuring the namespace at the same time makes that fail. The agent answering
        // means the set-up is over.
        if (!waitForAgent(tree.controlFd, kReadyTimeoutMs))
            return abandon(QStringLiteral("the sandbox did not come up"));
        auto network = SlirpNetwork::start(tree.initPid, spec.rootDir);
        if (!network) {
            kill(tree);
            ::waitpid(pid, nullptr, 0);
            tree.pid = -1;
            release(tree);
            return network.error();
        }
        tree.network = network.value();
    }
    return tree;
}

void Launcher::release(LaunchedTree &tree)
{
    SlirpNetwork::stop(tree.network);
    if (tree.controlFd >= 0)
        ::close(tree.controlFd);
    tree.controlFd = -1;
    if (tree.pidfd >= 0)
        ::close(tree.pidfd);
    tree.pidfd = -1;
}

void Launcher::kill(const LaunchedTree &tree)
{
    if (tree.pid > 0)
        ::kill(-tree.pid, SIGKILL);
}

} // namespace Sandbar::Server
