// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Agent Sandboxes adapter against a real sandbar-local over real HTTP.
#include "common/futurewait.h"
#include "common/serverprocess.h"
#include "core/providers/agentsandboxesprovider.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sandbar::Core;
using namespace Sandbar::Api;
using Kind = ApiError::Kind;

namespace {
const QByteArray kToken = "provider-local-token";

CreateSandboxRequest createRequest(int timeout = 300)
{
    CreateSandboxRequest request;
    request.provider = QStringLiteral("local");
    request.region = QStringLiteral("here");
    request.timeoutSeconds = timeout;
    return request;
}
} // namespace

class TstProviderLocal : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    std::unique_ptr<AgentSandboxesProvider> m_provider;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(m_dir.path(), kToken, {QStringLiteral("--rate-limit"), QStringLiteral("0")}),
                 qPrintable(m_server.errorOutput()));
        m_provider = std::make_unique<AgentSandboxesProvider>(m_server.url(), kToken);
    }

    void cleanupTestCase()
    {
        m_provider.reset();
        QCOMPARE(m_server.stop(), 0);
    }

    void lifecycle()
    {
        CreateSandboxRequest request = createRequest(600);
        request.templateName = QStringLiteral("javascript-base-v1");
        request.metadata.insert(QStringLiteral("project"), QStringLiteral("sandbar"));
        const auto created = await(m_provider->createSandbox(request));
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        QCOMPARE(created->status, SandboxStatus::Running);
        QCOMPARE(created->templateName, QStringLiteral("javascript-base-v1"));
        QCOMPARE(created->metadata.value(QStringLiteral("project")), QStringLiteral("sandbar"));

        const auto fetched = await(m_provider->getSandbox(created->id));
        QVERIFY2(fetched.ok(), qPrintable(fetched.error().message));
        QCOMPARE(*fetched, *created);

        const auto timeout = await(m_provider->setTimeout(created->id, 1800));
        QVERIFY2(timeout.ok(), qPrintable(timeout.error().message));
        QCOMPARE(timeout->timeoutSeconds, 1800);
        QVERIFY(timeout->timeoutAt > created->timeoutAt);

        const auto metrics = await(m_provider->metrics(created->id));
        QVERIFY2(metrics.ok(), qPrintable(metrics.error().message));
        QVERIFY(metrics->timestamp.isValid());
        QVERIFY(metrics->memoryTotal > 0);

        // Every sandbox has host URLs, those without network too (through its agent).
        const auto host = await(m_provider->hostUrl(created->id, 8000));
        QVERIFY2(host.ok(), qPrintable(host.error().message));
        QCOMPARE(host->url.host(), QStringLiteral("127.0.0.1"));

        const auto killed = await(m_provider->killSandbox(created->id));
        QVERIFY2(killed.ok(), qPrintable(killed.error().message));
        QCOMPARE(killed->subject, created->id);
        const auto after = await(m_provider->getSandbox(created->id));
        QVERIFY(after.ok());
        QVERIFY(isFinal(after->status));
        QVERIFY(after->endedAt.isValid());
    }

    void transfersReportProgressAndCancel()
    {
        const auto created = await(m_provider->createSandbox(createRequest()));
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        const QString id = created->id;
        // Upload: progress in bytes, ending at the body's size; the file lands.
        QByteArray data(24 << 20, '\0');
        for (qsizetype i = 0; i < data.size(); i += 4096)
            data[i] = char(i / 4096);
        QFutureWatcher<ApiResult<UploadResult>> upload;
        QSignalSpy uploadProgress(&upload, &QFutureWatcherBase::progressValueChanged);
        upload.setFuture(m_provider->uploadFile(id, QStringLiteral("big.bin"), data, QStringLiteral("/home/user/big.bin")));
        const auto uploaded = await(upload.future(), 60000);
        QVERIFY2(uploaded.ok(), qPrintable(uploaded.error().message));
        QTRY_VERIFY(!uploadProgress.isEmpty());
        QCOMPARE(upload.progressValue(), upload.progressMaximum());
        QVERIFY(upload.progressMaximum() > data.size()); // the multipart body around the file
        QVERIFY2(upload.progressText().contains(QLatin1String(" of ")), qPrintable(upload.progressText()));

        // Download: progress up to the file's size, and the same bytes.
        QFutureWatcher<ApiResult<QByteArray>> download;
        QSignalSpy downloadProgress(&download, &QFutureWatcherBase::progressValueChanged);
        download.setFuture(m_provider->downloadFile(id, QStringLiteral("/home/user/big.bin")));
        const auto downloaded = await(download.future(), 60000);
        QVERIFY2(downloaded.ok(), qPrintable(downloaded.error().message));
        QVERIFY(*downloaded == data);
        QTRY_VERIFY(!downloadProgress.isEmpty());
        QCOMPARE(download.progressValue(), int(data.size()));

        // Cancelled as soon as bytes move: no result, and the server wrote nothing.
        QByteArray huge(200 << 20, 'x');
        QFutureWatcher<ApiResult<UploadResult>> cancelled;
        auto future = m_provider->uploadFile(id, QStringLiteral("never.bin"), huge, QStringLiteral("/home/user/never.bin"));
        connect(&cancelled, &QFutureWatcherBase::progressValueChanged, &cancelled, [&cancelled](int value) {
            if (value > 0)
                cancelled.future().cancel();
        });
        cancelled.setFuture(future);
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 30000);
        QVERIFY(future.isCanceled());
        QCOMPARE(future.resultCount(), 0);
        QTest::qWait(200);
        const auto listing = await(m_provider->listFiles(id, QStringLiteral("/home/user")));
        QVERIFY2(listing.ok(), qPrintable(listing.error().message));
        for (const FileEntry &entry : listing->files)
            QVERIFY2(entry.name != QLatin1String("never.bin"), "a cancelled upload must not land");
        QVERIFY(await(m_provider->killSandbox(id)).ok());
    }

    void extensionsOnlyWhenAllowed()
    {
        AgentSandboxesProvider documented(m_server.url(), kToken);
        const auto plain = documented.capabilities();
        for (const auto capability : {SandboxProvider::Capability::Interrupt, SandboxProvider::Capability::RunHistory,
                                      SandboxProvider::Capability::StreamingRuns, SandboxProvider::Capability::ContextListing,
                                      SandboxProvider::Capability::NetworkOption})
            QVERIFY(!plain.testFlag(capability));
        QCOMPARE(await(documented.listExecutions(QStringLiteral("any"), 0, 10)).error().kind, Kind::Unsupported);
        QCOMPARE(await(documented.interruptRun(QStringLiteral("any"), {}, {})).error().kind, Kind::Unsupported);
        QCOMPARE(documented.runCodeStreaming(QStringLiteral("any"), CodeRunRequest{}), nullptr);
        QCOMPARE(documented.requestsSent(), 0);
    }

    void interruptAndRunHistory()
    {
        AgentSandboxesProvider local(m_server.url(), kToken);
        local.setSandbarLocalExtensions(true);
        QVERIFY(local.capabilities().testFlag(SandboxProvider::Capability::Interrupt));
        const auto created = await(local.createSandbox(createRequest()));
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        const QString id = created->id;
        // No default context yet: nothing to interrupt.
        QCOMPARE(await(local.interruptRun(id, {}, QStringLiteral("python"))).error().kind, Kind::NotFound);

        CodeRunRequest first;
        first.code = QStringLiteral("print('one')\n1 + 1");
        QVERIFY(await(local.runCode(id, first), 60000).ok());
        const auto idle = await(local.interruptRun(id, {}, QStringLiteral("python")));
        QVERIFY2(idle.ok(), qPrintable(idle.error().message));
        QVERIFY(!idle->contextId.isEmpty());
        QVERIFY(!idle->interrupted);

        CodeRunRequest busy;
        busy.code = QStringLiteral("while True: pass");
        busy.timeoutSeconds = 60;
        auto running = local.runCode(id, busy);
        bool interrupted = false;
        QElapsedTimer clock;
        clock.start();
        while (!interrupted && clock.elapsed() < 10000) {
            const auto answer = await(local.interruptRun(id, idle->contextId, {}));
            QVERIFY2(answer.ok(), qPrintable(answer.error().message));
            interrupted = answer->interrupted;
            if (!interrupted)
                QTest::qWait(50);
        }
        QVERIFY(interrupted);
        const auto stopped = await(running, 15000);
        QVERIFY2(stopped.ok(), qPrintable(stopped.error().message));
        QCOMPARE(stopped->error.value(QStringLiteral("name")).toString(), QStringLiteral("KeyboardInterrupt"));

        // Both runs are in the server's history, newest first, and one comes back whole.
        const auto page = await(local.listExecutions(id, 0, 10));
        QVERIFY2(page.ok(), qPrintable(page.error().message));
        QCOMPARE(page->total, 2);
        QCOMPARE(page->executions.size(), 2);
        QCOMPARE(page->executions.at(0).code, busy.code);
        QCOMPARE(page->executions.at(0).status, QStringLiteral("error"));
        QCOMPARE(page->executions.at(1).code, first.code);
        QCOMPARE(page->executions.at(1).status, QStringLiteral("ok"));
        QVERIFY(!page->executions.at(1).reply.has_value());
        const auto one = await(local.getExecution(id, page->executions.at(1).executionId));
        QVERIFY2(one.ok(), qPrintable(one.error().message));
        QVERIFY(one->reply.has_value());
        QCOMPARE(one->reply->resultText(), QStringLiteral("2"));
        QCOMPARE(one->reply->logStdout, QStringList{QStringLiteral("one")});
        QCOMPARE(await(local.getExecution(id, QStringLiteral("exec_nothing"))).error().kind, Kind::NotFound);
        QVERIFY(await(local.killSandbox(id)).ok());
    }

    void listPagesAddUpToTotal()
    {
        for (int i = 0; i < 5; ++i)
            QVERIFY(await(m_provider->createSandbox(createRequest())).ok());
        const auto all = await(m_provider->listSandboxes(0, 1000));
        QVERIFY2(all.ok(), qPrintable(all.error().message));
        QVERIFY(all->total >= 5);
        QCOMPARE(all->sandboxes.size(), all->total);
        QSet<QString> seen;
        for (int offset = 0; offset < all->total; offset += 2) {
            const auto page = await(m_provider->listSandboxes(offset, 2));
            QVERIFY(page.ok());
            QCOMPARE(page->total, all->total);
            for (const Sandbox &sandbox : page->sandboxes)
                seen.insert(sandbox.id);
        }
        QCOMPARE(seen.size(), all->total);
    }

    void templates()
    {
        const auto templates = await(m_provider->listTemplates());
        QVERIFY2(templates.ok(), qPrintable(templates.error().message));
        QStringList names;
        for (const SandboxTemplate &item : *templates)
            names.append(item.name);
        QVERIFY(names.contains(QStringLiteral("python-base-v1")));
        QVERIFY(names.contains(QStringLiteral("javascript-base-v1")));
    }

    void errorsAreKinds()
    {
        QCOMPARE(await(m_provider->getSandbox(QStringLiteral("00000000-0000-4000-8000-000000000000"))).error().kind,
                 Kind::NotFound);
        const auto bad = await(m_provider->getSandbox(QStringLiteral("not-a-uuid")));
        QCOMPARE(bad.error().kind, Kind::BadRequest);
        QVERIFY(!bad.error().message.isEmpty());
        CreateSandboxRequest unknown = createRequest();
        unknown.templateName = QStringLiteral("cobol-v9");
        const auto missing = await(m_provider->createSandbox(unknown));
        QCOMPARE(missing.error().kind, Kind::NotFound);
        QVERIFY2(missing.error().message.contains(QLatin1String("cobol-v9")), qPrintable(missing.error().message));

        AgentSandboxesProvider wrongToken(m_server.url(), "wrong");
        const auto refused = await(wrongToken.listSandboxes(0, 10));
        QCOMPARE(refused.error().kind, Kind::Unauthorized);
        QCOMPARE(refused.error().httpStatus, 401);
    }

    void rateLimitOfARealServer()
    {
        QTemporaryDir dir;
        ServerProcess limited;
        QVERIFY(limited.start(dir.path(), kToken, {QStringLiteral("--rate-limit"), QStringLiteral("3")}));
        AgentSandboxesProvider provider(limited.url(), kToken);
        QSignalSpy rateLimited(&provider, &SandboxProvider::rateLimited);
        for (int i = 0; i < 3; ++i)
            QVERIFY(await(provider.listSandboxes(0, 10)).ok());
        QCOMPARE(provider.transport()->rateLimit().limit, 3);
        QCOMPARE(provider.transport()->rateLimit().remaining, 0);
        // The window is spent: the client holds the next request instead of earning a 429.
        const int sent = provider.requestsSent();
        auto held = provider.listSandboxes(0, 10, CallOptions{0, 1});
        const qint64 hold = provider.transport()->holdMs();
        QVERIFY(hold > 0);
        // Watched for most of the hold, but not past the window's end (it may be near).
        QTest::qWait(int(std::clamp<qint64>(hold - 200, 0, 500)));
        QVERIFY(!held.isFinished());
        QCOMPARE(provider.requestsSent(), sent);
        QCOMPARE(limited.stop(), 0);
    }

    void burstLimitIsWaitedOut()
    {
        // The default limit allows 10 requests a second: 15 at once earn 429s, which the
        // client waits out (Retry-After) and resends, so every call still succeeds.
        QTemporaryDir dir;
        ServerProcess limited;
        QVERIFY(limited.start(dir.path(), kToken));
        AgentSandboxesProvider provider(limited.url(), kToken);
        QSignalSpy rateLimited(&provider, &SandboxProvider::rateLimited);
        QList<QFuture<ApiResult<SandboxPage>>> futures;
        for (int i = 0; i < 15; ++i)
            futures.append(provider.listSandboxes(0, 10));
        for (const auto &future : futures) {
            const auto result = await(future, 30000);
            QVERIFY2(result.ok(), qPrintable(result.error().message));
        }
        QVERIFY(rateLimited.size() >= 1);
        QVERIFY(provider.requestsSent() > 15); // the refused ones went again
        QCOMPARE(limited.stop(), 0);
    }

    void vanishedServerIsConnectionFailed()
    {
        QTemporaryDir dir;
        ServerProcess gone;
        QVERIFY(gone.start(dir.path(), kToken));
        const QUrl url = gone.url();
        QCOMPARE(gone.stop(), 0);
        AgentSandboxesProvider provider(url, kToken);
        const auto result = await(provider.listSandboxes(0, 10, CallOptions{2000, 1}));
        QCOMPARE(result.error().kind, Kind::ConnectionFailed);
    }

    void dateHeaderGivesTheClockSkew()
    {
        // sandbar-local dates every reply; on this machine both clocks are the same one.
        QVERIFY(await(m_provider->listSandboxes(0, 1)).ok());
        QVERIFY(m_provider->transport()->clockSkew().known());
        QVERIFY2(qAbs(m_provider->transport()->clockSkew().offsetMs()) <= 1000,
                 qPrintable(QString::number(m_provider->transport()->clockSkew().offsetMs())));
    }
};

QTEST_GUILESS_MAIN(TstProviderLocal)
#include "tst_providerlocal.moc"
