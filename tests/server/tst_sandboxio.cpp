// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Files and commands of the Agent Sandboxes API, over real HTTP, inside real sandboxes.
#include "common/httpclient.h"
#include "common/sandboxapi.h"
#include "common/serverprocess.h"
#include "common/testjson.h"
#include "core/api/apitypes.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {
QString out(const HttpResult &reply)
{
    return reply.json.value(QStringLiteral("stdout")).toString();
}
} // namespace

class TstSandboxIo : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<SandboxApi> m_api;
    QString m_id;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(m_dir.path(), "io-token", {QStringLiteral("--rate-limit"), QStringLiteral("0")}),
                 qPrintable(m_server.errorOutput()));
        m_http = std::make_unique<HttpClient>(m_server.url(), "io-token");
        m_api = std::make_unique<SandboxApi>(*m_http);
        m_id = m_api->create(QJsonObject{{QStringLiteral("env_vars"), QJsonObject{{QStringLiteral("GREETING"), QStringLiteral("hello")}}}});
        QVERIFY(!m_id.isEmpty());
    }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

    void shellCommand()
    {
        const HttpResult reply = m_api->run(m_id, QStringLiteral("echo out; echo err >&2; id -un; pwd; echo $GREETING"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(keysOf(reply.json), keySet({"stdout", "stderr", "exit_code", "duration_ms", "success"}));
        QCOMPARE(out(reply), QStringLiteral("out\nuser\n/home/user\nhello\n"));
        QCOMPARE(reply.json.value(QStringLiteral("stderr")).toString(), QStringLiteral("err\n"));
        QCOMPARE(reply.json.value(QStringLiteral("exit_code")).toInt(), 0);
        QCOMPARE(reply.json.value(QStringLiteral("success")).toBool(), true);
        QVERIFY(reply.json.value(QStringLiteral("duration_ms")).isDouble());
    }

    void programWithArgs()
    {
        const HttpResult reply = m_api->exec(m_id, QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral("print(6 * 7)")});
        QCOMPARE(reply.status, 200);
        QCOMPARE(out(reply), QStringLiteral("42\n"));
        // No shell: metacharacters are plain arguments.
        const HttpResult literal = m_api->exec(m_id, QStringLiteral("echo"), {QStringLiteral("$HOME; rm -rf /")});
        QCOMPARE(out(literal), QStringLiteral("$HOME; rm -rf /\n"));
    }

    void exitCodesAndFailures()
    {
        const HttpResult failing = m_api->run(m_id, QStringLiteral("exit 3"));
        QCOMPARE(failing.status, 200);
        QCOMPARE(failing.json.value(QStringLiteral("exit_code")).toInt(), 3);
        QCOMPARE(failing.json.value(QStringLiteral("success")).toBool(), false);
        QVERIFY(!failing.json.contains(QStringLiteral("error")));

        const HttpResult missing = m_api->exec(m_id, QStringLiteral("no-such-program"), {});
        QCOMPARE(missing.status, 200);
        QCOMPARE(missing.json.value(QStringLiteral("success")).toBool(), false);
        QVERIFY(missing.json.value(QStringLiteral("error")).toString().contains(QStringLiteral("no-such-program")));

        const HttpResult badDir = m_http->post(SandboxApi::sandboxPath(m_id) + QStringLiteral("/commands/run"),
                                               QJsonObject{{QStringLiteral("command"), QStringLiteral("pwd")},
                                                           {QStringLiteral("working_dir"), QStringLiteral("/nowhere")}});
        QCOMPARE(badDir.status, 200);
        QVERIFY(badDir.json.value(QStringLiteral("error")).toString().contains(QStringLiteral("/nowhere")));
    }

    void workingDirAndEnvironment()
    {
        const HttpResult reply = m_http->post(
            SandboxApi::sandboxPath(m_id) + QStringLiteral("/commands/run"),
            QJsonObject{{QStringLiteral("command"), QStringLiteral("pwd; echo $FOO")},
                        {QStringLiteral("working_dir"), QStringLiteral("/tmp")},
                        {QStringLiteral("environment"), QJsonObject{{QStringLiteral("FOO"), QStringLiteral("bar baz")}}}});
        QCOMPARE(out(reply), QStringLiteral("/tmp\nbar baz\n"));
    }

    void commandTimeoutIs408AndKills()
    {
        QElapsedTimer timer;
        timer.start();
        const HttpResult reply = m_api->run(m_id, QStringLiteral("sleep 1000 & sleep 1000"), 700);
        QCOMPARE(reply.status, 408);
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(reply.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("700 ms")));
        // Neither sleep survives.
        QTRY_COMPARE(out(m_api->run(m_id, QStringLiteral("pgrep -c -x sleep || true"))).trimmed(), QStringLiteral("0"));
    }

    void badCommandRequests()
    {
        const QString path = SandboxApi::sandboxPath(m_id) + QStringLiteral("/commands/run");
        QCOMPARE(m_http->post(path, QJsonObject{}).status, 400);
        QCOMPARE(m_http->post(path, QJsonObject{{QStringLiteral("command"), QStringLiteral("  ")}}).status, 400);
        QCOMPARE(m_http->post(path, QJsonObject{{QStringLiteral("command"), QStringLiteral("ls")}, {QStringLiteral("args"), QStringLiteral("-l")}}).status, 400);
        QCOMPARE(m_http->post(path, QJsonObject{{QStringLiteral("command"), QStringLiteral("ls")}, {QStringLiteral("timeout"), 0}}).status, 400);
        QCOMPARE(m_http->post(path, QJsonObject{{QStringLiteral("command"), QStringLiteral("ls")}, {QStringLiteral("environment"), QJsonObject{{QStringLiteral("A"), 1}}}}).status, 400);
        QCOMPARE(m_http->send("POST", path, "{nope").status, 400);
        QCOMPARE(m_http->post(QStringLiteral("/v1/agents/sandboxes/00000000-0000-4000-8000-000000000000/commands/run"),
                              QJsonObject{{QStringLiteral("command"), QStringLiteral("ls")}}).status, 404);
        QCOMPARE(m_http->post(QStringLiteral("/v1/agents/sandboxes/x/commands/run"), QJsonObject{{QStringLiteral("command"), QStringLiteral("ls")}}).status, 400);
    }

    void endedSandboxRefusesWork()
    {
        const QString id = m_api->create();
        QCOMPARE(m_api->kill(id).status, 200);
        QCOMPARE(m_api->run(id, QStringLiteral("echo hi")).status, 400);
        QCOMPARE(m_api->read(id, QStringLiteral("x")).status, 400);
    }

    void textFileRoundTrip()
    {
        const QString text = QStringLiteral("héllo wörld ✓\nline 2\n");
        const HttpResult written = m_api->write(m_id, QStringLiteral("notes/today.txt"), text);
        QCOMPARE(written.status, 200);
        QCOMPARE(keysOf(written.json), keySet({"message", "path", "bytes_written"}));
        QCOMPARE(written.json.value(QStringLiteral("path")).toString(), QStringLiteral("/home/user/notes/today.txt"));
        QCOMPARE(written.json.value(QStringLiteral("bytes_written")).toInt(), text.toUtf8().size());
        const HttpResult read = m_api->read(m_id, QStringLiteral("/home/user/notes/today.txt"));
        QCOMPARE(read.status, 200);
        QCOMPARE(keysOf(read.json), keySet({"content", "path", "size"}));
        QCOMPARE(read.json.value(QStringLiteral("content")).toString(), text);
        QCOMPARE(read.json.value(QStringLiteral("size")).toInt(), text.toUtf8().size());
        QCOMPARE(read.headers.value("x-sandbar-content-encoding"), QByteArray("utf-8"));
        // The sandbox's processes see the same file.
        QCOMPARE(out(m_api->run(m_id, QStringLiteral("cat notes/today.txt"))), text);
    }

    void binaryFileRoundTripsByteForByte()
    {
        // Written by the sandbox itself, read as base64, written back, compared by hash inside.
        QCOMPARE(m_api->run(m_id, QStringLiteral("head -c 65536 /dev/urandom > rand.bin")).status, 200);
        const HttpResult read = m_api->read(m_id, QStringLiteral("rand.bin"));
        QCOMPARE(read.status, 200);
        QCOMPARE(read.headers.value("x-sandbar-content-encoding"), QByteArray("base64"));
        const QByteArray bytes = QByteArray::fromBase64(read.json.value(QStringLiteral("content")).toString().toLatin1());
        QCOMPARE(bytes.size(), 65536);
        QCOMPARE(read.json.value(QStringLiteral("size")).toInt(), 65536);
        const HttpResult back = m_api->file(m_id, QStringLiteral("write"),
                                            QJsonObject{{QStringLiteral("path"), QStringLiteral("copy.bin")},
                                                        {QStringLiteral("content"), read.json.value(QStringLiteral("content"))},
                                                        {QStringLiteral("encoding"), QStringLiteral("base64")}});
        QCOMPARE(back.status, 200);
        QCOMPARE(back.json.value(QStringLiteral("bytes_written")).toInt(), 65536);
        const QString sums = out(m_api->run(m_id, QStringLiteral("sha256sum rand.bin copy.bin | cut -d' ' -f1 | uniq | wc -l")));
        QCOMPARE(sums.trimmed(), QStringLiteral("1"));
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                 out(m_api->run(m_id, QStringLiteral("sha256sum rand.bin | cut -d' ' -f1"))).trimmed());
        const HttpResult invalid = m_api->file(m_id, QStringLiteral("write"),
                                               QJsonObject{{QStringLiteral("path"), QStringLiteral("x.bin")},
                                                           {QStringLiteral("content"), QStringLiteral("@@not base64@@")},
                                                           {QStringLiteral("encoding"), QStringLiteral("base64")}});
        QCOMPARE(invalid.status, 400);
    }

    void listDirectory()
    {
        QCOMPARE(m_api->run(m_id, QStringLiteral("mkdir -p tree/zdir tree/adir && printf 12345 > tree/b.txt && touch tree/a.txt && ln -s /tmp tree/link")).status, 200);
        const HttpResult reply = m_api->file(m_id, QStringLiteral("list"), QJsonObject{{QStringLiteral("path"), QStringLiteral("tree")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(keysOf(reply.json), keySet({"files"}));
        QStringList names;
        for (const QJsonValue &value : reply.json.value(QStringLiteral("files")).toArray()) {
            const QJsonObject entry = value.toObject();
            QCOMPARE(keysOf(entry), keySet({"name", "path", "size", "is_dir", "modified_at"}));
            QCOMPARE(entry.value(QStringLiteral("path")).toString(), QStringLiteral("/home/user/tree/") + entry.value(QStringLiteral("name")).toString());
            QVERIFY(Sandbar::Api::parseTimestamp(entry.value(QStringLiteral("modified_at")).toString()));
            if (entry.value(QStringLiteral("name")).toString() == QLatin1String("b.txt"))
                QCOMPARE(entry.value(QStringLiteral("size")).toInt(), 5);
            names.append(entry.value(QStringLiteral("name")).toString() + (entry.value(QStringLiteral("is_dir")).toBool() ? QStringLiteral("/") : QString()));
        }
        // Directories first (a symlink to a directory counts as one), then by name.
        QCOMPARE(names, QStringList({QStringLiteral("adir/"), QStringLiteral("link/"), QStringLiteral("zdir/"),
                                     QStringLiteral("a.txt"), QStringLiteral("b.txt")}));
        QCOMPARE(m_api->file(m_id, QStringLiteral("list"), QJsonObject{{QStringLiteral("path"), QStringLiteral("tree/b.txt")}}).status, 400);
        QCOMPARE(m_api->file(m_id, QStringLiteral("list"), QJsonObject{{QStringLiteral("path"), QStringLiteral("nothing")}}).status, 404);
    }

    void mkdirAndDelete()
    {
        const HttpResult made = m_api->file(m_id, QStringLiteral("mkdir"), QJsonObject{{QStringLiteral("path"), QStringLiteral("/home/user/x/y/z")}});
        QCOMPARE(made.status, 200);
        QCOMPARE(keysOf(made.json), keySet({"message", "path"}));
        QCOMPARE(made.json.value(QStringLiteral("path")).toString(), QStringLiteral("/home/user/x/y/z"));
        // Again: nothing to do, still fine.
        QCOMPARE(m_api->file(m_id, QStringLiteral("mkdir"), QJsonObject{{QStringLiteral("path"), QStringLiteral("x/y/z")}}).status, 200);
        QCOMPARE(m_api->write(m_id, QStringLiteral("x/y/z/f.txt"), QStringLiteral("f")).status, 200);
        QCOMPARE(m_api->file(m_id, QStringLiteral("mkdir"), QJsonObject{{QStringLiteral("path"), QStringLiteral("x/y/z/f.txt")}}).status, 400);

        const HttpResult removed = m_api->file(m_id, QStringLiteral("delete"), QJsonObject{{QStringLiteral("path"), QStringLiteral("x")}});
        QCOMPARE(removed.status, 200);
        QCOMPARE(keysOf(removed.json), keySet({"message", "path"}));
        QCOMPARE(m_api->read(m_id, QStringLiteral("x/y/z/f.txt")).status, 404);
        QCOMPARE(m_api->file(m_id, QStringLiteral("delete"), QJsonObject{{QStringLiteral("path"), QStringLiteral("x")}}).status, 404);
        QCOMPARE(m_api->file(m_id, QStringLiteral("delete"), QJsonObject{{QStringLiteral("path"), QStringLiteral("/home/user")}}).status, 403);
        QCOMPARE(m_api->file(m_id, QStringLiteral("delete"), QJsonObject{{QStringLiteral("path"), QStringLiteral("/usr/bin/env")}}).status, 403);
    }

    void writableAreas()
    {
        QCOMPARE(m_api->write(m_id, QStringLiteral("/tmp/scratch.txt"), QStringLiteral("t")).status, 200);
        for (const char *path : {"/usr/evil", "/etc/passwd", "/evil", "/proc/self/environ", "/dev/null"}) {
            const HttpResult reply = m_api->write(m_id, QLatin1String(path), QStringLiteral("x"));
            QVERIFY2(reply.status == 403, path);
            QVERIFY(!reply.json.value(QStringLiteral("message")).toString().isEmpty());
        }
        // Readable where the sandbox can read.
        const HttpResult passwd = m_api->read(m_id, QStringLiteral("/etc/passwd"));
        QCOMPARE(passwd.status, 200);
        QVERIFY(passwd.json.value(QStringLiteral("content")).toString().contains(QStringLiteral("user:x:1000")));
    }

    void readErrors()
    {
        QCOMPARE(m_api->read(m_id, QStringLiteral("missing.txt")).status, 404);
        QCOMPARE(m_api->read(m_id, QStringLiteral("/home/user")).status, 400);
        QCOMPARE(m_api->file(m_id, QStringLiteral("read"), QJsonObject{}).status, 400);
        QCOMPARE(m_api->file(m_id, QStringLiteral("read"), QJsonObject{{QStringLiteral("path"), 5}}).status, 400);
        // Larger than files/read returns (64 MiB): refused at once, not read.
        QCOMPARE(m_api->run(m_id, QStringLiteral("truncate -s 100M sparse.bin")).status, 200);
        const HttpResult big = m_api->read(m_id, QStringLiteral("sparse.bin"));
        QCOMPARE(big.status, 400);
        QVERIFY(big.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("bytes")));
    }

    void uploadAndDownload()
    {
        QByteArray data(300 * 1024, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
        const HttpResult uploaded = m_api->upload(m_id, "photo.jpg", data);
        QCOMPARE(uploaded.status, 200);
        QCOMPARE(keysOf(uploaded.json), keySet({"message", "path", "size"}));
        QCOMPARE(uploaded.json.value(QStringLiteral("path")).toString(), QStringLiteral("/home/user/photo.jpg"));
        QCOMPARE(uploaded.json.value(QStringLiteral("size")).toInt(), data.size());

        const HttpResult placed = m_api->upload(m_id, "ignored.bin", "abc", QStringLiteral("/tmp/up/placed.bin"));
        QCOMPARE(placed.status, 200);
        QCOMPARE(placed.json.value(QStringLiteral("path")).toString(), QStringLiteral("/tmp/up/placed.bin"));
        // A client's path in the file name names no directory here.
        const HttpResult sneaky = m_api->upload(m_id, "../../etc/evil", "x");
        QCOMPARE(sneaky.status, 200);
        QCOMPARE(sneaky.json.value(QStringLiteral("path")).toString(), QStringLiteral("/home/user/evil"));

        const HttpResult downloaded = m_api->download(m_id, QStringLiteral("/home/user/photo.jpg"));
        QCOMPARE(downloaded.status, 200);
        QCOMPARE(downloaded.body, data);
        QCOMPARE(downloaded.headers.value("content-type"), QByteArray("application/octet-stream"));
        QCOMPARE(downloaded.headers.value("content-disposition"), QByteArray("attachment; filename=\"photo.jpg\""));
        QCOMPARE(m_api->download(m_id, QStringLiteral("/home/user/none.bin")).status, 404);
        QCOMPARE(m_api->download(m_id, QString()).status, 400);
        QCOMPARE(m_http->send("POST", SandboxApi::sandboxPath(m_id) + QStringLiteral("/upload"), "plain", true, {}, "text/plain").status, 400);
    }

    void outputIsCappedAndMarked()
    {
        const HttpResult reply = m_api->run(m_id, QStringLiteral("head -c 20000000 /dev/zero | tr '\\0' a"));
        QCOMPARE(reply.status, 200);
        const QString text = out(reply);
        QVERIFY(text.startsWith(QStringLiteral("aaaa")));
        QVERIFY(text.endsWith(QStringLiteral("[output truncated: more than 10 MiB]")));
        QVERIFY(text.size() < 10 * 1024 * 1024 + 100);
        QCOMPARE(reply.json.value(QStringLiteral("exit_code")).toInt(), 0);
    }

    void invalidUtf8StaysValidJson()
    {
        const HttpResult reply = m_api->run(m_id, QStringLiteral("printf 'ok \\377\\376 end'"));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.isJsonObject);
        const QString text = out(reply);
        QVERIFY(text.startsWith(QStringLiteral("ok ")));
        QVERIFY(text.endsWith(QStringLiteral(" end")));
        QVERIFY(text.contains(QChar(0xFFFD)));
    }

    void stdinIsEmpty()
    {
        QElapsedTimer timer;
        timer.start();
        const HttpResult reply = m_api->run(m_id, QStringLiteral("cat; echo done"), 10000);
        QCOMPARE(reply.status, 200);
        QCOMPARE(out(reply), QStringLiteral("done\n"));
        QVERIFY(timer.elapsed() < 5000);
    }

    void environmentValuesAreNeverOptions()
    {
        // A value that looks like an option separator is just a value.
        const QString id = m_api->create(QJsonObject{{QStringLiteral("env_vars"), QJsonObject{{QStringLiteral("X"), QStringLiteral("--")},
                                                                                              {QStringLiteral("Y"), QStringLiteral("--bind / /host")}}}});
        QVERIFY(!id.isEmpty());
        QCOMPARE(out(m_api->run(id, QStringLiteral("echo \"$X|$Y\"; ls /host 2>&1 | head -1"))),
                 QStringLiteral("--|--bind / /host\nls: cannot access '/host': No such file or directory\n"));
    }

    void javascriptSandboxRunsNode()
    {
        const QString id = m_api->create(QJsonObject{{QStringLiteral("template"), QStringLiteral("javascript-base-v1")}});
        QVERIFY(!id.isEmpty());
        const HttpResult reply = m_api->exec(id, QStringLiteral("node"), {QStringLiteral("-e"), QStringLiteral("console.log(6 * 7)")});
        QCOMPARE(reply.status, 200);
        QCOMPARE(out(reply), QStringLiteral("42\n"));
    }
};

QTEST_GUILESS_MAIN(TstSandboxIo)
#include "tst_sandboxio.moc"
