// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// sandbar-local's Sandbox Sessions (000) and E2B sessions (002) routes over raw HTTP: the
// documented field names, statuses and error bodies, the credential forms, and that both map
// onto the same sandboxes as the Agent Sandboxes API.
#include "common/httpclient.h"
#include "common/serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray kToken = "sessions-api-token";

// The object's keys, sorted and joined by commas.
QString keys(const QJsonObject &json)
{
    QStringList names = json.keys();
    names.sort();
    return names.join(QLatin1Char(','));
}

QJsonArray array(const HttpResult &result)
{
    return QJsonDocument::fromJson(result.body).array();
}
} // namespace

class TstSessionsApi : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_http;

    QString key() const { return QStringLiteral("?api_key=") + QString::fromLatin1(kToken); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(m_dir.path(), kToken, {QStringLiteral("--rate-limit"), QStringLiteral("0"),
                                                        QStringLiteral("--e2b-idle"), QStringLiteral("2")}),
                 qPrintable(m_server.errorOutput()));
        m_http = std::make_unique<HttpClient>(m_server.url(), kToken);
    }

    void cleanupTestCase()
    {
        m_http.reset();
        QCOMPARE(m_server.stop(), 0);
    }

    void sessionsLifecycle()
    {
        const HttpResult created = m_http->post(QStringLiteral("/v1/sessions"),
                                                QJsonObject{{QStringLiteral("ttl"), 7200},
                                                            {QStringLiteral("image"), QStringLiteral("node:20")},
                                                            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("user"), QStringLiteral("alice")}}}});
        QCOMPARE(created.status, 200);
        QCOMPARE(keys(created.json), QStringLiteral("created_at,expires_at,metadata,session_id,status"));
        QCOMPARE(created.json.value(QStringLiteral("status")).toString(), QStringLiteral("RUNNING"));
        const QString id = created.json.value(QStringLiteral("session_id")).toString();
        const QDateTime createdAt = QDateTime::fromString(created.json.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
        const QDateTime expiresAt = QDateTime::fromString(created.json.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
        QVERIFY(qAbs(createdAt.secsTo(expiresAt) - 7200) <= 2);

        // The same sandbox, as the Agent Sandboxes API sees it: the image picked the template.
        const HttpResult sandbox = m_http->get(QStringLiteral("/v1/agents/sandboxes/") + id);
        QCOMPARE(sandbox.status, 200);
        QCOMPARE(sandbox.json.value(QStringLiteral("template")).toString(), QStringLiteral("javascript-base-v1"));
        QCOMPARE(sandbox.json.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("user")).toString(), QStringLiteral("alice"));

        const HttpResult got = m_http->get(QStringLiteral("/v1/sessions/") + id);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.json, created.json);

        const HttpResult run = m_http->post(QStringLiteral("/v1/sessions/") + id + QStringLiteral("/code"),
                                            QJsonObject{{QStringLiteral("code"), QStringLiteral("console.log(2 ** 10)")},
                                                        {QStringLiteral("language"), QStringLiteral("javascript")}});
        QCOMPARE(run.status, 200);
        QCOMPARE(keys(run.json), QStringLiteral("exitCode,status,stderr,stdout"));
        QCOMPARE(run.json.value(QStringLiteral("stdout")).toString(), QStringLiteral("1024\n"));
        QCOMPARE(run.json.value(QStringLiteral("status")).toString(), QStringLiteral("success"));

        const HttpResult removed = m_http->del(QStringLiteral("/v1/sessions/") + id);
        QCOMPARE(removed.status, 204);
        QVERIFY(removed.body.isEmpty());
        const HttpResult gone = m_http->get(QStringLiteral("/v1/sessions/") + id);
        QCOMPARE(gone.status, 404);
        QCOMPARE(keys(gone.json), QStringLiteral("error_code,message"));
        QCOMPARE(gone.json.value(QStringLiteral("error_code")).toString(), QStringLiteral("not_found"));
        // The sandbox ended; the Agent Sandboxes API still shows it, as it shows ended ones.
        QCOMPARE(m_http->get(QStringLiteral("/v1/agents/sandboxes/") + id).json.value(QStringLiteral("status")).toString(),
                 QStringLiteral("terminated"));
    }

    void sessionsListPages()
    {
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            const HttpResult created = m_http->post(QStringLiteral("/v1/sessions"), QJsonObject{});
            QCOMPARE(created.status, 200);
            ids.append(created.json.value(QStringLiteral("session_id")).toString());
        }
        const HttpResult first = m_http->get(QStringLiteral("/v1/sessions?limit=2&offset=0"));
        QCOMPARE(first.status, 200);
        QCOMPARE(keys(first.json), QStringLiteral("limit,offset,sessions,total"));
        QCOMPARE(first.json.value(QStringLiteral("total")).toInt(), 3);
        QCOMPARE(first.json.value(QStringLiteral("sessions")).toArray().size(), 2);
        const HttpResult second = m_http->get(QStringLiteral("/v1/sessions?limit=2&offset=2"));
        QCOMPARE(second.json.value(QStringLiteral("sessions")).toArray().size(), 1);
        QCOMPARE(second.json.value(QStringLiteral("offset")).toInt(), 2);
        // Default 50; 1..100.
        QCOMPARE(m_http->get(QStringLiteral("/v1/sessions")).json.value(QStringLiteral("limit")).toInt(), 50);
        QCOMPARE(m_http->get(QStringLiteral("/v1/sessions?limit=101")).status, 400);
        QCOMPARE(m_http->get(QStringLiteral("/v1/sessions?limit=0")).status, 400);
        for (const QString &id : ids)
            QCOMPARE(m_http->del(QStringLiteral("/v1/sessions/") + id).status, 204);
    }

    void sessionsRefuseWhatTheDocumentDoesNotAllow_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::newRow("ttl under 60") << QJsonObject{{QStringLiteral("ttl"), 59}};
        QTest::newRow("ttl over 8 h") << QJsonObject{{QStringLiteral("ttl"), 28801}};
        QTest::newRow("ttl as text") << QJsonObject{{QStringLiteral("ttl"), QStringLiteral("3600")}};
        QTest::newRow("unknown image") << QJsonObject{{QStringLiteral("image"), QStringLiteral("ruby:3")}};
        QTest::newRow("unknown field") << QJsonObject{{QStringLiteral("template"), QStringLiteral("x")}};
        QTest::newRow("metadata not strings") << QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("n"), 1}}}};
        QTest::newRow("bad ssh key") << QJsonObject{{QStringLiteral("ssh_public_key"), QStringLiteral("not a key")}};
    }

    void sessionsRefuseWhatTheDocumentDoesNotAllow()
    {
        QFETCH(QJsonObject, body);
        const HttpResult refused = m_http->post(QStringLiteral("/v1/sessions"), body);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json.value(QStringLiteral("error_code")).toString(), QStringLiteral("bad_request"));
        QVERIFY(!refused.json.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(m_http->get(QStringLiteral("/v1/sessions")).json.value(QStringLiteral("total")).toInt(), 0);
    }

    void sessionsInstallTheSshKey()
    {
        const QString key = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB2VExampleBase64KeyMaterial user@example");
        const HttpResult created = m_http->post(QStringLiteral("/v1/sessions"), QJsonObject{{QStringLiteral("ssh_public_key"), key}});
        QCOMPARE(created.status, 200);
        const QString id = created.json.value(QStringLiteral("session_id")).toString();
        const HttpResult read = m_http->post(QStringLiteral("/v1/agents/sandboxes/") + id + QStringLiteral("/files/read"),
                                             QJsonObject{{QStringLiteral("path"), QStringLiteral("/home/user/.ssh/authorized_keys")}});
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json.value(QStringLiteral("content")).toString(), key + QLatin1Char('\n'));
        QCOMPARE(m_http->del(QStringLiteral("/v1/sessions/") + id).status, 204);
    }

    void runCodeResults()
    {
        const QString id = m_http->post(QStringLiteral("/v1/sessions"), QJsonObject{}).json.value(QStringLiteral("session_id")).toString();
        const QString path = QStringLiteral("/v1/sessions/") + id + QStringLiteral("/code");
        // Each run stands alone: nothing is kept from the one before.
        QCOMPARE(m_http->post(path, QJsonObject{{QStringLiteral("code"), QStringLiteral("x = 42")}}).json.value(QStringLiteral("exitCode")).toInt(), 0);
        const HttpResult missing = m_http->post(path, QJsonObject{{QStringLiteral("code"), QStringLiteral("print(x)")}});
        QCOMPARE(missing.json.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QCOMPARE(missing.json.value(QStringLiteral("exitCode")).toInt(), 1);
        QVERIFY(missing.json.value(QStringLiteral("stderr")).toString().contains(QStringLiteral("NameError")));
        const HttpResult bash = m_http->post(path, QJsonObject{{QStringLiteral("code"), QStringLiteral("echo out; echo err >&2; exit 7")},
                                                               {QStringLiteral("language"), QStringLiteral("bash")}});
        QCOMPARE(bash.json.value(QStringLiteral("stdout")).toString(), QStringLiteral("out\n"));
        QCOMPARE(bash.json.value(QStringLiteral("stderr")).toString(), QStringLiteral("err\n"));
        QCOMPARE(bash.json.value(QStringLiteral("exitCode")).toInt(), 7);
        const HttpResult slow = m_http->post(path, QJsonObject{{QStringLiteral("code"), QStringLiteral("sleep 5")},
                                                               {QStringLiteral("language"), QStringLiteral("bash")},
                                                               {QStringLiteral("timeout"), 1}});
        QCOMPARE(slow.status, 200);
        QCOMPARE(slow.json.value(QStringLiteral("status")).toString(), QStringLiteral("timeout"));
        QCOMPARE(m_http->post(path, QJsonObject{{QStringLiteral("code"), QStringLiteral("1")}, {QStringLiteral("timeout"), 301}}).status, 400);
        QCOMPARE(m_http->post(path, QJsonObject{{QStringLiteral("code"), QStringLiteral("1")}, {QStringLiteral("language"), QStringLiteral("ruby")}}).status, 400);
        QCOMPARE(m_http->post(QStringLiteral("/v1/sessions/00000000-0000-0000-0000-000000000000/code"),
                              QJsonObject{{QStringLiteral("code"), QStringLiteral("1")}}).status, 404);
        QCOMPARE(m_http->del(QStringLiteral("/v1/sessions/") + id).status, 204);
    }

    void sessionsNeedTheBearerToken()
    {
        const HttpResult none = m_http->get(QStringLiteral("/v1/sessions"), false);
        QCOMPARE(none.status, 401);
        QCOMPARE(keys(none.json), QStringLiteral("error_code,message"));
        QCOMPARE(m_http->send("GET", QStringLiteral("/v1/sessions"), {}, true, "wrong").status, 401);
        // The E2B form of the key is not this API's.
        QCOMPARE(m_http->get(QStringLiteral("/v1/sessions") + key(), false).status, 401);
        const HttpResult unknown = m_http->get(QStringLiteral("/v1/sessions/x/nothing"));
        QCOMPARE(unknown.status, 404);
        QVERIFY(unknown.json.contains(QStringLiteral("error_code")));
    }

    void e2bLifecycleAndIdleEnd()
    {
        const HttpResult created = m_http->send("POST", QStringLiteral("/sessions") + key(),
                                                QJsonDocument(QJsonObject{{QStringLiteral("codeSnippetID"), QStringLiteral("Python3")},
                                                                          {QStringLiteral("editEnabled"), true}}).toJson(), false);
        QCOMPARE(created.status, 201);
        QCOMPARE(keys(created.json), QStringLiteral("clientID,codeSnippetID,editEnabled,sessionID"));
        QCOMPARE(created.json.value(QStringLiteral("editEnabled")).toBool(), true);
        const QString kept = created.json.value(QStringLiteral("sessionID")).toString();
        const QString left = m_http->send("POST", QStringLiteral("/sessions") + key(),
                                          QJsonDocument(QJsonObject{{QStringLiteral("codeSnippetID"), QStringLiteral("Nodejs")}}).toJson(), false)
                                 .json.value(QStringLiteral("sessionID")).toString();
        const HttpResult listed = m_http->get(QStringLiteral("/sessions") + key(), false);
        QCOMPARE(listed.status, 200);
        QCOMPARE(array(listed).size(), 2);
        QCOMPARE(m_http->get(QStringLiteral("/v1/agents/sandboxes/") + left).json.value(QStringLiteral("template")).toString(),
                 QStringLiteral("javascript-base-v1"));

        // Refreshed every 500 ms for 4 s (twice the idle time): alive; the other: timed out.
        for (int i = 0; i < 8; ++i) {
            QTest::qWait(500);
            const HttpResult refreshed = m_http->send("POST", QStringLiteral("/sessions/") + kept + QStringLiteral("/refresh") + key(), {}, false);
            QCOMPARE(refreshed.status, 204);
            QVERIFY(refreshed.body.isEmpty());
        }
        const QJsonArray now = array(m_http->get(QStringLiteral("/sessions") + key(), false));
        QCOMPARE(now.size(), 1);
        QCOMPARE(now.first().toObject().value(QStringLiteral("sessionID")).toString(), kept);
        QCOMPARE(m_http->get(QStringLiteral("/v1/agents/sandboxes/") + left).json.value(QStringLiteral("status")).toString(),
                 QStringLiteral("timed_out"));
        const HttpResult stale = m_http->send("POST", QStringLiteral("/sessions/") + left + QStringLiteral("/refresh") + key(), {}, false);
        QCOMPARE(stale.status, 404);
        QCOMPARE(keys(stale.json), QStringLiteral("code,message"));
        QCOMPARE(stale.json.value(QStringLiteral("code")).toInt(), 404);

        QCOMPARE(m_http->send("DELETE", QStringLiteral("/sessions/") + kept + key(), {}, false).status, 204);
        QCOMPARE(array(m_http->get(QStringLiteral("/sessions") + key(), false)).size(), 0);
    }

    void e2bRefreshNeverShortensAnotherApisSandbox()
    {
        const QString id = m_http->post(QStringLiteral("/v1/sessions"), QJsonObject{{QStringLiteral("ttl"), 3600}})
                               .json.value(QStringLiteral("session_id")).toString();
        const QString before = m_http->get(QStringLiteral("/v1/sessions/") + id).json.value(QStringLiteral("expires_at")).toString();
        QCOMPARE(m_http->send("POST", QStringLiteral("/sessions/") + id + QStringLiteral("/refresh") + key(), {}, false).status, 204);
        QCOMPARE(m_http->get(QStringLiteral("/v1/sessions/") + id).json.value(QStringLiteral("expires_at")).toString(), before);
        // Listed through E2B with its template's name as code snippet.
        const QJsonArray listed = array(m_http->get(QStringLiteral("/sessions") + key(), false));
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject().value(QStringLiteral("codeSnippetID")).toString(), QStringLiteral("python-base-v1"));
        QCOMPARE(m_http->del(QStringLiteral("/v1/sessions/") + id).status, 204);
    }

    void e2bRefusals()
    {
        const HttpResult noKey = m_http->get(QStringLiteral("/sessions"), false);
        QCOMPARE(noKey.status, 401);
        QCOMPARE(keys(noKey.json), QStringLiteral("code,message"));
        QCOMPARE(noKey.json.value(QStringLiteral("code")).toInt(), 401);
        QCOMPARE(m_http->get(QStringLiteral("/sessions?api_key=wrong"), false).status, 401);
        // The key belongs in the query for this API: a Bearer header is not its credential.
        QCOMPARE(m_http->get(QStringLiteral("/sessions"), true).status, 401);
        const auto post = [this](const QByteArray &body) { return m_http->send("POST", QStringLiteral("/sessions") + key(), body, false); };
        QCOMPARE(post("{}").status, 400);
        QCOMPARE(post(R"({"codeSnippetID": "Cobol"})").json.value(QStringLiteral("code")).toInt(), 400);
        QCOMPARE(post(R"({"codeSnippetID": "Python3", "editEnabled": "yes"})").status, 400);
        QCOMPARE(post("not json").status, 400);
        QCOMPARE(m_http->send("DELETE", QStringLiteral("/sessions/nope") + key(), {}, false).status, 404);
    }

    // The connection guard trusts a connection that shows the key in either form, so a large
    // E2B request with ?api_key= is not cut off as an unauthenticated one would be.
    void guardTrustsTheQueryKey()
    {
        QTcpSocket socket;
        socket.connectToHost(m_server.url().host(), quint16(m_server.url().port()));
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray padding(2 << 20, ' '); // past the guard's 1 MiB budget for strangers
        const QByteArray body = R"({"codeSnippetID": "Python3"})" + padding;
        socket.write("POST /sessions?api_key=" + kToken + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        QByteArray reply;
        QElapsedTimer timer;
        timer.start();
        while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 20000) {
            socket.waitForReadyRead(500);
            reply += socket.readAll();
        }
        reply += socket.readAll();
        QVERIFY2(reply.startsWith("HTTP/1.1 201"), reply.left(200).constData());
        const QString id = QJsonDocument::fromJson(reply.mid(reply.indexOf("\r\n\r\n") + 4)).object().value(QStringLiteral("sessionID")).toString();
        // Made (it may have ended by now: nobody refreshes it).
        QCOMPARE(m_http->get(QStringLiteral("/v1/agents/sandboxes/") + id).status, 200);
        m_http->send("DELETE", QStringLiteral("/sessions/") + id + key(), {}, false);
    }
};

// 429 in each API's shape, with the limit and reset Sandbox Sessions documents.
class TstSessionsRateLimit : public QObject
{
    Q_OBJECT
private slots:
    void bodies()
    {
        QTemporaryDir dir;
        ServerProcess server;
        QVERIFY2(server.start(dir.path(), kToken, {QStringLiteral("--rate-limit"), QStringLiteral("1")}), qPrintable(server.errorOutput()));
        HttpClient http(server.url(), kToken);
        HttpResult limited;
        for (int i = 0; i < 20 && limited.status != 429; ++i)
            limited = http.get(QStringLiteral("/v1/sessions"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(keys(limited.json), QStringLiteral("error_code,limit,message,reset"));
        QCOMPARE(limited.json.value(QStringLiteral("error_code")).toString(), QStringLiteral("rate_limited"));
        QCOMPARE(limited.json.value(QStringLiteral("limit")).toInt(), 1);
        QVERIFY(limited.json.value(QStringLiteral("reset")).toInteger() >= QDateTime::currentSecsSinceEpoch());
        QVERIFY(limited.headers.contains("retry-after"));
        const HttpResult e2b = http.get(QStringLiteral("/sessions?api_key=") + QString::fromLatin1(kToken), false);
        QCOMPARE(e2b.status, 429);
        QCOMPARE(keys(e2b.json), QStringLiteral("code,message"));
        QCOMPARE(e2b.json.value(QStringLiteral("code")).toInt(), 429);
        QCOMPARE(server.stop(), 0);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int status = 0;
    {
        TstSessionsApi api;
        status |= QTest::qExec(&api, argc, argv);
    }
    {
        TstSessionsRateLimit limits;
        status |= QTest::qExec(&limits, argc, argv);
    }
    return status;
}

#include "tst_sessionsapi.moc"
