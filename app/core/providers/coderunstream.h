// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One code run whose events arrive as it goes (a provider with Capability::StreamingRuns).
// Events come in the order the service sent them; finished() comes exactly once, last, with
// the complete reply or the error, and the object may then be deleted. Deleting it earlier
// drops whatever is still to come. The complete reply is parsed on a pool thread, so finished()
// comes from the event loop a little after the `done` event was fed.

#include "core/api/apierror.h"
#include "core/api/operationtypes.h"

#include <QJsonObject>
#include <QObject>

namespace Sandbar::Core {

class CodeRunStream : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Feeds raw `text/event-stream` bytes (any chunking) and emits what they complete.
    void feed(const QByteArray &bytes);
    // The request ended: `result` is the error if it failed; a stream that ended without its
    // `done` event is reported as cut short.
    void end(const ApiResult<QByteArray> &result);
    // The last event (or the end of the request) was seen; finished() may still be on its way.
    bool isFinished() const { return m_finished; }

signals:
    void output(const Sandbar::Api::OutputLine &line);
    // A display (a figure shown mid-run) or the result: {type, data, execution_count}.
    void display(const QJsonObject &result);
    void result(const QJsonObject &result);
    // The code's error: {name, value, traceback}.
    void codeError(const QJsonObject &error);
    void finished(const Sandbar::Core::ApiResult<Sandbar::Api::CodeRunResult> &result);

private:
    void dispatch(const QByteArray &event, const QByteArray &data);
    void finish(const ApiResult<Api::CodeRunResult> &result);

    QByteArray m_buffer;
    qsizetype m_scanFrom = 0; // where the search for the end of the next event resumes
    bool m_finished = false;
    QList<QJsonObject> m_outputs; // displays and the value, as they came
    qint64 m_outputsBytes = 0;
    static constexpr qint64 kKeptOutputBytes = 16 * 1024 * 1024;
};

} // namespace Sandbar::Core
