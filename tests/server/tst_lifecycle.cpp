// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox lifecycle of the Agent Sandboxes API, driven over real HTTP against a real
// sandbar-local with real bubblewrap sandboxes.
#include "common/httpclient.h"
#include "common/serverprocess.h"
#include "common/testjson.h"
#include "core/api/apitypes.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Sandbar::Api;

namespace {
const QByteArray kToken = "lifecycle-test-token";
const QString kSandboxes = QStringLiteral("/v1/agents/sandboxes");
const QString kUnknownId = QStringLiteral("00000000-0000-4000-8000-000000000000");

const QSet<QString> kSandboxKeys = keySet({"sandbox_id", "template_id", "template", "status", "started_at",
                                           "ended_at", "timeout_at", "metadata", "cpu_count", "memory_mb"});

QJsonObject createBody(int timeout = 300)
{
    return QJsonObject{{QStringLiteral("provider"), QStringLiteral("local")},
                       {QStringLiteral("region"), QStringLiteral("here")},
                       {QStringLiteral("timeout"), timeout}};
}
} // namespace

class TstLifecycle : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_http;

    Sandbox createSandbox(const QJsonObject &body = createBody())
    {
        const HttpResult reply = m_http->post(kSandboxes, body);
        if (reply.status != 201)
            qWarning("create failed: %d %s", reply.status, reply.body.constData());
        QString error;
        const auto sandbox = Sandbox::fromJson(reply.json, &error);
        if (!sandbox)
            qWarning("create reply: %s", qPrintable(error));
        return sandbox.value_or(Sandbox());
    }

    Sandbox fetch(const QString &id)
    {
        return Sandbox::fromJson(m_http->get(kSandboxes + QLatin1Char('/') + id).json).value_or(Sandbox());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(m_dir.path(), kToken, {QStringLiteral("--rate-limit"), QStringLiteral("0")}),
                 qPrintable(m_server.errorOutput()));
        m_http = std::make_unique<HttpClient>(m_server.url(), kToken);
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_server.stop(), 0);
    }

    void createReturnsTheDocumentedSandbox()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QJsonObject body = createBody(600);
        body.insert(QStringLiteral("template"), QStringLiteral("python-base-v1"));
        body.insert(QStringLiteral("metadata"), QJsonObject{{QStringLiteral("project"), QStringLiteral("ml")}});
        body.insert(QStringLiteral("env_vars"), QJsonObject{{QStringLiteral("DEBUG"), QStringLiteral("true")}});
        const HttpResult reply = m_http->post(kSandboxes, body);
        QCOMPARE(reply.status, 201);
        QCOMPARE(keysOf(reply.json), kSandboxKeys);
        QString error;
        const auto sandbox = Sandbox::fromJson(reply.json, &error);
        QVERIFY2(sandbox, qPrintable(error));
        QCOMPARE(sandbox->status, SandboxStatus::Running);
        QCOMPARE(sandbox->templateName, QStringLiteral("python-base-v1"));
        QCOMPARE(sandbox->templateId, QStringLiteral("ee7ac712-5161-46e8-9e02-22e2c1d1f018"));
        QCOMPARE(sandbox->metadata.value(QStringLiteral("project")), QStringLiteral("ml"));
        QVERIFY(reply.json.value(QStringLiteral("ended_at")).isNull());
        QVERIFY(sandbox->cpuCount >= 1);
        QCOMPARE(sandbox->memoryMb, 2048);
        const qint64 ttl = sandbox->timeoutAt.toSecsSinceEpoch() - before.toSecsSinceEpoch();
        QVERIFY2(ttl >= 600 && ttl <= 602, qPrintable(QString::number(ttl)));
        // A real process tree exists, with the environment asked for.
        QTRY_VERIFY(!sandboxProcesses(sandbox->id).isEmpty());
    }

    void createDefaultsToPythonAndFiveMinutes()
    {
        const HttpResult reply = m_http->post(kSandboxes, QJsonObject{{QStringLiteral("provider"), QStringLiteral("gravix")},
                                                                      {QStringLiteral("region"), QStringLiteral("eu-west-1")}});
        QCOMPARE(reply.status, 201);
        const auto sandbox = Sandbox::fromJson(reply.json);
        QVERIFY(sandbox);
        QCOMPARE(sandbox->templateName, QStringLiteral("python-base-v1"));
        const qint64 ttl = sandbox->timeoutAt.toSecsSinceEpoch() - sandbox->startedAt.toSecsSinceEpoch();
        QVERIFY2(ttl >= 300 && ttl <= 301, qPrintable(QString::number(ttl)));
    }

    void createJavascript()
    {
        QJsonObject body = createBody();
        body.insert(QStringLiteral("template"), QStringLiteral("javascript-base-v1"));
        const HttpResult reply = m_http->post(kSandboxes, body);
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json.value(QStringLiteral("template")).toString(), QStringLiteral("javascript-base-v1"));
    }

    void createRejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("malformed JSON") << QByteArray("{\"provider\": ") << 400 << QStringLiteral("malformed JSON");
        QTest::newRow("not an object") << QByteArray("[1]") << 400 << QStringLiteral("object");
        QTest::newRow("no provider") << QByteArray(R"({"region":"r"})") << 400 << QStringLiteral("provider");
        QTest::newRow("no region") << QByteArray(R"({"provider":"p"})") << 400 << QStringLiteral("region");
        QTest::newRow("empty provider") << QByteArray(R"({"provider":"","region":"r"})") << 400 << QStringLiteral("provider");
        QTest::newRow("timeout 0") << QByteArray(R"({"provider":"p","region":"r","timeout":0})") << 400 << QStringLiteral("timeout");
        QTest::newRow("timeout 3601") << QByteArray(R"({"provider":"p","region":"r","timeout":3601})") << 400 << QStringLiteral("timeout");
        QTest::newRow("timeout fraction") << QByteArray(R"({"provider":"p","region":"r","timeout":1.5})") << 400 << QStringLiteral("timeout");
        QTest::newRow("timeout string") << QByteArray(R"({"provider":"p","region":"r","timeout":"60"})") << 400 << QStringLiteral("timeout");
        QTest::newRow("env not strings") << QByteArray(R"({"provider":"p","region":"r","env_vars":{"A":1}})") << 400 << QStringLiteral("env_vars");
        QTest::newRow("env bad name") << QByteArray(R"({"provider":"p","region":"r","env_vars":{"A=B":"x"}})") << 400 << QStringLiteral("environment variable");
        QTest::newRow("metadata array") << QByteArray(R"({"provider":"p","region":"r","metadata":[]})") << 400 << QStringLiteral("metadata");
        QTest::newRow("network not bool") << QByteArray(R"({"provider":"p","region":"r","network":"yes"})") << 400 << QStringLiteral("network");
        QTest::newRow("unknown template") << QByteArray(R"({"provider":"p","region":"r","template":"cobol-v9"})") << 404 << QStringLiteral("cobol-v9");
    }

    void createRejectsBadInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        const int before = m_http->get(kSandboxes).json.value(QStringLiteral("total")).toInt();
        const HttpResult reply = m_http->send("POST", kSandboxes, body);
        QCOMPARE(reply.status, status);
        QVERIFY(reply.isJsonObject);
        const QString message = reply.json.value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(mentions), qPrintable(message));
        QCOMPARE(m_http->get(kSandboxes).json.value(QStringLiteral("total")).toInt(), before);
    }

    void getSandbox()
    {
        const Sandbox created = createSandbox();
        const HttpResult reply = m_http->get(kSandboxes + QLatin1Char('/') + created.id);
        QCOMPARE(reply.status, 200);
        QCOMPARE(keysOf(reply.json), kSandboxKeys);
        QCOMPARE(reply.json, created.toJson());
        // Upper-case IDs name the same sandbox.
        QCOMPARE(m_http->get(kSandboxes + QLatin1Char('/') + created.id.toUpper()).status, 200);
        QCOMPARE(m_http->get(kSandboxes + QStringLiteral("/not-a-uuid")).status, 400);
        QCOMPARE(m_http->get(kSandboxes + QLatin1Char('/') + kUnknownId).status, 404);
    }

    void listPagesThroughEverything()
    {
        for (int i = 0; i < 5; ++i)
            QVERIFY(!createSandbox().id.isEmpty());
        const HttpResult all = m_http->get(kSandboxes + QStringLiteral("?limit=1000"));
        QCOMPARE(all.status, 200);
        QCOMPARE(keysOf(all.json), keySet({"sandboxes", "total"}));
        const int total = all.json.value(QStringLiteral("total")).toInt();
        QCOMPARE(all.json.value(QStringLiteral("sandboxes")).toArray().size(), total);
        QVERIFY(total >= 5);

        QSet<QString> seen;
        for (int offset = 0; offset < total; offset += 2) {
            const HttpResult page = m_http->get(kSandboxes + QStringLiteral("?limit=2&offset=%1").arg(offset));
            QCOMPARE(page.status, 200);
            QCOMPARE(page.json.value(QStringLiteral("total")).toInt(), total);
            const QJsonArray items = page.json.value(QStringLiteral("sandboxes")).toArray();
            QCOMPARE(items.size(), qMin(2, total - offset));
            for (const QJsonValue &item : items) {
                QCOMPARE(keysOf(item.toObject()), kSandboxKeys);
                QVERIFY(Sandbox::fromJson(item.toObject()));
                seen.insert(item.toObject().value(QStringLiteral("sandbox_id")).toString());
            }
        }
        QCOMPARE(seen.size(), total);
        const HttpResult past = m_http->get(kSandboxes + QStringLiteral("?offset=%1").arg(total));
        QCOMPARE(past.status, 200);
        QVERIFY(past.json.value(QStringLiteral("sandboxes")).toArray().isEmpty());
        // Default page size is 100.
        QCOMPARE(m_http->get(kSandboxes).json.value(QStringLiteral("sandboxes")).toArray().size(), qMin(100, total));
    }

    void listRejectsBadPaging_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("limit 0") << QStringLiteral("limit=0");
        QTest::newRow("limit 1001") << QStringLiteral("limit=1001");
        QTest::newRow("limit text") << QStringLiteral("limit=ten");
        QTest::newRow("limit empty") << QStringLiteral("limit=");
        QTest::newRow("offset negative") << QStringLiteral("offset=-1");
    }
    void listRejectsBadPaging()
    {
        QFETCH(QString, query);
        const HttpResult reply = m_http->get(kSandboxes + QLatin1Char('?') + query);
        QCOMPARE(reply.status, 400);
        QVERIFY(!reply.json.value(QStringLiteral("message")).toString().isEmpty());
    }

    void setTimeout()
    {
        const Sandbox sandbox = createSandbox(createBody(60));
        const QString path = kSandboxes + QLatin1Char('/') + sandbox.id + QStringLiteral("/timeout");
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const HttpResult reply = m_http->post(path, QJsonObject{{QStringLiteral("timeout"), 1800}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(keysOf(reply.json), keySet({"message", "timeout", "timeout_at"}));
        QCOMPARE(reply.json.value(QStringLiteral("timeout")).toInt(), 1800);
        const auto timeoutAt = parseTimestamp(reply.json.value(QStringLiteral("timeout_at")).toString());
        QVERIFY(timeoutAt);
        // Counted from now, not from started_at.
        QVERIFY(timeoutAt->toSecsSinceEpoch() - before >= 1800);
        QVERIFY(timeoutAt->toSecsSinceEpoch() - before <= 1802);
        QCOMPARE(fetch(sandbox.id).timeoutAt, *timeoutAt);

        for (const QJsonValue &bad : {QJsonValue(0), QJsonValue(3601), QJsonValue(2.5), QJsonValue(QStringLiteral("9"))})
            QCOMPARE(m_http->post(path, QJsonObject{{QStringLiteral("timeout"), bad}}).status, 400);
        QCOMPARE(m_http->post(path, QJsonObject{}).status, 400);
        QCOMPARE(m_http->send("POST", path, "not json").status, 400);
        QCOMPARE(m_http->post(kSandboxes + QLatin1Char('/') + kUnknownId + QStringLiteral("/timeout"),
                              QJsonObject{{QStringLiteral("timeout"), 10}}).status, 404);
        QCOMPARE(m_http->post(kSandboxes + QStringLiteral("/xyz/timeout"), QJsonObject{{QStringLiteral("timeout"), 10}}).status, 400);
    }

    void metricsAreMeasured()
    {
        const Sandbox sandbox = createSandbox();
        const QString path = kSandboxes + QLatin1Char('/') + sandbox.id + QStringLiteral("/metrics");
        const HttpResult reply = m_http->get(path);
        QCOMPARE(reply.status, 200);
        QCOMPARE(keysOf(reply.json), keySet({"timestamp", "cpu_usage", "memory_usage", "memory_total",
                                             "disk_read", "disk_write", "network_rx", "network_tx"}));
        QString error;
        const auto metrics = SandboxMetrics::fromJson(reply.json, &error);
        QVERIFY2(metrics, qPrintable(error));
        QCOMPARE(metrics->memoryTotal, double(sandbox.memoryMb));
        QVERIFY(metrics->cpuUsage >= 0 && metrics->cpuUsage <= 100);
        // The sandbox's processes occupy real memory, and an offline sandbox moves no bytes.
        QVERIFY2(metrics->memoryUsage > 0.1, qPrintable(QString::number(metrics->memoryUsage)));
        QVERIFY(metrics->memoryUsage < metrics->memoryTotal);
        QCOMPARE(metrics->networkRx, 0);
        QCOMPARE(metrics->networkTx, 0);
        QVERIFY(qAbs(metrics->timestamp.secsTo(QDateTime::currentDateTimeUtc())) <= 2);
        QCOMPARE(m_http->get(kSandboxes + QLatin1Char('/') + kUnknownId + QStringLiteral("/metrics")).status, 404);
        QCOMPARE(m_http->get(kSandboxes + QStringLiteral("/1234/metrics")).status, 400);
    }

    void hostUrl()
    {
        const Sandbox offline = createSandbox();
        const QString base = kSandboxes + QLatin1Char('/') + offline.id + QStringLiteral("/host/");
        for (const char *port : {"0", "65536", "http", "-1"})
            QCOMPARE(m_http->get(base + QLatin1String(port)).status, 400);
        QCOMPARE(m_http->get(kSandboxes + QLatin1Char('/') + kUnknownId + QStringLiteral("/host/8000")).status, 404);
        // No network, still a host URL: a web server started in the sandbox answers through it.
        const QString serve = QStringLiteral("cd /tmp && printf 'hello from the sandbox' > index.html && "
                                             "(nohup python3 -m http.server 8000 --bind 127.0.0.1 > /dev/null 2>&1 &) && "
                                             "for i in $(seq 50); do python3 -c \"import socket; socket.create_connection(('127.0.0.1', 8000))\" "
                                             "2>/dev/null && break; sleep 0.1; done");
        const HttpResult started = m_http->post(kSandboxes + QLatin1Char('/') + offline.id + QStringLiteral("/commands/run"),
                                                QJsonObject{{QStringLiteral("command"), serve}});
        QCOMPARE(started.status, 200);
        const HttpResult offlineUrl = m_http->get(base + QStringLiteral("8000"));
        QCOMPARE(offlineUrl.status, 200);
        const QUrl pageUrl(offlineUrl.json.value(QStringLiteral("url")).toString());
        QCOMPARE(pageUrl.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(m_http->get(base + QStringLiteral("8000")).json, offlineUrl.json); // the same port, the same URL
        QNetworkAccessManager manager;
        for (int i = 0; i < 3; ++i) { // several connections, one after another
            QNetworkReply *page = manager.get(QNetworkRequest(pageUrl.resolved(QUrl(QStringLiteral("/index.html")))));
            QTRY_VERIFY_WITH_TIMEOUT(page->isFinished(), 10000);
            QCOMPARE(page->error(), QNetworkReply::NoError);
            QCOMPARE(page->readAll(), QByteArray("hello from the sandbox"));
            delete page;
        }
        // A port nothing listens on: the connection is closed, nothing hangs.
        const QUrl closedUrl(m_http->get(base + QStringLiteral("9000")).json.value(QStringLiteral("url")).toString());
        QTcpSocket closed;
        closed.connectToHost(QHostAddress::LocalHost, quint16(closedUrl.port()));
        QVERIFY(closed.waitForConnected(3000));
        QTRY_COMPARE_WITH_TIMEOUT(closed.state(), QAbstractSocket::UnconnectedState, 5000);

        QJsonObject body = createBody();
        body.insert(QStringLiteral("network"), true);
        const Sandbox online = createSandbox(body);
        QVERIFY(!online.id.isEmpty());
        const HttpResult reply = m_http->get(kSandboxes + QLatin1Char('/') + online.id + QStringLiteral("/host/8000"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(keysOf(reply.json), keySet({"url"}));
        const QUrl url(reply.json.value(QStringLiteral("url")).toString());
        QCOMPARE(url.scheme(), QStringLiteral("http"));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);
        // The same port keeps its URL, and something on this computer really listens there.
        QCOMPARE(m_http->get(kSandboxes + QLatin1Char('/') + online.id + QStringLiteral("/host/8000")).json, reply.json);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(url.port()));
        QVERIFY(socket.waitForConnected(3000));
    }

    void networkNamespaces()
    {
        // Offline: loopback only. Online: its own namespace with its own tap device.
        const Sandbox offline = createSandbox();
        QJsonObject body = createBody();
        body.insert(QStringLiteral("network"), true);
        const Sandbox online = createSandbox(body);
        const auto interfaces = [](const QString &id) {
            const QList<qint64> pids = sandboxProcesses(id);
            if (pids.isEmpty())
                return QByteArray();
            QFile dev(QStringLiteral("/proc/%1/net/dev").arg(pids.first()));
            return dev.open(QIODevice::ReadOnly) ? dev.readAll() : QByteArray();
        };
        QTRY_VERIFY(!interfaces(offline.id).isEmpty());
        const QByteArray offlineDev = interfaces(offline.id);
        // Every interface line has one ':' after its name; the two header lines have none.
        QCOMPARE(offlineDev.count(':'), 1);
        QVERIFY(offlineDev.contains("lo:"));
        QTRY_VERIFY(interfaces(online.id).contains("tap0:"));
    }

    void templates()
    {
        const HttpResult reply = m_http->get(QStringLiteral("/v1/agents/templates"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(keysOf(reply.json), keySet({"templates", "limit", "offset"}));
        QCOMPARE(reply.json.value(QStringLiteral("limit")).toInt(), 100);
        QCOMPARE(reply.json.value(QStringLiteral("offset")).toInt(), 0);
        QStringList names;
        for (const QJsonValue &item : reply.json.value(QStringLiteral("templates")).toArray()) {
            QString error;
            const auto parsed = SandboxTemplate::fromJson(item.toObject(), &error);
            QVERIFY2(parsed, qPrintable(error));
            QCOMPARE(parsed->visibility, QStringLiteral("public"));
            QVERIFY(parsed->vcpuCount >= 1 && parsed->memoryMb > 0 && parsed->diskSizeMb > 0);
            names.append(parsed->name);
        }
        QVERIFY(names.contains(QStringLiteral("python-base-v1")));
        QVERIFY(names.contains(QStringLiteral("javascript-base-v1")));

        const HttpResult page = m_http->get(QStringLiteral("/v1/agents/templates?limit=1&offset=1"));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json.value(QStringLiteral("templates")).toArray().size(), 1);
        QCOMPARE(page.json.value(QStringLiteral("limit")).toInt(), 1);
        QCOMPARE(page.json.value(QStringLiteral("offset")).toInt(), 1);
        QCOMPARE(m_http->get(QStringLiteral("/v1/agents/templates?limit=0")).status, 400);
    }

    void killEndsTheWholeTree()
    {
        const Sandbox sandbox = createSandbox();
        QTRY_VERIFY(!sandboxProcesses(sandbox.id).isEmpty());
        const HttpResult reply = m_http->del(kSandboxes + QLatin1Char('/') + sandbox.id);
        QCOMPARE(reply.status, 200);
        QCOMPARE(keysOf(reply.json), keySet({"message", "sandbox_id"}));
        QCOMPARE(reply.json.value(QStringLiteral("sandbox_id")).toString(), sandbox.id);
        QTRY_VERIFY_WITH_TIMEOUT(sandboxProcesses(sandbox.id).isEmpty(), 1000);
        const Sandbox after = fetch(sandbox.id);
        QCOMPARE(after.status, SandboxStatus::Terminated);
        QVERIFY(after.endedAt.isValid());
        // Killing again is harmless, and an ended sandbox's timeout cannot change.
        QCOMPARE(m_http->del(kSandboxes + QLatin1Char('/') + sandbox.id).status, 200);
        QCOMPARE(fetch(sandbox.id).endedAt, after.endedAt);
        QCOMPARE(m_http->post(kSandboxes + QLatin1Char('/') + sandbox.id + QStringLiteral("/timeout"),
                              QJsonObject{{QStringLiteral("timeout"), 60}}).status, 400);
        QCOMPARE(m_http->del(kSandboxes + QLatin1Char('/') + kUnknownId).status, 404);
        QCOMPARE(m_http->del(kSandboxes + QStringLiteral("/nope")).status, 400);
        // An ended sandbox still answers metrics, with its final totals.
        QCOMPARE(m_http->get(kSandboxes + QLatin1Char('/') + sandbox.id + QStringLiteral("/metrics")).status, 200);
    }

    void ttlExpiryEndsTheTreeWithinASecond()
    {
        const Sandbox sandbox = createSandbox(createBody(2));
        QVERIFY(!sandbox.id.isEmpty());
        QTRY_VERIFY(!sandboxProcesses(sandbox.id).isEmpty());
        // Still there just before the deadline...
        const qint64 deadline = sandbox.timeoutAt.toMSecsSinceEpoch();
        while (QDateTime::currentMSecsSinceEpoch() < deadline - 300)
            QThread::msleep(20);
        QVERIFY(!sandboxProcesses(sandbox.id).isEmpty());
        QCOMPARE(fetch(sandbox.id).status, SandboxStatus::Running);
        // ...and gone within one second after it.
        while (!sandboxProcesses(sandbox.id).isEmpty() && QDateTime::currentMSecsSinceEpoch() < deadline + 1000)
            QThread::msleep(10);
        QVERIFY2(sandboxProcesses(sandbox.id).isEmpty(), "processes outlived timeout_at by more than 1 s");
        const Sandbox after = fetch(sandbox.id);
        QCOMPARE(after.status, SandboxStatus::TimedOut);
        QVERIFY(after.endedAt.isValid());
        QVERIFY(qAbs(after.endedAt.toMSecsSinceEpoch() - deadline) <= 1000);
    }

    void extendingPostponesExpiry()
    {
        // Three seconds leave room for a slow machine to send the extension before the deadline.
        const Sandbox sandbox = createSandbox(createBody(3));
        QCOMPARE(m_http->post(kSandboxes + QLatin1Char('/') + sandbox.id + QStringLiteral("/timeout"),
                              QJsonObject{{QStringLiteral("timeout"), 30}}).status, 200);
        QTest::qWait(4500);
        QCOMPARE(fetch(sandbox.id).status, SandboxStatus::Running);
        QVERIFY(!sandboxProcesses(sandbox.id).isEmpty());
    }

    void everyRouteNeedsTheToken_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        const QString one = kSandboxes + QLatin1Char('/') + kUnknownId;
        QTest::newRow("create") << QByteArray("POST") << kSandboxes;
        QTest::newRow("list") << QByteArray("GET") << kSandboxes;
        QTest::newRow("get") << QByteArray("GET") << one;
        QTest::newRow("kill") << QByteArray("DELETE") << one;
        QTest::newRow("timeout") << QByteArray("POST") << one + QStringLiteral("/timeout");
        QTest::newRow("metrics") << QByteArray("GET") << one + QStringLiteral("/metrics");
        QTest::newRow("host") << QByteArray("GET") << one + QStringLiteral("/host/8000");
        QTest::newRow("templates") << QByteArray("GET") << QStringLiteral("/v1/agents/templates");
        QTest::newRow("unknown path") << QByteArray("GET") << QStringLiteral("/v1/nothing");
    }
    void everyRouteNeedsTheToken()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        const QByteArray body = method == "POST" ? QByteArray("{\"provider\":\"p\",\"region\":\"r\",\"timeout\":5}") : QByteArray();
        const HttpResult none = m_http->send(method, path, body, false);
        QCOMPARE(none.status, 401);
        QVERIFY(!none.json.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(m_http->send(method, path, body, true, "wrong-token").status, 401);
    }

    void unknownPathIs404()
    {
        const HttpResult reply = m_http->get(QStringLiteral("/v1/agents/nothing"));
        QCOMPARE(reply.status, 404);
        QVERIFY(reply.isJsonObject);
    }
};

QTEST_GUILESS_MAIN(TstLifecycle)
#include "tst_lifecycle.moc"
