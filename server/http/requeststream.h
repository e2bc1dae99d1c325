// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One HTTP/1.1 request parsed as its bytes arrive (Boost.Beast's parser; no HTTP parsing of our
// own): the connection gate follows request boundaries with it, and a streamed route reads its
// body through it piece by piece. Beast stays out of this header.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace Sandbar::Server {

struct RequestHead
{
    QByteArray method;
    QByteArray target; // path and query, as sent
    QList<QPair<QByteArray, QByteArray>> fields;
    std::optional<quint64> contentLength; // none when chunked
    bool keepAlive = true;
    bool upgrade = false;

    QByteArray value(const QByteArray &name) const; // the first field of that name, any case
    QByteArray path() const { return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?')); }
    QUrlQuery query() const;
};

class RequestStream
{
public:
    static constexpr quint32 kMaxHeadBytes = 64 * 1024;

    RequestStream();
    ~RequestStream();

    // Past this many body bytes the request fails (bodyTooLarge()); checked as they come, so
    // for a chunked body. A Content-Length is for the caller to check against its own limit.
    void setBodyLimit(quint64 bytes);
    bool bodyTooLarge() const { return m_tooLarge; }
    // The head passed kMaxHeadBytes.
    bool headTooLarge() const { return m_headTooLarge; }

    // The body's bytes, de-chunked; without a sink they are skipped.
    void setBodySink(std::function<void(QByteArrayView)> sink);

    // Parses from `data`, stopping once the head is complete (so a caller can decide about the
    // body) and at the end of the request. Returns how many bytes were used: the rest must be
    // presented again, with more after it.
    qsizetype feed(const char *data, qsizetype size);

    bool headDone() const;
    // Body bytes still to come with a Content-Length; -1 for a chunked body.
    qint64 bodyRemaining() const;
    bool done() const;
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    const RequestHead &head() const;

private:
    class Parser;
    std::unique_ptr<Parser> m_parser;
    QString m_error;
    bool m_tooLarge = false;
    bool m_headTooLarge = false;
};

} // namespace Sandbar::Server
