// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One terminal into a sandbox (a provider with Capability::Terminal): a WebSocket whose binary
// frames are the terminal's bytes both ways. opened() comes when the shell runs; closed()
// comes exactly once, last, with why (the shell exited, the sandbox ended, the service refused
// or the connection broke). Reading is bounded (kReadBufferBytes per turn of the event loop), so
// a flood of output is throttled by TCP rather than queued here.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>
#include <QWebSocket>

namespace Sandbar::Core {

class TerminalChannel : public QObject
{
    Q_OBJECT
public:
    enum class State { Connecting, Open, Closed };
    static constexpr qint64 kReadBufferBytes = 256 * 1024;

    using Headers = QList<QPair<QByteArray, QByteArray>>;
    // Starts connecting to `url` (ws:// or wss://) with `headers` (the credential).
    TerminalChannel(const QUrl &url, const Headers &headers, QObject *parent = nullptr);
    // Closes the socket (the service ends the shell); emits nothing more.
    ~TerminalChannel() override;

    State state() const { return m_state; }
    // Why it closed, for the user; empty while open.
    QString closeReason() const { return m_closeReason; }
    // The shell's exit status, when it exited (else -1).
    int exitCode() const { return m_exitCode; }

    void send(const QByteArray &bytes);
    void resize(int cols, int rows);
    void close();

    // The HTTP status a refused handshake answered, from Qt's error text (0 if none).
    static int refusalStatus(const QString &socketError);
    static QString refusalText(int status);

signals:
    void opened();
    void output(const QByteArray &bytes);
    void closed(const QString &reason);

private:
    void onBinary(const QByteArray &bytes);
    void flushOutput();
    void onText(const QString &text);
    void onDisconnected();
    void finish(const QString &reason);

    QWebSocket m_socket;
    State m_state = State::Connecting;
    QString m_closeReason;
    QString m_serverError; // the reason a refusal or failure gave in its error event
    int m_exitCode = -1;
    QPair<int, int> m_pendingSize{0, 0}; // a resize asked for before the shell ran
    QByteArray m_received; // output not yet handed on (at most kReadBufferBytes)
    bool m_flushQueued = false;
};

} // namespace Sandbar::Core
