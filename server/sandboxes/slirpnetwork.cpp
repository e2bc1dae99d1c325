// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxes/slirpnetwork.h"

#include "logging.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTcpServer>

#include <cerrno>
#include <cstring>
#include <linux/nsfs.h>
#include <sys/ioctl.h>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

namespace Sandbar::Server::SlirpNetwork {

namespace {
constexpr int kReadyTimeoutMs = 5000;
constexpr int kApiTimeoutMs = 2000;
} // namespace

QString missingMessage()
{
    return QStringLiteral("slirp4netns is not installed, so sandboxes cannot have network "
                          "access: install the 'slirp4netns' package (apt-get install slirp4netns)");
}

Result<Handle> start(pid_t sandboxPid, const QString &rootDir)
{
    const QString slirp = QStandardPaths::findExecutable(QStringLiteral("slirp4netns"));
    if (slirp.isEmpty())
        return ApiError::internal(missingMessage());
    Handle handle;
    handle.apiSocket = rootDir + QStringLiteral("/slirp.sock");
    QFile::remove(handle.apiSocket);

    // slirp4netns joins a user namespace and then the network namespace. The one to join is
    // the user namespace that owns the network namespace: the sandbox's processes may already
    // sit in a nested one (bubblewrap's --disable-userns), from where the network namespace
    // is out of reach. Both are handed over as descriptors, so a reused PID cannot mislead it.
    const int netFd = ::open(QByteArray("/proc/" + QByteArray::number(sandboxPid) + "/ns/net").constData(),
                             O_RDONLY | O_CLOEXEC);
    const int userFd = netFd >= 0 ? ::ioctl(netFd, NS_GET_USERNS) : -1;
    if (userFd < 0) {
        if (netFd >= 0)
            ::close(netFd);
        return ApiError::internal(QStringLiteral("cannot open the sandbox's network namespace: %1")
                                      .arg(QString::fromLocal8Bit(std::strerror(errno))));
    }
    std::vector<QByteArray> args = {
        QFile::encodeName(slirp), "--configure", "--mtu=65520", "--disable-host-loopback",
        "--ready-fd=3", "--api-socket", QFile::encodeName(handle.apiSocket),
        "--netns-type=path", "--userns-path=/proc/self/fd/5", "/proc/self/fd/4", "tap0"};
    std::vector<char *> argv;
    for (QByteArray &arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);

    int ready[2];
    if (::pipe2(ready, O_CLOEXEC) != 0)
        return ApiError::internal(QStringLiteral("pipe failed"));
    const int devNull = ::open("/dev/null", O_RDWR | O_CLOEXEC);
    const QString logPath = rootDir + QStringLiteral("/network.log");
    const int logFd = ::open(QFile::encodeName(logPath).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid == 0) {
        // Async-signal-safe only.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(126);
        sigset_t none;
        ::sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        // Above the targets first, so that no placement overwrites another source.
        const int in = ::fcntl(devNull, F_DUPFD_CLOEXEC, 16);
        const int log = ::fcntl(logFd >= 0 ? logFd : devNull, F_DUPFD_CLOEXEC, 16);
        const int readyFd = ::fcntl(ready[1], F_DUPFD_CLOEXEC, 16);
        const int net = ::fcntl(netFd, F_DUPFD_CLOEXEC, 16);
        const int user = ::fcntl(userFd, F_DUPFD_CLOEXEC, 16);
        ::dup2(in, STDIN_FILENO);
        ::dup2(log, STDOUT_FILENO);
        ::dup2(log, STDERR_FILENO);
        ::dup2(readyFd, 3);
        ::dup2(net, 4);
        ::dup2(user, 5);
        ::close_range(6, ~0U, 0);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    ::close(ready[1]);
    ::close(devNull);
    ::close(netFd);
    ::close(userFd);
    if (logFd >= 0)
        ::close(logFd);
    if (pid < 0) {
        ::close(ready[0]);
        return ApiError::internal(QStringLiteral("fork failed"));
    }
    handle.pid = pid;

    pollfd pfd{ready[0], POLLIN, 0};
    char byte = 0;
    int polled = 0;
    do {
        polled = ::poll(&pfd, 1, kReadyTimeoutMs);
    } while (polled < 0 && errno == EINTR);
    const bool configured = polled > 0 && ::read(ready[0], &byte, 1) == 1;
    ::close(ready[0]);
    if (!configured) {
        stop(handle);
        QFile log(logPath);
        const QString detail = log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll().right(1024)).trimmed() : QString();
        return ApiError::internal(QStringLiteral("slirp4netns could not connect the sandbox's network%1")
                                      .arg(detail.isEmpty() ? QString() : QStringLiteral(": ") + detail));
    }
    return handle;
}

void stop(Handle &handle)
{
    if (handle.pid > 0) {
        ::kill(handle.pid, SIGKILL);
        ::waitpid(handle.pid, nullptr, 0);
    }
    handle.pid = -1;
    if (!handle.apiSocket.isEmpty())
        QFile::remove(handle.apiSocket);
}

Result<quint16> forwardPort(const Handle &handle, quint16 guestPort)
{
    // A free port now; slirp4netns binds it right after. Another program taking it in between
    // makes add_hostfwd fail, and the caller sees that error.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return ApiError::internal(QStringLiteral("no free local port for forwarding"));
    const quint16 hostPort = probe.serverPort();
    probe.close();

    QLocalSocket socket;
    socket.connectToServer(handle.apiSocket);
    if (!socket.waitForConnected(kApiTimeoutMs))
        return ApiError::internal(QStringLiteral("cannot reach the sandbox's network helper: %1").arg(socket.errorString()));
    const QJsonObject request{
        {QStringLiteral("execute"), QStringLiteral("add_hostfwd")},
        {QStringLiteral("arguments"),
         QJsonObject{{QStringLiteral("proto"), QStringLiteral("tcp")},
                     {QStringLiteral("host_addr"), QStringLiteral("127.0.0.1")},
                     {QStringLiteral("host_port"), hostPort},
                     {QStringLiteral("guest_port"), guestPort}}}};
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact));
    socket.waitForBytesWritten(kApiTimeoutMs);
    QByteArray answer;
    while (socket.waitForReadyRead(kApiTimeoutMs)) {
        answer += socket.readAll();
        if (QJsonDocument::fromJson(answer).isObject())
            break;
    }
    const QJsonObject reply = QJsonDocument::fromJson(answer).object();
    if (!reply.contains(QStringLiteral("return"))) {
        const QString detail = reply.value(QStringLiteral("error")).toObject().value(QStringLiteral("desc")).toString();
        return ApiError::internal(QStringLiteral("cannot forward port %1: %2")
                                      .arg(guestPort)
                                      .arg(detail.isEmpty() ? QString::fromUtf8(answer.left(200)) : detail));
    }
    qCInfo(lcSandbox) << "forwarding 127.0.0.1:" << hostPort << "to sandbox port" << guestPort;
    return hostPort;
}

} // namespace Sandbar::Server::SlirpNetwork
