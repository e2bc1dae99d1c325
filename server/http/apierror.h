// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Handlers return a value or an ApiError; httpresponses.cpp is the one place that turns an
// error kind into an HTTP status, and ApiShape gives the body its API's form.

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <utility>
#include <variant>

namespace Sandbar::Server {

struct ApiError
{
    enum class Kind {
        BadRequest,
        Unauthorized,
        Forbidden,
        NotFound,
        Timeout,
        RateLimited,
        Internal,
        NotImplemented, // 501: the call exists in the API but this server cannot do it
        Conflict,       // 409: the resource is not in a state that allows it (an ended sandbox's terminal)
        TooLarge,       // 413: a body over the route's limit, refused before it is read
    };
    Kind kind = Kind::Internal;
    QString message;
    // Fields an API's error body adds (the Sandbox Sessions 429's "limit" and "reset").
    QJsonObject details;

    static ApiError badRequest(QString m) { return {Kind::BadRequest, std::move(m), {}}; }
    static ApiError unauthorized(QString m) { return {Kind::Unauthorized, std::move(m), {}}; }
    static ApiError forbidden(QString m) { return {Kind::Forbidden, std::move(m), {}}; }
    static ApiError notFound(QString m) { return {Kind::NotFound, std::move(m), {}}; }
    static ApiError internal(QString m) { return {Kind::Internal, std::move(m), {}}; }
    static ApiError timeout(QString m) { return {Kind::Timeout, std::move(m), {}}; }
    static ApiError notImplemented(QString m) { return {Kind::NotImplemented, std::move(m), {}}; }
    static ApiError conflict(QString m) { return {Kind::Conflict, std::move(m), {}}; }
    static ApiError tooLarge(QString m) { return {Kind::TooLarge, std::move(m), {}}; }
};

template <typename T> class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(ApiError error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    const T &operator*() const { return value(); }
    T &operator*() { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const ApiError &error() const { return std::get<ApiError>(m_data); }

private:
    std::variant<T, ApiError> m_data;
};

// A successful reply: the documented status (200, or 201 on create) and body.
struct Reply
{
    Reply() = default;
    Reply(int s, QJsonObject b) : status(s), body(std::move(b)) {}

    int status = 200;
    QJsonObject body;
    // Set for raw replies (downloads): sent as is instead of `body`.
    QByteArray raw;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
};

} // namespace Sandbar::Server
