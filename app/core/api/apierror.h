// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Failures of API calls as values: a kind the GUI can act on and a message a person can read.

#include <QDateTime>
#include <QFuture>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Sandbar::Core {

struct ApiError
{
    enum class Kind {
        Unauthorized,      // 401: the token is wrong or missing
        Forbidden,         // 403
        NotFound,          // 404
        RateLimited,       // 429, or held back locally until `retryAt`
        BadRequest,        // 400 and other 4xx: `message` is the server's
        ServerError,       // 5xx
        ConnectionFailed,  // refused, reset, host not found ...
        TimedOut,          // no complete reply within the transfer timeout
        MalformedResponse, // a body that is not the documented JSON
        TlsError,          // certificate problems; `certificates` has the details
        Unsupported,       // the provider cannot do this (see its capabilities)
        Cancelled,         // the caller or the client went away
    };

    Kind kind = Kind::ConnectionFailed;
    QString message;
    int httpStatus = 0;        // 0 when no HTTP reply came
    QString serverKind;        // the body's "error" field, when the server sent one
    QDateTime retryAt;         // RateLimited: when requests may be sent again (local clock)
    QStringList certificates;  // TlsError: one line per certificate problem

    QString kindName() const;
};

QString kindName(ApiError::Kind kind);
// The kind of failure an HTTP error status stands for.
ApiError::Kind kindForStatus(int status);

// Either a value or an ApiError; never both, never a half-filled value.
template <typename T> class ApiResult
{
public:
    ApiResult() : m_error(ApiError{ApiError::Kind::Cancelled, QStringLiteral("no reply"), 0, {}, {}, {}}) {}
    ApiResult(T value) : m_value(std::move(value)) {}
    ApiResult(ApiError error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const { return *m_value; }
    const ApiError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};

// The result of a finished future, or a Cancelled error when it has none (cancelled, or its
// context went away).
template <typename T> ApiResult<T> resultOf(const QFuture<ApiResult<T>> &future)
{
    return future.resultCount() ? future.result() : ApiResult<T>();
}

} // namespace Sandbar::Core

Q_DECLARE_METATYPE(Sandbar::Core::ApiError)
