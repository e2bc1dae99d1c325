// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <memory>

class QLocalSocket;
class QWebSocket;

namespace Sandbar::Server {

// One terminal: a client's WebSocket spliced to a shell on a pseudo-terminal in the sandbox
// (the agent's OpTerminal). Binary frames carry the terminal's bytes both ways; the client's
// text frames are resizes ({"cols", "rows"}); the server's text frames are events:
// {"type":"ready","pid"}, {"type":"exit","exit_code","signal"}, {"type":"error","message"}.
// Output is flow-controlled: the agent's stream is read only while less than kWindowBytes sent
// to the client wait in its socket, so a flooding program is throttled at its own writes.
// finished() comes once, when the socket has closed; the owner deletes the session then.
class TerminalSession : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kWindowBytes = 1 << 20;
    static constexpr qint64 kAgentReadBuffer = 256 * 1024;
    // Keystrokes the shell has not taken yet; a client sending faster than that is cut off.
    static constexpr qint64 kMaxPendingInput = 4 << 20;

    TerminalSession(std::unique_ptr<QWebSocket> socket, const QString &sandboxId, QObject *parent = nullptr);
    ~TerminalSession() override;

    // Asks the sandbox's agent for a shell; false (and the socket closed) when it cannot.
    bool start(int agentControl, int cols, int rows);
    // The sandbox ended: the socket closes with `why`.
    void sandboxEnded(const QString &why);
    QString sandboxId() const { return m_sandboxId; }

signals:
    void finished();

private:
    void pump();
    bool handleFrame(char type, const QByteArray &payload);
    void sendBinary(const QByteArray &data);
    void sendEvent(const QJsonObject &event);
    void onClientBinary(const QByteArray &data);
    void onClientText(const QString &text);
    void writeToAgent(char type, const QByteArray &payload);
    void closeWith(int code, const QString &reason);

    std::unique_ptr<QWebSocket> m_socket;
    QString m_sandboxId;
    QLocalSocket *m_agent = nullptr;
    QByteArray m_agentBuffer;
    qint64 m_unacknowledged = 0; // sent to the client and not yet written to its socket
    bool m_ready = false;
    bool m_closing = false;
    QTimer m_agentGone; // the stream ended: wait a moment for the sandbox's own end to explain it
};

} // namespace Sandbar::Server
