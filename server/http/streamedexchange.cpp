// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/streamedexchange.h"

#include "http/connectiongate.h"
#include "http/httpresponses.h"
#include "logging.h"


#include <cstring>
#include <limits>
#include <memory>

namespace Sandbar::Server {

namespace {
constexpr qsizetype kReadPiece = 256 * 1024;

QByteArray reason(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 413: return "Content Too Large";
    case 429: return "Too Many Requests";
    case 501: return "Not Implemented";
    default: return status >= 500 ? "Internal Server Error" : "Error";
    }
}
} // namespace

StreamedExchange::StreamedExchange(QTcpSocket *socket, std::function<void()> handBack)
    : QObject(socket), m_socket(socket), m_handBack(std::move(handBack)), m_chunk(2 * kReadPiece)
{
    m_closeAfter = !m_handBack;
    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] { abort(QStringLiteral("the transfer moved nothing for two minutes")); });
    connect(socket, &QTcpSocket::readyRead, this, &StreamedExchange::pump);
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        m_idle.start();
        if (pendingOutput() < kWindowBytes / 2)
            emit drained();
    });
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        if (!m_over) {
            m_over = true;
            emit failed(QStringLiteral("the client went away"));
        }
    });
    m_idle.start();
}

bool StreamedExchange::readHead()
{
    const qint64 got = m_socket->peek(m_chunk.data(), qint64(m_chunk.size()));
    // Blank lines before the request line are skipped, as the gate and Qt HTTP Server do.
    qsizetype blank = 0;
    while (blank < got && QByteArrayView(" \t\v\r\n").contains(m_chunk[size_t(blank)]))
        ++blank;
    const qsizetype used = got > blank ? m_stream.feed(m_chunk.data() + blank, qsizetype(got) - blank) : 0;
    if (!m_stream.headDone() || m_stream.failed())
        return false;
    m_socket->skip(blank + used);
    // From here the socket holds at most this much the route has not taken: the rest waits in
    // the kernel, and the client's sends block.
    m_socket->setReadBufferSize(kWindowBytes / 2);
    return true;
}

void StreamedExchange::receiveBody(std::function<void(QByteArrayView)> sink, std::function<qint64()> room)
{
    m_stream.setBodySink(std::move(sink));
    m_room = std::move(room);
    pump();
}

void StreamedExchange::pump()
{
    if (m_over || !m_room || !m_socket || m_stream.done())
        return;
    QPointer<StreamedExchange> alive(this);
    while (!m_stream.done()) {
        qint64 want = std::min<qint64>(m_room(), kReadPiece);
        // Never past the body's end: what follows is the connection's next request.
        if (const qint64 remaining = m_stream.bodyRemaining(); remaining >= 0)
            want = std::min(want, remaining - m_chunkUsed);
        want = std::min(want, qint64(m_chunk.size()) - m_chunkUsed);
        if (m_chunkUsed >= kReadPiece) {
            abort(QStringLiteral("the request's body does not parse"));
            return;
        }
        if (want <= 0 && m_chunkUsed == 0)
            return; // the route calls pump() again when it has room
        // Reading (not peeking) lets the socket fetch more once its bounded buffer is drained.
        const qint64 got = want > 0 ? m_socket->read(m_chunk.data() + m_chunkUsed, want) : 0;
        if (got < 0 || (got == 0 && m_chunkUsed == 0))
            return;
        m_bodyBytesRead += got;
        const qsizetype total = m_chunkUsed + qsizetype(got);
        const qsizetype used = m_stream.feed(m_chunk.data(), total);
        if (!alive || m_over)
            return; // the sink ended the exchange
        if (m_stream.failed()) {
            abort(QStringLiteral("the request's body does not parse: %1").arg(m_stream.error()));
            return;
        }
        std::memmove(m_chunk.data(), m_chunk.data() + used, size_t(total - used));
        m_chunkUsed = total - used;
        m_idle.start();
        if (got == 0)
            return; // a split chunk header waits for the rest
    }
    // Bytes read past a chunked body's end belong to a request this exchange cannot hand on.
    m_closeAfter = m_closeAfter || m_chunkUsed > 0;
    emit bodyReceived();
}

void StreamedExchange::sendContinue()
{
    if (m_socket && !m_over)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
}

void StreamedExchange::writeHead(int status, const Headers &headers, qint64 contentLength, bool close)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    if (close)
        head += "Connection: close\r\n";
    head += "\r\n";
    m_socket->write(head);
}

void StreamedExchange::respond(const Result<Reply> &result, const ApiShape &shape, const Headers &common)
{
    if (m_over || !m_socket)
        return;
    const HttpAnswer answer = toHttpAnswer(result, shape);
    Headers headers = common;
    if (!answer.contentType.isEmpty())
        headers.append({QByteArrayLiteral("Content-Type"), answer.contentType});
    headers.append(answer.headers);
    settleClose();
    writeHead(answer.status, headers, answer.body.size(), m_closeAfter);
    m_socket->write(answer.body);
    finish();
}

void StreamedExchange::beginResponse(int status, const Headers &headers, qint64 contentLength)
{
    if (m_over || !m_socket)
        return;
    settleClose();
    m_bodyLeft = contentLength;
    writeHead(status, headers, contentLength, m_closeAfter);
}

void StreamedExchange::settleClose()
{
    // A body left unread cannot be skipped safely: the connection ends with this answer.
    m_closeAfter = m_closeAfter || !m_stream.done() || !m_stream.head().keepAlive;
    m_headWritten = true;
}

void StreamedExchange::writeBody(QByteArrayView bytes)
{
    if (m_over || !m_socket)
        return;
    // Never more than the head announced: the rest would read as the connection's next reply.
    if (!m_headWritten || bytes.size() > m_bodyLeft)
        return abort(QStringLiteral("the response's body is longer than its length"));
    m_socket->write(bytes.constData(), bytes.size());
    m_bodyLeft -= bytes.size();
}

void StreamedExchange::endResponse()
{
    if (m_over || !m_socket)
        return;
    if (m_bodyLeft != 0)
        return abort(QStringLiteral("the response's body did not match its length"));
    finish();
}

void StreamedExchange::finish()
{
    m_over = true;
    m_idle.stop();
    m_socket->disconnect(this);
    if (!m_stream.done()) {
        // What the client still sends of its body; someone without the key is not owed more
        // than the untrusted budget (ConnectionGate). A chunked body: until the time runs out.
        const auto length = m_stream.head().contentLength;
        const qint64 remaining = length ? qint64(*length) - m_bodyBytesRead : std::numeric_limits<qint64>::max();
        lingeringClose(m_clientTrusted ? remaining : std::min(remaining, ConnectionGate::kUntrustedBudgetBytes));
    }
    else if (m_closeAfter)
        m_socket->disconnectFromHost();
    else if (m_handBack) {
        m_socket->setReadBufferSize(0); // Qt HTTP Server's own setting
        m_handBack();
    }
    deleteLater();
}

void StreamedExchange::lingeringClose(qint64 limit)
{
    // The answer went out before the body was read. Clients that read an answer only once they
    // have sent their whole body (Qt's network access among them) would meet a reset instead:
    // the rest of the body is dropped as it comes, up to `limit` bytes and kLingerMs, then the
    // connection closes.
    QTcpSocket *socket = m_socket;
    auto left = std::make_shared<qint64>(limit);
    const auto drop = [socket, left] {
        *left -= socket->skip(socket->bytesAvailable());
        if (*left == 0)
            socket->disconnectFromHost();
        else if (*left < 0)
            socket->abort();
    };
    connect(socket, &QTcpSocket::readyRead, socket, drop);
    QTimer::singleShot(kLingerMs, socket, [socket] { socket->abort(); });
    drop();
}

void StreamedExchange::abort(const QString &why)
{
    if (m_over)
        return;
    m_over = true;
    m_idle.stop();
    qCInfo(lcServer).noquote() << "streamed" << head().method << head().path().left(200) << "cut:" << why;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    emit failed(why);
    deleteLater();
}

} // namespace Sandbar::Server
