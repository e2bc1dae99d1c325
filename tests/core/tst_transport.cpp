// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The client's error paths, against a server of the test's own that misbehaves on purpose.
#include "common/fakehttpserver.h"
#include "common/futurewait.h"
#include "core/providers/agentsandboxesprovider.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace Sandbar::Core;
using namespace Sandbar::Api;
using Kind = ApiError::Kind;

namespace {
const QByteArray kSandboxJson = "{\"sandbox_id\":\"550e8400-e29b-41d4-a716-446655440000\","
    "  \"template_id\":\"ee7ac712-5161-46e8-9e02-22e2c1d1f018\",\"template\":\"python-base-v1\",\"status\":\"running\","
    "  \"started_at\":\"2025-10-23T12:30:00Z\",\"timeout_at\":\"2025-10-23T12:40:00Z\",\"metadata\":{\"project\":\"ml\"},"
    "  \"cpu_count\":2,\"memory_mb\":2048}";
const QString kId = QStringLiteral("550e8400-e29b-41d4-a716-446655440000");

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}
} // namespace

class TstTransport : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<AgentSandboxesProvider> m_provider;

    // Sends `request` to a server that never answers; its results land in `results`.
    HttpTransport::RequestId sendToStall(HttpRequest request, QList<ApiResult<HttpReply>> &results)
    {
        FakeHttpServer::Response stall;
        stall.mode = FakeHttpServer::Mode::Stall;
        m_server->setResponses({stall});
        return m_provider->transport()->send(request, this,
                                             [&results](const ApiResult<HttpReply> &reply) { results.append(reply); });
    }

private slots:
    void init()
    {
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
        m_provider = std::make_unique<AgentSandboxesProvider>(m_server->url(), "secret");
        // Short backoff so retry tests take milliseconds.
        m_provider->transport()->setBackoff(20, 100);
    }

    void cleanup()
    {
        m_provider.reset();
        m_server.reset();
    }

    void sendsBearerTokenAndParses()
    {
        m_server->setResponses({FakeHttpServer::json(200, kSandboxJson)});
        const auto result = await(m_provider->getSandbox(kId));
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result->templateName, QStringLiteral("python-base-v1"));
        QCOMPARE(result->metadata.value(QStringLiteral("project")), QStringLiteral("ml"));
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests().first().headers.value("authorization"), QByteArray("Bearer secret"));
        QCOMPARE(m_server->requests().first().path, QStringLiteral("/v1/agents/sandboxes/") + kId);
    }

    void malformedBodiesAreErrorValues_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not JSON") << QByteArray("<html>oops</html>");
        QTest::newRow("truncated JSON") << kSandboxJson.left(60);
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("wrong type") << QByteArray(kSandboxJson).replace("\"cpu_count\":2", "\"cpu_count\":\"2\"");
        QTest::newRow("missing key") << QByteArray(kSandboxJson).replace("\"memory_mb\":2048", "\"x\":1");
        QTest::newRow("unknown status") << QByteArray(kSandboxJson).replace("\"running\"", "\"dancing\"");
    }

    void malformedBodiesAreErrorValues()
    {
        QFETCH(QByteArray, body);
        m_server->setResponses({FakeHttpServer::json(200, body)});
        const auto result = await(m_provider->getSandbox(kId));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Kind::MalformedResponse);
        QVERIFY(!result.error().message.isEmpty());
    }

    void truncatedTransferIsAnError()
    {
        FakeHttpServer::Response response = FakeHttpServer::json(200, kSandboxJson);
        response.mode = FakeHttpServer::Mode::TruncateBody;
        m_server->setResponses({response});
        const auto result = await(m_provider->getSandbox(kId, CallOptions{2000, 1}));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().kind == Kind::ConnectionFailed || result.error().kind == Kind::MalformedResponse,
                 qPrintable(result.error().kindName()));
    }

    void httpErrorsMapToKinds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("400") << 400 << int(Kind::BadRequest);
        QTest::newRow("401") << 401 << int(Kind::Unauthorized);
        QTest::newRow("403") << 403 << int(Kind::Forbidden);
        QTest::newRow("404") << 404 << int(Kind::NotFound);
        QTest::newRow("500") << 500 << int(Kind::ServerError);
    }

    void httpErrorsMapToKinds()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        m_server->setResponses({FakeHttpServer::json(status, "{\"error\":\"x\",\"message\":\"the server's words\"}")});
        const auto result = await(m_provider->getSandbox(kId, CallOptions{0, 1}));
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().kind), kind);
        QCOMPARE(result.error().httpStatus, status);
        QCOMPARE(result.error().message, QStringLiteral("the server's words"));
    }

    void errorWithoutJsonBodyStillReadable()
    {
        m_server->setResponses({FakeHttpServer::json(502, "<h1>Bad gateway</h1>")});
        const auto result = await(m_provider->getSandbox(kId, CallOptions{0, 1}));
        QCOMPARE(result.error().kind, Kind::ServerError);
        QVERIFY(result.error().message.contains(QLatin1String("502")));
    }

    void serverErrorsAreRetriedForGets()
    {
        m_server->setResponses({FakeHttpServer::json(500, "{}"), FakeHttpServer::json(503, "{}"),
                                FakeHttpServer::json(200, kSandboxJson)});
        const auto result = await(m_provider->getSandbox(kId));
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(m_server->requests().size(), 3);
        // Success resets the failure count.
        QCOMPARE(m_provider->transport()->backoffFailures(), 0);
    }

    void createIsNotRetriedAfterServerError()
    {
        m_server->setResponses({FakeHttpServer::json(500, "{\"error\":\"internal_error\",\"message\":\"boom\"}"),
                                FakeHttpServer::json(201, kSandboxJson)});
        CreateSandboxRequest request;
        request.provider = QStringLiteral("p");
        request.region = QStringLiteral("r");
        request.timeoutSeconds = 60;
        const auto result = await(m_provider->createSandbox(request));
        QCOMPARE(result.error().kind, Kind::ServerError);
        QTest::qWait(300);
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_provider->transport()->backoffFailures(), 1);
    }

    void rateLimitHoldsEverythingUntilRetryAfter()
    {
        m_server->setResponses({FakeHttpServer::json(429, "{\"error\":\"rate_limited\",\"message\":\"slow down\"}",
                                                     {{"Retry-After", "1"}}),
                                FakeHttpServer::json(200, kSandboxJson)});
        QElapsedTimer clock;
        clock.start();
        auto first = m_provider->getSandbox(kId);
        QTRY_COMPARE(m_server->requests().size(), 1);
        // Sent during the hold: kept back, not sent.
        auto second = m_provider->getSandbox(kId);
        QTest::qWait(300);
        QCOMPARE(m_server->requests().size(), 1);
        QVERIFY(m_provider->transport()->holdMs() > 0);
        const auto firstResult = await(first);
        const auto secondResult = await(second);
        QVERIFY2(firstResult.ok(), qPrintable(firstResult.error().message));
        QVERIFY(secondResult.ok());
        QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(m_server->requests().size(), 3);
        QVERIFY(m_server->requestTimesMs().at(1) - m_server->requestTimesMs().at(0) >= 950);
    }

    void rateLimitedErrorCarriesResetTime()
    {
        m_server->setResponses({FakeHttpServer::json(429, "{\"error\":\"rate_limited\",\"message\":\"slow down\"}",
                                                     {{"Retry-After", "30"}})});
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const auto result = await(m_provider->getSandbox(kId, CallOptions{0, 1}));
        QCOMPARE(result.error().kind, Kind::RateLimited);
        const qint64 wait = before.msecsTo(result.error().retryAt);
        QVERIFY2(wait >= 29000 && wait <= 31500, qPrintable(QString::number(wait)));
    }

    void exhaustedWindowHoldsWithoutA429()
    {
        const qint64 reset = QDateTime::currentSecsSinceEpoch() + 2;
        m_server->setResponses({FakeHttpServer::json(200, kSandboxJson,
                                                     {{"X-RateLimit-Limit", "100"},
                                                      {"X-RateLimit-Remaining", "0"},
                                                      {"X-RateLimit-Reset", QByteArray::number(reset)}}),
                                FakeHttpServer::json(200, kSandboxJson)});
        QVERIFY(await(m_provider->getSandbox(kId)).ok());
        QCOMPARE(m_provider->transport()->rateLimit().remaining, 0);
        auto next = m_provider->getSandbox(kId);
        QTest::qWait(300);
        QCOMPARE(m_server->requests().size(), 1);
        QVERIFY(await(next).ok());
        QVERIFY(m_server->requestTimesMs().at(1) >= (reset - 1) * 1000);
    }

    void stalledServerTimesOut()
    {
        FakeHttpServer::Response stall;
        stall.mode = FakeHttpServer::Mode::Stall;
        m_server->setResponses({stall});
        QElapsedTimer clock;
        clock.start();
        const auto result = await(m_provider->getSandbox(kId, CallOptions{400, 1}));
        QCOMPARE(result.error().kind, Kind::TimedOut);
        QVERIFY(clock.elapsed() < 5000);
    }

    void stalledServerIsRetriedThenGivesUp()
    {
        FakeHttpServer::Response stall;
        stall.mode = FakeHttpServer::Mode::Stall;
        m_server->setResponses({stall});
        const auto result = await(m_provider->getSandbox(kId, CallOptions{200, 3}));
        QCOMPARE(result.error().kind, Kind::TimedOut);
        QCOMPARE(m_server->requests().size(), 3);
    }

    void connectionRefused()
    {
        const QUrl url = m_server->url();
        m_server.reset();
        AgentSandboxesProvider provider(url, "secret");
        const auto result = await(provider.getSandbox(kId, CallOptions{2000, 1}));
        QCOMPARE(result.error().kind, Kind::ConnectionFailed);
        QVERIFY(result.error().message.contains(QLatin1String("127.0.0.1")));
    }

    void clockSkewFromDateHeader()
    {
        const QDateTime serverNow = QDateTime::currentDateTimeUtc().addSecs(3600);
        m_server->setResponses({FakeHttpServer::json(200, kSandboxJson, {{"Date", httpDate(serverNow)}})});
        QVERIFY(await(m_provider->getSandbox(kId)).ok());
        const qint64 offset = m_provider->serverClockOffsetMs();
        QVERIFY2(qAbs(offset - 3600000) < 2000, qPrintable(QString::number(offset)));
    }

    void httpDateParsing()
    {
        QCOMPARE(parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT"),
                 QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc()));
        QVERIFY(!parseHttpDate("yesterday").isValid());
    }

    void backoffHasFullJitterAndCap()
    {
        Backoff backoff(100, 1000);
        QCOMPARE(backoff.ceilingMs(), 100);
        for (int i = 0; i < 10; ++i) {
            const int ceiling = backoff.ceilingMs();
            const int delay = backoff.nextDelayMs();
            QVERIFY(delay >= 0 && delay <= ceiling);
        }
        QCOMPARE(backoff.ceilingMs(), 1000);
        backoff.reset();
        QCOMPARE(backoff.ceilingMs(), 100);
    }

    void localValidationSendsNothing()
    {
        QCOMPARE(await(m_provider->setTimeout(kId, 0)).error().kind, Kind::BadRequest);
        QCOMPARE(await(m_provider->hostUrl(kId, 70000)).error().kind, Kind::BadRequest);
        QCOMPARE(await(m_provider->listSandboxes(0, 1001)).error().kind, Kind::BadRequest);
        QCOMPARE(m_server->requests().size(), 0);
    }

    void cancelAbortsARequestInFlight()
    {
        HttpTransport *transport = m_provider->transport();
        QList<ApiResult<HttpReply>> results;
        HttpRequest request;
        request.path = QStringLiteral("/slow");
        const auto id = sendToStall(request, results);
        QTRY_COMPARE(m_server->requests().size(), 1);
        QElapsedTimer clock;
        clock.start();
        transport->cancel(id);
        QTRY_COMPARE(results.size(), 1);
        QVERIFY(clock.elapsed() < 2000);
        QCOMPARE(results.first().error().kind, Kind::Cancelled);
        transport->cancel(id); // completed: nothing happens, no second callback
        QTest::qWait(50);
        QCOMPARE(results.size(), 1);
        QCOMPARE(m_server->requests().size(), 1); // not retried
    }

    void cancelWithAReasonReportsIt()
    {
        // A caller stopping its own transfer (a full disk) says why, and it is not a user's cancel.
        QList<ApiResult<HttpReply>> results;
        HttpRequest request;
        request.path = QStringLiteral("/slow");
        const auto id = sendToStall(request, results);
        QTRY_COMPARE(m_server->requests().size(), 1);
        m_provider->transport()->cancel(id, QStringLiteral("Not enough free space."), Kind::BadRequest);
        QTRY_COMPARE(results.size(), 1);
        QCOMPARE(results.first().error().kind, Kind::BadRequest);
        QCOMPARE(results.first().error().message, QStringLiteral("Not enough free space."));
    }

    void anIdleTimeoutCountsFromTheLastBytes()
    {
        // A stalled reply fails after the timeout either way; an idle timeout is no shorter.
        QList<ApiResult<HttpReply>> results;
        HttpRequest request;
        request.path = QStringLiteral("/stalled");
        request.timeoutMs = 300;
        request.timeoutIsIdle = true;
        request.maxAttempts = 1;
        QElapsedTimer clock;
        clock.start();
        sendToStall(request, results);
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 5000);
        QCOMPARE(results.first().error().kind, Kind::TimedOut);
        QVERIFY(clock.elapsed() >= 300);
    }

    void cancelDropsAHeldRequestUnsent()
    {
        m_server->setResponses({FakeHttpServer::json(429, "{\"error\":\"rate_limited\",\"message\":\"slow down\"}",
                                                     {{"Retry-After", "30"}})});
        auto first = m_provider->getSandbox(kId, CallOptions{0, 1});
        QCOMPARE(await(first).error().kind, Kind::RateLimited);
        QVERIFY(m_provider->transport()->holdMs() > 0);
        QList<ApiResult<HttpReply>> results;
        HttpRequest request;
        request.path = QStringLiteral("/held");
        const auto id = m_provider->transport()->send(request, this, [&results](const ApiResult<HttpReply> &reply) {
            results.append(reply);
        });
        QCOMPARE(results.size(), 0);
        m_provider->transport()->cancel(id);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().error().kind, Kind::Cancelled);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void cancellingATransferFutureAbortsIt()
    {
        FakeHttpServer::Response stall;
        stall.mode = FakeHttpServer::Mode::Stall;
        m_server->setResponses({stall});
        auto download = m_provider->downloadFile(kId, QStringLiteral("/home/user/big.bin"));
        QTRY_COMPARE(m_server->requests().size(), 1);
        download.cancel();
        QTRY_VERIFY(download.isFinished());
        QVERIFY(download.isCanceled());
        QCOMPARE(download.resultCount(), 0);
        // The connection was closed: the stalled server's socket sees it go.
        QTRY_VERIFY_WITH_TIMEOUT(m_server->openConnections() == 0, 5000);
    }

    void destroyingTheProviderCancelsFutures()
    {
        FakeHttpServer::Response stall;
        stall.mode = FakeHttpServer::Mode::Stall;
        m_server->setResponses({stall});
        auto future = m_provider->getSandbox(kId);
        QTRY_COMPARE(m_server->requests().size(), 1);
        m_provider.reset();
        QTRY_VERIFY(future.isFinished());
        QVERIFY(future.isCanceled());
    }
};

QTEST_GUILESS_MAIN(TstTransport)
#include "tst_transport.moc"
