// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/httptransport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHttpMultiPart>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimeZone>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslError>
#endif

Q_LOGGING_CATEGORY(lcTransport, "sandbar.core.transport", QtInfoMsg)

namespace Sandbar::Core {

struct HttpTransport::Pending
{
    RequestId id = 0;
    HttpRequest request;
    QPointer<QObject> context;
    Callback callback;
    int attempt = 0;
    QStringList tlsDetails;
    QPointer<QNetworkReply> reply; // the attempt in flight, if any
    bool cancelled = false;
    QString cancelReason; // what the error says instead of "Cancelled."
    ApiError::Kind cancelKind = ApiError::Kind::Cancelled;
    bool completed = false;
};

namespace {

const char *kTimedOutProperty = "sandbarTimedOut";

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

constexpr qint64 kStreamBufferBytes = 1 << 20;

ApiError makeError(ApiError::Kind kind, const QString &message, int status = 0)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    error.httpStatus = status;
    return error;
}


// Without an adapter's reader: {"error": kind, "message": text}, else the status.
ApiError defaultErrorFromReply(int status, const QByteArray &reason, const QByteArray &body)
{
    ApiError error = HttpTransport::statusError(status, reason);
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString message = json.value(QStringLiteral("message")).toString();
    error.serverKind = json.value(QStringLiteral("error")).toString();
    if (!message.isEmpty())
        error.message = message;
    else if (!error.serverKind.isEmpty())
        error.message = error.serverKind;
    return error;
}

ApiError errorFromNetwork(QNetworkReply *reply)
{
    if (reply->property(kTimedOutProperty).toBool())
        return makeError(ApiError::Kind::TimedOut,
                         HttpTransport::tr("No complete reply from %1 in time.").arg(reply->url().authority()));
    switch (reply->error()) {
    case QNetworkReply::TimeoutError:
        return makeError(ApiError::Kind::TimedOut, reply->errorString());
    case QNetworkReply::SslHandshakeFailedError:
        return makeError(ApiError::Kind::TlsError, reply->errorString());
    case QNetworkReply::OperationCanceledError:
        return makeError(ApiError::Kind::Cancelled, reply->errorString());
    default:
        return makeError(ApiError::Kind::ConnectionFailed,
                         HttpTransport::tr("Cannot reach %1: %2").arg(reply->url().authority(), reply->errorString()));
    }
}

#if QT_CONFIG(ssl)
QString describe(const QSslError &error)
{
    const QSslCertificate certificate = error.certificate();
    if (certificate.isNull())
        return error.errorString();
    return HttpTransport::tr("%1 — certificate for \"%2\" issued by \"%3\", valid %4 to %5, SHA-256 %6")
        .arg(error.errorString(),
             certificate.subjectInfo(QSslCertificate::CommonName).join(QLatin1String(", ")),
             certificate.issuerInfo(QSslCertificate::CommonName).join(QLatin1String(", ")),
             certificate.effectiveDate().toUTC().toString(Qt::ISODate),
             certificate.expiryDate().toUTC().toString(Qt::ISODate),
             QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':')));
}
#endif

} // namespace

HttpTransport::HttpTransport(QObject *parent) : QObject(parent)
{
    m_holdTimer.setSingleShot(true);
    connect(&m_holdTimer, &QTimer::timeout, this, &HttpTransport::releaseHeld);
}

ApiError HttpTransport::statusError(int status, const QByteArray &reason)
{
    return makeError(kindForStatus(status), QStringLiteral("HTTP %1 %2").arg(status).arg(QString::fromLatin1(reason)).trimmed(),
                     status);
}

QString HttpTransport::redacted(QString text) const
{
    if (m_credential.secret.isEmpty())
        return text;
    const QString secret = QString::fromUtf8(m_credential.secret);
    const QString hidden = QStringLiteral("<redacted>");
    text.replace(secret, hidden);
    // As a URL carries it: percent-encoded.
    text.replace(QString::fromLatin1(QUrl::toPercentEncoding(secret)), hidden);
    return text;
}

HttpTransport::~HttpTransport()
{
    // Replies still running are children of the manager and go with it, callbacks unrun:
    // the futures waiting on them are cancelled by their promises' destructors.
    m_held.clear();
}

qint64 HttpTransport::holdMs() const
{
    return m_gate.holdMs(nowMs());
}

QUrl HttpTransport::urlFor(const HttpRequest &request) const
{
    QUrl url = m_baseUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + request.path);
    QUrlQuery query = request.query;
    if (m_credential.scheme == Credential::Scheme::QueryParameter)
        query.addQueryItem(m_credential.parameter, QString::fromUtf8(QUrl::toPercentEncoding(QString::fromUtf8(m_credential.secret))));
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

HttpTransport::RequestId HttpTransport::send(const HttpRequest &request, QObject *context, Callback callback)
{
    auto pending = std::make_shared<Pending>();
    pending->id = m_nextId++;
    m_pending.insert(pending->id, pending);
    pending->request = request;
    // Without a context the transport itself guards the callback.
    pending->context = context ? context : this;
    pending->callback = std::move(callback);
    if (m_gate.holdMs(nowMs()) > 0)
        hold(pending);
    else
        dispatch(pending);
    return pending->id;
}

void HttpTransport::cancel(RequestId id, const QString &why, ApiError::Kind kind)
{
    const std::shared_ptr<Pending> pending = m_pending.value(id).lock();
    if (!pending || pending->completed || pending->cancelled)
        return;
    pending->cancelled = true;
    pending->cancelReason = why;
    pending->cancelKind = kind;
    qCDebug(lcTransport) << "cancelling" << pending->request.path;
    if (pending->reply) {
        pending->reply->abort(); // finished() reports it as cancelled
        return;
    }
    // Held for the rate limit or waiting for a retry: nothing is on the wire.
    complete(pending, makeError(kind, why.isEmpty() ? tr("Cancelled.") : why));
}

void HttpTransport::forget(const std::shared_ptr<Pending> &pending)
{
    pending->completed = true;
    m_pending.remove(pending->id);
}

void HttpTransport::hold(const std::shared_ptr<Pending> &pending)
{
    m_held.append(pending);
    const qint64 wait = m_gate.holdMs(nowMs());
    if (!m_holdTimer.isActive() || m_holdTimer.remainingTime() > wait)
        m_holdTimer.start(int(std::max<qint64>(1, wait)));
}

void HttpTransport::resend(const std::shared_ptr<Pending> &pending)
{
    if (pending->completed)
        return;
    if (!pending->context) {
        forget(pending);
        return;
    }
    if (m_gate.holdMs(nowMs()) > 0)
        hold(pending);
    else
        dispatch(pending);
}

void HttpTransport::releaseHeld()
{
    if (m_gate.holdMs(nowMs()) > 0) {
        m_holdTimer.start(int(std::max<qint64>(1, m_gate.holdMs(nowMs()))));
        return;
    }
    const auto held = std::exchange(m_held, {});
    for (const auto &pending : held) {
        if (pending->completed)
            continue;
        if (pending->context)
            dispatch(pending);
        else
            forget(pending);
    }
}

void HttpTransport::dispatch(const std::shared_ptr<Pending> &pending)
{
    const HttpRequest &request = pending->request;
    QNetworkRequest networkRequest(urlFor(request));
    if (m_credential.scheme == Credential::Scheme::Bearer)
        networkRequest.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_credential.secret);
    else if (m_credential.scheme == Credential::Scheme::Header)
        networkRequest.setRawHeader(m_credential.parameter.toLatin1(), m_credential.secret);
    networkRequest.setRawHeader(QByteArrayLiteral("Accept"), request.accept);
    if (!request.contentType.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    // Redirects could carry the bearer token to another host: none are followed.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    ++pending->attempt;
    ++m_requestsSent;
    const qint64 sentMs = nowMs();
    QNetworkReply *reply = nullptr;
    if (request.multipart) {
        QHttpMultiPart *multipart = request.multipart();
        if (!multipart) {
            complete(pending, makeError(ApiError::Kind::BadRequest, request.multipartError));
            return;
        }
        reply = m_manager.sendCustomRequest(networkRequest, request.method, multipart);
        multipart->setParent(reply);
    } else {
        reply = m_manager.sendCustomRequest(networkRequest, request.method, request.body);
    }
    pending->reply = reply;
    emit requestSent(request.method, request.path);

    // Qt's own transfer timeout only measures inactivity; this is a deadline for the whole reply.
    const int timeoutMs = request.timeoutMs > 0 ? request.timeoutMs : m_defaultTimeoutMs;
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply] {
        reply->setProperty(kTimedOutProperty, true);
        reply->abort();
    });
    deadline->start(timeoutMs);
    if (request.timeoutIsIdle) {
        const auto moved = [deadline, timeoutMs](qint64, qint64) { deadline->start(timeoutMs); };
        connect(reply, &QNetworkReply::uploadProgress, deadline, moved);
        connect(reply, &QNetworkReply::downloadProgress, deadline, moved);
    }

#if QT_CONFIG(ssl)
    // Certificate problems are reported, never ignored: the handshake fails and the error
    // carries each problem with its certificate's details.
    connect(reply, &QNetworkReply::sslErrors, this, [this, pending, reply](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            pending->tlsDetails.append(describe(error));
        emit certificateRejected(QUrl(redacted(reply->url().toString())), pending->tlsDetails);
    });
#endif
    if (request.onData) {
        // Bounded: Qt's network thread stops reading the socket while this much waits here, so a
        // fast server does not queue a whole download in memory ahead of its consumer. Qt 6.4
        // applies it only to a reply under way, so again once the headers came; what the thread
        // read before that still arrives (on loopback, at times much of a file).
        reply->setReadBufferSize(kStreamBufferBytes);
        connect(reply, &QNetworkReply::metaDataChanged, reply, [reply] { reply->setReadBufferSize(kStreamBufferBytes); });
        connect(reply, &QNetworkReply::readyRead, this, [reply, pending] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            // An error's body is read whole at the end, as for any request.
            if (status >= 200 && status < 300 && pending->context)
                pending->request.onData(reply->readAll());
        });
    }
    if (request.onProgress) {
        const auto report = [pending](qint64 done, qint64 total) {
            if (pending->context && !pending->cancelled)
                pending->request.onProgress(done, total);
        };
        if (!request.body.isEmpty() || request.multipart)
            connect(reply, &QNetworkReply::uploadProgress, this, report);
        else
            connect(reply, &QNetworkReply::downloadProgress, this, report);
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, pending, sentMs] {
        finished(reply, pending, sentMs);
    });
}

void HttpTransport::finished(QNetworkReply *reply, const std::shared_ptr<Pending> &pending, qint64 sentMs)
{
    reply->deleteLater();
    pending->reply = nullptr;
    if (pending->cancelled) {
        complete(pending, makeError(pending->cancelKind, pending->cancelReason.isEmpty() ? tr("Cancelled.")
                                                                                        : pending->cancelReason));
        return;
    }
    const qint64 receivedMs = nowMs();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    const bool timedOut = reply->property(kTimedOutProperty).toBool();

    HttpReply answer;
    answer.status = status;
    if (status != 0 && !timedOut) {
        for (const auto &pair : reply->rawHeaderPairs())
            answer.headers.insert(pair.first.toLower(), pair.second);
        if (answer.headers.contains("date"))
            m_skew.observe(parseHttpDate(answer.headers.value("date")), sentMs, receivedMs);
        m_gate.noteHeaders(parseRateLimitHeaders(answer.headers.value("x-ratelimit-limit"),
                                                 answer.headers.value("x-ratelimit-remaining"),
                                                 answer.headers.value("x-ratelimit-reset")),
                           receivedMs, m_skew.offsetMs());
    }

    // A reply cut short after the status line is a network error even though a status exists.
    const bool networkFailed = timedOut || status == 0 ||
                               (reply->error() != QNetworkReply::NoError && status >= 200 && status < 300);
    if (networkFailed) {
        ApiError error = errorFromNetwork(reply);
        if (error.kind == ApiError::Kind::TlsError && !pending->tlsDetails.isEmpty()) {
            error.certificates = pending->tlsDetails;
            error.message = HttpTransport::tr("The server's certificate was refused: %1")
                                .arg(pending->tlsDetails.join(QLatin1String("; ")));
        }
        const bool retry = (error.kind == ApiError::Kind::ConnectionFailed || error.kind == ApiError::Kind::TimedOut) &&
                           pending->request.idempotent;
        const int maxAttempts = pending->request.maxAttempts > 0 ? pending->request.maxAttempts : m_defaultMaxAttempts;
        if (retry && pending->attempt < maxAttempts && pending->context) {
            const int delay = m_backoff.nextDelayMs();
            qCDebug(lcTransport) << "retrying" << pending->request.path << "in" << delay << "ms:" << error.message;
            QTimer::singleShot(delay, this, [this, pending] { resend(pending); });
            return;
        }
        m_backoff.noteFailure();
        complete(pending, error);
        return;
    }

    answer.body = reply->readAll();
    if (status >= 200 && status < 300) {
        if (pending->request.onData) {
            if (!answer.body.isEmpty() && pending->context)
                pending->request.onData(answer.body);
            answer.body.clear();
        }
        m_backoff.reset();
        complete(pending, answer);
        return;
    }

    const QByteArray reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    ApiError error = m_errorReader ? m_errorReader(status, reason, answer.body) : defaultErrorFromReply(status, reason, answer.body);
    const int maxAttempts = pending->request.maxAttempts > 0 ? pending->request.maxAttempts : m_defaultMaxAttempts;
    if (status == 429) {
        const qint64 until = m_gate.noteRefused(parseRetryAfter(answer.headers.value("retry-after"), receivedMs,
                                                                m_skew.offsetMs()),
                                                receivedMs, m_skew.offsetMs());
        error.retryAt = QDateTime::fromMSecsSinceEpoch(until, QTimeZone::utc());
        emit rateLimited(error.retryAt);
        if (pending->attempt < maxAttempts && pending->context) {
            hold(pending); // resent when the server's window reopens
            return;
        }
    } else if (status >= 500 && pending->request.idempotent && pending->attempt < maxAttempts && pending->context) {
        const int delay = m_backoff.nextDelayMs();
        QTimer::singleShot(delay, this, [this, pending] { resend(pending); });
        return;
    }
    if (status >= 500)
        m_backoff.noteFailure();
    complete(pending, error);
}

void HttpTransport::complete(const std::shared_ptr<Pending> &pending, const ApiResult<HttpReply> &result)
{
    if (pending->completed)
        return;
    forget(pending);
    if (!pending->context || !pending->callback)
        return;
    if (result.ok() || m_credential.scheme != Credential::Scheme::QueryParameter) {
        pending->callback(result);
        return;
    }
    // Qt's network messages quote the URL, which carries the secret.
    ApiError error = result.error();
    error.message = redacted(error.message);
    pending->callback(error);
}

} // namespace Sandbar::Core
