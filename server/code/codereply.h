// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace Sandbar::Server {

// Turns a runner's events into the documented code/run reply:
// {execution_id, results: {stdout: [{type, line, timestamp}], stderr: [...], result}, error, logs}.
// Output arrives in chunks; it is split into lines here. Each finished piece is also handed to
// `onEvent` as it forms, for streaming.
class CodeReplyBuilder
{
public:
    using EventCallback = std::function<void(const QString &name, const QJsonObject &data)>;

    explicit CodeReplyBuilder(QString executionId, EventCallback onEvent = {});

    void add(const QJsonObject &event);
    // Flushes partial lines; the reply as documented.
    QJsonObject finish();

    bool hasError() const { return !m_error.isEmpty(); }
    // Every display and the result, in the order they came ({type, data, execution_count}):
    // what a notebook shows; the documented reply has room for one.
    QJsonArray outputs() const { return m_outputs; }
    int executionCount() const { return m_executionCount; }

private:
    void addText(const QString &stream, const QString &text, const QString &timestamp);
    void addLine(const QString &stream, const QString &line, const QString &timestamp);

    QString m_executionId;
    EventCallback m_onEvent;
    QJsonArray m_stdout, m_stderr;
    QJsonArray m_stdoutLog, m_stderrLog;
    QString m_partialOut, m_partialErr;
    QString m_partialTime;
    QJsonObject m_result;
    QJsonObject m_lastDisplay;
    QJsonArray m_outputs;
    QJsonObject m_error;
    int m_executionCount = 0;
};

} // namespace Sandbar::Server
