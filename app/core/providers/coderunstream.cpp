// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/providers/coderunstream.h"
#include "core/net/continuation.h"

#include <QFuture>
#include <QJsonDocument>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStream, "sandbar.core.stream")

namespace Sandbar::Core {

using namespace Sandbar::Api;

namespace {
ApiError streamError(ApiError::Kind kind, const QString &message, int status = 0)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    error.httpStatus = status;
    return error;
}

// The `done` event's data: the complete reply, or {status, message} when the run failed.
ApiResult<CodeRunResult> parseDone(const QByteArray &data)
{
    const QJsonObject json = QJsonDocument::fromJson(data).object();
    if (json.contains(QStringLiteral("execution_id"))) {
        QString error;
        const auto reply = CodeRunResult::fromJson(json, &error);
        if (reply)
            return *reply;
        return streamError(ApiError::Kind::MalformedResponse,
                           CodeRunStream::tr("The server's reply was not understood: %1").arg(error));
    }
    const int status = json.value(QStringLiteral("status")).toInt();
    return streamError(kindForStatus(status), json.value(QStringLiteral("message")).toString(), status);
}

} // namespace

void CodeRunStream::feed(const QByteArray &bytes)
{
    if (m_finished)
        return;
    m_buffer += bytes;
    // Events end with a blank line; a partial one waits for the rest. The last event repeats the
    // whole output (megabytes): the search resumes where it stopped, and fields are sliced
    // straight out of the buffer, so it is neither scanned again per chunk nor copied per line.
    qsizetype start = 0;
    while (true) {
        const qsizetype end = m_buffer.indexOf("\n\n", std::max(start, m_scanFrom));
        if (end < 0) {
            m_scanFrom = std::max(start, m_buffer.size() - 1);
            break;
        }
        QByteArray event = "message";
        QByteArray data;
        for (qsizetype line = start; line < end;) {
            qsizetype lineEnd = m_buffer.indexOf('\n', line);
            if (lineEnd < 0 || lineEnd > end)
                lineEnd = end;
            const QByteArrayView text(m_buffer.constData() + line, lineEnd - line);
            if (text.startsWith("event:")) {
                event = text.sliced(6).trimmed().toByteArray();
            } else if (text.startsWith("data:")) {
                const QByteArrayView value = text.sliced(text.startsWith("data: ") ? 6 : 5);
                if (!data.isEmpty())
                    data += '\n';
                data += value;
            }
            line = lineEnd + 1;
        }
        start = end + 2;
        m_scanFrom = start;
        dispatch(event, data);
        if (m_finished)
            return;
    }
    m_buffer.remove(0, start);
    m_scanFrom -= start;
}

void CodeRunStream::dispatch(const QByteArray &event, const QByteArray &data)
{
    if (event == "done") {
        // The complete reply repeats the whole output (up to tens of MB): it is read on a pool
        // thread so the event loop keeps turning; nothing is emitted after it.
        m_finished = true;
        m_buffer.clear();
        auto promise = std::make_shared<QPromise<ApiResult<CodeRunResult>>>();
        QFuture<ApiResult<CodeRunResult>> parsed = promise->future();
        promise->start();
        QThreadPool::globalInstance()->start([promise, data] {
            promise->addResult(parseDone(data));
            promise->finish();
        });
        continueIn(this, parsed, [this](QFuture<ApiResult<CodeRunResult>> future) {
            const ApiResult<CodeRunResult> done = Core::resultOf(future);
            if (!done)
                return emit finished(done);
            CodeRunResult run = *done;
            run.outputs = m_outputs; // the done event's reply has room for one
            emit finished(run);
        });
        return;
    }
    const QJsonObject json = QJsonDocument::fromJson(data).object();
    if (event == "stdout" || event == "stderr") {
        OutputLine line;
        line.type = QString::fromLatin1(event);
        line.line = json.value(QStringLiteral("line")).toString();
        line.timestamp = QDateTime::fromString(json.value(QStringLiteral("timestamp")).toString(), Qt::ISODateWithMs);
        emit output(line);
    } else if (event == "display" || event == "result") {
        // What is kept for the run's record (History) is bounded; what is shown is not cut.
        m_outputsBytes += data.size();
        m_outputs.append(m_outputsBytes <= kKeptOutputBytes
                             ? json
                             : QJsonObject{{QStringLiteral("type"), json.value(QStringLiteral("type"))},
                                           {QStringLiteral("data"), QJsonObject{{QStringLiteral("text/plain"),
                                                                                 tr("[a display of %1 KiB, not kept: a run keeps %2 MiB of them]")
                                                                                     .arg(data.size() / 1024).arg(kKeptOutputBytes / (1024 * 1024))}}}});
        if (event == "display")
            emit display(json);
        else
            emit result(json);
    } else if (event == "error") {
        emit codeError(json);
    } else {
        qCDebug(lcStream) << "ignoring event" << event;
    }
}

void CodeRunStream::end(const ApiResult<QByteArray> &result)
{
    if (m_finished)
        return;
    if (!result) {
        finish(result.error());
        return;
    }
    finish(streamError(ApiError::Kind::MalformedResponse, tr("The run's event stream ended before its last event.")));
}

void CodeRunStream::finish(const ApiResult<CodeRunResult> &result)
{
    m_finished = true;
    m_buffer.clear();
    emit finished(result);
}

} // namespace Sandbar::Core
