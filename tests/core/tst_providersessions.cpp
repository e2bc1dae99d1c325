// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Sandbox Sessions (000) and E2B sessions (002) adapters against a real sandbar-local over
// real HTTP, their strict reading against a server that strays, the kind detector, and the
// poller's keep-alive of E2B sessions.
#include "common/fakehttpserver.h"
#include "common/futurewait.h"
#include "common/serverprocess.h"
#include "core/providers/e2bsessionsprovider.h"
#include "core/providers/providerregistry.h"
#include "core/providers/sandboxsessionsprovider.h"
#include "core/sessions/connection.h"
#include "core/sessions/connectionstate.h"
#include "core/sessions/metricshistory.h"
#include "core/sessions/sessioncontroller.h"
#include "core/sessions/sessionlistmodel.h"
#include "core/sessions/sessionpoller.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sandbar::Core;
using namespace Sandbar::Api;
using Kind = ApiError::Kind;
using Capability = SandboxProvider::Capability;

namespace {
const QByteArray kToken = "provider-sessions-token";

QUrl withPath(QUrl url, const QString &path)
{
    url.setPath(path);
    return url;
}
} // namespace

class TstProviderSessions : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    std::unique_ptr<SandboxSessionsProvider> m_sessions;
    std::unique_ptr<E2bSessionsProvider> m_e2b;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(m_dir.path(), kToken, {QStringLiteral("--rate-limit"), QStringLiteral("0"),
                                                        QStringLiteral("--e2b-idle"), QStringLiteral("2")}),
                 qPrintable(m_server.errorOutput()));
        m_sessions = std::make_unique<SandboxSessionsProvider>(withPath(m_server.url(), QStringLiteral("/v1")), kToken);
        m_e2b = std::make_unique<E2bSessionsProvider>(m_server.url(), kToken);
    }

    void cleanupTestCase()
    {
        m_sessions.reset();
        m_e2b.reset();
        QCOMPARE(m_server.stop(), 0);
    }

    void sessionsLifecycle()
    {
        QVERIFY(!m_sessions->capabilities().testFlag(Capability::Metrics));
        QVERIFY(!m_sessions->capabilities().testFlag(Capability::SetTimeout));
        QVERIFY(m_sessions->capabilities().testFlag(Capability::Deadlines));
        QCOMPARE(m_sessions->createForm().maxTimeoutSeconds, 28800);

        CreateSandboxRequest request;
        request.timeoutSeconds = 8 * 3600;
        request.image = QStringLiteral("python:3.11");
        request.metadata.insert(QStringLiteral("user"), QStringLiteral("alice"));
        const auto created = await(m_sessions->createSandbox(request));
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        QCOMPARE(created->status, SandboxStatus::Running);
        QCOMPARE(created->metadata.value(QStringLiteral("user")), QStringLiteral("alice"));
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(created->timeoutAt) - 8 * 3600) <= 5);

        const auto got = await(m_sessions->getSandbox(created->id));
        QVERIFY(got.ok());
        QCOMPARE(got->id, created->id);

        const auto page = await(m_sessions->listSandboxes(0, 100));
        QVERIFY(page.ok());
        QCOMPARE(page->total, 1);
        QCOMPARE(page->sandboxes.first().id, created->id);
        QCOMPARE(await(m_sessions->listSandboxes(0, 101)).error().kind, Kind::BadRequest);

        CodeRunRequest run;
        run.code = QStringLiteral("print('a')\nprint('b')");
        const auto ran = await(m_sessions->runCode(created->id, run));
        QVERIFY2(ran.ok(), qPrintable(ran.error().message));
        QCOMPARE(ran->stdoutEvents.size(), 2);
        QCOMPARE(ran->stdoutEvents.at(1).line, QStringLiteral("b"));
        QVERIFY(!ran->failed());
        run.code = QStringLiteral("exit 4");
        run.language = QStringLiteral("bash");
        const auto failed = await(m_sessions->runCode(created->id, run));
        QVERIFY(failed.ok());
        QVERIFY(failed->failed());
        QCOMPARE(failed->error.value(QStringLiteral("value")).toString(), QStringLiteral("exit code 4"));
        run.contextId = QStringLiteral("ctx");
        QCOMPARE(await(m_sessions->runCode(created->id, run)).error().kind, Kind::BadRequest);

        // What the API does not have is refused without a request.
        const int sent = m_sessions->requestsSent();
        QCOMPARE(await(m_sessions->metrics(created->id)).error().kind, Kind::Unsupported);
        QCOMPARE(await(m_sessions->setTimeout(created->id, 60)).error().kind, Kind::Unsupported);
        QCOMPARE(await(m_sessions->listFiles(created->id, QStringLiteral("/"))).error().kind, Kind::Unsupported);
        QCOMPARE(m_sessions->requestsSent(), sent);

        QVERIFY(await(m_sessions->killSandbox(created->id)).ok());
        const auto gone = await(m_sessions->getSandbox(created->id));
        QCOMPARE(gone.error().kind, Kind::NotFound);
        QCOMPARE(gone.error().serverKind, QStringLiteral("not_found"));
        QVERIFY(gone.error().message.contains(created->id));
    }

    void sessionsErrors()
    {
        CreateSandboxRequest tooShort;
        tooShort.timeoutSeconds = 59;
        QCOMPARE(await(m_sessions->createSandbox(tooShort)).error().kind, Kind::BadRequest); // checked here
        CreateSandboxRequest ruby;
        ruby.image = QStringLiteral("ruby:3");
        const auto refused = await(m_sessions->createSandbox(ruby));
        QCOMPARE(refused.error().kind, Kind::BadRequest);
        QCOMPARE(refused.error().httpStatus, 400);
        QVERIFY(refused.error().message.contains(QStringLiteral("python-base-v1"))); // the server's words

        SandboxSessionsProvider wrong(withPath(m_server.url(), QStringLiteral("/v1")), "wrong");
        const auto denied = await(wrong.listSandboxes(0, 10));
        QCOMPARE(denied.error().kind, Kind::Unauthorized);
        QVERIFY(denied.error().message.contains(QStringLiteral("Bearer")));
    }

    void sessionsReadStrictly()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        SandboxSessionsProvider provider(server.url(), "k");
        server.setResponses({FakeHttpServer::json(200, R"({"session_id":"s","status":"STOPPED","created_at":"2026-01-01T00:00:00Z",
                                                           "expires_at":"2026-01-01T01:00:00Z","metadata":{}})")});
        QCOMPARE(await(provider.getSandbox(QStringLiteral("s"))).error().kind, Kind::MalformedResponse);
        server.setResponses({FakeHttpServer::json(200, R"({"session_id":"s","status":"PAUSED","created_at":"2026-01-01T00:00:00Z",
                                                           "expires_at":"2026-01-01T01:00:00Z","metadata":{},"extra":1})")});
        QCOMPARE(await(provider.getSandbox(QStringLiteral("s"))).error().kind, Kind::MalformedResponse);
        server.setResponses({FakeHttpServer::json(200, R"({"session_id":"s","status":"PAUSED","created_at":"2026-01-01T00:00:00Z",
                                                           "expires_at":"2026-01-01T01:00:00Z","metadata":{"a":"b"}})")});
        const auto paused = await(provider.getSandbox(QStringLiteral("s")));
        QVERIFY(paused.ok());
        QCOMPARE(paused->status, SandboxStatus::Paused);
        QVERIFY(!isFinal(paused->status));
        QCOMPARE(server.requests().last().path, QStringLiteral("/sessions/s"));
        QCOMPARE(server.requests().last().headers.value("authorization"), QByteArrayLiteral("Bearer k"));
        // A 429 with the SDK's RateLimitError fields.
        server.setResponses({FakeHttpServer::json(429, R"({"error_code":"rate_limited","message":"slow down","limit":50,"reset":1893456000})")});
        CallOptions once;
        once.maxAttempts = 1;
        const auto limited = await(provider.listSandboxes(0, 10, once));
        QCOMPARE(limited.error().kind, Kind::RateLimited);
        QVERIFY(limited.error().message.contains(QStringLiteral("limit 50")));
        server.setResponses({FakeHttpServer::json(500, R"({"error_code":"sandbox_failed","message":"the sandbox broke"})")});
        const auto broken = await(provider.killSandbox(QStringLiteral("s")));
        QCOMPARE(broken.error().kind, Kind::ServerError);
        QCOMPARE(broken.error().serverKind, QStringLiteral("sandbox_failed"));
        QCOMPARE(broken.error().message, QStringLiteral("the sandbox broke"));
    }

    void e2bLifecycle()
    {
        QVERIFY(m_e2b->capabilities().testFlag(Capability::KeepAlive));
        QVERIFY(!m_e2b->capabilities().testFlag(Capability::Deadlines));
        CreateSandboxRequest request;
        request.codeSnippetId = QStringLiteral("Nodejs");
        request.editEnabled = true;
        const auto created = await(m_e2b->createSandbox(request));
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        QCOMPARE(created->templateName, QStringLiteral("Nodejs"));
        QVERIFY(!created->timeoutAt.isValid()); // no lifetime is documented
        QCOMPARE(created->details.value(QStringLiteral("Edit enabled")), QStringLiteral("yes"));
        QCOMPARE(created->details.value(QStringLiteral("Client")), QStringLiteral("sandbar-local"));

        const auto page = await(m_e2b->listSandboxes(0, m_e2b->maxPageSize()));
        QVERIFY(page.ok());
        QCOMPARE(page->total, int(page->sandboxes.size()));
        QVERIFY(await(m_e2b->getSandbox(created->id)).ok());
        QVERIFY(await(m_e2b->keepAlive(created->id)).ok());
        QCOMPARE(await(m_e2b->listSandboxes(10, 10)).error().kind, Kind::BadRequest); // one unpaged list

        QVERIFY(await(m_e2b->killSandbox(created->id)).ok());
        QCOMPARE(await(m_e2b->getSandbox(created->id)).error().kind, Kind::NotFound);
        const auto stale = await(m_e2b->keepAlive(created->id));
        QCOMPARE(stale.error().kind, Kind::NotFound);
        QCOMPARE(stale.error().serverKind, QStringLiteral("404"));
        QCOMPARE(await(m_e2b->createSandbox(CreateSandboxRequest())).error().kind, Kind::BadRequest);
    }

    // The key rides in the URL: no message may show it, whatever goes wrong.
    void e2bKeyNeverInMessages()
    {
        const QByteArray secret = "e2b-secret-key-42";
        E2bSessionsProvider wrong(m_server.url(), secret);
        const auto denied = await(wrong.listSandboxes(0, 10));
        QCOMPARE(denied.error().kind, Kind::Unauthorized);
        QVERIFY(!denied.error().message.contains(QString::fromLatin1(secret)));

        FakeHttpServer stalled;
        QVERIFY(stalled.listen());
        stalled.setResponses({{200, {}, {}, FakeHttpServer::Mode::TruncateBody}});
        E2bSessionsProvider cut(stalled.url(), secret);
        const auto failed = await(cut.listSandboxes(0, 10, CallOptions{2000, 1}));
        QVERIFY(!failed.ok());
        QVERIFY2(!failed.error().message.contains(QString::fromLatin1(secret)), qPrintable(failed.error().message));
        QCOMPARE(stalled.requests().first().query.queryItemValue(QStringLiteral("api_key")), QString::fromLatin1(secret));
        QVERIFY(!stalled.requests().first().headers.contains("authorization"));
    }

    void detectorFindsEveryApi()
    {
        KindDetector detector;
        QSignalSpy finished(&detector, &KindDetector::finished);
        detector.detect(m_server.url(), kToken);
        QVERIFY(finished.wait(15000));
        const auto outcome = finished.first().first().value<KindDetector::Outcome>();
        QStringList kinds;
        for (const auto &match : outcome.matches) {
            kinds.append(match.kind);
            if (match.kind == SandboxSessionsProvider::kind())
                QCOMPARE(match.url.path(), QStringLiteral("/v1")); // the URL the API needs
        }
        kinds.sort();
        QCOMPARE(kinds, QStringList({QStringLiteral("agent-sandboxes"), QStringLiteral("cognitora"), QStringLiteral("e2b-sessions"),
                                    QStringLiteral("round-table"), QStringLiteral("sandbox-sessions")}));

        detector.detect(m_server.url(), "wrong");
        QVERIFY(finished.wait(15000));
        const auto none = finished.last().first().value<KindDetector::Outcome>();
        QVERIFY(none.matches.isEmpty());
        QVERIFY(none.attempts.size() >= 3);
    }

    // Sessions the user made through an E2B connection live while Sandbar refreshes them, and
    // end once let go; no metrics are ever asked of a service without them.
    void keepAliveThroughTheConnection()
    {
        SessionListModel model;
        MetricsHistory history;
        Connection connection({QStringLiteral("e2b"), m_server.url(), kToken, false, E2bSessionsProvider::kind()}, &model,
                              &history);
        // The SDK's 5 s rhythm scaled to this server's 2 s idle time.
        SessionPoller::Settings settings = connection.poller()->settings();
        settings.keepAliveIntervalMs = 500;
        connection.poller()->setSettings(settings);
        QStringList paths;
        auto *provider = qobject_cast<HttpProvider *>(connection.provider());
        QVERIFY(provider);
        connect(provider->transport(), &HttpTransport::requestSent, this,
                [&paths](const QByteArray &method, const QString &path) { paths.append(QString::fromLatin1(method) + QLatin1Char(' ') + path); });

        CreateSandboxRequest request;
        request.codeSnippetId = QStringLiteral("Python3");
        QSignalSpy created(connection.controller(), &SessionController::created);
        connection.controller()->create(request);
        QVERIFY(created.wait(15000));
        const QString id = created.first().first().value<Sandbox>().id;
        QVERIFY(connection.poller()->isKeptAlive(id));
        connection.poller()->setSelectedSession(id);
        QTRY_VERIFY(model.index(model.rowOf(id), 0).data(SessionListModel::KeptAliveRole).toBool());
        QCOMPARE(model.index(model.rowOf(id), SessionListModel::TtlColumn).data().toString(), QStringLiteral("kept alive"));
        QVERIFY(!model.index(model.rowOf(id), 0).data(SessionListModel::TtlSecondsRole).isValid());

        QTest::qWait(6000); // three times the server's idle time
        QVERIFY(model.rowOf(id) >= 0);
        QVERIFY(paths.count(QStringLiteral("POST /sessions/%1/refresh").arg(id)) >= 1);

        connection.controller()->setKeptAlive(id, false);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(id) < 0, 15000); // the service ended it; the next poll shows so
        for (const QString &path : std::as_const(paths))
            QVERIFY2(!path.contains(QStringLiteral("metrics")), qPrintable(path));
    }
};

QTEST_GUILESS_MAIN(TstProviderSessions)
#include "tst_providersessions.moc"
