// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/multipartstream.h"

namespace Sandbar::Server {

namespace {
constexpr qsizetype kMaxPartHeaderBytes = 16 * 1024;
const QByteArray kHeaderEnd = QByteArrayLiteral("\r\n\r\n");
} // namespace

MultipartStream::MultipartStream(const QByteArray &boundary, Handler handler)
    : m_delimiter("\r\n--" + boundary), m_matcher(m_delimiter), m_handler(std::move(handler)),
      m_buffer(QByteArrayLiteral("\r\n")) // the first delimiter has no line break before it
{
}

bool MultipartStream::fail(const QString &message)
{
    m_state = State::Failed;
    m_error = message;
    m_buffer.clear();
    return false;
}

bool MultipartStream::feed(QByteArrayView bytes)
{
    if (m_state == State::Failed)
        return false;
    if (m_state == State::Done)
        return true; // the epilogue is ignored
    m_buffer.append(bytes);
    return process();
}

bool MultipartStream::process()
{
    qsizetype at = 0;
    while (true) {
        switch (m_state) {
        case State::Preamble:
        case State::Data: {
            const qsizetype found = m_matcher.indexIn(m_buffer, at);
            if (found < 0) {
                // Keep what could be the start of a delimiter; hand the rest on.
                const qsizetype keep = std::min(m_buffer.size() - at, m_delimiter.size() - 1);
                if (m_state == State::Data && m_buffer.size() - keep > at)
                    m_handler.data(QByteArrayView(m_buffer).sliced(at, m_buffer.size() - keep - at));
                m_buffer.remove(0, m_buffer.size() - keep);
                return true;
            }
            if (m_state == State::Data) {
                if (found > at)
                    m_handler.data(QByteArrayView(m_buffer).sliced(at, found - at));
                m_handler.end();
            }
            at = found + m_delimiter.size();
            m_state = State::AfterDelimiter;
            break;
        }
        case State::AfterDelimiter: {
            // RFC 2046 allows spaces and tabs ("transport padding") before the line break.
            while (at < m_buffer.size() && (m_buffer.at(at) == ' ' || m_buffer.at(at) == '\t') && ++m_padding <= 64)
                ++at;
            if (m_padding > 64)
                return fail(QStringLiteral("the multipart body is malformed after a delimiter"));
            if (m_buffer.size() - at < 2) {
                m_buffer.remove(0, at);
                return true;
            }
            const bool padded = m_padding > 0;
            m_padding = 0;
            const QByteArrayView next = QByteArrayView(m_buffer).sliced(at, 2);
            if (next == "--" && !padded) {
                m_state = State::Done;
                m_buffer.clear();
                return true;
            }
            if (next != "\r\n")
                return fail(QStringLiteral("the multipart body is malformed after a delimiter"));
            at += 2;
            m_state = State::Headers;
            break;
        }
        case State::Headers: {
            // A part with no header lines has its blank line right away.
            const bool empty = QByteArrayView(m_buffer).sliced(at).startsWith("\r\n");
            const qsizetype end = empty ? at : m_buffer.indexOf(kHeaderEnd, at);
            if (end < 0) {
                if (m_buffer.size() - at > kMaxPartHeaderBytes)
                    return fail(QStringLiteral("a multipart part's headers are longer than %1 KiB").arg(kMaxPartHeaderBytes / 1024));
                m_buffer.remove(0, at);
                return true;
            }
            m_handler.begin(formPartHead(QByteArrayView(m_buffer).sliced(at, end - at)));
            at = end + (empty ? 2 : kHeaderEnd.size());
            m_state = State::Data;
            break;
        }
        case State::Done:
        case State::Failed:
            return m_state == State::Done;
        }
    }
}

} // namespace Sandbar::Server
