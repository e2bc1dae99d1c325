// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/coderunstream.h"

#include <QJsonDocument>
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

ApiError::Kind kindForStatus(int status)
{
    switch (status) {
    case 401: return ApiError::Kind::Unauthorized;
    case 403: return ApiError::Kind::Forbidden;
    case 404: return ApiError::Kind::NotFound;
    case 408: return ApiError::Kind::TimedOut;
    case 429: return ApiError::Kind::RateLimited;
    default: return status >= 500 ? ApiError::Kind::ServerError : ApiError::Kind::BadRequest;
    }
}
} // namespace

void CodeRunStream::feed(const QByteArray &bytes)
{
    if (m_finished)
        return;
    m_buffer += bytes;
    // Events end with a blank line; a partial one waits for the rest.
    qsizetype start = 0;
    while (true) {
        const qsizetype end = m_buffer.indexOf("\n\n", start);
        if (end < 0)
            break;
        QByteArray event = "message";
        QByteArray data;
        const QByteArray block = m_buffer.mid(start, end - start);
        for (const QByteArray &line : block.split('\n')) {
            if (line.startsWith("event:"))
                event = line.mid(6).trimmed();
            else if (line.startsWith("data:"))
                data += (data.isEmpty() ? QByteArray() : QByteArray("\n")) + line.mid(line.startsWith("data: ") ? 6 : 5);
        }
        start = end + 2;
        dispatch(event, data);
        if (m_finished)
            break;
    }
    m_buffer.remove(0, start);
}

void CodeRunStream::dispatch(const QByteArray &event, const QByteArray &data)
{
    ++m_events;
    const QJsonObject json = QJsonDocument::fromJson(data).object();
    if (event == "stdout" || event == "stderr") {
        OutputLine line;
        line.type = QString::fromLatin1(event);
        line.line = json.value(QStringLiteral("line")).toString();
        line.timestamp = QDateTime::fromString(json.value(QStringLiteral("timestamp")).toString(), Qt::ISODateWithMs);
        emit output(line);
    } else if (event == "display") {
        emit display(json);
    } else if (event == "result") {
        emit result(json);
    } else if (event == "error") {
        emit codeError(json);
    } else if (event == "done") {
        if (json.contains(QStringLiteral("execution_id"))) {
            QString error;
            const auto reply = CodeRunResult::fromJson(json, &error);
            if (reply)
                finish(*reply);
            else
                finish(streamError(ApiError::Kind::MalformedResponse,
                                   tr("The server's reply was not understood: %1").arg(error)));
        } else {
            const int status = json.value(QStringLiteral("status")).toInt();
            finish(streamError(kindForStatus(status), json.value(QStringLiteral("message")).toString(), status));
        }
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
