// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/terminal/terminalchannel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace Sandbar::Core {

TerminalChannel::TerminalChannel(const QUrl &url, const Headers &headers, QObject *parent) : QObject(parent)
{
    m_socket.setParent(this);
    m_socket.setReadBufferSize(kReadBufferBytes);
    m_socket.setMaxAllowedIncomingMessageSize(4 << 20);
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, &TerminalChannel::onBinary);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &TerminalChannel::onText);
    connect(&m_socket, &QWebSocket::disconnected, this, &TerminalChannel::onDisconnected);
    // A connection that never opens (refused, unreachable) ends without disconnected().
    connect(&m_socket, &QWebSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
        if (state == QAbstractSocket::UnconnectedState)
            QMetaObject::invokeMethod(this, &TerminalChannel::onDisconnected, Qt::QueuedConnection);
    });
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    m_socket.open(request);
}

TerminalChannel::~TerminalChannel()
{
    disconnect(&m_socket, nullptr, this, nullptr);
}

void TerminalChannel::onBinary(const QByteArray &bytes)
{
    // Messages that arrive together are handed on together, once the socket's batch has been
    // read: a terminal draws a large batch in much less time than many small ones.
    m_received += bytes;
    if (m_received.size() >= kReadBufferBytes)
        flushOutput();
    else if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &TerminalChannel::flushOutput, Qt::QueuedConnection);
    }
}

void TerminalChannel::flushOutput()
{
    m_flushQueued = false;
    if (!m_received.isEmpty())
        emit output(std::exchange(m_received, {}));
}

void TerminalChannel::send(const QByteArray &bytes)
{
    if (m_state != State::Open)
        return;
    // A large paste goes in pieces the service takes (it refuses single messages past 1 MiB).
    constexpr qsizetype kPiece = 64 * 1024;
    for (qsizetype at = 0; at < bytes.size(); at += kPiece)
        m_socket.sendBinaryMessage(bytes.mid(at, kPiece));
}

void TerminalChannel::resize(int cols, int rows)
{
    if (m_state == State::Connecting) {
        m_pendingSize = {cols, rows};
        return;
    }
    if (m_state != State::Open)
        return;
    const QJsonObject size{{QStringLiteral("cols"), cols}, {QStringLiteral("rows"), rows}};
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(size).toJson(QJsonDocument::Compact)));
}

void TerminalChannel::close()
{
    if (m_state == State::Closed)
        return;
    m_socket.close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("closed by the user"));
    finish(tr("Closed."));
}

int TerminalChannel::refusalStatus(const QString &socketError)
{
    // Qt reports a handshake answered with an HTTP error only in its error text.
    static const QRegularExpression status(QStringLiteral("status code: (\\d{3})"));
    const QRegularExpressionMatch match = status.match(socketError);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QString TerminalChannel::refusalText(int status)
{
    switch (status) {
    case 401:
    case 403: return tr("The service refused the API key (HTTP %1).").arg(status);
    case 404: return tr("The sandbox was not found (HTTP 404).");
    case 409: return tr("The sandbox has ended: no terminal can open in it (HTTP 409).");
    case 429: return tr("Too many terminals are open in this sandbox, or requests come too fast (HTTP 429).");
    default: return tr("The service refused the terminal (HTTP %1).").arg(status);
    }
}

void TerminalChannel::onText(const QString &text)
{
    const QJsonObject event = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = event.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("ready") && m_state == State::Connecting) {
        m_state = State::Open;
        if (m_pendingSize.first > 0) {
            resize(m_pendingSize.first, m_pendingSize.second);
            m_pendingSize = {0, 0};
        }
        emit opened();
    } else if (type == QLatin1String("exit")) {
        m_exitCode = event.value(QStringLiteral("exit_code")).toInt(-1);
    } else if (type == QLatin1String("error")) {
        m_serverError = event.value(QStringLiteral("message")).toString();
    }
}

void TerminalChannel::onDisconnected()
{
    if (m_state == State::Closed)
        return;
    QString reason;
    if (m_exitCode >= 0)
        reason = tr("The shell exited with status %1.").arg(m_exitCode);
    else if (!m_serverError.isEmpty())
        reason = m_serverError;
    else if (!m_socket.closeReason().isEmpty())
        reason = m_socket.closeReason();
    else if (const int status = refusalStatus(m_socket.errorString()); status > 0)
        reason = refusalText(status);
    else if (m_state == State::Open && m_socket.error() == QAbstractSocket::RemoteHostClosedError)
        reason = tr("The connection to the service was lost.");
    else if (m_socket.error() != QAbstractSocket::UnknownSocketError)
        reason = tr("The connection failed: %1").arg(m_socket.errorString());
    else
        reason = tr("The connection ended.");
    // The server's words are lower case fragments ("the sandbox ended (killed)").
    if (!reason.isEmpty())
        reason[0] = reason[0].toUpper();
    finish(reason);
}

void TerminalChannel::finish(const QString &reason)
{
    flushOutput(); // the last words before the reason
    m_state = State::Closed;
    m_closeReason = reason;
    emit closed(reason);
}

} // namespace Sandbar::Core
