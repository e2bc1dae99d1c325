// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Run history, fed through the real adapter by the test's server with documented replies.
#include "common/fakehttpserver.h"
#include "core/agentsandboxesprovider.h"
#include "core/runhistorymodel.h"

#include <QAbstractItemModelTester>
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
    void recordsRunsThroughTheProvider()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        AgentSandboxesProvider provider(server.url(), "k");
        RunHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &RunHistoryModel::runFinished);

        server.setResponses({FakeHttpServer::json(200, kOk)});
        const int first = model.run(&provider, kId, code(QStringLiteral("import numpy as np\nnp.mean([1,2,3])")));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, RunHistoryModel::StatusColumn).data(RunHistoryModel::StatusRole).toInt(), int(RunStatus::Running));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toInt(), first);
        QCOMPARE(model.index(0, RunHistoryModel::CodeColumn).data().toString(), QStringLiteral("import numpy as np"));
        QCOMPARE(model.index(0, RunHistoryModel::LanguageColumn).data().toString(), QStringLiteral("python"));
        QCOMPARE(model.index(0, RunHistoryModel::StatusColumn).data(RunHistoryModel::StatusRole).toInt(), int(RunStatus::Succeeded));
        QCOMPARE(model.index(0, RunHistoryModel::OutputColumn).data().toString(), QStringLiteral("2.0"));
        QCOMPARE(model.index(0, 0).data(RunHistoryModel::StdoutRole).toString(), QStringLiteral("Mean: 2.0"));
        QVERIFY(model.index(0, 0).data(RunHistoryModel::DurationMsRole).toLongLong() >= 0);

        server.setResponses({FakeHttpServer::json(200, kCodeError)});
        model.run(&provider, kId, code(QStringLiteral("1/0"), QStringLiteral("ctx_1")));
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(model.index(1, RunHistoryModel::ContextColumn).data().toString(), QStringLiteral("ctx_1"));
        QCOMPARE(model.index(1, 0).data(RunHistoryModel::StatusRole).toInt(), int(RunStatus::CodeFailed));
        QCOMPARE(model.index(1, 0).data(RunHistoryModel::ErrorRole).toString(),
                 QStringLiteral("ZeroDivisionError: division by zero"));
        QCOMPARE(model.index(1, 0).data(RunHistoryModel::StderrRole).toString(), QStringLiteral("Traceback"));

        server.setResponses({FakeHttpServer::json(404, "{\"error\":\"not_found\",\"message\":\"sandbox not found\"}")});
        model.run(&provider, kId, code(QStringLiteral("print(1)")));
        QTRY_COMPARE(finished.size(), 3);
        QCOMPARE(model.index(2, 0).data(RunHistoryModel::StatusRole).toInt(), int(RunStatus::RequestFailed));
        QCOMPARE(model.index(2, RunHistoryModel::OutputColumn).data().toString(), QStringLiteral("sandbox not found"));
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
};

QTEST_GUILESS_MAIN(TstRunHistoryModel)
#include "tst_runhistorymodel.moc"
