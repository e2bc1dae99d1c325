// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Code execution in persistent contexts, over real HTTP, in real sandboxes.
#include "common/httpclient.h"
#include "common/sandboxapi.h"
#include "common/serverprocess.h"
#include "common/testjson.h"
#include "core/api/apitypes.h"

#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString plain(const HttpResult &reply)
{
    return reply.json.value(QStringLiteral("results")).toObject().value(QStringLiteral("result")).toObject()
        .value(QStringLiteral("data")).toObject().value(QStringLiteral("text/plain")).toString();
}
QStringList stdoutLines(const HttpResult &reply)
{
    QStringList lines;
    for (const QJsonValue &line : reply.json.value(QStringLiteral("logs")).toObject().value(QStringLiteral("stdout")).toArray())
        lines.append(line.toString());
    return lines;
}
} // namespace

class TstCode : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<SandboxApi> m_api;
    QString m_id;

    HttpResult run(const QString &code, const QString &language = QStringLiteral("python"),
                   const QString &context = {}, int timeout = 60)
    {
        QJsonObject body{{QStringLiteral("code"), code}, {QStringLiteral("language"), language},
                         {QStringLiteral("timeout"), timeout}};
        if (!context.isEmpty())
            body.insert(QStringLiteral("context_id"), context);
        return m_http->post(SandboxApi::sandboxPath(m_id) + QStringLiteral("/code/run"), body);
    }

    QString newContext(const QString &language, const QJsonObject &extra = {})
    {
        QJsonObject body{{QStringLiteral("language"), language}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        const HttpResult reply = m_http->post(SandboxApi::sandboxPath(m_id) + QStringLiteral("/code/contexts"), body);
        if (reply.status != 201)
            qWarning("context: %d %s", reply.status, reply.body.constData());
        return reply.json.value(QStringLiteral("context_id")).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(m_dir.path(), "code-token", {QStringLiteral("--rate-limit"), QStringLiteral("0")}),
                 qPrintable(m_server.errorOutput()));
        m_http = std::make_unique<HttpClient>(m_server.url(), "code-token");
        m_api = std::make_unique<SandboxApi>(*m_http);
        m_id = m_api->create();
        QVERIFY(!m_id.isEmpty());
    }
    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

    void documentedShape()
    {
        const HttpResult reply = run(QStringLiteral("import numpy as np\nresult = np.array([1, 2, 3]).mean()\nprint(f\"Mean: {result}\")\nresult"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(keysOf(reply.json), keySet({"execution_id", "results", "error", "logs"}));
        QVERIFY(reply.json.value(QStringLiteral("error")).isNull());
        const QJsonObject results = reply.json.value(QStringLiteral("results")).toObject();
        QCOMPARE(keysOf(results), keySet({"stdout", "stderr", "result"}));
        const QJsonObject line = results.value(QStringLiteral("stdout")).toArray().first().toObject();
        QCOMPARE(keysOf(line), keySet({"type", "line", "timestamp"}));
        QCOMPARE(line.value(QStringLiteral("type")).toString(), QStringLiteral("stdout"));
        QCOMPARE(line.value(QStringLiteral("line")).toString(), QStringLiteral("Mean: 2.0"));
        QVERIFY(Sandbar::Api::parseTimestamp(line.value(QStringLiteral("timestamp")).toString()));
        const QJsonObject result = results.value(QStringLiteral("result")).toObject();
        QCOMPARE(keysOf(result), keySet({"type", "data", "execution_count"}));
        QCOMPARE(result.value(QStringLiteral("type")).toString(), QStringLiteral("execution_result"));
        QCOMPARE(plain(reply), QStringLiteral("2.0"));
        QCOMPARE(keysOf(reply.json.value(QStringLiteral("logs")).toObject()), keySet({"stdout", "stderr"}));
        QCOMPARE(stdoutLines(reply), QStringList{QStringLiteral("Mean: 2.0")});
    }

    void statePersistsWithinAContextOnly()
    {
        // Default context: variables, imports, functions and the working directory persist.
        QCOMPARE(run(QStringLiteral("import os\ncounter = 1\ndef twice(v):\n    return 2 * v\nos.chdir('/tmp')")).status, 200);
        QCOMPARE(plain(run(QStringLiteral("counter += 1\n(twice(counter), os.getcwd())"))), QStringLiteral("(4, '/tmp')"));
        // Another context knows none of it.
        const QString other = newContext(QStringLiteral("python"));
        QVERIFY(!other.isEmpty());
        const HttpResult fresh = run(QStringLiteral("counter"), QStringLiteral("python"), other);
        QCOMPARE(fresh.status, 200);
        QCOMPARE(fresh.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("NameError"));
        QCOMPARE(plain(run(QStringLiteral("counter"))), QStringLiteral("2"));
    }

    void lastExpressionInEveryLanguage()
    {
        QCOMPARE(plain(run(QStringLiteral("a = 20\na + 22"))), QStringLiteral("42"));
        QCOMPARE(plain(run(QStringLiteral("const b = 40; b + 2"), QStringLiteral("javascript"))), QStringLiteral("42"));
        QCOMPARE(plain(run(QStringLiteral("b * 10"), QStringLiteral("javascript"))), QStringLiteral("400"));
        QCOMPARE(plain(run(QStringLiteral("({x: [1, 2]})"), QStringLiteral("javascript"))), QStringLiteral("{ x: [ 1, 2 ] }"));
        const HttpResult bash = run(QStringLiteral("V=7; echo $V; true"), QStringLiteral("bash"));
        QCOMPARE(plain(bash), QStringLiteral("0"));
        QCOMPARE(stdoutLines(bash), QStringList{QStringLiteral("7")});
        QCOMPARE(stdoutLines(run(QStringLiteral("echo $V"), QStringLiteral("bash"))), QStringList{QStringLiteral("7")});
        const HttpResult failing = run(QStringLiteral("ls /nonexistent"), QStringLiteral("bash"));
        QCOMPARE(plain(failing), QStringLiteral("2"));
        QVERIFY(!failing.json.value(QStringLiteral("error")).isNull());
    }

    void matplotlibPlotIsAPng()
    {
        const HttpResult reply = run(QStringLiteral("import matplotlib.pyplot as plt\nplt.plot([1, 3, 2])\nplt.title('t')\nplt.show()"));
        QCOMPARE(reply.status, 200);
        const QJsonObject result = reply.json.value(QStringLiteral("results")).toObject().value(QStringLiteral("result")).toObject();
        QCOMPARE(result.value(QStringLiteral("type")).toString(), QStringLiteral("display_data"));
        const QByteArray png = QByteArray::fromBase64(result.value(QStringLiteral("data")).toObject().value(QStringLiteral("image/png")).toString().toLatin1());
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        QImage image;
        QVERIFY(image.loadFromData(png, "PNG"));
        QVERIFY(image.width() > 100 && image.height() > 100);
        // A figure left as the last value is an image too.
        const HttpResult last = run(QStringLiteral("fig, ax = plt.subplots()\nax.bar([1, 2], [3, 4])\nfig"));
        const QJsonObject data = last.json.value(QStringLiteral("results")).toObject().value(QStringLiteral("result")).toObject().value(QStringLiteral("data")).toObject();
        QVERIFY2(data.contains(QStringLiteral("image/png")), qPrintable(QStringList(data.keys()).join(QLatin1Char(','))));
    }

    void htmlRepresentations()
    {
        const HttpResult frame = run(QStringLiteral("import pandas as pd\npd.DataFrame({'a': [1, 2], 'b': ['x', 'y']})"));
        QCOMPARE(frame.status, 200);
        const QJsonObject data = frame.json.value(QStringLiteral("results")).toObject().value(QStringLiteral("result")).toObject().value(QStringLiteral("data")).toObject();
        QVERIFY(data.value(QStringLiteral("text/html")).toString().contains(QStringLiteral("<table")));
        QVERIFY(data.value(QStringLiteral("text/plain")).toString().contains(QStringLiteral("a")));
        const HttpResult html = run(QStringLiteral("from IPython.display import HTML\nHTML('<b>bold</b>')"));
        QCOMPARE(html.json.value(QStringLiteral("results")).toObject().value(QStringLiteral("result")).toObject()
                     .value(QStringLiteral("data")).toObject().value(QStringLiteral("text/html")).toString(), QStringLiteral("<b>bold</b>"));
    }

    void exceptionsCarryNameAndTraceback()
    {
        const HttpResult reply = run(QStringLiteral("def inner():\n    raise ValueError('bad value')\ninner()"));
        QCOMPARE(reply.status, 200);
        const QJsonObject error = reply.json.value(QStringLiteral("error")).toObject();
        QCOMPARE(keysOf(error), keySet({"name", "value", "traceback"}));
        QCOMPARE(error.value(QStringLiteral("name")).toString(), QStringLiteral("ValueError"));
        QCOMPARE(error.value(QStringLiteral("value")).toString(), QStringLiteral("bad value"));
        QVERIFY(error.value(QStringLiteral("traceback")).toString().contains(QStringLiteral("inner()")));
        QVERIFY(!error.value(QStringLiteral("traceback")).toString().contains(QLatin1Char('\x1b'))); // no colour codes
        const HttpResult js = run(QStringLiteral("null.x"), QStringLiteral("javascript"));
        QCOMPARE(js.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("TypeError"));
        const HttpResult syntax = run(QStringLiteral("def ("));
        QCOMPARE(syntax.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("SyntaxError"));
    }

    void timeoutInterruptsAndKeepsState()
    {
        const QString context = newContext(QStringLiteral("python"));
        QCOMPARE(run(QStringLiteral("kept = 'still here'"), QStringLiteral("python"), context).status, 200);
        QElapsedTimer timer;
        timer.start();
        const HttpResult reply = run(QStringLiteral("while True: pass"), QStringLiteral("python"), context, 1);
        QCOMPARE(reply.status, 408);
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(plain(run(QStringLiteral("kept"), QStringLiteral("python"), context)), QStringLiteral("'still here'"));
        // JavaScript and bash too.
        const QString js = newContext(QStringLiteral("javascript"));
        QCOMPARE(run(QStringLiteral("var keep = 5"), QStringLiteral("javascript"), js).status, 200);
        QCOMPARE(run(QStringLiteral("while (true) {}"), QStringLiteral("javascript"), js, 1).status, 408);
        QCOMPARE(plain(run(QStringLiteral("keep"), QStringLiteral("javascript"), js)), QStringLiteral("5"));
        const QString sh = newContext(QStringLiteral("bash"));
        QCOMPARE(run(QStringLiteral("KEEP=9"), QStringLiteral("bash"), sh).status, 200);
        QCOMPARE(run(QStringLiteral("sleep 100"), QStringLiteral("bash"), sh, 1).status, 408);
        QCOMPARE(stdoutLines(run(QStringLiteral("echo $KEEP"), QStringLiteral("bash"), sh)), QStringList{QStringLiteral("9")});
    }

    // code/complete and code/inspect: answers from the live context; nothing (at once) from a
    // context not started or running something; offsets in characters, emoji included.
    void completionAndInspection()
    {
        const QString sandbox = m_api->create();
        const QString complete = SandboxApi::sandboxPath(sandbox) + QStringLiteral("/code/complete");
        const QString inspect = SandboxApi::sandboxPath(sandbox) + QStringLiteral("/code/inspect");
        const auto ask = [&](const QString &path, const QString &language, const QString &code, int cursor) {
            return m_http->post(path, QJsonObject{{QStringLiteral("language"), language}, {QStringLiteral("code"), code},
                                                  {QStringLiteral("cursor"), cursor}});
        };
        const HttpResult cold = ask(complete, QStringLiteral("python"), QStringLiteral("o"), 1);
        QCOMPARE(cold.status, 200);
        QCOMPARE(cold.json.value(QStringLiteral("status")).toString(), QStringLiteral("not_started"));
        QCOMPARE(ask(complete, QStringLiteral("python"), QStringLiteral("o"), 2).status, 400); // past the end
        QCOMPARE(m_http->post(complete, QJsonObject{{QStringLiteral("language"), QStringLiteral("python")}}).status, 400);

        const auto runIn = [&](const QString &language, const QString &code) {
            return m_http->post(SandboxApi::sandboxPath(sandbox) + QStringLiteral("/code/run"),
                                QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("language"), language}});
        };
        QCOMPARE(runIn(QStringLiteral("python"), QStringLiteral("import os\nvalue_alpha = 1")).status, 200);
        const HttpResult python = ask(complete, QStringLiteral("python"), QStringLiteral("x = value_al"), 12);
        QCOMPARE(python.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(python.json.value(QStringLiteral("matches")).toArray(), QJsonArray{QStringLiteral("value_alpha")});
        QCOMPARE(python.json.value(QStringLiteral("cursor_start")).toInt(), 4);
        const HttpResult described = ask(inspect, QStringLiteral("python"), QStringLiteral("os.path.join"), 12);
        QVERIFY(described.json.value(QStringLiteral("found")).toBool());
        QVERIFY(described.json.value(QStringLiteral("text")).toString().startsWith(QStringLiteral("os.path.join(")));

        QCOMPARE(runIn(QStringLiteral("javascript"), QStringLiteral("var thing = {alpha: 1, get trap() { while (true) {} }}")).status, 200);
        // Characters, not UTF-16 units: the emoji is one.
        const QString line = QStringLiteral("'\U0001F600'; thing.al");
        const int cursor = int(line.toUcs4().size());
        const HttpResult js = ask(complete, QStringLiteral("javascript"), line, cursor);
        QCOMPARE(js.json.value(QStringLiteral("matches")).toArray(), QJsonArray{QStringLiteral("alpha")});
        QCOMPARE(js.json.value(QStringLiteral("cursor_start")).toInt(), cursor - 2);
        // A getter that never returns is not run by inspecting the object, nor does it hang it.
        const HttpResult object = ask(inspect, QStringLiteral("javascript"), QStringLiteral("thing"), 5);
        QVERIFY(object.json.value(QStringLiteral("found")).toBool());
        QCOMPARE(runIn(QStringLiteral("javascript"), QStringLiteral("thing.alpha + 1")).json.value(QStringLiteral("results")).toObject()
                     .value(QStringLiteral("result")).toObject().value(QStringLiteral("data")).toObject()
                     .value(QStringLiteral("text/plain")).toString(),
                 QStringLiteral("2")); // the context lives on

        // A run in progress: completion answers at once, with nothing.
        QNetworkAccessManager manager;
        QNetworkRequest slow(m_server.url().resolved(QUrl(SandboxApi::sandboxPath(sandbox) + QStringLiteral("/code/run"))));
        slow.setRawHeader("Authorization", "Bearer " + m_server.token());
        slow.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const QByteArray slowBody = QJsonDocument(QJsonObject{{QStringLiteral("code"), QStringLiteral("import time\ntime.sleep(3)")}, {QStringLiteral("language"), QStringLiteral("python")}}).toJson();
        QNetworkReply *running = manager.post(slow, slowBody);
        QTest::qWait(700);
        QElapsedTimer clock;
        clock.start();
        const HttpResult busy = ask(complete, QStringLiteral("python"), QStringLiteral("value_al"), 8);
        QCOMPARE(busy.json.value(QStringLiteral("status")).toString(), QStringLiteral("busy"));
        QVERIFY(clock.elapsed() < 1000);
        QTRY_VERIFY_WITH_TIMEOUT(running->isFinished(), 10000);
        QCOMPARE(running->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete running;
    }

    void interruptStopsTheRunAndKeepsState()
    {
        const QString path = SandboxApi::sandboxPath(m_id) + QStringLiteral("/code/interrupt");
        const QString context = newContext(QStringLiteral("python"));
        QCOMPARE(run(QStringLiteral("kept = 'here'"), QStringLiteral("python"), context).status, 200);
        // Nothing running: nothing is signalled, and the context stays.
        const HttpResult idle = m_http->post(path, QJsonObject{{QStringLiteral("context_id"), context}});
        QCOMPARE(idle.status, 200);
        QCOMPARE(idle.json.value(QStringLiteral("context_id")).toString(), context);
        QCOMPARE(idle.json.value(QStringLiteral("interrupted")).toBool(), false);

        QNetworkAccessManager manager;
        QNetworkRequest request(m_server.url().resolved(QUrl(SandboxApi::sandboxPath(m_id) + QStringLiteral("/code/run"))));
        request.setRawHeader("Authorization", "Bearer code-token");
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const QJsonObject body{{QStringLiteral("code"), QStringLiteral("while True: pass")},
                               {QStringLiteral("context_id"), context}, {QStringLiteral("timeout"), 60}};
        QNetworkReply *reply = manager.post(request, QJsonDocument(body).toJson());
        QElapsedTimer timer;
        timer.start();
        // The run may not have reached the interpreter yet: interrupting is retried until it has.
        bool interrupted = false;
        while (!interrupted && !reply->isFinished() && timer.elapsed() < 10000) {
            const HttpResult answer = m_http->post(path, QJsonObject{{QStringLiteral("context_id"), context}});
            QCOMPARE(answer.status, 200);
            interrupted = answer.json.value(QStringLiteral("interrupted")).toBool();
            if (!interrupted)
                QTest::qWait(50);
        }
        QVERIFY(interrupted);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject ran = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(ran.value(QStringLiteral("error")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("KeyboardInterrupt"));
        reply->deleteLater();
        QCOMPARE(plain(run(QStringLiteral("kept"), QStringLiteral("python"), context)), QStringLiteral("'here'"));

        // Without a context_id: the default context of `language`; one that never started is 404.
        QCOMPARE(run(QStringLiteral("1"), QStringLiteral("python")).status, 200);
        const HttpResult byLanguage = m_http->post(path, QJsonObject{{QStringLiteral("language"), QStringLiteral("python")}});
        QCOMPARE(byLanguage.status, 200);
        QVERIFY(!byLanguage.json.value(QStringLiteral("context_id")).toString().isEmpty());
        const QString fresh = m_api->create();
        QCOMPARE(m_http->post(SandboxApi::sandboxPath(fresh) + QStringLiteral("/code/interrupt"), QJsonObject{}).status, 404);
        QCOMPARE(m_http->post(path, QJsonObject{{QStringLiteral("context_id"), QStringLiteral("ctx_nothing")}}).status, 404);
        QCOMPARE(m_http->post(path, QJsonObject{{QStringLiteral("language"), QStringLiteral("cobol")}}).status, 400);
        QCOMPARE(m_http->post(path, QJsonObject{{QStringLiteral("context_id"), 7}}).status, 400);
        QCOMPARE(m_api->kill(fresh).status, 200);
    }

    void printLoopStreamsInOrder()
    {
        QNetworkAccessManager manager;
        QNetworkRequest request(m_server.url().resolved(QUrl(SandboxApi::sandboxPath(m_id) + QStringLiteral("/code/run"))));
        request.setRawHeader("Authorization", "Bearer code-token");
        request.setRawHeader("Accept", "text/event-stream");
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = manager.post(request, QByteArray(R"({"code": "import time\nfor i in range(5):\n    print(i, flush=True)\n    time.sleep(0.3)\n'end'"})"));
        QByteArray received;
        QElapsedTimer timer;
        timer.start();
        qint64 firstEventAt = -1;
        connect(reply, &QNetworkReply::readyRead, this, [&received, reply, &firstEventAt, &timer] {
            received += reply->readAll();
            if (firstEventAt < 0 && received.contains("event: stdout"))
                firstEventAt = timer.elapsed();
        });
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
        received += reply->readAll();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(QStringLiteral("text/event-stream")));
        // The first line arrived long before the run ended.
        QVERIFY2(firstEventAt >= 0 && firstEventAt < 1000, qPrintable(QString::number(firstEventAt)));
        QStringList lines;
        QString lastEvent;
        QJsonObject done;
        for (const QByteArray &block : received.split('\n')) {
            if (block.startsWith("event: "))
                lastEvent = QString::fromUtf8(block.mid(7));
            else if (block.startsWith("data: ")) {
                const QJsonObject data = QJsonDocument::fromJson(block.mid(6)).object();
                if (lastEvent == QLatin1String("stdout"))
                    lines.append(data.value(QStringLiteral("line")).toString());
                if (lastEvent == QLatin1String("done"))
                    done = data;
            }
        }
        QCOMPARE(lines, QStringList({QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}));
        QCOMPARE(lastEvent, QStringLiteral("done"));
        QCOMPARE(done.value(QStringLiteral("results")).toObject().value(QStringLiteral("result")).toObject()
                     .value(QStringLiteral("data")).toObject().value(QStringLiteral("text/plain")).toString(), QStringLiteral("'end'"));
        reply->deleteLater();
    }

    void outputIsCapped()
    {
        const HttpResult reply = run(QStringLiteral("import sys\nfor _ in range(20):\n    sys.stdout.write('x' * (1 << 20))\n'after'"));
        QCOMPARE(reply.status, 200);
        qsizetype total = 0;
        for (const QJsonValue &line : reply.json.value(QStringLiteral("logs")).toObject().value(QStringLiteral("stdout")).toArray())
            total += line.toString().size();
        QVERIFY2(total <= (10 << 20) + 200, qPrintable(QString::number(total)));
        QVERIFY(total >= (10 << 20));
        QVERIFY(stdoutLines(reply).last().contains(QStringLiteral("truncated")));
        QCOMPARE(plain(reply), QStringLiteral("'after'"));
        QCOMPARE(plain(run(QStringLiteral("'context fine'"))), QStringLiteral("'context fine'"));
    }

    void wideCharactersAreCappedNotLost()
    {
        const HttpResult reply = run(QStringLiteral("print('é' * (12 << 20))\n'after'"));
        QCOMPARE(reply.status, 200);
        const QStringList lines = stdoutLines(reply);
        QVERIFY(!lines.isEmpty());
        QVERIFY(lines.first().startsWith(QStringLiteral("ééé")));
        QVERIFY(lines.last().contains(QStringLiteral("truncated")));
        QCOMPARE(plain(reply), QStringLiteral("'after'"));
    }

    void contextsLifecycle()
    {
        const QString path = SandboxApi::sandboxPath(m_id) + QStringLiteral("/code/contexts");
        const HttpResult created = m_http->post(path, QJsonObject{{QStringLiteral("language"), QStringLiteral("python")},
                                                                  {QStringLiteral("cwd"), QStringLiteral("/tmp")}});
        QCOMPARE(created.status, 201);
        QCOMPARE(keysOf(created.json), keySet({"context_id", "language", "cwd", "created_at", "expires_at"}));
        const QString id = created.json.value(QStringLiteral("context_id")).toString();
        QVERIFY(id.startsWith(QStringLiteral("ctx_")));
        const auto createdAt = Sandbar::Api::parseTimestamp(created.json.value(QStringLiteral("created_at")).toString());
        const auto expiresAt = Sandbar::Api::parseTimestamp(created.json.value(QStringLiteral("expires_at")).toString());
        QCOMPARE(createdAt->secsTo(*expiresAt), 3600);
        QCOMPARE(plain(run(QStringLiteral("import os\nos.getcwd()"), QStringLiteral("python"), id)), QStringLiteral("'/tmp'"));

        const HttpResult got = m_http->get(path + QLatin1Char('/') + id);
        QCOMPARE(got.status, 200);
        QCOMPARE(keysOf(got.json), keySet({"context_id", "language", "cwd", "status", "created_at", "expires_at", "last_used"}));
        QCOMPARE(got.json.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QVERIFY(m_http->get(path).json.value(QStringLiteral("contexts")).toArray().size() >= 1);

        const HttpResult removed = m_http->del(path + QLatin1Char('/') + id);
        QCOMPARE(removed.status, 200);
        QCOMPARE(keysOf(removed.json), keySet({"message", "context_id"}));
        QCOMPARE(m_http->get(path + QLatin1Char('/') + id).status, 404);
        QCOMPARE(run(QStringLiteral("1"), QStringLiteral("python"), id).status, 404);
        QCOMPARE(m_http->del(path + QLatin1Char('/') + id).status, 404);
        QCOMPARE(m_http->post(path, QJsonObject{{QStringLiteral("language"), QStringLiteral("cobol")}}).status, 400);
        QCOMPARE(run(QStringLiteral("1"), QStringLiteral("ruby")).status, 400);
        QCOMPARE(m_http->post(SandboxApi::sandboxPath(m_id) + QStringLiteral("/code/run"), QJsonObject{}).status, 400);
    }

    void contextPastItsExpiryIsGone()
    {
        const QString id = newContext(QStringLiteral("python"), QJsonObject{{QStringLiteral("timeout"), 2}});
        QVERIFY(!id.isEmpty());
        const QString path = SandboxApi::sandboxPath(m_id) + QStringLiteral("/code/contexts/") + id;
        QCOMPARE(m_http->get(path).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_http->get(path).status, 404, 5000);
        QCOMPARE(run(QStringLiteral("1"), QStringLiteral("python"), id).status, 404);
    }

    void historyRecordsEveryRun()
    {
        const HttpResult ran = run(QStringLiteral("'remember me'"));
        const QString executionId = ran.json.value(QStringLiteral("execution_id")).toString();
        const HttpResult list = m_http->get(SandboxApi::sandboxPath(m_id) + QStringLiteral("/code/executions?limit=5"));
        QCOMPARE(list.status, 200);
        QVERIFY(list.json.value(QStringLiteral("total")).toInt() >= 10);
        const QJsonObject newest = list.json.value(QStringLiteral("executions")).toArray().first().toObject();
        QCOMPARE(newest.value(QStringLiteral("execution_id")).toString(), executionId);
        QCOMPARE(newest.value(QStringLiteral("code")).toString(), QStringLiteral("'remember me'"));
        QCOMPARE(newest.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(newest.value(QStringLiteral("language")).toString(), QStringLiteral("python"));
        // Which context it ran in (the default one, here) and what it said, for lists.
        QCOMPARE(newest.value(QStringLiteral("default_context")), QJsonValue(true));
        QCOMPARE(newest.value(QStringLiteral("output_summary")).toString(), QStringLiteral("'remember me'"));
        const QString context = newContext(QStringLiteral("python"));
        QCOMPARE(run(QStringLiteral("print('one')\nprint('two')"), QStringLiteral("python"), context).status, 200);
        QCOMPARE(run(QStringLiteral("1 / 0")).status, 200);
        const QJsonArray latest = m_http->get(SandboxApi::sandboxPath(m_id) + QStringLiteral("/code/executions?limit=2"))
                                      .json.value(QStringLiteral("executions")).toArray();
        QCOMPARE(latest.at(0).toObject().value(QStringLiteral("output_summary")).toString(),
                 QStringLiteral("ZeroDivisionError: division by zero"));
        QCOMPARE(latest.at(1).toObject().value(QStringLiteral("output_summary")).toString(), QStringLiteral("two"));
        QCOMPARE(latest.at(1).toObject().value(QStringLiteral("default_context")), QJsonValue(false));
        QCOMPARE(latest.at(1).toObject().value(QStringLiteral("context_id")).toString(), context);
        const HttpResult one = m_http->get(SandboxApi::sandboxPath(m_id) + QStringLiteral("/code/executions/") + executionId);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json.value(QStringLiteral("reply")).toObject(), ran.json);
        QCOMPARE(m_http->get(SandboxApi::sandboxPath(m_id) + QStringLiteral("/code/executions/exec_nothing")).status, 404);
    }

    void endedSandboxHasNoContexts()
    {
        const QString id = m_api->create();
        const HttpResult reply = m_http->post(SandboxApi::sandboxPath(id) + QStringLiteral("/code/run"),
                                              QJsonObject{{QStringLiteral("code"), QStringLiteral("1 + 1")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(m_api->kill(id).status, 200);
        QCOMPARE(m_http->post(SandboxApi::sandboxPath(id) + QStringLiteral("/code/run"),
                              QJsonObject{{QStringLiteral("code"), QStringLiteral("1 + 1")}}).status, 400);
        QTRY_VERIFY_WITH_TIMEOUT(sandboxProcesses(id).isEmpty(), 2000);
    }
};

QTEST_GUILESS_MAIN(TstCode)
#include "tst_code.moc"
