// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxes/agentstream.h"

#include "agent/agentprotocol.h"
#include "sandboxes/agentclient.h"

#include <QLocalSocket>
#include <QtEndian>

#include <cstring>
#include <unistd.h>

namespace Sandbar::Server {

using namespace AgentProtocol;

namespace {
const QString kMalformed = QStringLiteral("the sandbox's agent sent a malformed answer");
// What is read from the agent ahead of the consumer: one read's worth.
constexpr qint64 kReadBufferBytes = 1 << 20;

quint64 u64At(QByteArrayView bytes)
{
    quint64 value = 0;
    std::memcpy(&value, bytes.constData(), sizeof(value));
    return qFromLittleEndian(value);
}

QByteArray frameHead(Frame type, quint32 length)
{
    QByteArray head(5, Qt::Uninitialized);
    head[0] = char(type);
    length = qToLittleEndian(length);
    std::memcpy(head.data() + 1, &length, sizeof(length));
    return head;
}
} // namespace

AgentStream::AgentStream(QObject *parent) : QObject(parent) {}

AgentStream *AgentStream::open(int controlFd, const QByteArray &request, QObject *parent, QString *error)
{
    const int fd = openAgentStream(controlFd, error);
    if (fd < 0)
        return nullptr;
    auto *stream = new AgentStream(parent);
    stream->m_socket = new QLocalSocket(stream);
    if (!stream->m_socket->setSocketDescriptor(fd)) {
        ::close(fd);
        delete stream;
        *error = QStringLiteral("cannot use the agent connection");
        return nullptr;
    }
    stream->m_socket->setReadBufferSize(kReadBufferBytes);
    connect(stream->m_socket, &QLocalSocket::readyRead, stream, &AgentStream::process);
    connect(stream->m_socket, &QLocalSocket::disconnected, stream, &AgentStream::process);
    // A write that fails because the agent gave up aborts the socket: its report, already
    // received, is read first.
    connect(stream->m_socket, &QLocalSocket::errorOccurred, stream, &AgentStream::process);
    connect(stream->m_socket, &QLocalSocket::bytesWritten, stream, &AgentStream::drained);
    stream->m_socket->write(request);
    return stream;
}

void AgentStream::sendData(QByteArrayView bytes)
{
    if (m_over || bytes.isEmpty())
        return;
    m_socket->write(frameHead(FrameData, quint32(bytes.size())));
    m_socket->write(bytes.constData(), bytes.size());
}

void AgentStream::commit(quint64 total, const QString &finalPath)
{
    if (m_over)
        return;
    const QByteArray path = finalPath.toUtf8();
    QByteArray payload(sizeof(total), Qt::Uninitialized);
    total = qToLittleEndian(total);
    std::memcpy(payload.data(), &total, sizeof(total));
    m_socket->write(frameHead(FrameDone, quint32(payload.size() + path.size())) + payload + path);
}

qint64 AgentStream::pendingOutput() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

void AgentStream::setReading(bool reading)
{
    if (m_reading == reading)
        return;
    m_reading = reading;
    if (reading)
        QMetaObject::invokeMethod(this, &AgentStream::process, Qt::QueuedConnection);
}

void AgentStream::fail(int code, const QString &message)
{
    if (m_over)
        return;
    m_over = true;
    m_socket->disconnect(this);
    m_socket->abort();
    emit failed(code, message);
}

void AgentStream::process()
{
    // Frames are taken from the buffer one at a time so that a consumer that pauses in the
    // middle leaves the rest where it is.
    qsizetype at = 0;
    bool malformed = false;
    while (!m_over && m_reading) {
        const auto frame = takeAgentFrame(m_buffer, at, &malformed);
        if (malformed)
            return fail(-1, kMalformed);
        if (!frame) {
            m_buffer.remove(0, at);
            at = 0;
            if (m_socket->bytesAvailable() == 0)
                break;
            m_buffer += m_socket->read(kReadBufferBytes);
            continue;
        }
        switch (frame->type) {
        case FrameData:
            emit data(frame->payload);
            break;
        case FrameSize:
            if (frame->payload.size() < 8)
                return fail(-1, kMalformed);
            emit sizeKnown(u64At(frame->payload), QString::fromUtf8(frame->payload.sliced(8)));
            break;
        case FrameDone:
            if (frame->payload.size() < 8)
                return fail(-1, kMalformed);
            m_over = true;
            m_socket->disconnect(this);
            m_socket->abort();
            emit finished(u64At(frame->payload), QString::fromUtf8(frame->payload.sliced(8)));
            return;
        case FrameError: {
            if (frame->payload.size() < 4)
                return fail(-1, kMalformed);
            qint32 code = 0;
            std::memcpy(&code, frame->payload.constData(), sizeof(code));
            return fail(qFromLittleEndian(code) ? qFromLittleEndian(code) : EIO,
                        QString::fromUtf8(frame->payload.sliced(4)));
        }
        default:
            return fail(-1, kMalformed);
        }
    }
    if (m_over)
        return;
    m_buffer.remove(0, at);
    if (m_reading && m_buffer.isEmpty() && m_socket->bytesAvailable() == 0 &&
        m_socket->state() != QLocalSocket::ConnectedState)
        fail(-1, QStringLiteral("the sandbox ended before the transfer finished"));
}

} // namespace Sandbar::Server
