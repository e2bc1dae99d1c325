// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every HTTP adapter shares: its transport, the typed call (request → QFuture of a parsed
// value or an ApiError) and the helpers that build requests and read JSON strictly.

#include "core/net/httptransport.h"
#include "core/providers/sandboxprovider.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <climits>
#include <memory>

namespace Sandbar::Core {

class HttpProvider : public SandboxProvider
{
    Q_OBJECT
public:
    HttpProvider(const QUrl &baseUrl, const Credential &credential, QObject *parent = nullptr);

    HttpTransport *transport() { return m_transport; }
    qint64 serverClockOffsetMs() const override { return m_transport->clockSkew().offsetMs(); }
    int requestsSent() const override { return m_transport->requestsSent(); }

    // A path segment (an ID) percent-encoded.
    static QString segment(const QString &value);
    static HttpRequest getRequest(const QString &path);
    static HttpRequest jsonRequest(const QByteArray &method, const QString &path, const QJsonObject &body, bool idempotent);
    static ApiError malformed(const QString &detail);
    template <typename T> static QFuture<ApiResult<T>> invalid(const QString &message)
    {
        ApiError error;
        error.kind = ApiError::Kind::BadRequest;
        error.message = message;
        return QtFuture::makeReadyFuture(ApiResult<T>(error));
    }
    // A JSON document, or a MalformedResponse error saying where it broke.
    static ApiResult<QJsonDocument> parseDocument(const QByteArray &body);
    // JSON object body → T with `parse(object, &error)`, or MalformedResponse; never partial.
    template <typename T, typename Parse> static ApiResult<T> parseBody(const QByteArray &body, Parse parse)
    {
        const ApiResult<QJsonDocument> document = parseDocument(body);
        if (!document)
            return document.error();
        if (!document->isObject())
            return malformed(QStringLiteral("expected a JSON object"));
        QString error;
        std::optional<T> value = parse(document->object(), &error);
        if (!value)
            return malformed(error);
        return std::move(*value);
    }

protected:
    enum class Call { Plain, Transfer };
    // Sends `request` and turns a 2xx body into T with `parse(body)`. A Transfer reports
    // progress through the future and is aborted when the future is cancelled.
    // `requestId`, if given, receives the request's ID (for HttpTransport::cancel).
    template <typename T, typename Parse>
    QFuture<ApiResult<T>> call(HttpRequest request, const CallOptions &options, Parse parse, Call kind = Call::Plain,
                               HttpTransport::RequestId *requestId = nullptr);

    HttpTransport *m_transport;
};

template <typename T, typename Parse>
QFuture<ApiResult<T>> HttpProvider::call(HttpRequest request, const CallOptions &options, Parse parse, Call kind,
                                         HttpTransport::RequestId *requestId)
{
    if (options.timeoutMs > 0)
        request.timeoutMs = options.timeoutMs;
    if (options.maxAttempts > 0)
        request.maxAttempts = options.maxAttempts;
    auto promise = std::make_shared<QPromise<ApiResult<T>>>();
    promise->start();
    QFuture<ApiResult<T>> future = promise->future();
    if (kind == Call::Transfer) {
        // The adapter's own look at the progress (a free-space check) comes first.
        request.onProgress = [promise, maximum = std::make_shared<int>(-1), before = request.onProgress](qint64 done, qint64 total) {
            if (before)
                before(done, total);
            if (total == 0)
                return; // Qt's closing (0, 0) report, or an empty body: nothing to show
            // QFuture progress is an int: past 2 GiB it counts KiB. The text has the real sizes.
            const int shift = total > INT_MAX ? 10 : 0;
            const QLocale locale;
            const QString text = total >= 0 ? tr("%1 of %2").arg(locale.formattedDataSize(done), locale.formattedDataSize(total))
                                            : locale.formattedDataSize(done);
            // Setting the range resets the value and notifies watchers: only when it changes.
            if (const int range = total >= 0 ? int(total >> shift) : 0; range != *maximum) {
                *maximum = range;
                promise->setProgressRange(0, range);
            }
            promise->setProgressValueAndText(int(std::min<qint64>(done >> shift, INT_MAX)), text);
        };
    }
    const HttpTransport::RequestId id =
        m_transport->send(request, this, [promise, parse](const ApiResult<HttpReply> &reply) {
            // Cancelled by the caller while the reply was already on its way: not parsed (a
            // download is then not saved).
            if (!promise->isCanceled())
                promise->addResult(reply ? parse(reply->body) : ApiResult<T>(reply.error()));
            promise->finish();
        });
    if (requestId)
        *requestId = id;
    if (kind == Call::Transfer && !future.isFinished()) {
        // Cancelling the future aborts the request; the watcher goes when the future finishes.
        auto *watcher = new QFutureWatcher<ApiResult<T>>(this);
        connect(watcher, &QFutureWatcherBase::canceled, m_transport, [transport = m_transport, id] { transport->cancel(id); });
        connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
        watcher->setFuture(future);
    }
    return future;
}

} // namespace Sandbar::Core
