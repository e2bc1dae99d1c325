// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// sandbar-local's Round Table (001) routes over raw HTTP: every route, the documented field
// names, agent sandboxes that are real sandboxes (start runs processes, stop ends them and
// keeps the files), messages delivered into the recipient's inbox, the honest 501 for
// collaborations, the SDK's error names, and a restart that keeps everything.
#include "common/httpclient.h"
#include "common/serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray kKey = "rt_local_test_key";
const QString kBase = QStringLiteral("/api/v1");

QString keys(const QJsonObject &json)
{
    QStringList names = json.keys();
    names.sort();
    return names.join(QLatin1Char(','));
}

QString str(const QJsonObject &json, const char *key)
{
    return json.value(QLatin1String(key)).toString();
}
} // namespace

class TstRoundTableApi : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<HttpClient> m_agent; // the Agent Sandboxes API on the same port
    QString m_workspace;

    void connectClients()
    {
        m_http = std::make_unique<HttpClient>(m_server.url(), kKey);
        m_http->setKeyHeader("X-API-Key");
        m_agent = std::make_unique<HttpClient>(m_server.url(), kKey);
    }

    QJsonObject createSandbox(const QString &workspace, const QString &name, const QString &agent)
    {
        const HttpResult created = m_http->post(kBase + QStringLiteral("/sandboxes"),
                                                QJsonObject{{QStringLiteral("workspace_id"), workspace},
                                                            {QStringLiteral("name"), name},
                                                            {QStringLiteral("agent_config"),
                                                             QJsonObject{{QStringLiteral("primary_agent"), agent},
                                                                         {QStringLiteral("model"), QStringLiteral("gpt-4")},
                                                                         {QStringLiteral("temperature"), 0.7},
                                                                         {QStringLiteral("max_tokens"), 2000}}}});
        if (created.status != 201)
            qWarning() << created.body;
        return created.json;
    }

    // A shell command in the sandbox that runs the agent sandbox, through the Agent Sandboxes API.
    HttpResult runIn(const QString &localId, const QString &command)
    {
        return m_agent->post(QStringLiteral("/v1/agents/sandboxes/%1/commands/run").arg(localId),
                             QJsonObject{{QStringLiteral("command"), command}});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(m_dir.path(), kKey, {QStringLiteral("--rate-limit"), QStringLiteral("0")}),
                 qPrintable(m_server.errorOutput()));
        connectClients();
    }

    void cleanupTestCase()
    {
        m_http.reset();
        m_agent.reset();
        QCOMPARE(m_server.stop(), 0);
    }

    void keyAndErrorNames()
    {
        const HttpResult refused = m_http->get(kBase + QStringLiteral("/workspaces"), false);
        QCOMPARE(refused.status, 401);
        QCOMPARE(keys(refused.json), QStringLiteral("detail,error"));
        QCOMPARE(str(refused.json, "error"), QStringLiteral("AuthenticationError"));
        QVERIFY(str(refused.json, "detail").contains(QStringLiteral("X-API-Key")));
        // The key in another API's form is not this API's credential.
        QCOMPARE(m_agent->get(kBase + QStringLiteral("/workspaces")).status, 401);
        const HttpResult wrong = m_http->send("GET", kBase + QStringLiteral("/workspaces"), {}, true, "not-the-key");
        QCOMPARE(wrong.status, 401);

        const HttpResult missing = m_http->get(kBase + QStringLiteral("/workspaces/ws_nonexistent"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(str(missing.json, "error"), QStringLiteral("NotFoundError"));
        const HttpResult invalid = m_http->post(kBase + QStringLiteral("/workspaces"), QJsonObject{{QStringLiteral("name"), 42}});
        QCOMPARE(invalid.status, 400);
        QCOMPARE(str(invalid.json, "error"), QStringLiteral("ValidationError"));
        QVERIFY(str(invalid.json, "detail").contains(QStringLiteral("name")));
        const HttpResult malformed = m_http->send("POST", kBase + QStringLiteral("/workspaces"), "{not json");
        QCOMPARE(malformed.status, 400);
        QCOMPARE(str(malformed.json, "error"), QStringLiteral("ValidationError"));
        // The connection guard knows this API's key header: a large body with it is read (and
        // judged), not cut off as an unauthenticated flood.
        const HttpResult large = m_http->post(kBase + QStringLiteral("/workspaces"),
                                              QJsonObject{{QStringLiteral("name"), QString(2 * 1024 * 1024, QLatin1Char('n'))}});
        QCOMPARE(large.status, 400);
        QVERIFY(str(large.json, "detail").contains(QStringLiteral("at most")));
        const HttpResult unknown = m_http->get(kBase + QStringLiteral("/sandboxes/sb_x/nothing-here"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(str(unknown.json, "error"), QStringLiteral("NotFoundError")); // this API's shape, by its path
    }

    void workspaces()
    {
        const HttpResult created = m_http->post(kBase + QStringLiteral("/workspaces"),
                                                QJsonObject{{QStringLiteral("name"), QStringLiteral("My Project")},
                                                            {QStringLiteral("description"), QStringLiteral("A workspace for my agents")}});
        QCOMPARE(created.status, 201);
        QCOMPARE(keys(created.json), QStringLiteral("created_at,description,name,sandbox_count,status,updated_at,workspace_id"));
        m_workspace = str(created.json, "workspace_id");
        QVERIFY(m_workspace.startsWith(QStringLiteral("ws_")));
        QCOMPARE(str(created.json, "status"), QStringLiteral("active"));

        const HttpResult list = m_http->get(kBase + QStringLiteral("/workspaces?limit=50"));
        QCOMPARE(list.status, 200);
        QCOMPARE(keys(list.json), QStringLiteral("limit,offset,total,workspaces"));
        QCOMPARE(list.json.value(QStringLiteral("workspaces")).toArray().first().toObject().value(QStringLiteral("workspace_id")).toString(),
                 m_workspace);

        const HttpResult patched = m_http->send("PATCH", kBase + QStringLiteral("/workspaces/") + m_workspace,
                                                R"({"name": "Updated Name", "description": "New description"})");
        QCOMPARE(patched.status, 200);
        QCOMPARE(str(patched.json, "name"), QStringLiteral("Updated Name"));
        const HttpResult put = m_http->send("PUT", kBase + QStringLiteral("/workspaces/") + m_workspace, R"({"description": "Kept name"})");
        QCOMPARE(put.status, 200);
        const HttpResult got = m_http->get(kBase + QStringLiteral("/workspaces/") + m_workspace);
        QCOMPARE(str(got.json, "name"), QStringLiteral("Updated Name"));
        QCOMPARE(str(got.json, "description"), QStringLiteral("Kept name"));
        QCOMPARE(m_http->send("PATCH", kBase + QStringLiteral("/workspaces/") + m_workspace, R"({"name": ""})").status, 400);
        QCOMPARE(m_http->send("PATCH", kBase + QStringLiteral("/workspaces/") + m_workspace, R"({"owner": "x"})").status, 400);

        // Delete takes its sandboxes along and ends their processes.
        const QString doomed = str(m_http->post(kBase + QStringLiteral("/workspaces"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Doomed")}}).json,
                                   "workspace_id");
        const QJsonObject sandbox = createSandbox(doomed, QStringLiteral("Temp"), QStringLiteral("tester"));
        QCOMPARE(m_http->post(kBase + QStringLiteral("/sandboxes/%1/start").arg(str(sandbox, "sandbox_id")), {}).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!sandboxProcesses(str(sandbox, "local_sandbox_id")).isEmpty(), 5000);
        const HttpResult deleted = m_http->del(kBase + QStringLiteral("/workspaces/") + doomed);
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.json.value(QStringLiteral("sandboxes_deleted")).toInt(), 1);
        QCOMPARE(m_http->get(kBase + QStringLiteral("/workspaces/") + doomed).status, 404);
        QCOMPARE(m_http->get(kBase + QStringLiteral("/sandboxes/") + str(sandbox, "sandbox_id")).status, 404);
        QTRY_VERIFY_WITH_TIMEOUT(sandboxProcesses(str(sandbox, "local_sandbox_id")).isEmpty(), 10000);
    }

    // Start runs a real process tree, stop ends it and keeps the files, start again resumes them.
    void sandboxesStartAndStop()
    {
        const QJsonObject sandbox = createSandbox(m_workspace, QStringLiteral("Research Agent"), QStringLiteral("researcher"));
        QCOMPARE(keys(sandbox), QStringLiteral("agent_config,created_at,description,local_sandbox_id,messages_received,messages_sent,"
                                               "name,sandbox_id,started_at,status,updated_at,uptime,workspace_id"));
        const QString id = str(sandbox, "sandbox_id");
        const QString local = str(sandbox, "local_sandbox_id");
        QCOMPARE(str(sandbox, "status"), QStringLiteral("created"));
        QCOMPARE(sandbox.value(QStringLiteral("agent_config")).toObject().value(QStringLiteral("primary_agent")).toString(),
                 QStringLiteral("researcher"));
        QVERIFY(sandboxProcesses(local).isEmpty());

        const HttpResult started = m_http->post(kBase + QStringLiteral("/sandboxes/%1/start").arg(id), {});
        QCOMPARE(started.status, 200);
        QCOMPARE(str(started.json, "status"), QStringLiteral("running"));
        QTRY_VERIFY_WITH_TIMEOUT(!sandboxProcesses(local).isEmpty(), 5000);
        QCOMPARE(runIn(local, QStringLiteral("echo kept > notes.txt")).status, 200);
        QTest::qWait(1100);
        const HttpResult status = m_http->get(kBase + QStringLiteral("/sandboxes/%1/status").arg(id));
        QCOMPARE(status.status, 200);
        QCOMPARE(keys(status.json), QStringLiteral("sandbox_id,started_at,status,uptime"));
        QVERIFY2(status.json.value(QStringLiteral("uptime")).toInt() >= 1, status.body.constData());

        const HttpResult stopped = m_http->post(kBase + QStringLiteral("/sandboxes/%1/stop").arg(id), {});
        QCOMPARE(stopped.status, 200);
        QCOMPARE(str(stopped.json, "status"), QStringLiteral("stopped"));
        QCOMPARE(stopped.json.value(QStringLiteral("uptime")).toInt(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(sandboxProcesses(local).isEmpty(), 10000);
        QCOMPARE(str(m_agent->get(QStringLiteral("/v1/agents/sandboxes/") + local).json, "status"), QStringLiteral("paused"));
        QCOMPARE(runIn(local, QStringLiteral("true")).status, 400); // no processes to run it

        QCOMPARE(str(m_http->post(kBase + QStringLiteral("/sandboxes/%1/start").arg(id), {}).json, "status"), QStringLiteral("running"));
        const HttpResult read = runIn(local, QStringLiteral("cat notes.txt"));
        QCOMPARE(read.status, 200);
        QCOMPARE(str(read.json, "stdout"), QStringLiteral("kept\n"));
        QVERIFY(m_http->get(kBase + QStringLiteral("/sandboxes/%1/status").arg(id)).json.value(QStringLiteral("uptime")).toInt() < 2);

        const HttpResult list = m_http->get(kBase + QStringLiteral("/sandboxes?workspace_id=%1&limit=50").arg(m_workspace));
        QCOMPARE(list.status, 200);
        QCOMPARE(keys(list.json), QStringLiteral("limit,offset,sandboxes,total"));
        QCOMPARE(list.json.value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(m_http->get(kBase + QStringLiteral("/sandboxes?workspace_id=ws_none")).status, 404);

        // Bad agent configs and unknown workspaces.
        const HttpResult hot = m_http->post(kBase + QStringLiteral("/sandboxes"),
                                            QJsonObject{{QStringLiteral("workspace_id"), m_workspace},
                                                        {QStringLiteral("name"), QStringLiteral("x")},
                                                        {QStringLiteral("agent_config"), QJsonObject{{QStringLiteral("temperature"), 3}}}});
        QCOMPARE(hot.status, 400);
        QVERIFY(str(hot.json, "detail").contains(QStringLiteral("temperature")));
        QCOMPARE(m_http->post(kBase + QStringLiteral("/sandboxes"), QJsonObject{{QStringLiteral("workspace_id"), QStringLiteral("ws_none")},
                                                                           {QStringLiteral("name"), QStringLiteral("x")}})
                     .status,
                 404);
        QCOMPARE(m_http->post(kBase + QStringLiteral("/sandboxes/sb_none/start"), {}).status, 404);

        // An agent sandbox is Round Table's own: the session APIs do not list it nor reach it.
        const HttpResult sessions = m_agent->get(QStringLiteral("/v1/sessions"));
        QVERIFY(!sessions.body.contains(local.toUtf8()));
        QCOMPARE(m_agent->get(QStringLiteral("/v1/sessions/") + local).status, 404);
        QVERIFY(!m_agent->get(QStringLiteral("/sessions?api_key=") + QString::fromLatin1(kKey), false).body.contains(local.toUtf8()));
        QVERIFY(!m_agent->get(QStringLiteral("/api/v1/interpreter/sessions")).body.contains(local.toUtf8()));
        // Killed through the Agent Sandboxes API (which does list it), it has ended: it cannot be
        // started again, and says so; it can still be deleted.
        const QJsonObject doomed = createSandbox(m_workspace, QStringLiteral("Doomed"), QStringLiteral("x"));
        QCOMPARE(m_agent->del(QStringLiteral("/v1/agents/sandboxes/") + str(doomed, "local_sandbox_id")).status, 200);
        const QString doomedPath = kBase + QStringLiteral("/sandboxes/") + str(doomed, "sandbox_id");
        QCOMPARE(str(m_http->get(doomedPath).json, "status"), QStringLiteral("ended"));
        const HttpResult revived = m_http->post(doomedPath + QStringLiteral("/start"), {});
        QCOMPARE(revived.status, 400);
        QVERIFY(str(revived.json, "detail").contains(QStringLiteral("ended")));
        QCOMPARE(m_http->post(doomedPath + QStringLiteral("/stop"), {}).status, 400);
        QCOMPARE(m_http->del(doomedPath).status, 200);
    }

    void messagesReachTheInbox()
    {
        const QJsonObject a = createSandbox(m_workspace, QStringLiteral("Sender"), QStringLiteral("researcher"));
        const QJsonObject b = createSandbox(m_workspace, QStringLiteral("Receiver"), QStringLiteral("developer"));
        const QJsonObject c = createSandbox(m_workspace, QStringLiteral("Third"), QStringLiteral("reviewer"));
        const QJsonObject content{{QStringLiteral("type"), QStringLiteral("request")},
                                  {QStringLiteral("action"), QStringLiteral("analyze")},
                                  {QStringLiteral("data"), QJsonObject{{QStringLiteral("key"), QStringLiteral("value")}}}};
        // b is not running: its inbox gets the message all the same.
        const HttpResult sent = m_http->post(kBase + QStringLiteral("/messages"),
                                             QJsonObject{{QStringLiteral("from_sandbox_id"), str(a, "sandbox_id")},
                                                         {QStringLiteral("to_sandbox_id"), str(b, "sandbox_id")},
                                                         {QStringLiteral("content"), content}});
        QCOMPARE(sent.status, 201);
        QCOMPARE(keys(sent.json), QStringLiteral("broadcast_id,content,created_at,error,from_sandbox_id,message_id,status,to_sandbox_id,workspace_id"));
        QCOMPARE(str(sent.json, "status"), QStringLiteral("delivered"));
        QCOMPARE(sent.json.value(QStringLiteral("content")).toObject(), content);
        const QString messageId = str(sent.json, "message_id");

        const HttpResult got = m_http->get(kBase + QStringLiteral("/messages/") + messageId);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.json.value(QStringLiteral("content")).toObject(), content);
        QCOMPARE(m_http->get(kBase + QStringLiteral("/messages/msg_none")).status, 404);

        const HttpResult broadcast = m_http->post(kBase + QStringLiteral("/messages/broadcast"),
                                                  QJsonObject{{QStringLiteral("workspace_id"), m_workspace},
                                                              {QStringLiteral("from_sandbox_id"), str(b, "sandbox_id")},
                                                              {QStringLiteral("content"), QJsonObject{{QStringLiteral("message"), QStringLiteral("Hello everyone!")}}}});
        QCOMPARE(broadcast.status, 201);
        QCOMPARE(broadcast.json.value(QStringLiteral("count")).toInt(), 3); // everyone of the workspace but b
        QVERIFY(!broadcast.json.value(QStringLiteral("recipients")).toArray().contains(str(b, "sandbox_id")));

        const HttpResult metrics = m_http->get(kBase + QStringLiteral("/sandboxes/%1/metrics").arg(str(b, "sandbox_id")));
        QCOMPARE(metrics.status, 200);
        QCOMPARE(metrics.json.value(QStringLiteral("messages_sent")).toInt(), 3);
        QCOMPARE(metrics.json.value(QStringLiteral("messages_received")).toInt(), 1);
        const HttpResult listed = m_http->get(kBase + QStringLiteral("/messages?sandbox_id=%1&limit=100").arg(str(b, "sandbox_id")));
        QCOMPARE(listed.json.value(QStringLiteral("total")).toInt(), 4);
        QCOMPARE(listed.json.value(QStringLiteral("messages")).toArray().size(), 4);
        QCOMPARE(m_http->get(kBase + QStringLiteral("/messages?sandbox_id=%1&limit=1").arg(str(b, "sandbox_id"))).json
                     .value(QStringLiteral("messages")).toArray().size(),
                 1);

        // Its program reads its inbox: one JSON line per message.
        QCOMPARE(m_http->post(kBase + QStringLiteral("/sandboxes/%1/start").arg(str(b, "sandbox_id")), {}).status, 200);
        const HttpResult inbox = runIn(str(b, "local_sandbox_id"), QStringLiteral("cat /home/user/inbox.jsonl"));
        QCOMPARE(inbox.status, 200);
        const QList<QByteArray> lines = str(inbox.json, "stdout").toUtf8().trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        const QJsonObject line = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(str(line, "message_id"), messageId);
        QCOMPARE(str(line, "from_sandbox_id"), str(a, "sandbox_id"));
        QCOMPARE(line.value(QStringLiteral("content")).toObject(), content);

        // Refused: another workspace's sandbox, no content, too much content.
        const QString other = str(m_http->post(kBase + QStringLiteral("/workspaces"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Other")}}).json,
                                  "workspace_id");
        const QJsonObject stranger = createSandbox(other, QStringLiteral("Stranger"), QStringLiteral("x"));
        QCOMPARE(m_http->post(kBase + QStringLiteral("/messages"), QJsonObject{{QStringLiteral("from_sandbox_id"), str(a, "sandbox_id")},
                                                                          {QStringLiteral("to_sandbox_id"), str(stranger, "sandbox_id")},
                                                                          {QStringLiteral("content"), content}})
                     .status,
                 400);
        QCOMPARE(m_http->post(kBase + QStringLiteral("/messages"), QJsonObject{{QStringLiteral("from_sandbox_id"), str(a, "sandbox_id")},
                                                                          {QStringLiteral("to_sandbox_id"), str(c, "sandbox_id")}})
                     .status,
                 400);
        const HttpResult huge = m_http->post(kBase + QStringLiteral("/messages"),
                                             QJsonObject{{QStringLiteral("from_sandbox_id"), str(a, "sandbox_id")},
                                                         {QStringLiteral("to_sandbox_id"), str(c, "sandbox_id")},
                                                         {QStringLiteral("content"), QString(70 * 1024, QLatin1Char('x'))}});
        QCOMPARE(huge.status, 400);
        QVERIFY(str(huge.json, "detail").contains(QStringLiteral("KiB")));
        m_http->del(kBase + QStringLiteral("/workspaces/") + other);
    }

    // The sandbox owns its home: an inbox it turned into a link to a file outside is refused,
    // and that file is untouched.
    void inboxLinkIsNotFollowed()
    {
        const QJsonObject a = createSandbox(m_workspace, QStringLiteral("Linker"), QStringLiteral("x"));
        const QJsonObject b = createSandbox(m_workspace, QStringLiteral("Target"), QStringLiteral("x"));
        QCOMPARE(m_http->post(kBase + QStringLiteral("/sandboxes/%1/start").arg(str(b, "sandbox_id")), {}).status, 200);
        QTemporaryDir outside;
        const QString victim = outside.filePath(QStringLiteral("victim.txt"));
        QFile file(victim);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("untouched\n");
        file.close();
        // A link inside the sandbox to a path it cannot see resolves, on this computer, to the victim.
        QCOMPARE(runIn(str(b, "local_sandbox_id"), QStringLiteral("rm -f inbox.jsonl && ln -s %1 inbox.jsonl").arg(victim)).status, 200);
        const HttpResult sent = m_http->post(kBase + QStringLiteral("/messages"),
                                             QJsonObject{{QStringLiteral("from_sandbox_id"), str(a, "sandbox_id")},
                                                         {QStringLiteral("to_sandbox_id"), str(b, "sandbox_id")},
                                                         {QStringLiteral("content"), QStringLiteral("overwrite?")}});
        QCOMPARE(sent.status, 201);
        QCOMPARE(str(sent.json, "status"), QStringLiteral("failed"));
        QVERIFY(!str(sent.json, "error").isEmpty());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("untouched\n"));
    }

    void collaborationsAreHonest()
    {
        const QJsonObject a = createSandbox(m_workspace, QStringLiteral("Researcher"), QStringLiteral("researcher"));
        const QJsonObject request{{QStringLiteral("workspace_id"), m_workspace},
                                  {QStringLiteral("task"), QStringLiteral("Build a REST API")},
                                  {QStringLiteral("participants"), QJsonArray{str(a, "sandbox_id")}},
                                  {QStringLiteral("mode"), QStringLiteral("orchestrated")},
                                  {QStringLiteral("config"), QJsonObject{{QStringLiteral("max_rounds"), 10}}}};
        const HttpResult refused = m_http->post(kBase + QStringLiteral("/collaborations"), request);
        QCOMPARE(refused.status, 501);
        QCOMPARE(str(refused.json, "error"), QStringLiteral("NotImplementedError"));
        QVERIFY(str(refused.json, "detail").contains(QStringLiteral("language models")));
        QJsonObject bad = request;
        bad.insert(QStringLiteral("participants"), QJsonArray{QStringLiteral("sb_none")});
        QCOMPARE(m_http->post(kBase + QStringLiteral("/collaborations"), bad).status, 404);
        bad.insert(QStringLiteral("participants"), QJsonArray{});
        QCOMPARE(m_http->post(kBase + QStringLiteral("/collaborations"), bad).status, 400);
        QCOMPARE(m_http->get(kBase + QStringLiteral("/collaborations/collab_abc123")).status, 404);

        const HttpResult agents = m_http->get(kBase + QStringLiteral("/workspaces/%1/agents").arg(m_workspace));
        QCOMPARE(agents.status, 200);
        QCOMPARE(keys(agents.json), QStringLiteral("agents,count,workspace_id"));
        bool found = false;
        for (const QJsonValue &agent : agents.json.value(QStringLiteral("agents")).toArray()) {
            if (str(agent.toObject(), "sandbox_id") == str(a, "sandbox_id")) {
                found = true;
                QCOMPARE(str(agent.toObject(), "agent_type"), QStringLiteral("researcher"));
                QCOMPARE(str(agent.toObject(), "name"), QStringLiteral("Researcher"));
            }
        }
        QVERIFY(found);
        QCOMPARE(agents.json.value(QStringLiteral("count")).toInt(), agents.json.value(QStringLiteral("agents")).toArray().size());
    }

    void systemCalls()
    {
        const HttpResult health = m_http->get(kBase + QStringLiteral("/health"));
        QCOMPARE(health.status, 200);
        QCOMPARE(str(health.json, "status"), QStringLiteral("healthy"));
        const HttpResult info = m_http->get(kBase + QStringLiteral("/system/info"));
        QCOMPARE(info.status, 200);
        QVERIFY(!str(info.json, "version").isEmpty());
        QCOMPARE(str(info.json, "environment"), QStringLiteral("local"));
        const HttpResult metrics = m_http->get(kBase + QStringLiteral("/workspaces/%1/metrics").arg(m_workspace));
        QCOMPARE(metrics.status, 200);
        const int sandboxes = m_http->get(kBase + QStringLiteral("/sandboxes?workspace_id=") + m_workspace).json.value(QStringLiteral("total")).toInt();
        QCOMPARE(metrics.json.value(QStringLiteral("total_sandboxes")).toInt(), sandboxes);
        QCOMPARE(metrics.json.value(QStringLiteral("total_messages")).toInt(),
                 m_http->get(kBase + QStringLiteral("/messages?workspace_id=") + m_workspace).json.value(QStringLiteral("total")).toInt());
        QVERIFY(metrics.json.value(QStringLiteral("total_messages")).toInt() >= 5);
        QVERIFY(metrics.json.value(QStringLiteral("running_sandboxes")).toInt() >= 1);
    }

    // Workspaces, sandboxes and messages live in the database; a running sandbox runs again.
    void survivesRestart()
    {
        const HttpResult before = m_http->get(kBase + QStringLiteral("/sandboxes?workspace_id=") + m_workspace);
        const int messages = m_http->get(kBase + QStringLiteral("/messages?workspace_id=") + m_workspace).json.value(QStringLiteral("total")).toInt();
        QCOMPARE(m_server.stop(), 0);
        QVERIFY2(m_server.start(m_dir.path(), kKey, {QStringLiteral("--rate-limit"), QStringLiteral("0")}), qPrintable(m_server.errorOutput()));
        connectClients();
        const HttpResult after = m_http->get(kBase + QStringLiteral("/sandboxes?workspace_id=") + m_workspace);
        QCOMPARE(after.json.value(QStringLiteral("total")).toInt(), before.json.value(QStringLiteral("total")).toInt());
        QCOMPARE(m_http->get(kBase + QStringLiteral("/messages?workspace_id=") + m_workspace).json.value(QStringLiteral("total")).toInt(), messages);
        QStringList statusBefore, statusAfter;
        for (const QJsonValue &s : before.json.value(QStringLiteral("sandboxes")).toArray())
            statusBefore.append(str(s.toObject(), "status"));
        for (const QJsonValue &s : after.json.value(QStringLiteral("sandboxes")).toArray()) {
            statusAfter.append(str(s.toObject(), "status"));
            QVERIFY(s.toObject().value(QStringLiteral("uptime")).toInt() < 5); // a new process tree
        }
        QCOMPARE(statusAfter, statusBefore);
    }
};

QTEST_GUILESS_MAIN(TstRoundTableApi)
#include "tst_roundtableapi.moc"
