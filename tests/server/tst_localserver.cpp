// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// sandbar-local as a process: its token file, rate limits, missing bubblewrap, clean
// shutdown and what survives a restart.
#include "common/httpclient.h"
#include "common/serverprocess.h"
#include "core/api/apitypes.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Sandbar::Api;

namespace {
const QString kSandboxes = QStringLiteral("/v1/agents/sandboxes");

QJsonObject createBody(int timeout)
{
    return QJsonObject{{QStringLiteral("provider"), QStringLiteral("local")},
                       {QStringLiteral("region"), QStringLiteral("here")},
                       {QStringLiteral("timeout"), timeout}};
}

Sandbox create(HttpClient &http, int timeout)
{
    const HttpResult reply = http.post(kSandboxes, createBody(timeout));
    if (reply.status != 201)
        qWarning("create: %d %s", reply.status, reply.body.constData());
    return Sandbox::fromJson(reply.json).value_or(Sandbox());
}

Sandbox fetch(HttpClient &http, const QString &id)
{
    return Sandbox::fromJson(http.get(kSandboxes + QLatin1Char('/') + id).json).value_or(Sandbox());
}
} // namespace

class TstLocalServer : public QObject
{
    Q_OBJECT
private slots:
    void createsAPrivateTokenFile()
    {
        QTemporaryDir dir;
        ServerProcess server;
        QVERIFY2(server.start(dir.path(), {}), qPrintable(server.errorOutput()));
        QFile token(dir.filePath(QStringLiteral("token")));
        QVERIFY(token.exists());
        QCOMPARE(token.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY(server.token().size() >= 32);
        HttpClient http(server.url(), server.token());
        QCOMPARE(http.get(kSandboxes).status, 200);
        QCOMPARE(server.stop(), 0);

        // The same token is used on the next start.
        ServerProcess again;
        QVERIFY(again.start(dir.path(), {}));
        QCOMPARE(again.token(), server.token());
        HttpClient http2(again.url(), again.token());
        QCOMPARE(http2.get(kSandboxes).status, 200);
        QCOMPARE(again.stop(), 0);
    }

    void rateLimitHeadersAnd429()
    {
        QTemporaryDir dir;
        ServerProcess server;
        QVERIFY(server.start(dir.path(), "rate-token", {QStringLiteral("--rate-limit"), QStringLiteral("5")}));
        HttpClient http(server.url(), "rate-token");
        HttpResult reply;
        int accepted = 0;
        for (int i = 0; i < 6; ++i) {
            reply = http.get(kSandboxes);
            QVERIFY(reply.headers.contains("x-ratelimit-limit"));
            QVERIFY(reply.headers.contains("x-ratelimit-remaining"));
            QVERIFY(reply.headers.contains("x-ratelimit-reset"));
            QCOMPARE(reply.headers.value("x-ratelimit-limit"), QByteArray("5"));
            if (reply.status == 200)
                ++accepted;
        }
        // Five fit in a minute window; a sixth in the same window is refused. The requests
        // may straddle a minute boundary, in which case a seventh is needed.
        if (reply.status == 200)
            reply = http.get(kSandboxes);
        QCOMPARE(reply.status, 429);
        QVERIFY(accepted >= 5);
        QCOMPARE(reply.headers.value("x-ratelimit-remaining"), QByteArray("0"));
        const int retryAfter = reply.headers.value("retry-after").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 60, reply.headers.value("retry-after").constData());
        const qint64 reset = reply.headers.value("x-ratelimit-reset").toLongLong();
        QVERIFY(qAbs(reset - QDateTime::currentSecsSinceEpoch() - retryAfter) <= 1);
        QVERIFY(reply.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("rate limit")));
        // Every response is dated, so that clients can tell how far their clock is off.
        const QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(reply.headers.value("date")),
                                                       QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        QVERIFY2(date.isValid(), reply.headers.value("date").constData());
        QVERIFY(qAbs(QDateTime(date.date(), date.time(), QTimeZone::utc()).secsTo(QDateTime::currentDateTimeUtc())) <= 2);
        QCOMPARE(server.stop(), 0);
    }

    void burstLimitOfTenPerSecond()
    {
        QTemporaryDir dir;
        ServerProcess server;
        QVERIFY(server.start(dir.path(), "burst-token"));
        HttpClient http(server.url(), "burst-token");
        QCOMPARE(http.get(kSandboxes).headers.value("x-ratelimit-limit"), QByteArray("100"));
        // 21 requests inside one second span at most two one-second windows, so at least one
        // must be refused. On a machine too slow to send them within a second, try again.
        bool refused = false;
        for (int attempt = 0; attempt < 3 && !refused; ++attempt) {
            QThread::msleep(1100);
            QElapsedTimer timer;
            timer.start();
            int tooMany = 0;
            for (int i = 0; i < 21; ++i) {
                if (http.get(kSandboxes).status == 429)
                    ++tooMany;
            }
            if (timer.elapsed() < 1000)
                refused = tooMany > 0;
        }
        QVERIFY(refused);
        QCOMPARE(server.stop(), 0);
    }

    void missingBubblewrapIsAClearError()
    {
        QTemporaryDir dir;
        ServerProcess server;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), dir.path()); // no bwrap anywhere on it
        QVERIFY(server.start(dir.path(), "t", {}, env));
        HttpClient http(server.url(), "t");
        const HttpResult reply = http.post(kSandboxes, createBody(60));
        QCOMPARE(reply.status, 500);
        const QString message = reply.json.value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QStringLiteral("bubblewrap")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("apt-get install bubblewrap")), qPrintable(message));
        // Nothing half-created is left behind.
        QCOMPARE(http.get(kSandboxes).json.value(QStringLiteral("total")).toInt(), 0);
        QCOMPARE(server.stop(), 0);
        QVERIFY(server.errorOutput().contains(QStringLiteral("bubblewrap")));
    }

    void restartKeepsRecordsFilesAndDeadlines()
    {
        QTemporaryDir dir;
        const QByteArray token = "persist-token";
        Sandbox shortLived, longLived, killed, expiresWhileDown;
        {
            ServerProcess server;
            QVERIFY(server.start(dir.path(), token, {QStringLiteral("--rate-limit"), QStringLiteral("0")}));
            HttpClient http(server.url(), token);
            shortLived = create(http, 6);
            longLived = create(http, 600);
            killed = create(http, 600);
            expiresWhileDown = create(http, 1);
            QVERIFY(!expiresWhileDown.id.isEmpty());
            QCOMPARE(http.del(kSandboxes + QLatin1Char('/') + killed.id).status, 200);
            // A file in the sandbox's home, as the sandbox's own processes would leave it.
            QFile note(dir.filePath(QStringLiteral("sandboxes/%1/home/note.txt").arg(longLived.id)));
            QVERIFY(note.open(QIODevice::WriteOnly));
            note.write("kept");
            note.close();
            QTRY_VERIFY(!sandboxProcesses(longLived.id).isEmpty());

            // SIGTERM: exit 0 and no sandbox process left behind.
            QCOMPARE(server.stop(), 0);
            QVERIFY(sandboxProcesses(shortLived.id).isEmpty());
            QVERIFY(sandboxProcesses(longLived.id).isEmpty());
        }
        // Let expiresWhileDown's deadline pass while nothing is serving.
        while (QDateTime::currentDateTimeUtc() <= expiresWhileDown.timeoutAt)
            QThread::msleep(50);

        ServerProcess server;
        QVERIFY(server.start(dir.path(), token, {QStringLiteral("--rate-limit"), QStringLiteral("0")}));
        HttpClient http(server.url(), token);
        QCOMPARE(http.get(kSandboxes).json.value(QStringLiteral("total")).toInt(), 4);

        const Sandbox killedAfter = fetch(http, killed.id);
        QCOMPARE(killedAfter.status, SandboxStatus::Terminated);
        QVERIFY(killedAfter.endedAt.isValid());

        const Sandbox downAfter = fetch(http, expiresWhileDown.id);
        QCOMPARE(downAfter.status, SandboxStatus::TimedOut);
        QCOMPARE(downAfter.endedAt, expiresWhileDown.timeoutAt);
        QVERIFY(sandboxProcesses(expiresWhileDown.id).isEmpty());

        // Running ones really run again, with their files and their original deadlines.
        const Sandbox longAfter = fetch(http, longLived.id);
        QCOMPARE(longAfter.status, SandboxStatus::Running);
        QCOMPARE(longAfter.timeoutAt, longLived.timeoutAt);
        QCOMPARE(longAfter.startedAt, longLived.startedAt);
        QTRY_VERIFY(!sandboxProcesses(longLived.id).isEmpty());
        QFile note(dir.filePath(QStringLiteral("sandboxes/%1/home/note.txt").arg(longLived.id)));
        QVERIFY(note.open(QIODevice::ReadOnly));
        QCOMPARE(note.readAll(), QByteArray("kept"));

        const Sandbox shortAfter = fetch(http, shortLived.id);
        QCOMPARE(shortAfter.status, SandboxStatus::Running);
        QVERIFY(!sandboxProcesses(shortLived.id).isEmpty());
        // The deadline set before the restart is enforced after it.
        const qint64 deadline = shortLived.timeoutAt.toMSecsSinceEpoch();
        while (!sandboxProcesses(shortLived.id).isEmpty() && QDateTime::currentMSecsSinceEpoch() < deadline + 1000)
            QThread::msleep(20);
        QVERIFY(QDateTime::currentMSecsSinceEpoch() >= deadline - 50);
        QVERIFY(sandboxProcesses(shortLived.id).isEmpty());
        QCOMPARE(fetch(http, shortLived.id).status, SandboxStatus::TimedOut);
        QCOMPARE(server.stop(), 0);
    }

    void withoutIsolationNothingOutlivesTheSandbox()
    {
        QTemporaryDir dir;
        ServerProcess server;
        QVERIFY(server.start(dir.path(), "t", {QStringLiteral("--no-isolation"), QStringLiteral("--rate-limit"), QStringLiteral("0")}));
        QVERIFY(server.errorOutput().contains(QStringLiteral("--no-isolation")));
        HttpClient http(server.url(), "t");
        const Sandbox sandbox = create(http, 600);
        QVERIFY(!sandbox.id.isEmpty());
        const HttpResult started = http.post(kSandboxes + QLatin1Char('/') + sandbox.id + QStringLiteral("/commands/run"),
                                             QJsonObject{{QStringLiteral("command"), QStringLiteral("( setsid sleep 7777 & ); sleep 7778 & echo ok")}});
        QCOMPARE(started.json.value(QStringLiteral("stdout")).toString(), QStringLiteral("ok\n"));
        QTRY_VERIFY(sandboxProcesses(sandbox.id).size() >= 3);
        QCOMPARE(http.del(kSandboxes + QLatin1Char('/') + sandbox.id).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(sandboxProcesses(sandbox.id).isEmpty(), 2000);
        QCOMPARE(server.stop(), 0);
    }

    void oneServerPerDataDir()
    {
        QTemporaryDir dir;
        ServerProcess first;
        QVERIFY(first.start(dir.path(), "t"));
        QFile endpoint(dir.filePath(QStringLiteral("endpoint")));
        QVERIFY(endpoint.open(QIODevice::ReadOnly));
        QCOMPARE(QUrl(QString::fromUtf8(endpoint.readAll().trimmed())), first.url());
        endpoint.close();
        // A second one on the same data dir refuses, and says where the first one is.
        QProcess second;
        second.start(QStringLiteral(SANDBAR_LOCAL_EXECUTABLE), {QStringLiteral("--data-dir"), dir.path()});
        QVERIFY(second.waitForFinished(10000));
        QCOMPARE(second.exitCode(), 1);
        QVERIFY(second.readAllStandardError().contains("another sandbar-local"));
        QCOMPARE(first.stop(), 0);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("endpoint"))));
        // Once it is gone the data dir is free again.
        ServerProcess third;
        QVERIFY(third.start(dir.path(), "t"));
        QCOMPARE(third.stop(), 0);
    }

    void badCommandLine()
    {
        QProcess process;
        process.start(QStringLiteral(SANDBAR_LOCAL_EXECUTABLE), {QStringLiteral("--listen"), QStringLiteral("nonsense")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("--listen"));
    }
};

QTEST_GUILESS_MAIN(TstLocalServer)
#include "tst_localserver.moc"
