// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// sandbar-local's Cognitora (003) routes over raw HTTP: the {"data": ...} envelope and the
// documented field names, interpreter sessions whose state persists, executions from the
// history store, containers with logs, cancel and a cost estimate, and the error bodies.
#include "common/httpclient.h"
#include "common/serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray kKey = "cgk_local_test_key";
const QString kInterpreter = QStringLiteral("/api/v1/interpreter");
const QString kContainers = QStringLiteral("/api/v1/compute/containers");

QString keys(const QJsonObject &json)
{
    QStringList names = json.keys();
    names.sort();
    return names.join(QLatin1Char(','));
}

QJsonObject dataOf(const HttpResult &result)
{
    return result.json.value(QStringLiteral("data")).toObject();
}

// The outputs' "type: data" lines, for comparing.
QStringList outputLines(const QJsonObject &data)
{
    QStringList lines;
    for (const QJsonValue &output : data.value(QStringLiteral("outputs")).toArray())
        lines.append(output.toObject().value(QStringLiteral("type")).toString() + QStringLiteral(": ") +
                     output.toObject().value(QStringLiteral("data")).toString());
    return lines;
}
} // namespace

class TstCognitoraApi : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_http;
    QString m_session;

    QJsonObject waitForContainer(const QString &id, const QStringList &ends, int timeoutMs = 30000)
    {
        QJsonObject container;
        static_cast<void>(QTest::qWaitFor([&] {
            container = dataOf(m_http->get(kContainers + QLatin1Char('/') + id));
            return ends.contains(container.value(QStringLiteral("status")).toString());
        }, timeoutMs));
        return container;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(m_dir.path(), kKey, {QStringLiteral("--rate-limit"), QStringLiteral("0")}),
                 qPrintable(m_server.errorOutput()));
        m_http = std::make_unique<HttpClient>(m_server.url(), kKey);
    }

    void cleanupTestCase()
    {
        m_http.reset();
        QCOMPARE(m_server.stop(), 0);
    }

    void keyAndErrorBodies()
    {
        const HttpResult refused = m_http->get(kInterpreter + QStringLiteral("/sessions"), false);
        QCOMPARE(refused.status, 401);
        QCOMPARE(keys(refused.json), QStringLiteral("error"));
        QCOMPARE(keys(refused.json.value(QStringLiteral("error")).toObject()), QStringLiteral("code,message,status"));
        QCOMPARE(refused.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("status")).toInt(), 401);
        const HttpResult missing = m_http->get(kInterpreter + QStringLiteral("/sessions/no-such-session"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));
        const HttpResult unknown = m_http->get(QStringLiteral("/api/v1/nothing-here"));
        QCOMPARE(unknown.status, 404);
        QVERIFY(unknown.json.value(QStringLiteral("error")).isObject()); // this API's shape, by its prefix
        const HttpResult bad = m_http->post(kInterpreter + QStringLiteral("/execute"), QJsonObject{{QStringLiteral("code"), 42}});
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("code")));
    }

    // The Quick Start: a run without a session, its outputs by type.
    void executeWithoutASession()
    {
        const HttpResult run = m_http->post(kInterpreter + QStringLiteral("/execute"),
                                            QJsonObject{{QStringLiteral("code"), QStringLiteral("print('Hello from Cognitora!')")},
                                                        {QStringLiteral("language"), QStringLiteral("python")},
                                                        {QStringLiteral("networking"), false}});
        QCOMPARE(run.status, 200);
        const QJsonObject data = dataOf(run);
        QCOMPARE(keys(data), QStringLiteral("execution_id,execution_time_ms,language,outputs,session_id,status"));
        QCOMPARE(data.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(outputLines(data), QStringList{QStringLiteral("stdout: Hello from Cognitora!\n")});
        QVERIFY(data.value(QStringLiteral("session_id")).isNull());
    }

    // Session persistence: x = 42, then read back; files sent with a run; an error's output.
    void sessionKeepsState()
    {
        const HttpResult created = m_http->post(kInterpreter + QStringLiteral("/sessions"),
                                                QJsonObject{{QStringLiteral("language"), QStringLiteral("python")},
                                                            {QStringLiteral("timeout_seconds"), 3600},
                                                            {QStringLiteral("resources"), QJsonObject{{QStringLiteral("cpu_cores"), 1},
                                                                                                      {QStringLiteral("memory_mb"), 1024},
                                                                                                      {QStringLiteral("storage_gb"), 1}}}});
        QCOMPARE(created.status, 201);
        const QJsonObject session = dataOf(created);
        QCOMPARE(keys(session), QStringLiteral("created_at,expires_at,language,resources,session_id,status,timeout_seconds"));
        QCOMPARE(session.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QVERIFY(qAbs(session.value(QStringLiteral("timeout_seconds")).toInteger() - 3600) <= 2);
        QCOMPARE(session.value(QStringLiteral("resources")).toObject().value(QStringLiteral("storage_gb")).toInt(), 1);
        m_session = session.value(QStringLiteral("session_id")).toString();

        const auto execute = [this](const QJsonObject &extra) {
            QJsonObject body = extra;
            body.insert(QStringLiteral("session_id"), m_session);
            return m_http->post(kInterpreter + QStringLiteral("/execute"), body);
        };
        QCOMPARE(execute({{QStringLiteral("code"), QStringLiteral("x = 42; y = 'Hello World'")}}).status, 200);
        const QJsonObject second = dataOf(execute({{QStringLiteral("code"), QStringLiteral("print(f'x = {x}, y = {y}')")}}));
        QCOMPARE(outputLines(second), QStringList{QStringLiteral("stdout: x = 42, y = Hello World\n")});
        QCOMPARE(second.value(QStringLiteral("session_id")).toString(), m_session);

        const QJsonArray files{QJsonObject{{QStringLiteral("name"), QStringLiteral("data.csv")},
                                           {QStringLiteral("content"), QStringLiteral("name,age\nJohn,30\n")},
                                           {QStringLiteral("encoding"), QStringLiteral("string")}}};
        const QJsonObject withFiles = dataOf(execute({{QStringLiteral("code"), QStringLiteral("print(open('data.csv').read().splitlines()[1])")},
                                                      {QStringLiteral("files"), files}}));
        QCOMPARE(outputLines(withFiles), QStringList{QStringLiteral("stdout: John,30\n")});
        const HttpResult escape = execute({{QStringLiteral("code"), QStringLiteral("1")},
                                           {QStringLiteral("files"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("../../etc/x")},
                                                                                           {QStringLiteral("content"), QStringLiteral("no")}}}}});
        QCOMPARE(escape.status, 400);

        const QJsonObject failed = dataOf(execute({{QStringLiteral("code"), QStringLiteral("raise ValueError('Test error')")}}));
        QCOMPARE(failed.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        const QStringList lines = outputLines(failed);
        QVERIFY2(!lines.isEmpty() && lines.last().startsWith(QStringLiteral("error: ValueError: Test error")), qPrintable(lines.join(QLatin1Char('|'))));

        // The language is the session's; another is refused with the reason.
        const HttpResult wrong = execute({{QStringLiteral("code"), QStringLiteral("1")}, {QStringLiteral("language"), QStringLiteral("javascript")}});
        QCOMPARE(wrong.status, 400);
        QVERIFY(wrong.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("runs python")));

        const QJsonArray listed = dataOf(m_http->get(kInterpreter + QStringLiteral("/sessions"))).value(QStringLiteral("sessions")).toArray();
        bool found = false;
        for (const QJsonValue &s : listed)
            found = found || s.toObject().value(QStringLiteral("session_id")).toString() == m_session;
        QVERIFY(found);
        QCOMPARE(dataOf(m_http->get(kInterpreter + QStringLiteral("/sessions/") + m_session)).value(QStringLiteral("language")).toString(),
                 QStringLiteral("python"));
    }

    void historyAndLogs()
    {
        const QJsonObject own = dataOf(m_http->get(kInterpreter + QStringLiteral("/sessions/") + m_session + QStringLiteral("/executions?limit=2")));
        QCOMPARE(own.value(QStringLiteral("total")).toInt(), 4); // refused requests ran nothing
        const QJsonArray page = own.value(QStringLiteral("executions")).toArray();
        QCOMPARE(page.size(), 2);
        const QJsonObject newest = page.first().toObject();
        QCOMPARE(keys(newest), QStringLiteral("code,completed_at,created_at,execution_time_ms,id,language,session_id,status"));
        QCOMPARE(newest.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));

        const QJsonObject one = dataOf(m_http->get(kInterpreter + QStringLiteral("/executions/") + newest.value(QStringLiteral("id")).toString()));
        QCOMPARE(one.value(QStringLiteral("code")).toString(), QStringLiteral("raise ValueError('Test error')"));
        QVERIFY(outputLines(one).last().startsWith(QStringLiteral("error: ValueError")));
        QCOMPARE(m_http->get(kInterpreter + QStringLiteral("/executions/exec_nope")).status, 404);

        const QJsonObject failedOnly = dataOf(m_http->get(kInterpreter + QStringLiteral("/executions?status=failed")));
        for (const QJsonValue &e : failedOnly.value(QStringLiteral("executions")).toArray())
            QCOMPARE(e.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QVERIFY(failedOnly.value(QStringLiteral("total")).toInt() >= 1);
        const QJsonObject all = dataOf(m_http->get(kInterpreter + QStringLiteral("/executions?limit=50")));
        QCOMPARE(all.value(QStringLiteral("total")).toInt(), 5); // four in the session, one without
        QCOMPARE(m_http->get(kInterpreter + QStringLiteral("/executions?status=sideways")).status, 400);

        const QJsonObject logs = dataOf(m_http->get(kInterpreter + QStringLiteral("/sessions/") + m_session + QStringLiteral("/logs?limit=50&offset=0")));
        QCOMPARE(keys(logs), QStringLiteral("limit,logs,offset,total"));
        QStringList messages;
        for (const QJsonValue &line : logs.value(QStringLiteral("logs")).toArray()) {
            QCOMPARE(keys(line.toObject()), QStringLiteral("execution_id,message,stream,timestamp"));
            messages.append(line.toObject().value(QStringLiteral("message")).toString());
        }
        QCOMPARE(messages, (QStringList{QStringLiteral("x = 42, y = Hello World"), QStringLiteral("John,30")}));
    }

    void deletingASession()
    {
        const HttpResult removed = m_http->del(kInterpreter + QStringLiteral("/sessions/") + m_session);
        QCOMPARE(removed.status, 200);
        QCOMPARE(m_http->get(kInterpreter + QStringLiteral("/sessions/") + m_session).status, 404);
        // Its history stays.
        QCOMPARE(dataOf(m_http->get(kInterpreter + QStringLiteral("/sessions/") + m_session + QStringLiteral("/executions")))
                     .value(QStringLiteral("total")).toInt(), 4);
    }

    // What a user's code may do to the run: print a lot, end its interpreter, pass odd names.
    void runsThatStray()
    {
        const auto execute = [this](const QString &code) {
            return m_http->post(kInterpreter + QStringLiteral("/execute"),
                                QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("networking"), false}});
        };
        const QJsonObject many = dataOf(execute(QStringLiteral("for i in range(20000): print(i)")));
        QCOMPARE(many.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        const QJsonArray outputs = many.value(QStringLiteral("outputs")).toArray();
        QCOMPARE(outputs.size(), 1); // one stdout block
        QCOMPARE(outputs.first().toObject().value(QStringLiteral("data")).toString().count(QLatin1Char('\n')), 20000);

        const HttpResult exited = execute(QStringLiteral("import os; os._exit(3)"));
        QCOMPARE(exited.status, 200); // the code's doing, not the server's
        QCOMPARE(dataOf(exited).value(QStringLiteral("status")).toString(), QStringLiteral("failed"));

        const HttpResult badName = m_http->post(kInterpreter + QStringLiteral("/sessions"),
                                                QJsonObject{{QStringLiteral("environment"), QJsonObject{{QString(), QStringLiteral("x")}}}});
        QCOMPARE(badName.status, 400);
        const HttpResult badContainerEnv = m_http->post(
            kContainers, QJsonObject{{QStringLiteral("image"), QStringLiteral("python:3.11")}, {QStringLiteral("command"), QJsonArray{QStringLiteral("true")}},
                                     {QStringLiteral("max_cost_credits"), 5}, {QStringLiteral("environment"), QJsonObject{{QStringLiteral("A-B"), QStringLiteral("x")}}}});
        QCOMPARE(badContainerEnv.status, 400);
    }

    // A program that never prints a newline still makes bounded lines.
    void longLinesAreCut()
    {
        const HttpResult created = m_http->post(kContainers, QJsonObject{{QStringLiteral("image"), QStringLiteral("python:3.11")},
                                                                         {QStringLiteral("command"), QJsonArray{QStringLiteral("python"), QStringLiteral("-c"),
                                                                                                                QStringLiteral("import sys; sys.stdout.write('x' * 40000)")}},
                                                                         {QStringLiteral("max_cost_credits"), 5}});
        QCOMPARE(created.status, 201);
        const QString id = dataOf(created).value(QStringLiteral("id")).toString();
        QCOMPARE(waitForContainer(id, {QStringLiteral("completed"), QStringLiteral("failed")}).value(QStringLiteral("status")).toString(),
                 QStringLiteral("completed"));
        const QJsonArray logs = dataOf(m_http->get(kContainers + QLatin1Char('/') + id + QStringLiteral("/logs"))).value(QStringLiteral("logs")).toArray();
        QCOMPARE(logs.size(), 3); // 16 KiB, 16 KiB, and the rest
        qsizetype total = 0;
        for (const QJsonValue &line : logs) {
            QVERIFY(line.toObject().value(QStringLiteral("message")).toString().size() <= 16 * 1024);
            total += line.toObject().value(QStringLiteral("message")).toString().size();
        }
        QCOMPARE(total, 40000);
    }

    void estimateCost()
    {
        const HttpResult estimate = m_http->post(kContainers + QStringLiteral("/estimate-cost"),
                                                 QJsonObject{{QStringLiteral("cpu_cores"), 4.0}, {QStringLiteral("memory_mb"), 8192},
                                                             {QStringLiteral("storage_gb"), 20}, {QStringLiteral("gpu_count"), 1},
                                                             {QStringLiteral("timeout_seconds"), 3600}});
        QCOMPARE(estimate.status, 200);
        // 4 vCPU + 8 GiB × 0.5 + 20 GB × 0.02 + 1 GPU × 20, for an hour.
        QCOMPARE(dataOf(estimate).value(QStringLiteral("estimated_credits")).toDouble(), 28.4);
    }

    void containerRunsToCompletionWithLogs()
    {
        const HttpResult created = m_http->post(
            kContainers, QJsonObject{{QStringLiteral("image"), QStringLiteral("docker.io/library/python:3.11-slim")},
                                     {QStringLiteral("command"), QJsonArray{QStringLiteral("python"), QStringLiteral("-c"),
                                                                            QStringLiteral("import sys\nfor i in range(3): print('step', i, flush=True)\nprint('warned', file=sys.stderr)")}},
                                     {QStringLiteral("cpu_cores"), 1.0}, {QStringLiteral("memory_mb"), 512},
                                     {QStringLiteral("max_cost_credits"), 5}, {QStringLiteral("environment"), QJsonObject{{QStringLiteral("MODE"), QStringLiteral("test")}}}});
        QCOMPARE(created.status, 201);
        const QString id = dataOf(created).value(QStringLiteral("id")).toString();
        QVERIFY(id.startsWith(QStringLiteral("ctr_")));
        const QJsonObject done = waitForContainer(id, {QStringLiteral("completed"), QStringLiteral("failed")});
        QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(done.value(QStringLiteral("exit_code")).toInt(), 0);
        QCOMPARE(done.value(QStringLiteral("networking")).toBool(), false); // isolated by default
        QCOMPARE(done.value(QStringLiteral("image")).toString(), QStringLiteral("docker.io/library/python:3.11-slim"));

        const QJsonObject logs = dataOf(m_http->get(kContainers + QLatin1Char('/') + id + QStringLiteral("/logs")));
        QStringList lines;
        for (const QJsonValue &line : logs.value(QStringLiteral("logs")).toArray()) {
            const QJsonObject l = line.toObject();
            QVERIFY(!l.value(QStringLiteral("timestamp")).toString().isEmpty());
            lines.append(l.value(QStringLiteral("stream")).toString() + QLatin1Char(' ') + l.value(QStringLiteral("message")).toString());
        }
        QCOMPARE(lines, (QStringList{QStringLiteral("stdout step 0"), QStringLiteral("stdout step 1"), QStringLiteral("stdout step 2"),
                                     QStringLiteral("stderr warned")}));

        // Its run is an execution, listed with the others and on its own.
        const QJsonArray own = dataOf(m_http->get(kContainers + QLatin1Char('/') + id + QStringLiteral("/executions")))
                                   .value(QStringLiteral("executions")).toArray();
        QCOMPARE(own.size(), 1);
        const QString executionId = own.first().toObject().value(QStringLiteral("id")).toString();
        const QJsonObject execution = dataOf(m_http->get(kContainers + QStringLiteral("/executions/") + executionId));
        QCOMPARE(execution.value(QStringLiteral("container_id")).toString(), id);
        QCOMPARE(execution.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        const QJsonArray all = dataOf(m_http->get(kContainers + QStringLiteral("/executions?status=completed")))
                                   .value(QStringLiteral("executions")).toArray();
        QVERIFY(!all.isEmpty());
        // Their runs are not interpreter executions.
        QCOMPARE(dataOf(m_http->get(kInterpreter + QStringLiteral("/executions"))).value(QStringLiteral("total")).toInt(), 7); // and the two of runsThatStray
    }

    void cancellingARunningContainer()
    {
        const HttpResult created = m_http->post(kContainers, QJsonObject{{QStringLiteral("image"), QStringLiteral("python:3.11")},
                                                                         {QStringLiteral("command"), QJsonArray{QStringLiteral("sh"), QStringLiteral("-c"),
                                                                                                                QStringLiteral("echo started; sleep 60")}},
                                                                         {QStringLiteral("max_cost_credits"), 5}});
        QCOMPARE(created.status, 201);
        const QString id = dataOf(created).value(QStringLiteral("id")).toString();
        QVERIFY(QTest::qWaitFor([&] {
            return !dataOf(m_http->get(kContainers + QLatin1Char('/') + id + QStringLiteral("/logs"))).value(QStringLiteral("logs")).toArray().isEmpty();
        }, 20000)); // it runs, and its first line is there while it does
        QCOMPARE(dataOf(m_http->get(kContainers + QLatin1Char('/') + id)).value(QStringLiteral("status")).toString(), QStringLiteral("running"));
        // Its sandbox is a real one, as the Agent Sandboxes API shows, and not an interpreter session.
        QString sandbox;
        for (const QJsonValue &s : m_http->get(QStringLiteral("/v1/agents/sandboxes")).json.value(QStringLiteral("sandboxes")).toArray()) {
            if (s.toObject().value(QStringLiteral("metadata")).toObject().value(QStringLiteral("cognitora.container")).toString() == id)
                sandbox = s.toObject().value(QStringLiteral("sandbox_id")).toString();
        }
        QVERIFY(!sandbox.isEmpty());
        for (const QJsonValue &s : dataOf(m_http->get(kInterpreter + QStringLiteral("/sessions"))).value(QStringLiteral("sessions")).toArray())
            QVERIFY(s.toObject().value(QStringLiteral("session_id")).toString() != sandbox);
        QCOMPARE(m_http->get(kInterpreter + QStringLiteral("/sessions/") + sandbox).status, 404);
        const HttpResult cancelled = m_http->post(kContainers + QLatin1Char('/') + id + QStringLiteral("/cancel"), QJsonObject{});
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(dataOf(cancelled).value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        QTest::qWait(500);
        const QJsonObject after = dataOf(m_http->get(kContainers + QLatin1Char('/') + id));
        QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        QTRY_COMPARE_WITH_TIMEOUT(m_http->get(QStringLiteral("/v1/agents/sandboxes/") + sandbox).json.value(QStringLiteral("status")).toString(),
                                  QStringLiteral("terminated"), 10000); // the command ended with its sandbox
        const QJsonArray listed = dataOf(m_http->get(kContainers + QStringLiteral("?status=cancelled"))).value(QStringLiteral("containers")).toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject().value(QStringLiteral("id")).toString(), id);
    }

    void containersAreRefusedWithReasons()
    {
        const auto create = [this](const QJsonObject &body) { return m_http->post(kContainers, body); };
        const QJsonArray command{QStringLiteral("true")};
        const HttpResult unknownImage = create({{QStringLiteral("image"), QStringLiteral("tensorflow/tensorflow:latest-gpu")},
                                                {QStringLiteral("command"), command}, {QStringLiteral("max_cost_credits"), 5}});
        QCOMPARE(unknownImage.status, 400);
        QVERIFY(unknownImage.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("python-base-v1")));
        const HttpResult tooDear = create({{QStringLiteral("image"), QStringLiteral("python:3.11")}, {QStringLiteral("command"), command},
                                           {QStringLiteral("max_cost_credits"), 0}, {QStringLiteral("timeout_seconds"), 3600}});
        QCOMPARE(tooDear.status, 400);
        QVERIFY(tooDear.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("max_cost_credits")));
        QCOMPARE(create({{QStringLiteral("image"), QStringLiteral("python:3.11")}, {QStringLiteral("command"), command},
                         {QStringLiteral("max_cost_credits"), 5}, {QStringLiteral("gpu_count"), 1}}).status, 400);
        QCOMPARE(create({{QStringLiteral("image"), QStringLiteral("python:3.11")}, {QStringLiteral("command"), QStringLiteral("true")},
                         {QStringLiteral("max_cost_credits"), 5}}).status, 400);
        QCOMPARE(m_http->post(kContainers + QStringLiteral("/ctr_nope/cancel"), QJsonObject{}).status, 404);
    }

    // A container asked for networking gets a network; one not asked has none.
    void networkingIsHonoured()
    {
        const QJsonArray probe{QStringLiteral("python"), QStringLiteral("-c"),
                               QStringLiteral("import socket\nprint(len([i for i in socket.if_nameindex() if i[1] != 'lo']))")};
        QString counts[2];
        for (const bool networking : {false, true}) {
            const HttpResult created = m_http->post(kContainers, QJsonObject{{QStringLiteral("image"), QStringLiteral("python:3.11")},
                                                                             {QStringLiteral("command"), probe},
                                                                             {QStringLiteral("networking"), networking},
                                                                             {QStringLiteral("max_cost_credits"), 5}});
            QCOMPARE(created.status, 201);
            const QString id = dataOf(created).value(QStringLiteral("id")).toString();
            QCOMPARE(waitForContainer(id, {QStringLiteral("completed"), QStringLiteral("failed")}).value(QStringLiteral("status")).toString(),
                     QStringLiteral("completed"));
            const QJsonArray logs = dataOf(m_http->get(kContainers + QLatin1Char('/') + id + QStringLiteral("/logs"))).value(QStringLiteral("logs")).toArray();
            QVERIFY(!logs.isEmpty());
            counts[networking ? 1 : 0] = logs.first().toObject().value(QStringLiteral("message")).toString();
        }
        QCOMPARE(counts[0], QStringLiteral("0"));
        QVERIFY2(counts[1].toInt() >= 1, qPrintable(counts[1]));
    }
};

QTEST_GUILESS_MAIN(TstCognitoraApi)
#include "tst_cognitoraapi.moc"
