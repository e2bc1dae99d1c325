// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Run history, fed through the real adapter by the test's server with documented replies.
#include "common/fakehttpserver.h"
#include "common/futurewait.h"
#include "core/providers/agentsandboxesprovider.h"
#include "core/workspace/runhistorymodel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Sandbar::Core;
using namespace Sandbar::Api;
using RunStatus = RunHistoryModel::RunStatus;

namespace {
const QString kId = QStringLiteral("550e8400-e29b-41d4-a716-446655440000");
const QByteArray kOk = "{\"execution_id\":\"exec_123abc\",\"results\":{\"stdout\":[{\"type\":\"stdout\",\"line\":\"Mean: 2.0\","
                       "\"timestamp\":\"2025-10-23T12:35:01Z\"}],\"result\":{\"type\":\"execution_result\",\"data\":"
                       "{\"text/plain\":\"2.0\"},\"execution_count\":1}},\"error\":null,\"logs\":{\"stdout\":[\"Mean: 2.0\"],"
                       "\"stderr\":[]}}";
const QByteArray kCodeError = "{\"execution_id\":\"e2\",\"results\":{},\"error\":{\"name\":\"ZeroDivisionError\","
                              "\"value\":\"division by zero\"},\"logs\":{\"stdout\":[],\"stderr\":[\"Traceback\"]}}";

CodeRunRequest code(const QString &text, const QString &context = {})
{
    CodeRunRequest request;
    request.code = text;
    request.contextId = context;
    return request;
}
} // namespace

class TstRunHistoryModel : public QObject
{
    Q_OBJECT
private slots:
    void recordsRunsAndTheirReplies()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        AgentSandboxesProvider provider(server.url(), "k");
        RunHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &RunHistoryModel::runFinished);

        // A run is recorded when it leaves and finished with the provider's reply.
        const auto run = [&](const CodeRunRequest &request) {
            const int id = model.startRun(request);
            model.finishRun(id, await(provider.runCode(kId, request)), 5);
            return id;
        };
        server.setResponses({FakeHttpServer::json(200, kOk)});
        const CodeRunRequest numpy = code(QStringLiteral("import numpy as np\nnp.mean([1,2,3])"));
        const int first = model.startRun(numpy);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, RunHistoryModel::StatusColumn).data(RunHistoryModel::StatusRole).toInt(), int(RunStatus::Running));
        QVERIFY(!model.record(first));
        model.finishRun(first, await(provider.runCode(kId, numpy)), 5);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(model.record(first) && model.record(first)->result.ok()); // the whole reply is kept
        QCOMPARE(finished.first().at(0).toInt(), first);
        QCOMPARE(model.index(0, RunHistoryModel::CodeColumn).data().toString(), QStringLiteral("import numpy as np"));
        QCOMPARE(model.index(0, RunHistoryModel::LanguageColumn).data().toString(), QStringLiteral("python"));
        QCOMPARE(model.index(0, RunHistoryModel::StatusColumn).data(RunHistoryModel::StatusRole).toInt(), int(RunStatus::Succeeded));
        QCOMPARE(model.index(0, RunHistoryModel::OutputColumn).data().toString(), QStringLiteral("2.0"));
        QCOMPARE(model.index(0, 0).data(RunHistoryModel::StdoutRole).toString(), QStringLiteral("Mean: 2.0"));
        QVERIFY(model.index(0, 0).data(RunHistoryModel::DurationMsRole).toLongLong() >= 0);

        server.setResponses({FakeHttpServer::json(200, kCodeError)});
        run(code(QStringLiteral("1/0"), QStringLiteral("ctx_1")));
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(model.index(1, RunHistoryModel::ContextColumn).data().toString(), QStringLiteral("ctx_1"));
        QCOMPARE(model.index(1, 0).data(RunHistoryModel::StatusRole).toInt(), int(RunStatus::CodeFailed));
        QCOMPARE(model.index(1, 0).data(RunHistoryModel::ErrorRole).toString(),
                 QStringLiteral("ZeroDivisionError: division by zero"));
        QCOMPARE(model.index(1, 0).data(RunHistoryModel::StderrRole).toString(), QStringLiteral("Traceback"));

        server.setResponses({FakeHttpServer::json(404, "{\"error\":\"not_found\",\"message\":\"sandbox not found\"}")});
        const int failed = run(code(QStringLiteral("print(1)")));
        QTRY_COMPARE(finished.size(), 3);
        QCOMPARE(model.index(2, 0).data(RunHistoryModel::StatusRole).toInt(), int(RunStatus::RequestFailed));
        QCOMPARE(model.index(2, RunHistoryModel::OutputColumn).data().toString(), QStringLiteral("sandbox not found"));
        QVERIFY(model.record(failed) && !model.record(failed)->result.ok());
    }

    void keepsAtMostCapacityRuns()
    {
        RunHistoryModel model(3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int first = model.startRun(code(QStringLiteral("a")));
        for (const char *text : {"b", "c", "d"})
            model.startRun(code(QLatin1String(text)));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("b"));
        QCOMPARE(model.rowOfRun(first), -1);
        // A late reply for a run no longer kept changes nothing.
        model.finishRun(first, ApiResult<CodeRunResult>(CodeRunResult()), 5);
        QCOMPARE(model.index(0, 0).data(RunHistoryModel::StatusRole).toInt(), int(RunStatus::Running));
    }

    void pastRunsMergeInTimeOrderOnce()
    {
        RunHistoryModel model(4);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // A run of this session, already answered (exec_live).
        const int live = model.startRun(code(QStringLiteral("live")));
        CodeRunResult reply;
        reply.executionId = QStringLiteral("exec_live");
        model.finishRun(live, reply, 5);
        const auto past = [&now](const char *id, int secondsAgo, const char *status) {
            Execution execution;
            execution.executionId = QString::fromLatin1(id);
            execution.contextId = QStringLiteral("ctx");
            execution.language = QStringLiteral("python");
            execution.code = QStringLiteral("code of ") + execution.executionId;
            execution.startedAt = now.addSecs(-secondsAgo);
            execution.endedAt = execution.startedAt.addMSecs(250);
            execution.durationMs = 250;
            execution.status = QString::fromLatin1(status);
            return execution;
        };
        // Newest first as the service sends them; exec_live is this session's run again.
        Execution again = past("exec_live", 0, "ok");
        model.addPastRuns({again, past("exec_b", 60, "error"), past("exec_a", 120, "timeout")});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data(RunHistoryModel::ExecutionIdRole).toString(), QStringLiteral("exec_a"));
        QCOMPARE(model.index(1, 0).data(RunHistoryModel::ExecutionIdRole).toString(), QStringLiteral("exec_b"));
        QCOMPARE(model.index(2, 0).data(RunHistoryModel::RunIdRole).toInt(), live);
        QCOMPARE(model.index(0, 0).data(RunHistoryModel::StatusRole).toInt(), int(RunStatus::RequestFailed));
        QCOMPARE(model.index(0, RunHistoryModel::OutputColumn).data().toString(), QStringLiteral("timed out"));
        QCOMPARE(model.index(1, 0).data(RunHistoryModel::StatusRole).toInt(), int(RunStatus::CodeFailed));
        QCOMPARE(model.index(1, 0).data(RunHistoryModel::OutputLoadedRole).toBool(), false);
        QCOMPARE(model.index(1, 0).data(RunHistoryModel::DurationMsRole).toLongLong(), 250);
        QCOMPARE(model.index(2, 0).data(RunHistoryModel::OutputLoadedRole).toBool(), true);
        // Loading again adds nothing.
        model.addPastRuns({past("exec_b", 60, "error")});
        QCOMPARE(model.rowCount(), 3);
        // Full (capacity 4): an older run than all kept is left out, a newer one pushes out the oldest.
        model.addPastRuns({past("exec_c", 30, "ok"), past("exec_old", 600, "ok")});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, 0).data(RunHistoryModel::ExecutionIdRole).toString(), QStringLiteral("exec_a"));
        QCOMPARE(model.index(2, 0).data(RunHistoryModel::ExecutionIdRole).toString(), QStringLiteral("exec_c"));
        model.addPastRuns({past("exec_d", 10, "ok")});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, 0).data(RunHistoryModel::ExecutionIdRole).toString(), QStringLiteral("exec_b"));
        QCOMPARE(model.index(3, 0).data(RunHistoryModel::RunIdRole).toInt(), live);

        // The fetched reply fills the outputs in; a code error stays an error.
        const int b = model.index(0, 0).data(RunHistoryModel::RunIdRole).toInt();
        CodeRunResult bReply;
        bReply.executionId = QStringLiteral("exec_b");
        bReply.logStdout = {QStringLiteral("before")};
        bReply.error = QJsonObject{{QStringLiteral("name"), QStringLiteral("NameError")}, {QStringLiteral("value"), QStringLiteral("x")}};
        model.setPastRunReply(b, bReply);
        QCOMPARE(model.index(0, 0).data(RunHistoryModel::StdoutRole).toString(), QStringLiteral("before"));
        QCOMPARE(model.index(0, RunHistoryModel::OutputColumn).data().toString(), QStringLiteral("NameError: x"));
        QCOMPARE(model.index(0, 0).data(RunHistoryModel::OutputLoadedRole).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TstRunHistoryModel)
#include "tst_runhistorymodel.moc"
