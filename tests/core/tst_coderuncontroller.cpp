// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The code-run controller without widgets, against a real sandbar-local: run, stream, stop,
// re-run, history of earlier sessions, output on demand, and one run at a time.
#include "common/futurewait.h"
#include "common/localsandbox.h"
#include "core/providers/agentsandboxesprovider.h"
#include "core/workspace/coderuncontroller.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Sandbar::Core;
using namespace Sandbar::Api;

namespace {
const QByteArray kToken = "run-controller-token";
constexpr int kRunWaitMs = 60000;

CodeRunRequest python(const QString &code, int timeoutSeconds = 60)
{
    CodeRunRequest request;
    request.code = code;
    request.language = QStringLiteral("python");
    request.timeoutSeconds = timeoutSeconds;
    return request;
}

QString stdoutOf(const RunHistoryModel::Record &record)
{
    QStringList lines;
    for (const OutputLine &line : CodeRunController::orderedOutput(*record.result))
        if (line.type == QLatin1String("stdout"))
            lines.append(line.line.trimmed());
    return lines.join(QLatin1Char('\n'));
}
} // namespace

class TstCodeRunController : public QObject
{
    Q_OBJECT
private:
    LocalSandbox m_local;
    AgentSandboxesProvider *m_provider = nullptr;
    QString m_id;

    // Runs `request` and returns what runFinished reported.
    static RunHistoryModel::Record runAndWait(CodeRunController &runs, const QString &sandbox, const CodeRunRequest &request,
                                              bool newContext = false)
    {
        QSignalSpy finished(&runs, &CodeRunController::runFinished);
        if (!runs.run(sandbox, request, newContext) || !finished.wait(kRunWaitMs))
            return {};
        return finished.first().at(2).value<RunHistoryModel::Record>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<RunHistoryModel::Record>();
        m_id = m_local.startWithSandbox(kToken);
        QVERIFY2(!m_id.isEmpty(), qPrintable(m_local.error()));
        m_provider = m_local.provider();
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_local.stop(), 0);
    }

    void runStreamsAndRecords()
    {
        CodeRunController runs(m_provider);
        RunHistoryModel *history = runs.history(m_id);
        QAbstractItemModelTester tester(history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy started(&runs, &CodeRunController::runStarted);
        QSignalSpy lines(&runs, &CodeRunController::outputLine);
        QSignalSpy busy(&runs, &CodeRunController::busyChanged);
        const RunHistoryModel::Record record =
            runAndWait(runs, m_id, python(QStringLiteral("import sys\nprint('one')\nprint('two', file=sys.stderr)\n6 * 7")));
        QVERIFY2(record.result.ok(), qPrintable(record.result.error().message));
        QCOMPARE(started.count(), 1);
        // Streamed while it ran, in the order printed; the result in the reply.
        QCOMPARE(lines.count(), 2);
        QCOMPARE(lines.at(0).at(2).value<OutputLine>().line.trimmed(), QStringLiteral("one"));
        QCOMPARE(lines.at(1).at(2).value<OutputLine>().type, QStringLiteral("stderr"));
        QCOMPARE(record.result->resultText(), QStringLiteral("42"));
        QVERIFY(!runs.isBusy());
        QCOMPARE(busy.count(), 2); // busy, then idle
        // The history holds the run and its whole reply: the one record of it.
        const int runId = started.first().at(1).toInt();
        const int row = history->rowOfRun(runId);
        QVERIFY(row >= 0);
        QCOMPARE(history->index(row, 0).data(RunHistoryModel::StatusRole).toInt(), int(RunHistoryModel::RunStatus::Succeeded));
        QVERIFY(history->record(runId));
        QCOMPARE(stdoutOf(*history->record(runId)), QStringLiteral("one"));
    }

    void oneRunAtATime()
    {
        CodeRunController runs(m_provider);
        QSignalSpy finished(&runs, &CodeRunController::runFinished);
        QVERIFY(runs.run(m_id, python(QStringLiteral("import time\ntime.sleep(1)"))));
        QVERIFY(runs.isBusy());
        QVERIFY(!runs.run(m_id, python(QStringLiteral("print('second')")))); // refused while busy
        QVERIFY(finished.wait(kRunWaitMs));
        QCOMPARE(finished.count(), 1);
        QVERIFY(runs.run(m_id, python(QStringLiteral("1"))));
        QVERIFY(finished.wait(kRunWaitMs));
    }

    void stopInterruptsAndKeepsTheContext()
    {
        CodeRunController runs(m_provider);
        QVERIFY(runAndWait(runs, m_id, python(QStringLiteral("kept = 41"))).result.ok());
        QSignalSpy sent(&runs, &CodeRunController::runSent);
        QSignalSpy finished(&runs, &CodeRunController::runFinished);
        QVERIFY(runs.run(m_id, python(QStringLiteral("while True:\n    pass"), 120)));
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, kRunWaitMs);
        QElapsedTimer clock;
        clock.start();
        runs.stop();
        QVERIFY(runs.isStopping());
        QVERIFY(finished.wait(30000));
        QVERIFY2(clock.elapsed() < 30000, "Stop must not wait for the 120 s timeout");
        const auto record = finished.first().at(2).value<RunHistoryModel::Record>();
        QVERIFY(record.result.ok());
        QCOMPARE(record.result->error.value(QStringLiteral("name")).toString(), QStringLiteral("KeyboardInterrupt"));
        QVERIFY(!runs.isStopping());
        const auto after = runAndWait(runs, m_id, python(QStringLiteral("kept + 1")));
        QCOMPARE(after.result->resultText(), QStringLiteral("42"));
    }

    void newContextThenRerun()
    {
        CodeRunController runs(m_provider);
        QSignalSpy created(&runs, &CodeRunController::contextCreated);
        QSignalSpy started(&runs, &CodeRunController::runStarted);
        const auto first = runAndWait(runs, m_id, python(QStringLiteral("own = 'mine'\nprint(own)")), true);
        QVERIFY(first.result.ok());
        QCOMPARE(created.count(), 1);
        const QString context = created.first().at(1).value<CodeContext>().contextId;
        QCOMPARE(started.first().at(2).value<CodeRunRequest>().contextId, context);
        const int runId = started.first().at(1).toInt();

        // Again in its context, while it lives...
        QSignalSpy finished(&runs, &CodeRunController::runFinished);
        QString note;
        QVERIFY(runs.rerun(m_id, runId, 30, {QString(), context}, &note));
        QVERIFY(note.isEmpty());
        QVERIFY(finished.wait(kRunWaitMs));
        QCOMPARE(started.last().at(2).value<CodeRunRequest>().contextId, context);
        QCOMPARE(stdoutOf(finished.last().at(2).value<RunHistoryModel::Record>()), QStringLiteral("mine"));
        // ...and in the default context once it has ended, which the note says.
        QVERIFY(runs.rerun(m_id, runId, 30, {QString()}, &note));
        QVERIFY(note.contains(context));
        QVERIFY(finished.wait(kRunWaitMs));
        QVERIFY(started.last().at(2).value<CodeRunRequest>().contextId.isEmpty());
    }

    void earlierRunsAndTheirOutputComeFromTheService()
    {
        const QString marker = QStringLiteral("earlier %1").arg(QDateTime::currentMSecsSinceEpoch());
        {
            CodeRunController earlier(m_provider);
            QVERIFY(runAndWait(earlier, m_id, python(QStringLiteral("print('%1')").arg(marker))).result.ok());
        }
        // Another controller (as after a restart) lists it, and fetches its output on demand.
        CodeRunController runs(m_provider);
        RunHistoryModel *history = runs.history(m_id);
        int row = -1;
        const auto find = [&] {
            for (int r = 0; r < history->rowCount(); ++r)
                if (history->index(r, 0).data(RunHistoryModel::CodeRole).toString().contains(marker))
                    row = r;
            return row >= 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(find(), 15000);
        const int runId = history->index(row, 0).data(RunHistoryModel::RunIdRole).toInt();
        QVERIFY(!history->record(runId));
        QSignalSpy ready(&runs, &CodeRunController::outputReady);
        QCOMPARE(runs.requestOutput(m_id, runId), CodeRunController::Output::Loading);
        QVERIFY(ready.wait(15000));
        QCOMPARE(stdoutOf(ready.first().at(2).value<RunHistoryModel::Record>()), marker);
        // Fetched once: asked again, it is there at once.
        QCOMPARE(runs.requestOutput(m_id, runId), CodeRunController::Output::Ready);
        QCOMPARE(ready.count(), 2);
    }

    void withoutTheHistoryExtensionTheNoteSaysSo()
    {
        AgentSandboxesProvider documented(m_local.server().url(), kToken);
        CodeRunController runs(&documented);
        QCOMPARE(runs.history(m_id)->rowCount(), 0);
        QVERIFY(runs.historyNote(m_id).contains(QStringLiteral("keeps no run history")));
    }
};

QTEST_GUILESS_MAIN(TstCodeRunController)
#include "tst_coderuncontroller.moc"
