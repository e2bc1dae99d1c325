// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxes/agentclient.h"

#include "agent/agentprotocol.h"
#include "logging.h"

#include <QFile>
#include <QLocalSocket>
#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace Sandbar::Server {

using namespace AgentProtocol;

namespace {

class Writer
{
public:
    explicit Writer(Op op) { m_data.append(char(op)); }
    Writer &u32(quint32 value)
    {
        value = qToLittleEndian(value);
        m_data.append(reinterpret_cast<const char *>(&value), sizeof(value));
        return *this;
    }
    Writer &u64(quint64 value)
    {
        value = qToLittleEndian(value);
        m_data.append(reinterpret_cast<const char *>(&value), sizeof(value));
        return *this;
    }
    Writer &bytes(const QByteArray &value)
    {
        u32(quint32(value.size()));
        m_data.append(value);
        return *this;
    }
    Writer &string(const QString &value) { return bytes(value.toUtf8()); }
    Writer &list(const QStringList &values)
    {
        u32(quint32(values.size()));
        for (const QString &value : values)
            string(value);
        return *this;
    }
    QByteArray take() { return std::move(m_data); }

private:
    QByteArray m_data;
};

// Far above what a list asks for (10,000): only a misbehaving agent gets here.
constexpr qsizetype kMaxEntries = 100'000;

template <typename T> T readLe(const char *data)
{
    T value;
    std::memcpy(&value, data, sizeof(T));
    return qFromLittleEndian(value);
}

} // namespace

namespace AgentRequest {
QByteArray command(const QString &cwd, quint32 timeoutMs, quint32 capBytes, const QStringList &argv,
                   const QStringList &env)
{
    return Writer(OpCommand).string(cwd).u32(timeoutMs).u32(capBytes).list(argv).list(env).take();
}
QByteArray read(const QString &path, quint64 maxBytes)
{
    return Writer(OpRead).string(path).u64(maxBytes).take();
}
AgentOutgoing write(const QString &path, const QByteArray &source, qsizetype offset, qsizetype size)
{
    AgentOutgoing request;
    request.head = Writer(OpWrite).string(path).u64(quint64(size)).take();
    request.payload = source;
    request.payloadOffset = offset;
    request.payloadSize = size;
    return request;
}
QByteArray list(const QString &path, quint32 maxEntries)
{
    return Writer(OpList).string(path).u32(maxEntries).take();
}
QByteArray remove(const QString &path)
{
    return Writer(OpDelete).string(path).take();
}
QByteArray mkdir(const QString &path)
{
    return Writer(OpMkdir).string(path).take();
}
QByteArray spawn(const QString &cwd, const QStringList &argv, const QStringList &env)
{
    return Writer(OpSpawn).string(cwd).list(argv).list(env).take();
}
QByteArray signal(quint32 pid, quint32 signal)
{
    return Writer(OpSignal).u32(pid).u32(signal).take();
}
QByteArray readStream(const QString &path, quint64 maxBytes)
{
    return Writer(OpReadStream).string(path).u64(maxBytes).take();
}
QByteArray writeStream(const QString &path)
{
    return Writer(OpWriteStream).string(path).take();
}
} // namespace AgentRequest

std::optional<AgentFrame> takeAgentFrame(const QByteArray &buffer, qsizetype &at, bool *malformed)
{
    if (buffer.size() - at < 5)
        return std::nullopt;
    const quint32 length = readLe<quint32>(buffer.constData() + at + 1);
    if (length > (64u << 20)) {
        *malformed = true;
        return std::nullopt;
    }
    if (buffer.size() - at - 5 < qsizetype(length))
        return std::nullopt;
    AgentFrame frame{buffer.at(at), QByteArrayView(buffer.constData() + at + 5, qsizetype(length))};
    at += 5 + qsizetype(length);
    return frame;
}

void AgentCall::start(int controlFd, const QByteArray &request, int timeoutMs, qint64 limitBytes,
                      QObject *context, Done done)
{
    AgentOutgoing outgoing;
    outgoing.head = request;
    start(controlFd, outgoing, timeoutMs, limitBytes, context, std::move(done));
}

void AgentCall::start(int controlFd, const AgentOutgoing &request, int timeoutMs, qint64 limitBytes,
                      QObject *context, Done done)
{
    auto *call = new AgentCall(limitBytes, std::move(done), context);
    if (!call->open(controlFd, request))
        return; // failed and finished already
    call->m_timeout.start(timeoutMs);
}

AgentCall::AgentCall(qint64 limitBytes, Done done, QObject *parent)
    : QObject(parent), m_limit(limitBytes), m_done(std::move(done))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("the sandbox's agent did not answer in time"));
    });
}

int openAgentStream(int controlFd, QString *error)
{
    int fds[2];
    // Blocking: the agent's end shares nothing with ours, and the agent writes with blocking sends.
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
        *error = QStringLiteral("socketpair: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return -1;
    }
    char byte = 0;
    iovec iov{&byte, 1};
    alignas(cmsghdr) char space[CMSG_SPACE(sizeof(int))] = {};
    msghdr message{};
    message.msg_iov = &iov;
    message.msg_iovlen = 1;
    message.msg_control = space;
    message.msg_controllen = sizeof(space);
    cmsghdr *header = CMSG_FIRSTHDR(&message);
    header->cmsg_level = SOL_SOCKET;
    header->cmsg_type = SCM_RIGHTS;
    header->cmsg_len = CMSG_LEN(sizeof(int));
    std::memcpy(CMSG_DATA(header), &fds[1], sizeof(int));
    const bool sent = controlFd >= 0 && ::sendmsg(controlFd, &message, MSG_NOSIGNAL | MSG_DONTWAIT) == 1;
    ::close(fds[1]);
    if (!sent) {
        ::close(fds[0]);
        *error = QStringLiteral("the sandbox's agent is not running");
        return -1;
    }
    return fds[0];
}

bool AgentCall::open(int controlFd, const AgentOutgoing &request)
{
    QString error;
    const int fd = openAgentStream(controlFd, &error);
    if (fd < 0) {
        fail(error);
        return false;
    }
    m_socket = new QLocalSocket(this);
    if (!m_socket->setSocketDescriptor(fd)) {
        ::close(fd);
        fail(QStringLiteral("cannot use the agent connection"));
        return false;
    }
    connect(m_socket, &QLocalSocket::readyRead, this, &AgentCall::onReadyRead);
    connect(m_socket, &QLocalSocket::disconnected, this, &AgentCall::finish);
    m_socket->write(request.head);
    if (request.payloadSize > 0) {
        m_outgoing = request;
        connect(m_socket, &QLocalSocket::bytesWritten, this, &AgentCall::sendMore);
        sendMore();
    }
    return true;
}

void AgentCall::sendMore()
{
    // A slice at a time as the stream drains: the socket's buffer stays small, whatever the size.
    constexpr qsizetype kSlice = 1 << 20;
    while (m_socket && m_payloadSent < m_outgoing.payloadSize && m_socket->bytesToWrite() < kSlice) {
        const qsizetype size = std::min(kSlice, m_outgoing.payloadSize - m_payloadSent);
        m_socket->write(m_outgoing.payload.constData() + m_outgoing.payloadOffset + m_payloadSent, size);
        m_payloadSent += size;
    }
    if (m_payloadSent >= m_outgoing.payloadSize && m_outgoing.payloadSize > 0) {
        disconnect(m_socket, &QLocalSocket::bytesWritten, this, &AgentCall::sendMore);
        m_outgoing = AgentOutgoing(); // the caller's buffer is no longer needed
    }
}

void AgentCall::onReadyRead()
{
    m_buffer += m_socket->readAll();
    qsizetype at = 0;
    bool malformed = false;
    while (const auto frame = takeAgentFrame(m_buffer, at, &malformed)) {
        const char type = frame->type;
        const char *payload = frame->payload.constData();
        const quint32 length = quint32(frame->payload.size());
        const QByteArray bytes = frame->payload.toByteArray();
        switch (type) {
        case FrameStdout:
        case FrameStderr: {
            QByteArray &target = type == FrameStdout ? m_result.stdoutData : m_result.stderrData;
            const qint64 room = m_limit - target.size();
            if (room < bytes.size())
                (type == FrameStdout ? m_result.stdoutTruncated : m_result.stderrTruncated) = true;
            if (room > 0)
                target.append(bytes.left(room));
            break;
        }
        case FrameTruncated:
            if (length >= 1)
                (payload[0] == 1 ? m_result.stdoutTruncated : m_result.stderrTruncated) = true;
            break;
        case FrameExit:
            if (length >= 9) {
                m_result.exited = true;
                m_result.exitCode = readLe<qint32>(payload);
                m_result.timedOut = payload[4] != 0;
                m_result.signal = readLe<qint32>(payload + 5);
            }
            break;
        case FrameData:
            if (m_result.data.size() + bytes.size() > m_limit) {
                fail(QStringLiteral("the file is larger than this operation allows"));
                return;
            }
            m_result.data.append(bytes);
            break;
        case FrameEntry:
            if (m_result.entries.size() >= kMaxEntries) {
                fail(QStringLiteral("the sandbox's agent sent more entries than asked for"));
                return;
            }
            if (length >= 17) {
                AgentEntry entry;
                entry.isDir = payload[0] != 0;
                entry.size = readLe<quint64>(payload + 1);
                entry.mtime = readLe<qint64>(payload + 9);
                entry.name = QString::fromUtf8(payload + 17, int(length - 17));
                m_result.entries.append(entry);
            }
            break;
        case FrameDone:
            if (length >= 8) {
                m_result.done = true;
                m_result.doneSize = readLe<quint64>(payload);
                m_result.donePath = QString::fromUtf8(payload + 8, int(length - 8));
            }
            break;
        case FrameError:
            if (length >= 4) {
                m_result.errorCode = readLe<qint32>(payload);
                m_result.errorMessage = QString::fromUtf8(payload + 4, int(length - 4));
                if (m_result.errorCode == 0)
                    m_result.errorCode = EIO;
            }
            break;
        default:
            fail(QStringLiteral("the sandbox's agent sent a malformed answer"));
            return;
        }
    }
    if (malformed) {
        fail(QStringLiteral("the sandbox's agent sent a malformed answer"));
        return;
    }
    m_buffer.remove(0, at);
}

void AgentCall::fail(const QString &message)
{
    if (!m_result.failed()) {
        m_result.errorCode = -1;
        m_result.errorMessage = message;
    }
    finish();
}

void AgentCall::finish()
{
    if (m_finished)
        return;
    m_finished = true; // before draining: a parse failure below must not finish twice
    if (m_socket && m_socket->bytesAvailable() > 0)
        onReadyRead();
    m_timeout.stop();
    if (!m_result.failed() && !m_result.exited && !m_result.done) {
        m_result.errorCode = -1;
        m_result.errorMessage = QStringLiteral("the sandbox ended before the operation finished");
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort(); // cancels whatever the agent still runs for this call
    }
    const Done done = std::move(m_done);
    const AgentResult result = std::move(m_result);
    deleteLater();
    if (done)
        done(result);
}

} // namespace Sandbar::Server
