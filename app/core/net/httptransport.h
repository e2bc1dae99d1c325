// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one network path of an API client: one QNetworkAccessManager, the adapter's credential
// (a Bearer header or a query parameter, never logged), a deadline on every request, HTTP and network failures mapped to ApiError values, the server's rate limit
// honoured (nothing is sent while it says to wait), retries with exponential backoff and full
// jitter, and the server's clock estimated from its Date header. Knows nothing of any API's
// paths or bodies.

#include "core/api/apierror.h"
#include "core/net/clockskew.h"
#include "core/net/ratelimit.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcTransport)

class QHttpMultiPart;
class QNetworkReply;

namespace Sandbar::Core {

struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QString path; // appended to the base URL's path
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    // Set: the body is this multipart form, made afresh for each attempt (so that a retry can
    // send it again), its parts read from their devices as the socket drains; null when it
    // cannot be made (the request then fails with `multipartError`).
    std::function<QHttpMultiPart *()> multipart;
    QString multipartError;
    // May be sent again after a failure where the server may already have acted on it.
    // Requests refused with 429 are always resent: the server did nothing.
    bool idempotent = true;
    int timeoutMs = 0;   // 0: the transport's default
    // The timeout counts from the last bytes moved rather than from the start (long transfers).
    bool timeoutIsIdle = false;
    int maxAttempts = 0; // 0: the transport's default
    QByteArray accept = QByteArrayLiteral("application/json");
    // Set: a 2xx body is handed over as it arrives (streams); the reply's `body` is then empty.
    std::function<void(const QByteArray &)> onData;
    // Set: bytes moved so far and the total (-1 while unknown), at most a few times a second
    // by Qt's own pacing: the request body while it goes out if there is one, else the reply.
    std::function<void(qint64 done, qint64 total)> onProgress;
};

// How requests prove who sends them; the adapter says which its service documents.
struct Credential
{
    enum class Scheme { Bearer, QueryParameter, Header };
    Scheme scheme = Scheme::Bearer;
    QByteArray secret;
    // QueryParameter: the parameter's name, e.g. "api_key"; Header: the header's, "X-API-Key".
    QString parameter;
};

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

class HttpTransport : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResult<HttpReply> &)>;
    // Turns a non-2xx reply into an ApiError; each API has its own error body.
    using ErrorReader = std::function<ApiError(int status, const QByteArray &reason, const QByteArray &body)>;

    explicit HttpTransport(QObject *parent = nullptr);
    ~HttpTransport() override;

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QByteArray &token) { m_credential = Credential{Credential::Scheme::Bearer, token, {}}; }
    void setCredential(const Credential &credential) { m_credential = credential; }
    const Credential &credential() const { return m_credential; }
    void setErrorReader(ErrorReader reader) { m_errorReader = std::move(reader); }
    // `text` with the secret replaced, for messages and logs that may quote a URL.
    QString redacted(QString text) const;
    // The error for a status without a body worth reading: "HTTP 502 Bad Gateway".
    static ApiError statusError(int status, const QByteArray &reason);
    void setBackoff(int baseMs, int capMs) { m_backoff = Backoff(baseMs, capMs); }

    using RequestId = quint64;
    // Sends `request`; `callback` runs once with the 2xx reply or the error, unless `context`
    // is destroyed first. Non-2xx replies arrive as errors. The ID is for cancel().
    RequestId send(const HttpRequest &request, QObject *context, Callback callback);
    // Where `request` goes: the base URL, its path and query (with the credential if it is a
    // query parameter).
    QUrl urlFor(const HttpRequest &request) const;
    // Aborts a request in flight, held back or waiting to be retried: its callback gets
    // ApiError::Kind::Cancelled. Nothing happens if it has completed.
    // `why`, if given, is the error's message instead of "Cancelled.", with `kind` (a failure of
    // the caller's own, such as a full disk, is not a cancel by the user).
    void cancel(RequestId id, const QString &why = {}, ApiError::Kind kind = ApiError::Kind::Cancelled);

    const ClockSkew &clockSkew() const { return m_skew; }
    RateLimitInfo rateLimit() const { return m_gate.last(); }
    // How long requests are held back because of the server's rate limit; 0 if not.
    qint64 holdMs() const;
    int requestsSent() const { return m_requestsSent; }
    int backoffFailures() const { return m_backoff.failures(); }

signals:
    void requestSent(const QByteArray &method, const QString &path);
    void rateLimited(const QDateTime &until);
    // A TLS certificate was refused; the request fails with ApiError::Kind::TlsError. The
    // details name each problem and certificate, for the user to judge.
    void certificateRejected(const QUrl &url, const QStringList &details);

private:
    struct Pending;
    void dispatch(const std::shared_ptr<Pending> &pending);
    void finished(QNetworkReply *reply, const std::shared_ptr<Pending> &pending, qint64 sentMs);
    void complete(const std::shared_ptr<Pending> &pending, const ApiResult<HttpReply> &result);
    void hold(const std::shared_ptr<Pending> &pending);
    void resend(const std::shared_ptr<Pending> &pending);
    void releaseHeld();
    void forget(const std::shared_ptr<Pending> &pending);

    QNetworkAccessManager m_manager;
    QUrl m_baseUrl;
    Credential m_credential;
    ErrorReader m_errorReader;
    int m_defaultTimeoutMs = 30000;
    int m_defaultMaxAttempts = 3;
    int m_requestsSent = 0;
    Backoff m_backoff;
    RateLimitGate m_gate;
    ClockSkew m_skew;
    QList<std::shared_ptr<Pending>> m_held;
    QHash<RequestId, std::weak_ptr<Pending>> m_pending; // not completed yet, for cancel()
    RequestId m_nextId = 1;
    QTimer m_holdTimer;
};

} // namespace Sandbar::Core
