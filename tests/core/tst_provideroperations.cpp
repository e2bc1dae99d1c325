// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Files, commands and code of the Agent Sandboxes API: the requests the adapter builds and the
// documented example replies it reads, against the test's own server (sandbar-local does not
// serve these endpoints yet).
#include "common/fakehttpserver.h"
#include "common/futurewait.h"
#include "core/providers/agentsandboxesprovider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Sandbar::Core;
using namespace Sandbar::Api;
using Kind = ApiError::Kind;

namespace {
const QString kId = QStringLiteral("550e8400-e29b-41d4-a716-446655440000");
const QString kBase = QStringLiteral("/v1/agents/sandboxes/550e8400-e29b-41d4-a716-446655440000");

QJsonObject bodyOf(const FakeHttpServer::Request &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

QByteArray doc(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}
} // namespace

class TstProviderOperations : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<AgentSandboxesProvider> m_provider;

    FakeHttpServer::Request lastRequest() const { return m_server->requests().value(m_server->requests().size() - 1); }

private slots:
    void init()
    {
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
        m_provider = std::make_unique<AgentSandboxesProvider>(m_server->url(), "k");
    }

    void cleanup()
    {
        m_provider.reset();
        m_server.reset();
    }

    void capabilities()
    {
        QVERIFY(m_provider->capabilities().testFlag(SandboxProvider::Capability::Files));
        QVERIFY(m_provider->capabilities().testFlag(SandboxProvider::Capability::CodeContexts));
    }

    void readFile()
    {
        m_server->setResponses({FakeHttpServer::json(
            200, doc(QJsonObject{{QStringLiteral("content"), QStringLiteral("{\"name\": \"example\", \"value\": 42}")},
                                 {QStringLiteral("path"), QStringLiteral("/home/user/data.json")},
                                 {QStringLiteral("size"), 35}}))});
        const auto result = await(m_provider->readFile(kId, QStringLiteral("/home/user/data.json")));
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result->size, 35);
        QCOMPARE(result->content, QStringLiteral("{\"name\": \"example\", \"value\": 42}"));
        QCOMPARE(lastRequest().method, QByteArray("POST"));
        QCOMPARE(lastRequest().path, kBase + QStringLiteral("/files/read"));
        QCOMPARE(lastRequest().headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(bodyOf(lastRequest()), obj("{\"path\":\"/home/user/data.json\"}"));
    }

    void writeFile()
    {
        m_server->setResponses({FakeHttpServer::json(
            200, "{\"message\":\"File written successfully\",\"path\":\"/home/user/output.txt\",\"bytes_written\":13}")});
        const auto result = await(m_provider->writeFile(kId, QStringLiteral("/home/user/output.txt"), QStringLiteral("Hello, World!")));
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result->bytesWritten, 13);
        QCOMPARE(lastRequest().path, kBase + QStringLiteral("/files/write"));
        QCOMPARE(bodyOf(lastRequest()), obj("{\"path\":\"/home/user/output.txt\",\"content\":\"Hello, World!\"}"));
    }

    void listFiles()
    {
        m_server->setResponses({FakeHttpServer::json(200,
            "{\"files\":[{\"name\":\"data.json\",\"path\":\"/home/user/data.json\",\"size\":35,\"is_dir\":false,"
            "\"modified_at\":\"2025-10-23T12:30:00Z\"},{\"name\":\"scripts\",\"path\":\"/home/user/scripts\",\"size\":4096,"
            "\"is_dir\":true,\"modified_at\":\"2025-10-23T12:25:00Z\"}]}")});
        const auto result = await(m_provider->listFiles(kId, QStringLiteral("/home/user")));
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result->files.size(), 2);
        QVERIFY(result->files.at(1).isDir);
        QCOMPARE(result->files.at(1).modifiedAt, QDateTime(QDate(2025, 10, 23), QTime(12, 25), QTimeZone::utc()));
        QCOMPARE(lastRequest().path, kBase + QStringLiteral("/files/list"));
        QCOMPARE(bodyOf(lastRequest()), obj("{\"path\":\"/home/user\"}"));
    }

    void listFilesRejectsABadEntry()
    {
        m_server->setResponses({FakeHttpServer::json(200,
            "{\"files\":[{\"name\":\"a\",\"path\":\"/a\",\"size\":1,\"is_dir\":\"no\",\"modified_at\":\"2025-10-23T12:30:00Z\"}]}")});
        const auto result = await(m_provider->listFiles(kId, QStringLiteral("/")));
        QCOMPARE(result.error().kind, Kind::MalformedResponse);
        QVERIFY2(result.error().message.contains(QLatin1String("files[0]")), qPrintable(result.error().message));
    }

    void deleteAndMkdir()
    {
        m_server->setResponses({FakeHttpServer::json(200, "{\"message\":\"File deleted successfully\",\"path\":\"/home/user/temp.txt\"}")});
        const auto deleted = await(m_provider->deleteFile(kId, QStringLiteral("/home/user/temp.txt")));
        QVERIFY(deleted.ok());
        QCOMPARE(deleted->subject, QStringLiteral("/home/user/temp.txt"));
        QCOMPARE(lastRequest().path, kBase + QStringLiteral("/files/delete"));
        m_server->setResponses({FakeHttpServer::json(200, "{\"message\":\"Directory created successfully\",\"path\":\"/home/user/new_directory\"}")});
        QVERIFY(await(m_provider->makeDirectory(kId, QStringLiteral("/home/user/new_directory"))).ok());
        QCOMPARE(lastRequest().path, kBase + QStringLiteral("/files/mkdir"));
        QCOMPARE(bodyOf(lastRequest()), obj("{\"path\":\"/home/user/new_directory\"}"));
    }

    void upload()
    {
        m_server->setResponses({FakeHttpServer::json(200,
            "{\"message\":\"File uploaded successfully\",\"path\":\"/home/user/documents/document.pdf\",\"size\":5}")});
        const auto result = await(m_provider->uploadFile(kId, QStringLiteral("document.pdf"), "%PDF\x01",
                                                         QStringLiteral("/home/user/documents/document.pdf")));
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        const auto request = lastRequest();
        QCOMPARE(request.path, kBase + QStringLiteral("/upload"));
        const QByteArray type = request.headers.value("content-type");
        QVERIFY(type.startsWith("multipart/form-data; boundary="));
        const QByteArray boundary = type.mid(type.indexOf('=') + 1);
        QVERIFY(request.body.startsWith("--" + boundary + "\r\n"));
        QVERIFY(request.body.contains("name=\"file\"; filename=\"document.pdf\"\r\n"));
        QVERIFY(request.body.contains("\r\n\r\n%PDF\x01\r\n"));
        QVERIFY(request.body.contains("name=\"path\"\r\n\r\n/home/user/documents/document.pdf\r\n"));
        QVERIFY(request.body.endsWith("--" + boundary + "--\r\n"));
    }

    void download()
    {
        FakeHttpServer::Response response;
        response.body = QByteArray("a,b\n1,2\n\x00\xff", 10);
        response.headers = {qMakePair(QByteArray("Content-Type"), QByteArray("application/octet-stream"))};
        m_server->setResponses({response});
        const auto result = await(m_provider->downloadFile(kId, QStringLiteral("/home/user/a b&c+d.csv")));
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(*result, response.body);
        QCOMPARE(lastRequest().method, QByteArray("GET"));
        QCOMPARE(lastRequest().path, kBase + QStringLiteral("/download"));
        QCOMPARE(lastRequest().query.queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded),
                 QStringLiteral("/home/user/a b&c+d.csv"));
    }

    void runCommand()
    {
        m_server->setResponses({FakeHttpServer::json(200,
            "{\"stdout\":\"Hello from Python\\n\",\"stderr\":\"\",\"exit_code\":0,\"duration_ms\":152,\"success\":true}")});
        CommandRequest command;
        command.command = QStringLiteral("python");
        command.args = {QStringLiteral("-c"), QStringLiteral("print(\"Hello from Python\")")};
        command.workingDir = QStringLiteral("/home/user");
        command.environment.insert(QStringLiteral("PYTHONPATH"), QStringLiteral("/home/user/libs"));
        command.timeoutMs = 10000;
        const auto result = await(m_provider->runCommand(kId, command));
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result->stdOut, QStringLiteral("Hello from Python\n"));
        QCOMPARE(result->durationMs, 152);
        QVERIFY(result->success);
        QCOMPARE(lastRequest().path, kBase + QStringLiteral("/commands/run"));
        QCOMPARE(bodyOf(lastRequest()),
                 obj("{\"command\":\"python\",\"args\":[\"-c\",\"print(\\\"Hello from Python\\\")\"],\"working_dir\":\"/home/user\","
                     "\"environment\":{\"PYTHONPATH\":\"/home/user/libs\"},\"timeout\":10000}"));
    }

    void commandTimeoutIs408()
    {
        m_server->setResponses({FakeHttpServer::json(408, "{\"error\":\"timeout\",\"message\":\"command timed out after 10 s\"}")});
        const auto result = await(m_provider->runCommand(kId, CommandRequest{QStringLiteral("sleep"), {}, {}, {}, 10}));
        QCOMPARE(result.error().kind, Kind::TimedOut);
        QCOMPARE(result.error().message, QStringLiteral("command timed out after 10 s"));
        QCOMPARE(m_server->requests().size(), 1);
    }

    void runCode()
    {
        m_server->setResponses({FakeHttpServer::json(200,
            "{\"execution_id\":\"exec_123abc\",\"results\":{\"stdout\":[{\"type\":\"stdout\",\"line\":\"Mean: 2.0\","
            "\"timestamp\":\"2025-10-23T12:35:01Z\"}],\"result\":{\"type\":\"execution_result\",\"data\":{\"text/plain\":\"2.0\"},"
            "\"execution_count\":1}},\"error\":null,\"logs\":{\"stdout\":[\"Mean: 2.0\"],\"stderr\":[]}}")});
        CodeRunRequest run;
        run.code = QStringLiteral("print(1)");
        run.language = QStringLiteral("python");
        run.timeoutSeconds = 30;
        const auto result = await(m_provider->runCode(kId, run));
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result->executionId, QStringLiteral("exec_123abc"));
        QCOMPARE(result->stdoutEvents.size(), 1);
        QCOMPARE(result->stdoutEvents.first().line, QStringLiteral("Mean: 2.0"));
        QCOMPARE(result->resultText(), QStringLiteral("2.0"));
        QVERIFY(!result->failed());
        QCOMPARE(result->logStdout, QStringList{QStringLiteral("Mean: 2.0")});
        QCOMPARE(lastRequest().path, kBase + QStringLiteral("/code/run"));
        QCOMPARE(bodyOf(lastRequest()), obj("{\"code\":\"print(1)\",\"language\":\"python\",\"timeout\":30}"));
    }

    void runCodeError()
    {
        m_server->setResponses({FakeHttpServer::json(200,
            "{\"execution_id\":\"e2\",\"results\":{},\"error\":{\"name\":\"ZeroDivisionError\",\"value\":\"division by zero\"},"
            "\"logs\":{\"stdout\":[],\"stderr\":[\"Traceback\"]}}")});
        const auto result = await(m_provider->runCode(kId, CodeRunRequest{QStringLiteral("1/0"), {}, QStringLiteral("ctx_1"), {}, {}, true, true, true, true, {}, {}}));
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QVERIFY(result->failed());
        QCOMPARE(result->error.value(QStringLiteral("name")).toString(), QStringLiteral("ZeroDivisionError"));
        QCOMPARE(bodyOf(lastRequest()).value(QStringLiteral("context_id")).toString(), QStringLiteral("ctx_1"));
        QCOMPARE(bodyOf(lastRequest()).value(QStringLiteral("on_stdout")).toBool(), true);
    }

    void codeContexts()
    {
        m_server->setResponses({FakeHttpServer::json(201,
            "{\"context_id\":\"ctx_550e\",\"language\":\"python\",\"cwd\":\"/home/user/project\","
            "\"created_at\":\"2025-10-23T12:35:00Z\",\"expires_at\":\"2025-10-23T13:35:00Z\"}")});
        const auto created = await(m_provider->createCodeContext(kId, QStringLiteral("python"), QStringLiteral("/home/user/project")));
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        QCOMPARE(created->contextId, QStringLiteral("ctx_550e"));
        QCOMPARE(lastRequest().path, kBase + QStringLiteral("/code/contexts"));
        QCOMPARE(bodyOf(lastRequest()), obj("{\"language\":\"python\",\"cwd\":\"/home/user/project\"}"));

        m_server->setResponses({FakeHttpServer::json(200,
            "{\"context_id\":\"ctx_550e\",\"language\":\"python\",\"cwd\":\"/home/user/project\",\"status\":\"active\","
            "\"created_at\":\"2025-10-23T12:35:00Z\",\"expires_at\":\"2025-10-23T13:35:00Z\",\"last_used\":\"2025-10-23T12:40:00Z\"}")});
        const auto got = await(m_provider->getCodeContext(kId, QStringLiteral("ctx_550e")));
        QVERIFY2(got.ok(), qPrintable(got.error().message));
        QCOMPARE(got->status, QStringLiteral("active"));
        QVERIFY(got->lastUsed.isValid());
        QCOMPARE(lastRequest().method, QByteArray("GET"));
        QCOMPARE(lastRequest().path, kBase + QStringLiteral("/code/contexts/ctx_550e"));

        m_server->setResponses({FakeHttpServer::json(200, "{\"message\":\"Context deleted successfully\",\"context_id\":\"ctx_550e\"}")});
        QVERIFY(await(m_provider->deleteCodeContext(kId, QStringLiteral("ctx_550e"))).ok());
        QCOMPARE(lastRequest().method, QByteArray("DELETE"));
    }

    void hostUrl()
    {
        m_server->setResponses({FakeHttpServer::json(200, "{\"url\":\"https://550e8400-e29b-41d4-a716-446655440000-8000.gravixlayer.com\"}")});
        const auto result = await(m_provider->hostUrl(kId, 8000));
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        QCOMPARE(result->url.host(), QStringLiteral("550e8400-e29b-41d4-a716-446655440000-8000.gravixlayer.com"));
        QCOMPARE(lastRequest().path, kBase + QStringLiteral("/host/8000"));
        m_server->setResponses({FakeHttpServer::json(200, "{\"url\":\"not a url\"}")});
        QCOMPARE(await(m_provider->hostUrl(kId, 8000)).error().kind, Kind::MalformedResponse);
    }

    void pathParametersAreEncoded()
    {
        m_server->setResponses({FakeHttpServer::json(404, "{\"error\":\"not_found\",\"message\":\"no\"}")});
        const auto result = await(m_provider->getCodeContext(kId, QStringLiteral("a/b?c")));
        QCOMPARE(result.error().kind, Kind::NotFound);
        QCOMPARE(lastRequest().path, kBase + QStringLiteral("/code/contexts/a%2Fb%3Fc")); // one segment
        QVERIFY(!lastRequest().query.hasQueryItem(QStringLiteral("c")));
    }
};

QTEST_GUILESS_MAIN(TstProviderOperations)
#include "tst_provideroperations.moc"
