// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "code/codereply.h"

namespace Sandbar::Server {

CodeReplyBuilder::CodeReplyBuilder(QString executionId, EventCallback onEvent)
    : m_executionId(std::move(executionId)), m_onEvent(std::move(onEvent))
{
}

void CodeReplyBuilder::add(const QJsonObject &event)
{
    const QString type = event.value(QStringLiteral("t")).toString();
    const QString timestamp = event.value(QStringLiteral("timestamp")).toString();
    const int count = event.value(QStringLiteral("count")).toInt(m_executionCount);
    if (type == QLatin1String("stdout") || type == QLatin1String("stderr")) {
        addText(type, event.value(QStringLiteral("text")).toString(), timestamp);
    } else if (type == QLatin1String("truncated")) {
        const QString stream = event.value(QStringLiteral("stream")).toString() == QLatin1String("stderr")
                                   ? QStringLiteral("stderr") : QStringLiteral("stdout");
        addText(stream, QStringLiteral("\n[output truncated: more than the per-run limit]\n"), timestamp);
    } else if (type == QLatin1String("result") || type == QLatin1String("display")) {
        m_executionCount = count;
        const QJsonObject value{
            {QStringLiteral("type"), type == QLatin1String("result") ? QStringLiteral("execution_result") : QStringLiteral("display_data")},
            {QStringLiteral("data"), event.value(QStringLiteral("data")).toObject()},
            {QStringLiteral("execution_count"), count}};
        (type == QLatin1String("result") ? m_result : m_lastDisplay) = value;
        m_outputs.append(value);
        if (m_onEvent)
            m_onEvent(type, value);
    } else if (type == QLatin1String("error")) {
        m_error = QJsonObject{{QStringLiteral("name"), event.value(QStringLiteral("name")).toString()},
                              {QStringLiteral("value"), event.value(QStringLiteral("value")).toString()},
                              {QStringLiteral("traceback"), event.value(QStringLiteral("traceback")).toString()}};
        if (m_onEvent)
            m_onEvent(QStringLiteral("error"), m_error);
    } else if (type == QLatin1String("done")) {
        m_executionCount = count;
    }
}

void CodeReplyBuilder::addText(const QString &stream, const QString &text, const QString &timestamp)
{
    QString &partial = stream == QLatin1String("stdout") ? m_partialOut : m_partialErr;
    if (partial.isEmpty())
        m_partialTime = timestamp;
    partial += text;
    qsizetype newline;
    while ((newline = partial.indexOf(QLatin1Char('\n'))) >= 0) {
        addLine(stream, partial.left(newline), m_partialTime);
        partial.remove(0, newline + 1);
        m_partialTime = timestamp;
    }
}

void CodeReplyBuilder::addLine(const QString &stream, const QString &line, const QString &timestamp)
{
    const QJsonObject entry{{QStringLiteral("type"), stream}, {QStringLiteral("line"), line},
                            {QStringLiteral("timestamp"), timestamp}};
    if (stream == QLatin1String("stdout")) {
        m_stdout.append(entry);
        m_stdoutLog.append(line);
    } else {
        m_stderr.append(entry);
        m_stderrLog.append(line);
    }
    if (m_onEvent)
        m_onEvent(stream, entry);
}

QJsonObject CodeReplyBuilder::finish()
{
    if (!m_partialOut.isEmpty())
        addLine(QStringLiteral("stdout"), std::exchange(m_partialOut, QString()), m_partialTime);
    if (!m_partialErr.isEmpty())
        addLine(QStringLiteral("stderr"), std::exchange(m_partialErr, QString()), m_partialTime);
    // A cell without a final value but with a display (a figure shown) reports that display.
    const QJsonObject result = !m_result.isEmpty() ? m_result : m_lastDisplay;
    return QJsonObject{
        {QStringLiteral("execution_id"), m_executionId},
        {QStringLiteral("results"), QJsonObject{{QStringLiteral("stdout"), m_stdout},
                                                {QStringLiteral("stderr"), m_stderr},
                                                {QStringLiteral("result"), result.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(result)}}},
        {QStringLiteral("error"), m_error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_error)},
        {QStringLiteral("logs"), QJsonObject{{QStringLiteral("stdout"), m_stdoutLog}, {QStringLiteral("stderr"), m_stderrLog}}},
    };
}

} // namespace Sandbar::Server
