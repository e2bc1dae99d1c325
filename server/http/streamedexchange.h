// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A request taken over from Qt HTTP Server at its head (see ConnectionGate): an upload whose
// body is read as the route can take it, or a download written as the client reads it. The
// exchange owns the connection until its response is written, then hands it back (or closes it
// when the request's body was not read whole).

#include "http/apierror.h"
#include "http/apishape.h"
#include "http/requeststream.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <vector>

namespace Sandbar::Server {

class StreamedExchange;

// The routes that stream, as the HTTP front knows them.
class StreamedRoutes
{
public:
    virtual ~StreamedRoutes() = default;
    virtual bool claims(const RequestHead &head) const = 0;
    virtual void start(StreamedExchange *exchange) = 0;
};

class StreamedExchange : public QObject
{
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    // Send and read no more than this ahead of the other side.
    static constexpr qint64 kWindowBytes = 2 << 20;
    // A transfer that moves nothing for this long is cut.
    static constexpr int kIdleTimeoutMs = 120'000;
    // After an answer given before the body was read (401, 413): how long the rest of the body
    // is read and dropped before the connection closes (for a client without the key, no more
    // than ConnectionGate's untrusted budget).
    static constexpr int kLingerMs = 30'000;

    // Takes over `socket`, whose unread bytes begin with the request's head. `handBack` returns
    // the connection to Qt HTTP Server for its next request.
    StreamedExchange(QTcpSocket *socket, std::function<void()> handBack);

    // Reads the head again (the gate saw it whole); false when it does not parse.
    bool readHead();
    const RequestHead &head() const { return m_stream.head(); }
    QHostAddress peer() const { return m_socket ? m_socket->peerAddress() : QHostAddress(); }

    // Hands the body to `sink` as it arrives, no more at a time than `room` says; call pump()
    // when there is room again. bodyReceived() once it is whole.
    void receiveBody(std::function<void(QByteArrayView)> sink, std::function<qint64()> room);
    void pump();
    bool bodyDone() const { return m_stream.done(); }
    // The request carried the API key (set by the front's admission): only then is the rest of
    // a refused body read and dropped, so the client can read the answer.
    void setClientTrusted(bool trusted) { m_clientTrusted = trusted; }

    // Answers with a whole response. `close` ends the connection after it (always so while the
    // request's body is unread).
    void respond(const Result<Reply> &result, const ApiShape &shape, const Headers &common);
    void sendContinue();
    // A response written as it goes: the head, then exactly `contentLength` bytes.
    void beginResponse(int status, const Headers &headers, qint64 contentLength);
    void writeBody(QByteArrayView bytes);
    void endResponse();
    qint64 pendingOutput() const { return m_socket ? m_socket->bytesToWrite() : 0; }
    // Ends the connection at once (a transfer cut in the middle).
    void abort(const QString &why);

signals:
    void bodyReceived();
    // More of the response can be written (pendingOutput() fell below half the window).
    void drained();
    // The client went away, stalled, or sent a body that does not parse.
    void failed(const QString &why);

private:
    void writeHead(int status, const Headers &headers, qint64 contentLength, bool close);
    void settleClose();
    void finish();
    void lingeringClose(qint64 limit);

    QPointer<QTcpSocket> m_socket;
    std::function<void()> m_handBack;
    RequestStream m_stream;
    std::function<qint64()> m_room;
    std::vector<char> m_chunk;
    qsizetype m_chunkUsed = 0; // bytes read but not yet taken by the parser (a split chunk header)
    QTimer m_idle;
    bool m_closeAfter = false;
    bool m_clientTrusted = false;
    bool m_headWritten = false;
    qint64 m_bodyBytesRead = 0;
    bool m_over = false;
    qint64 m_bodyLeft = 0;
};

} // namespace Sandbar::Server
