// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/multipart.h"

#include <QByteArray>
#include <QByteArrayMatcher>

#include <functional>

namespace Sandbar::Server {

// multipart/form-data parsed as it arrives: each part's data is handed on in pieces, so a file
// part of any size passes through a buffer of at most one fed piece plus a delimiter.
class MultipartStream
{
public:
    struct Handler
    {
        std::function<void(const FormPart &)> begin; // name and filename
        std::function<void(QByteArrayView)> data;
        std::function<void()> end;
    };

    MultipartStream(const QByteArray &boundary, Handler handler);

    // False once the body is malformed (error() says how).
    bool feed(QByteArrayView bytes);
    // The closing delimiter has been seen.
    bool finished() const { return m_state == State::Done; }
    QString error() const { return m_error; }

private:
    enum class State { Preamble, AfterDelimiter, Headers, Data, Done, Failed };
    bool fail(const QString &message);
    // Handles what m_buffer holds; false on a malformed body.
    bool process();

    QByteArray m_delimiter; // CRLF "--" boundary
    QByteArrayMatcher m_matcher;
    Handler m_handler;
    QByteArray m_buffer;
    State m_state = State::Preamble;
    int m_padding = 0;
    QString m_error;
};

} // namespace Sandbar::Server
