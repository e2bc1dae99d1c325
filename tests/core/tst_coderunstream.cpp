// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Server-Sent Events of a code run, in any chunking, into signals.
#include "core/providers/coderunstream.h"

#include <QSignalSpy>
#include <QTest>

using namespace Sandbar::Core;
using namespace Sandbar::Api;

class TstCodeRunStream : public QObject
{
    Q_OBJECT
private slots:
    void eventsInAnyChunking()
    {
        const QByteArray wire =
            "event: stdout\ndata: {\"type\":\"stdout\",\"line\":\"hi\\n\",\"timestamp\":\"2026-01-01T00:00:00.000Z\"}\n\n"
            "event: stderr\ndata: {\"type\":\"stderr\",\"line\":\"oops\",\"timestamp\":\"2026-01-01T00:00:00.001Z\"}\n\n"
            "event: error\ndata: {\"name\":\"ValueError\",\"value\":\"bad\",\"traceback\":[\"t\"]}\n\n"
            "event: done\ndata: {\"execution_id\":\"e1\",\"results\":{\"stdout\":[],\"stderr\":[],\"result\":null},"
            "\"error\":{\"name\":\"ValueError\",\"value\":\"bad\",\"traceback\":[\"t\"]},\"logs\":{\"stdout\":[\"hi\"],\"stderr\":[\"oops\"]}}\n\n";
        for (int chunk : {1, 7, 64, int(wire.size())}) {
            CodeRunStream stream;
            QSignalSpy output(&stream, &CodeRunStream::output);
            QSignalSpy error(&stream, &CodeRunStream::codeError);
            QSignalSpy finished(&stream, &CodeRunStream::finished);
            for (int i = 0; i < wire.size(); i += chunk)
                stream.feed(wire.mid(i, chunk));
            QCOMPARE(output.count(), 2);
            const auto first = output.at(0).at(0).value<OutputLine>();
            QCOMPARE(first.type, QStringLiteral("stdout"));
            QCOMPARE(first.line, QStringLiteral("hi\n"));
            QVERIFY(first.timestamp.isValid());
            QCOMPARE(output.at(1).at(0).value<OutputLine>().type, QStringLiteral("stderr"));
            QCOMPARE(error.count(), 1);
            QVERIFY(stream.isFinished());
            QTRY_COMPARE(finished.count(), 1); // the complete reply is parsed off the event loop
            const auto result = finished.first().at(0).value<ApiResult<CodeRunResult>>();
            QVERIFY2(result.ok(), qPrintable(result.error().message));
            QCOMPARE(result->executionId, QStringLiteral("e1"));
            QVERIFY(result->failed());
            stream.end(QByteArray()); // the connection closing after done changes nothing
            QCoreApplication::processEvents();
            QCOMPARE(finished.count(), 1);
        }
    }

    void failedRunAndCutStream()
    {
        CodeRunStream timedOut;
        QSignalSpy finished(&timedOut, &CodeRunStream::finished);
        timedOut.feed("event: done\ndata: {\"status\":408,\"message\":\"ran too long\"}\n\n");
        QTRY_COMPARE(finished.count(), 1);
        auto result = finished.first().at(0).value<ApiResult<CodeRunResult>>();
        QCOMPARE(result.error().kind, ApiError::Kind::TimedOut);
        QCOMPARE(result.error().message, QStringLiteral("ran too long"));

        CodeRunStream cut;
        QSignalSpy cutFinished(&cut, &CodeRunStream::finished);
        cut.feed("event: stdout\ndata: {\"type\":\"stdout\",\"line\":\"x\",\"timestamp\":\"2026-01-01T00:00:00Z\"}\n\nevent: do");
        cut.end(QByteArray());
        QCOMPARE(cutFinished.count(), 1);
        result = cutFinished.first().at(0).value<ApiResult<CodeRunResult>>();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::MalformedResponse);
    }
};

QTEST_MAIN(TstCodeRunStream)
#include "tst_coderunstream.moc"
