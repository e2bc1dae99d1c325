// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Round Table (001) adapter against a real sandbar-local over real HTTP: every call of the
// document, agent sandboxes as the list's sessions (workspace, uptime, start/stop), messages
// and counters, the honest refusal of collaborations, typed errors by the SDK's names, a
// server that strays from the shapes, and the quick connection from ROUND_TABLE_*.
#include "common/fakehttpserver.h"
#include "common/futurewait.h"
#include "common/serverprocess.h"
#include "core/agents/messagelistmodel.h"
#include "core/agents/messagescontroller.h"
#include "core/agents/workspacecontroller.h"
#include "core/providers/providerregistry.h"
#include "core/providers/roundtableprovider.h"
#include "core/settings/connectionprofile.h"

#include <QAbstractItemModelTester>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sandbar::Core;
using namespace Sandbar::Api;
using Kind = ApiError::Kind;
using Capability = SandboxProvider::Capability;

namespace {
const QByteArray kKey = "rt_provider_test";
}

class TstProviderRoundTable : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    std::unique_ptr<RoundTableProvider> m_provider;
    QString m_workspace;
    QString m_researcher;
    QString m_developer;

    QUrl apiUrl() const
    {
        QUrl url = m_server.url();
        url.setPath(QStringLiteral("/api/v1"));
        return url;
    }

    Sandbox create(const QString &name, const QString &agent)
    {
        CreateSandboxRequest request;
        request.workspaceId = m_workspace;
        request.name = name;
        request.agentConfig = QJsonObject{{QStringLiteral("primary_agent"), agent}, {QStringLiteral("model"), QStringLiteral("gpt-4")}};
        const auto created = await(m_provider->createSandbox(request));
        if (!created)
            qWarning() << created.error().message;
        return created ? *created : Sandbox();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(m_dir.path(), kKey, {QStringLiteral("--rate-limit"), QStringLiteral("0")}),
                 qPrintable(m_server.errorOutput()));
        m_provider = std::make_unique<RoundTableProvider>(apiUrl(), kKey);
    }

    void cleanupTestCase()
    {
        m_provider.reset();
        QCOMPARE(m_server.stop(), 0);
    }

    void workspaces()
    {
        const SandboxProvider::Capabilities capabilities = m_provider->capabilities();
        QVERIFY(capabilities.testFlag(Capability::StartStop));
        QVERIFY(capabilities.testFlag(Capability::Messages));
        QVERIFY(!capabilities.testFlag(Capability::Files));
        QVERIFY(!capabilities.testFlag(Capability::Deadlines));
        QVERIFY(m_provider->workspaceApi());

        const auto created = await(m_provider->createWorkspace(QStringLiteral("Demo Project"), QStringLiteral("Demonstrating the SDK")));
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        QVERIFY(created->id.startsWith(QStringLiteral("ws_")));
        m_workspace = created->id;
        const auto renamed = await(m_provider->updateWorkspace(m_workspace, QStringLiteral("Demo"), QStringLiteral("Renamed")));
        QVERIFY(renamed.ok());
        QCOMPARE(renamed->name, QStringLiteral("Demo"));
        const auto got = await(m_provider->getWorkspace(m_workspace));
        QCOMPARE(got->description, QStringLiteral("Renamed"));
        // More than a page of workspaces: every one is listed.
        for (int i = 0; i < 105; ++i)
            QVERIFY(await(m_provider->createWorkspace(QStringLiteral("Filler %1").arg(i), {})).ok());
        const auto all = await(m_provider->listWorkspaces());
        QVERIFY2(all.ok(), qPrintable(all.error().message));
        QCOMPARE(all->size(), 106);
        for (const Workspace &w : *all) {
            if (w.name.startsWith(QStringLiteral("Filler")))
                QVERIFY(await(m_provider->deleteWorkspace(w.id)).ok());
        }
        QCOMPARE(await(m_provider->listWorkspaces())->size(), 1);

        const auto missing = await(m_provider->getWorkspace(QStringLiteral("ws_nonexistent")));
        QCOMPARE(missing.error().kind, Kind::NotFound);
        QCOMPARE(missing.error().serverKind, QStringLiteral("NotFoundError"));
        QVERIFY(missing.error().message.contains(QStringLiteral("ws_nonexistent")));
        const auto invalid = await(m_provider->createWorkspace(QStringLiteral("  "), {}));
        QCOMPARE(invalid.error().kind, Kind::BadRequest);
    }

    void sandboxesAreSessions()
    {
        const Sandbox researcher = create(QStringLiteral("Researcher"), QStringLiteral("researcher"));
        const Sandbox developer = create(QStringLiteral("Developer"), QStringLiteral("developer"));
        QVERIFY(!researcher.id.isEmpty() && !developer.id.isEmpty());
        m_researcher = researcher.id;
        m_developer = developer.id;
        QCOMPARE(researcher.status, SandboxStatus::Paused); // created, not running: it can start
        QCOMPARE(researcher.name, QStringLiteral("Researcher"));
        QVERIFY(researcher.details.value(QStringLiteral("Agent")).startsWith(QStringLiteral("researcher · gpt-4")));

        const auto page = await(m_provider->listSandboxes(0, 100));
        QVERIFY2(page.ok(), qPrintable(page.error().message));
        QCOMPARE(page->total, 2);
        for (const Sandbox &s : page->sandboxes) {
            QCOMPARE(s.workspaceId, m_workspace);
            QCOMPARE(s.workspace, QStringLiteral("Demo"));
            QVERIFY(!s.runningSince.isValid());
        }

        const auto started = await(m_provider->startSandbox(m_researcher));
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        QCOMPARE(started->status, SandboxStatus::Running);
        QVERIFY(started->runningSince.isValid());
        QVERIFY(qAbs(started->runningSince.secsTo(QDateTime::currentDateTimeUtc())) < 5);
        QTest::qWait(1100);
        const auto status = await(m_provider->sandboxStatus(m_researcher));
        QVERIFY(status.ok());
        QCOMPARE(status->status, QStringLiteral("running"));
        QVERIFY(status->uptimeSeconds >= 1);

        const auto stopped = await(m_provider->stopSandbox(m_researcher));
        QVERIFY(stopped.ok());
        QCOMPARE(stopped->status, SandboxStatus::Paused);
        QCOMPARE(stopped->stateText, QStringLiteral("stopped"));
        QVERIFY(await(m_provider->startSandbox(m_researcher)).ok());
        QCOMPARE(await(m_provider->getSandbox(m_researcher))->status, SandboxStatus::Running);

        CreateSandboxRequest bad;
        bad.workspaceId = m_workspace;
        bad.name = QStringLiteral("Hot");
        bad.agentConfig = QJsonObject{{QStringLiteral("temperature"), 5}};
        const auto refused = await(m_provider->createSandbox(bad));
        QCOMPARE(refused.error().kind, Kind::BadRequest);
        QCOMPARE(refused.error().serverKind, QStringLiteral("ValidationError"));
        QVERIFY(refused.error().message.contains(QStringLiteral("temperature")));
    }

    void messagesAndCounters()
    {
        const QJsonObject content{{QStringLiteral("type"), QStringLiteral("request")}, {QStringLiteral("action"), QStringLiteral("analyze")}};
        const auto sent = await(m_provider->sendMessage(m_researcher, m_developer, content));
        QVERIFY2(sent.ok(), qPrintable(sent.error().message));
        QCOMPARE(sent->status, QStringLiteral("delivered"));
        QCOMPARE(sent->content.toObject(), content);
        const auto got = await(m_provider->getMessage(sent->id));
        QCOMPARE(got->fromId, m_researcher);
        const auto broadcast = await(m_provider->broadcast(m_workspace, m_developer, QStringLiteral("Hello everyone!")));
        QVERIFY(broadcast.ok());
        QCOMPARE(broadcast->recipients, QStringList{m_researcher});
        QCOMPARE(broadcast->delivered, 1);

        const auto list = await(m_provider->listMessages(m_researcher, 0, 100));
        QVERIFY(list.ok());
        QCOMPARE(list->total, 2);
        QCOMPARE(list->messages.first().content.toString(), QStringLiteral("Hello everyone!")); // newest first
        const auto counters = await(m_provider->sandboxCounters(m_researcher));
        QVERIFY(counters.ok());
        QCOMPARE(counters->messagesSent, 1);
        QCOMPARE(counters->messagesReceived, 1);
        const auto metrics = await(m_provider->workspaceMetrics(m_workspace));
        QCOMPARE(metrics->totalSandboxes, 2);
        QCOMPARE(metrics->totalMessages, 2);
        QCOMPARE(metrics->runningSandboxes, 1);

        // The controller: the list as a model, counters as a history, send and broadcast.
        MessagesController controller(m_provider.get());
        QAbstractItemModelTester tester(controller.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        controller.setSandbox(m_developer, m_workspace);
        controller.setActive(true);
        QTRY_COMPARE(controller.model()->rowCount(), 2);
        QTRY_COMPARE(controller.samples().size(), 1);
        QCOMPARE(controller.samples().first().sent, 1);
        QCOMPARE(controller.model()->index(0, MessageListModel::DirectionColumn).data().toString(), QStringLiteral("broadcast out"));
        QCOMPARE(controller.model()->index(1, MessageListModel::DirectionColumn).data().toString(), QStringLiteral("in"));
        QSignalSpy sentSpy(&controller, &MessagesController::sent);
        controller.send(m_researcher, QJsonObject{{QStringLiteral("reply"), 42}});
        QTRY_COMPARE(sentSpy.size(), 1);
        QTRY_COMPARE(controller.model()->rowCount(), 3);
        QCOMPARE(controller.model()->index(0, MessageListModel::ContentColumn).data().toString(), QStringLiteral("{ \"reply\": 42 }"));
        QSignalSpy failedSpy(&controller, &MessagesController::failed);
        controller.send(QStringLiteral("sb_nobody"), QJsonObject{});
        QTRY_COMPARE(failedSpy.size(), 1);
        QCOMPARE(failedSpy.first().at(1).value<ApiError>().kind, Kind::NotFound);
        // Another sandbox: its own list; a reply about the first, still in flight when the
        // sandbox changed, is dropped. The developer has a message the researcher has not.
        const Sandbox reviewer = create(QStringLiteral("Reviewer"), QStringLiteral("reviewer"));
        const auto aside = await(m_provider->sendMessage(m_developer, reviewer.id, QStringLiteral("only the developer's")));
        QVERIFY(aside.ok());
        for (int i = 0; i < 5; ++i) {
            controller.refresh(); // a list of the developer's messages goes out...
            controller.setSandbox(m_researcher, m_workspace); // ...and the researcher is shown at once
            QCOMPARE(controller.model()->rowCount(), 0);
            QTRY_COMPARE(controller.model()->rowCount(), 3);
            QTest::qWait(200); // time for a stale reply to land, were it not dropped
            QCOMPARE(controller.model()->rowCount(), 3);
            QCOMPARE(controller.model()->rowOf(aside->id), -1);
            controller.setSandbox(m_developer, m_workspace);
            QTRY_COMPARE(controller.model()->rowCount(), 4);
        }
        controller.setSandbox(m_researcher, m_workspace);
        QVERIFY(await(m_provider->killSandbox(reviewer.id)).ok());

        QString error;
        QVERIFY(MessagesController::parseContent(QStringLiteral("{\"a\": 1}"), &error));
        QCOMPARE(MessagesController::parseContent(QStringLiteral("\"text\""), &error)->toString(), QStringLiteral("text"));
        QVERIFY(!MessagesController::parseContent(QStringLiteral("[1, 2, x]"), &error));
        QVERIFY2(error.contains(QStringLiteral("line 1")), qPrintable(error));
        QVERIFY(!MessagesController::parseContent(QStringLiteral("{\"a\": 1"), &error));
        QVERIFY2(error.contains(QStringLiteral("at the end")), qPrintable(error));
        QVERIFY(!MessagesController::parseContent(QStringLiteral("{\n\"a\": 1,\n\"b\": x\n}"), &error));
        QVERIFY2(error.contains(QStringLiteral("line 3")), qPrintable(error));
        QVERIFY(!MessagesController::parseContent(QStringLiteral("1 2"), &error));
    }

    void collaborationsAndSystem()
    {
        WorkspaceController controller(m_provider.get());
        QSignalSpy health(&controller, &WorkspaceController::healthChanged);
        QSignalSpy list(&controller, &WorkspaceController::workspacesChanged);
        controller.setActive(true);
        QTRY_VERIFY(!health.isEmpty());
        QCOMPARE(controller.health()->status, QStringLiteral("healthy"));
        QCOMPARE(controller.health()->environment, QStringLiteral("local"));
        QVERIFY(!controller.health()->version.isEmpty());
        QTRY_VERIFY(!list.isEmpty());
        QCOMPARE(controller.nameOf(m_workspace), QStringLiteral("Demo"));
        controller.setSelected(m_workspace);
        QTRY_VERIFY(controller.metrics().has_value());
        QCOMPARE(controller.metrics()->totalSandboxes, 2);

        QSignalSpy refused(&controller, &WorkspaceController::collaborationFailed);
        CollaborationRequest request;
        request.workspaceId = m_workspace;
        request.task = QStringLiteral("Build a REST API");
        request.participants = {m_researcher, m_developer};
        controller.orchestrate(request);
        QTRY_COMPARE(refused.size(), 1);
        const ApiError error = refused.first().first().value<ApiError>();
        QCOMPARE(error.httpStatus, 501);
        QVERIFY(error.message.contains(QStringLiteral("language models")));
        QVERIFY(!controller.collaboration()); // nothing pretended

        QSignalSpy agents(&controller, &WorkspaceController::agentsDiscovered);
        controller.discover(m_workspace);
        QTRY_COMPARE(agents.size(), 1);
        const auto found = agents.first().at(1).value<QList<DiscoveredAgent>>();
        QCOMPARE(found.size(), 2);
        QStringList types{found.at(0).agentType, found.at(1).agentType};
        types.sort();
        QCOMPARE(types, (QStringList{QStringLiteral("developer"), QStringLiteral("researcher")}));

        QSignalSpy created(&controller, &WorkspaceController::created);
        controller.create(QStringLiteral("Second"), {});
        QTRY_COMPARE(created.size(), 1);
        QSignalSpy removed(&controller, &WorkspaceController::removed);
        controller.remove(created.first().first().value<Workspace>().id);
        QTRY_COMPARE(removed.size(), 1);
    }

    void killDeletes()
    {
        QVERIFY(await(m_provider->killSandbox(m_developer)).ok());
        const auto page = await(m_provider->listSandboxes(0, 100));
        QCOMPARE(page->total, 1);
        QCOMPARE(await(m_provider->getSandbox(m_developer)).error().kind, Kind::NotFound);
    }

    void wrongKeyAndStrayServer()
    {
        RoundTableProvider wrong(apiUrl(), "not-the-key");
        const auto refused = await(wrong.listSandboxes(0, 10));
        QCOMPARE(refused.error().kind, Kind::Unauthorized);
        QCOMPARE(refused.error().serverKind, QStringLiteral("AuthenticationError"));

        FakeHttpServer fake;
        QVERIFY(fake.listen());
        fake.setResponses({FakeHttpServer::json(200, R"({"items": []})")});
        RoundTableProvider stray(fake.url(), kKey);
        const auto malformed = await(stray.listSandboxes(0, 10));
        QCOMPARE(malformed.error().kind, Kind::MalformedResponse);
        QVERIFY(malformed.error().message.contains(QStringLiteral("workspaces")));
        QCOMPARE(fake.requests().first().headers.value("x-api-key"), kKey);
        fake.setResponses({FakeHttpServer::json(404, R"({"detail": "gone"})")});
        const auto gone = await(stray.getWorkspace(QStringLiteral("ws_x")));
        QCOMPARE(gone.error().serverKind, QStringLiteral("NotFoundError"));
        QCOMPARE(gone.error().message, QStringLiteral("gone"));
    }

    void quickConnectAndDetect()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("ROUND_TABLE_API_KEY"), QString::fromLatin1(kKey));
        environment.insert(QStringLiteral("ROUND_TABLE_BASE_URL"), apiUrl().toString());
        QString error;
        const auto quick = quickConnectionFromEnvironment(environment, &error);
        QVERIFY2(quick, qPrintable(error));
        QCOMPARE(quick->profile.apiKind, QStringLiteral("round-table"));
        QCOMPARE(quick->profile.baseUrl, apiUrl());
        QCOMPARE(quick->token, kKey);

        KindDetector detector;
        QSignalSpy finished(&detector, &KindDetector::finished);
        detector.detect(m_server.url(), kKey);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        bool found = false;
        for (const KindDetector::Match &match : finished.first().first().value<KindDetector::Outcome>().matches)
            found = found || (match.kind == QStringLiteral("round-table") && match.url == apiUrl());
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TstProviderRoundTable)
#include "tst_providerroundtable.moc"
