// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminal/terminalsession.h"

#include "agent/agentprotocol.h"
#include "logging.h"
#include "sandboxes/agentclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QWebSocket>
#include <QtEndian>

#include <unistd.h>

namespace Sandbar::Server {

using namespace Sandbar::AgentProtocol;

namespace {
constexpr int kCloseNormal = 1000;
constexpr int kCloseGoingAway = 1001;
constexpr int kCloseTooBig = 1009;
constexpr int kCloseInternal = 1011;
constexpr qsizetype kMaxInputFrame = 1 << 20;
constexpr qsizetype kMessageBytes = 64 * 1024;

// What a WebSocket frame of `payload` bytes costs on the wire from a server (no mask).
qint64 wireSize(qint64 payload)
{
    return payload + 2 + (payload >= 126 ? (payload > 65535 ? 8 : 2) : 0);
}

QByteArray frame(char type, const QByteArray &payload)
{
    QByteArray out;
    out.reserve(5 + payload.size());
    out.append(type);
    const quint32 length = qToLittleEndian(quint32(payload.size()));
    out.append(reinterpret_cast<const char *>(&length), 4);
    out.append(payload);
    return out;
}
} // namespace

TerminalSession::TerminalSession(std::unique_ptr<QWebSocket> socket, const QString &sandboxId, QObject *parent)
    : QObject(parent), m_socket(std::move(socket)), m_sandboxId(sandboxId)
{
    m_socket->setMaxAllowedIncomingMessageSize(kMaxInputFrame);
    m_socket->setMaxAllowedIncomingFrameSize(kMaxInputFrame);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, &TerminalSession::onClientBinary);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &TerminalSession::onClientText);
    connect(m_socket.get(), &QWebSocket::bytesWritten, this, [this](qint64 written) {
        m_unacknowledged = std::max<qint64>(0, m_unacknowledged - written);
        if (m_unacknowledged < kWindowBytes / 2)
            pump();
    });
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this] {
        m_closing = true;
        if (m_agent)
            m_agent->abort(); // the agent ends the shell's session
        emit finished();
    });
    m_agentGone.setSingleShot(true);
    m_agentGone.setInterval(500);
    connect(&m_agentGone, &QTimer::timeout, this, [this] {
        closeWith(kCloseGoingAway, QStringLiteral("the terminal's connection to the sandbox ended"));
    });
}

TerminalSession::~TerminalSession() = default;

bool TerminalSession::start(int agentControl, int cols, int rows)
{
    QString error;
    const int fd = openAgentStream(agentControl, &error);
    if (fd < 0) {
        closeWith(kCloseInternal, error);
        return false;
    }
    m_agent = new QLocalSocket(this);
    if (!m_agent->setSocketDescriptor(fd)) {
        ::close(fd);
        closeWith(kCloseInternal, QStringLiteral("cannot use the sandbox's agent stream"));
        return false;
    }
    // Bounded: when the client reads slowly this fills, the agent's writes block, and it stops
    // reading the terminal.
    m_agent->setReadBufferSize(kAgentReadBuffer);
    connect(m_agent, &QLocalSocket::readyRead, this, &TerminalSession::pump);
    connect(m_agent, &QLocalSocket::disconnected, this, &TerminalSession::pump);
    QByteArray request(1, char(OpTerminal));
    const quint16 size[2] = {qToLittleEndian(quint16(qBound(2, cols, 1000))), qToLittleEndian(quint16(qBound(1, rows, 1000)))};
    request.append(reinterpret_cast<const char *>(size), sizeof(size));
    m_agent->write(request);
    return true;
}

void TerminalSession::sandboxEnded(const QString &why)
{
    pump(); // what the terminal printed last still goes out
    closeWith(kCloseGoingAway, why);
}

void TerminalSession::pump()
{
    if (!m_agent || m_closing)
        return;
    while (m_unacknowledged < kWindowBytes && m_agent->bytesAvailable() > 0) {
        m_agentBuffer += m_agent->read(kAgentReadBuffer);
        qsizetype at = 0;
        QByteArray output; // consecutive output frames go out as one message
        while (m_agentBuffer.size() - at >= 5) {
            const quint32 length = qFromLittleEndian<quint32>(m_agentBuffer.constData() + at + 1);
            if (m_agentBuffer.size() - at - 5 < qsizetype(length))
                break;
            const char type = m_agentBuffer.at(at);
            if (type == FrameStdout) {
                output.append(m_agentBuffer.constData() + at + 5, length);
                at += 5 + qsizetype(length);
                // One WebSocket frame each, small enough for the client's bounded read buffer.
                while (output.size() >= kMessageBytes) {
                    sendBinary(output.first(kMessageBytes));
                    output.remove(0, kMessageBytes);
                }
                continue;
            }
            if (!output.isEmpty())
                sendBinary(std::exchange(output, {}));
            const QByteArray payload = m_agentBuffer.mid(at + 5, length);
            at += 5 + qsizetype(length);
            if (!handleFrame(type, payload))
                return;
        }
        if (!output.isEmpty())
            sendBinary(output);
        m_agentBuffer.remove(0, at);
    }
    // The stream ended without the shell's exit, and everything it carried has gone out: wait a
    // moment for the sandbox's own end to say why.
    if (m_agent->state() == QLocalSocket::UnconnectedState && m_agent->bytesAvailable() == 0 && !m_closing &&
        !m_agentGone.isActive())
        m_agentGone.start();
}

bool TerminalSession::handleFrame(char type, const QByteArray &payload)
{
    switch (type) {
    case FrameStdout:
        sendBinary(payload);
        return true;
    case FrameDone:
        m_ready = true;
        sendEvent({{QStringLiteral("type"), QStringLiteral("ready")},
                   {QStringLiteral("pid"), payload.size() >= 8 ? double(qFromLittleEndian<quint64>(payload.constData())) : 0}});
        return true;
    case FrameError: {
        const QString message = QString::fromUtf8(payload.mid(4));
        sendEvent({{QStringLiteral("type"), QStringLiteral("error")}, {QStringLiteral("message"), message}});
        closeWith(kCloseInternal, message);
        return false;
    }
    case FrameExit: {
        const qint32 code = payload.size() >= 4 ? qFromLittleEndian<qint32>(payload.constData()) : -1;
        const qint32 signal = payload.size() >= 9 ? qFromLittleEndian<qint32>(payload.constData() + 5) : 0;
        sendEvent({{QStringLiteral("type"), QStringLiteral("exit")}, {QStringLiteral("exit_code"), code},
                   {QStringLiteral("signal"), signal}});
        closeWith(kCloseNormal, QStringLiteral("the shell exited"));
        return false;
    }
    default:
        closeWith(kCloseInternal, QStringLiteral("the sandbox's agent sent an unexpected frame"));
        return false;
    }
}

void TerminalSession::sendBinary(const QByteArray &data)
{
    m_unacknowledged += wireSize(std::max<qint64>(0, m_socket->sendBinaryMessage(data)));
}

void TerminalSession::sendEvent(const QJsonObject &event)
{
    m_unacknowledged += wireSize(m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact))));
}

void TerminalSession::onClientBinary(const QByteArray &data)
{
    if (m_closing || !m_agent)
        return;
    if (m_agent->bytesToWrite() > kMaxPendingInput) {
        closeWith(kCloseTooBig, QStringLiteral("input arrives faster than the terminal takes it"));
        return;
    }
    writeToAgent(FrameData, data);
}

void TerminalSession::onClientText(const QString &text)
{
    if (m_closing || !m_agent)
        return;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    const int cols = object.value(QStringLiteral("cols")).toInt();
    const int rows = object.value(QStringLiteral("rows")).toInt();
    if (cols < 2 || cols > 1000 || rows < 1 || rows > 1000) {
        sendEvent({{QStringLiteral("type"), QStringLiteral("error")},
                   {QStringLiteral("message"), QStringLiteral("a text message is a resize: {\"cols\": 2-1000, \"rows\": 1-1000}")}});
        return;
    }
    const quint16 size[2] = {qToLittleEndian(quint16(cols)), qToLittleEndian(quint16(rows))};
    writeToAgent(FrameResize, QByteArray(reinterpret_cast<const char *>(size), sizeof(size)));
}

void TerminalSession::writeToAgent(char type, const QByteArray &payload)
{
    m_agent->write(frame(type, payload));
}

void TerminalSession::closeWith(int code, const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_agentGone.stop();
    qCInfo(lcServer).noquote() << "terminal of sandbox" << m_sandboxId << "closing:" << reason;
    // A close frame's reason holds at most 123 bytes.
    QByteArray utf8 = reason.toUtf8();
    if (utf8.size() > 123)
        utf8 = utf8.left(120) + "...";
    m_socket->close(QWebSocketProtocol::CloseCode(code), QString::fromUtf8(utf8));
    if (m_agent)
        m_agent->abort();
    // A client that never answers the close frame is cut off.
    QTimer::singleShot(5000, this, [this] { m_socket->abort(); });
}

} // namespace Sandbar::Server
