// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Cognitora (003) adapter against a real sandbar-local over real HTTP: interpreter
// sessions as sandboxes, runs that share the session's state, files and outputs by type, the
// history, typed errors, a server that strays from the envelope, and the quick connection
// from COGNITORA_API_KEY / COGNITORA_BASE_URL.
#include "common/fakehttpserver.h"
#include "common/futurewait.h"
#include "common/serverprocess.h"
#include "core/containers/containercontroller.h"
#include "core/containers/containerlistmodel.h"
#include "core/providers/cognitoraprovider.h"
#include "core/providers/providerregistry.h"
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
const QByteArray kKey = "cgk_provider_test";
}

class TstProviderCognitora : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    std::unique_ptr<CognitoraProvider> m_provider;
    QString m_session;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(m_dir.path(), kKey, {QStringLiteral("--rate-limit"), QStringLiteral("0")}),
                 qPrintable(m_server.errorOutput()));
        m_provider = std::make_unique<CognitoraProvider>(m_server.url(), kKey);
    }

    void cleanupTestCase()
    {
        m_provider.reset();
        QCOMPARE(m_server.stop(), 0);
    }

    void sessionsAreSandboxes()
    {
        const SandboxProvider::Capabilities capabilities = m_provider->capabilities();
        QVERIFY(capabilities.testFlag(Capability::SessionState));
        QVERIFY(!capabilities.testFlag(Capability::CodeContexts));
        QVERIFY(!capabilities.testFlag(Capability::Files));
        QVERIFY(!capabilities.testFlag(Capability::SetTimeout));
        QCOMPARE(m_provider->createForm().defaultTimeoutSeconds, 86400);

        CreateSandboxRequest request;
        request.language = QStringLiteral("javascript");
        request.timeoutSeconds = 1800;
        request.cpuCores = 1;
        request.storageGb = 1;
        const auto created = await(m_provider->createSandbox(request));
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        QCOMPARE(created->templateName, QStringLiteral("javascript"));
        QCOMPARE(created->status, SandboxStatus::Running);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(created->timeoutAt) - 1800) <= 5);
        QVERIFY(created->cpuCount > 0);
        QVERIFY2(created->details.value(QStringLiteral("Resources")).endsWith(QStringLiteral("MiB memory · 1 GB storage")),
                 qPrintable(created->details.value(QStringLiteral("Resources"))));
        m_session = created->id;

        const auto page = await(m_provider->listSandboxes(0, 10));
        QVERIFY(page.ok());
        QCOMPARE(page->total, 1);
        QCOMPARE(page->sandboxes.first().id, m_session);
        const auto got = await(m_provider->getSandbox(m_session));
        QVERIFY(got.ok());
        QCOMPARE(got->templateName, QStringLiteral("javascript"));
    }

    void runsShareTheSessionsState()
    {
        CodeRunRequest first;
        first.code = QStringLiteral("var counter = 41;");
        first.language = QStringLiteral("javascript");
        QVERIFY(await(m_provider->runCode(m_session, first)).ok());
        CodeRunRequest second;
        second.code = QStringLiteral("counter += 1; console.log('counter', counter); counter");
        second.language = QStringLiteral("javascript");
        const auto run = await(m_provider->runCode(m_session, second));
        QVERIFY2(run.ok(), qPrintable(run.error().message));
        QCOMPARE(run->logStdout, QStringList{QStringLiteral("counter 42")});
        QCOMPARE(run->resultText(), QStringLiteral("42"));
        QVERIFY(!run->failed());
        QVERIFY(!run->executionId.isEmpty());

        // Files go with the run, into the working directory.
        CodeRunRequest withFiles;
        withFiles.code = QStringLiteral("require('fs').readFileSync('notes.txt', 'utf8').trim()");
        withFiles.language = QStringLiteral("javascript");
        withFiles.files = {{QStringLiteral("notes.txt"), QByteArray("from the desktop\n")}};
        const auto read = await(m_provider->runCode(m_session, withFiles));
        QVERIFY2(read.ok(), qPrintable(read.error().message));
        QVERIFY2(read->resultText().contains(QStringLiteral("from the desktop")), qPrintable(read->resultText()));

        // An error is the run's error, with its name and message.
        CodeRunRequest failing;
        failing.code = QStringLiteral("throw new TypeError('nope')");
        failing.language = QStringLiteral("javascript");
        const auto failed = await(m_provider->runCode(m_session, failing));
        QVERIFY(failed.ok());
        QVERIFY(failed->failed());
        QCOMPARE(failed->error.value(QStringLiteral("name")).toString(), QStringLiteral("TypeError"));
        QCOMPARE(failed->error.value(QStringLiteral("value")).toString(), QStringLiteral("nope"));

        // The session's language is the session's: another is refused, saying why.
        CodeRunRequest python;
        python.code = QStringLiteral("1");
        python.language = QStringLiteral("python");
        const auto refused = await(m_provider->runCode(m_session, python));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Kind::BadRequest);
        QVERIFY2(refused.error().message.contains(QStringLiteral("runs javascript")), qPrintable(refused.error().message));
    }

    void historyOfTheSession()
    {
        const auto page = await(m_provider->listExecutions(m_session, 0, 10));
        QVERIFY2(page.ok(), qPrintable(page.error().message));
        QCOMPARE(page->total, 4);
        const Execution newest = page->executions.first();
        QCOMPARE(newest.code, QStringLiteral("throw new TypeError('nope')"));
        QCOMPARE(newest.status, QStringLiteral("error"));
        const auto one = await(m_provider->getExecution(m_session, page->executions.at(2).executionId));
        QVERIFY2(one.ok(), qPrintable(one.error().message));
        QVERIFY(one->reply);
        QCOMPARE(one->reply->logStdout, QStringList{QStringLiteral("counter 42")});
        QCOMPARE(one->status, QStringLiteral("ok"));
    }

    void runsOfEverySession()
    {
        // get_session_logs: the session's printed lines, in order, across its runs.
        const auto logs = await(m_provider->sessionLogs(m_session, 0, 50));
        QVERIFY2(logs.ok(), qPrintable(logs.error().message));
        QCOMPARE(logs->lines.size(), 1);
        QCOMPARE(logs->lines.first().message, QStringLiteral("counter 42"));
        QCOMPARE(logs->lines.first().stream, QStringLiteral("stdout"));

        QVERIFY(m_provider->capabilities().testFlag(Capability::ExecutionListing));
        const auto all = await(m_provider->listAllExecutions({}, 0, 50));
        QVERIFY2(all.ok(), qPrintable(all.error().message));
        QCOMPARE(all->total, 4);
        QCOMPARE(all->executions.first().sandboxId, m_session);
        const auto failed = await(m_provider->listAllExecutions(QStringLiteral("failed"), 0, 50));
        QVERIFY(failed.ok());
        QCOMPARE(failed->executions.size(), 1);
        QCOMPARE(failed->executions.first().code, QStringLiteral("throw new TypeError('nope')"));
    }

    void errorsAreTyped()
    {
        CognitoraProvider wrongKey(m_server.url(), "cgk_wrong");
        const auto refused = await(wrongKey.listSandboxes(0, 10));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Kind::Unauthorized);
        QVERIFY2(refused.error().message.contains(QStringLiteral("Bearer")), qPrintable(refused.error().message));
        const auto missing = await(m_provider->getSandbox(QStringLiteral("no-such-session")));
        QCOMPARE(missing.error().kind, Kind::NotFound);
        QCOMPARE(missing.error().serverKind, QStringLiteral("not_found"));
        QVERIFY(await(m_provider->killSandbox(m_session)).ok());
        QCOMPARE(await(m_provider->getSandbox(m_session)).error().kind, Kind::NotFound);
    }

    void aServerThatStraysIsMalformed()
    {
        FakeHttpServer fake;
        QVERIFY(fake.listen());
        fake.setResponses({FakeHttpServer::json(200, R"({"sessions": []})")}); // no envelope
        CognitoraProvider provider(fake.url(), kKey);
        const auto page = await(provider.listSandboxes(0, 10));
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, Kind::MalformedResponse);
    }

    // The containers view's controller: the estimate, a container whose logs are followed in
    // order while it runs and after, the list as a model, and cancel.
    void containersThroughTheController()
    {
        ContainerController controller(m_provider.get());
        QAbstractItemModelTester tester(controller.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        ContainerRequest request;
        request.image = QStringLiteral("python:3.11");
        request.command = {QStringLiteral("python"), QStringLiteral("-c"),
                           QStringLiteral("import time\nfor i in range(12000):\n    print('line', i)\ntime.sleep(0.5)\nprint('last')")};
        request.timeoutSeconds = 600;
        QSignalSpy estimated(&controller, &ContainerController::estimated);
        controller.estimate(request);
        QVERIFY(estimated.wait(10000));
        // 1 vCPU + 0.5 GiB × 0.5 + 5 GB × 0.02 = 1.35 an hour, for 10 minutes.
        QCOMPARE(estimated.first().first().toDouble(), 0.23);

        QSignalSpy created(&controller, &ContainerController::created);
        QSignalSpy failed(&controller, &ContainerController::failed);
        controller.create(request);
        QTRY_VERIFY2_WITH_TIMEOUT(created.size() == 1, failed.isEmpty() ? "" : qPrintable(failed.first().at(1).value<ApiError>().message), 10000);
        const QString id = created.first().first().toString();
        QSignalSpy lines(&controller, &ContainerController::logLines);
        controller.setActive(true); // someone looks: the list and the followed logs are polled
        controller.follow(id);
        QStringList messages;
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            while (!lines.isEmpty())
                for (const ContainerLogLine &line : lines.takeFirst().at(1).value<QList<ContainerLogLine>>())
                    messages.append(line.message);
            return messages.size() == 12001;
        }(), 60000);
        QCOMPARE(messages.first(), QStringLiteral("line 0"));
        QCOMPARE(messages.at(11999), QStringLiteral("line 11999"));
        QCOMPARE(messages.last(), QStringLiteral("last"));
        QTRY_COMPARE_WITH_TIMEOUT(controller.model()->container(id).value_or(Container()).status, ContainerStatus::Completed, 20000);
        QCOMPARE(controller.model()->container(id)->exitCode, std::optional<int>(0));

        // A long one, cancelled.
        request.command = {QStringLiteral("sleep"), QStringLiteral("60")};
        controller.create(request);
        QTRY_VERIFY2_WITH_TIMEOUT(created.size() == 2, failed.isEmpty() ? qPrintable(QString::number(created.size())) : qPrintable(failed.first().at(1).value<ApiError>().message), 10000);
        const QString sleeper = created.last().first().toString();
        controller.cancel(sleeper);
        QTRY_COMPARE_WITH_TIMEOUT(controller.model()->container(sleeper).value_or(Container()).status, ContainerStatus::Cancelled, 20000);

        // The rest of the document's calls: the container's run, every run by status, one run.
        const auto runs = await(m_provider->containerExecutions(id));
        QVERIFY2(runs.ok(), qPrintable(runs.error().message));
        QCOMPARE(runs->size(), 1);
        QCOMPARE(runs->first().containerId, id);
        QCOMPARE(runs->first().exitCode, std::optional<int>(0));
        const auto cancelledRuns = await(m_provider->allContainerExecutions(QStringLiteral("cancelled"), 0, 50));
        QVERIFY(cancelledRuns.ok());
        QCOMPARE(cancelledRuns->size(), 1);
        QCOMPARE(cancelledRuns->first().containerId, sleeper);
        const auto one = await(m_provider->containerExecution(runs->first().id));
        QVERIFY(one.ok());
        QCOMPARE(one->status, ContainerStatus::Completed);

        // Over the maximum: refused with the reason, nothing made.
        failed.clear();
        request.maxCostCredits = 0;
        request.timeoutSeconds = 3600;
        controller.create(request);
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().at(1).value<ApiError>().message.contains(QStringLiteral("max_cost_credits")));
    }

    void quickConnectionFromTheSdksVariables()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("COGNITORA_API_KEY"), QString::fromLatin1(kKey));
        environment.insert(QStringLiteral("COGNITORA_BASE_URL"), m_server.url().toString());
        const std::optional<QuickConnection> quick = quickConnectionFromEnvironment(environment);
        QVERIFY(quick);
        QCOMPARE(quick->profile.apiKind, CognitoraProvider::kind());
        QCOMPARE(quick->profile.baseUrl, m_server.url());
        QCOMPARE(quick->token, kKey);
        // Without a base URL: the SDK's production default.
        environment.remove(QStringLiteral("COGNITORA_BASE_URL"));
        QCOMPARE(quickConnectionFromEnvironment(environment)->profile.baseUrl, QUrl(QStringLiteral("https://api.cognitora.dev")));
        // The generic variables win when both are set.
        environment.insert(QStringLiteral("SANDBOX_API_URL"), QStringLiteral("http://127.0.0.1:1"));
        environment.insert(QStringLiteral("SANDBOX_API_TOKEN"), QStringLiteral("t"));
        QCOMPARE(quickConnectionFromEnvironment(environment)->profile.apiKind, QStringLiteral("agent-sandboxes"));
        QVERIFY(providerKind(QStringLiteral("cognitora")));
    }
};

QTEST_GUILESS_MAIN(TstProviderCognitora)
#include "tst_providercognitora.moc"
