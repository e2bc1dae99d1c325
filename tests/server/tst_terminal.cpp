// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// sandbar-local's terminal extension over a real WebSocket on loopback: a login shell that
// echoes, follows resizes (stty size), takes Ctrl+C, dies with everything it started when the
// socket closes, runs twice at once, refuses without the key, and throttles a flooding program
// at its own writes instead of buffering its output.
#include "common/procstatus.h"
#include "common/httpclient.h"
#include "common/localsandbox.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>
#include <QWebSocket>

#include <memory>

namespace {
const QByteArray kToken = "terminal-test-token";

// A raw client: what it received, the server's events and how it closed.
struct Client
{
    std::unique_ptr<QWebSocket> socket = std::make_unique<QWebSocket>();
    QByteArray output;
    QList<QJsonObject> events;
    bool ready = false;
    bool closed = false;

    Client(const QUrl &base, const QString &path, const QByteArray &token, const QString &query = {})
    {
        QUrl url = base;
        url.setScheme(QStringLiteral("ws"));
        url.setPath(path);
        if (!query.isEmpty())
            url.setQuery(query);
        QNetworkRequest request(url);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QObject::connect(socket.get(), &QWebSocket::binaryMessageReceived, socket.get(),
                         [this](const QByteArray &bytes) { output += bytes; });
        QObject::connect(socket.get(), &QWebSocket::textMessageReceived, socket.get(), [this](const QString &text) {
            const QJsonObject event = QJsonDocument::fromJson(text.toUtf8()).object();
            events.append(event);
            if (event.value(QStringLiteral("type")).toString() == QLatin1String("ready"))
                ready = true;
        });
        QObject::connect(socket.get(), &QWebSocket::stateChanged, socket.get(), [this](QAbstractSocket::SocketState state) {
            if (state == QAbstractSocket::UnconnectedState)
                closed = true;
        });
        socket->open(request);
    }
    void type(const QByteArray &keys) { socket->sendBinaryMessage(keys); }
    int closeCode() const { return int(socket->closeCode()); }
};

QString terminalPath(const QString &id)
{
    return QStringLiteral("/v1/agents/sandboxes/%1/terminal").arg(id);
}

qint64 rssKiB(qint64 pid)
{
    return procStatusKiB(pid, "VmRSS");
}

QByteArray procField(qint64 pid, const char *file)
{
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(file)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Host PIDs of the sandbox's processes whose command name is `name`.
QList<qint64> processesNamed(const QString &sandboxId, const QByteArray &name)
{
    QList<qint64> found;
    for (qint64 pid : sandboxProcesses(sandboxId)) {
        if (procField(pid, "comm").trimmed() == name)
            found.append(pid);
    }
    return found;
}

qint64 bytesWritten(qint64 pid)
{
    for (const QByteArray &line : procField(pid, "io").split('\n')) {
        if (line.startsWith("wchar:"))
            return line.mid(6).trimmed().toLongLong();
    }
    return -1;
}
} // namespace

class TstTerminal : public QObject
{
    Q_OBJECT
private:
    LocalSandbox m_local;
    QString m_id;

    std::unique_ptr<Client> openShell(const QString &query = {})
    {
        auto client = std::make_unique<Client>(m_local.server().url(), terminalPath(m_id), kToken, query);
        if (!QTest::qWaitFor([&] { return client->ready || client->closed; }, 15000))
            qWarning() << "no ready event";
        return client;
    }

private slots:
    void initTestCase()
    {
        m_id = m_local.startWithSandbox(kToken);
        QVERIFY2(!m_id.isEmpty(), qPrintable(m_local.error()));
    }

    void cleanupTestCase() { QCOMPARE(m_local.stop(), 0); }

    void echoesThroughALoginShell()
    {
        auto shell = openShell();
        QVERIFY(shell->ready);
        // Quoted so that the echo of the typed line does not already match.
        shell->type("echo he''llo-$((6*7)) $TERM $PWD\r");
        QTRY_VERIFY_WITH_TIMEOUT(shell->output.contains("hello-42 xterm-256color /home/user"), 10000);
        shell->type("exit 3\r");
        QTRY_VERIFY_WITH_TIMEOUT(shell->closed, 10000);
        QCOMPARE(shell->closeCode(), 1000);
        QVERIFY(!shell->events.isEmpty());
        QCOMPARE(shell->events.last().value(QStringLiteral("type")).toString(), QStringLiteral("exit"));
        QCOMPARE(shell->events.last().value(QStringLiteral("exit_code")).toInt(), 3);
    }

    void followsResizes()
    {
        auto shell = openShell(QStringLiteral("cols=100&rows=30"));
        QVERIFY(shell->ready);
        shell->type("stty size\r");
        QTRY_VERIFY_WITH_TIMEOUT(shell->output.contains("30 100"), 10000);
        shell->socket->sendTextMessage(QStringLiteral("{\"cols\": 123, \"rows\": 45}"));
        shell->type("stty size\r");
        QTRY_VERIFY_WITH_TIMEOUT(shell->output.contains("45 123"), 10000);
        // Not a resize: an error event, and the terminal goes on.
        shell->socket->sendTextMessage(QStringLiteral("{\"cols\": 0}"));
        QTRY_VERIFY_WITH_TIMEOUT(!shell->events.isEmpty() && shell->events.last().value(QStringLiteral("type")) == QStringLiteral("error"), 5000);
        shell->type("echo st''ill-here\r");
        QTRY_VERIFY_WITH_TIMEOUT(shell->output.contains("still-here"), 10000);
    }

    void ctrlCInterruptsTheForegroundJob()
    {
        auto shell = openShell();
        QVERIFY(shell->ready);
        shell->type("sleep 60; echo af''ter-sleep\r");
        QTRY_VERIFY_WITH_TIMEOUT(!processesNamed(m_id, "sleep").isEmpty(), 10000);
        QElapsedTimer timer;
        timer.start();
        shell->type("\x03");
        shell->type("echo ali''ve\r");
        QTRY_VERIFY_WITH_TIMEOUT(shell->output.contains("alive"), 10000);
        QVERIFY(timer.elapsed() < 30000);
        QVERIFY(!shell->output.contains("after-sleep"));
    }

    void closingEndsEverythingTheShellStarted()
    {
        auto shell = openShell();
        QVERIFY(shell->ready);
        // A background job, one that ignores hangups, and one in its own process group.
        shell->type("sleep 1001 & nohup sleep 1002 >/dev/null 2>&1 & (set -m; sleep 1003 &) ; echo sta''rted\r");
        QTRY_VERIFY_WITH_TIMEOUT(shell->output.contains("started"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(processesNamed(m_id, "sleep").size(), 3, 10000);
        shell->socket->close();
        QTRY_VERIFY_WITH_TIMEOUT(processesNamed(m_id, "sleep").isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(processesNamed(m_id, "bash").isEmpty(), 10000);
    }

    void twoTerminalsAtOnce()
    {
        auto first = openShell();
        auto second = openShell();
        QVERIFY(first->ready && second->ready);
        first->type("export WHO=fi''rst; echo $$\r");
        second->type("echo \"who=[$WHO]\" se''cond\r");
        QTRY_VERIFY_WITH_TIMEOUT(second->output.contains("who=[] second"), 10000);
        first->type("echo \"who=[$WHO]\"\r");
        QTRY_VERIFY_WITH_TIMEOUT(first->output.contains("who=[first]"), 10000);
        QVERIFY(!first->output.contains("second"));
    }

    void refusals()
    {
        const QUrl base = m_local.server().url();
        // Refused in the handshake with the statuses the other routes answer.
        const auto refusedWith = [&](const QString &path, const QByteArray &token, int status) {
            Client client(base, path, token);
            if (!QTest::qWaitFor([&] { return client.closed; }, 10000))
                return QStringLiteral("still open");
            if (client.ready || !client.output.isEmpty())
                return QStringLiteral("a shell ran");
            const QString error = client.socket->errorString();
            return status < 0 || error.contains(QStringLiteral("status code: %1").arg(status)) ? QString() : error;
        };
        QCOMPARE(refusedWith(terminalPath(m_id), {}, 401), QString());
        QCOMPARE(refusedWith(terminalPath(m_id), "not-the-key", 401), QString());
        QCOMPARE(refusedWith(terminalPath(QStringLiteral("no-such-sandbox")), kToken, 404), QString());
        QCOMPARE(refusedWith(QStringLiteral("/v1/agents/nothing-here"), kToken, 404), QString());
        // An upgrade on another route is answered by that route and never becomes a terminal.
        QCOMPARE(refusedWith(QStringLiteral("/v1/agents/sandboxes"), kToken, -1), QString());

        // Without the upgrade, the usual HTTP answers.
        HttpClient http(base, kToken);
        QCOMPARE(http.get(terminalPath(m_id), false).status, 401);
        QCOMPARE(http.get(terminalPath(QStringLiteral("no-such-sandbox"))).status, 404);
        const HttpResult plain = http.get(terminalPath(m_id));
        QCOMPARE(plain.status, 400);
        QVERIFY(plain.body.contains("WebSocket"));
    }

    void atMostEightPerSandbox()
    {
        std::vector<std::unique_ptr<Client>> shells;
        for (int i = 0; i < 8; ++i) {
            shells.push_back(openShell());
            QVERIFY(shells.back()->ready);
        }
        Client ninth(m_local.server().url(), terminalPath(m_id), kToken);
        QTRY_VERIFY_WITH_TIMEOUT(ninth.closed, 10000);
        QVERIFY(!ninth.ready);
        QVERIFY2(ninth.socket->errorString().contains(QLatin1String("status code: 429")), qPrintable(ninth.socket->errorString()));
        shells.pop_back();
        QTest::qWait(300); // the server sees the close
        auto again = openShell();
        QVERIFY(again->ready);
    }

    void aFloodIsThrottledNotBuffered()
    {
        auto shell = openShell();
        QVERIFY(shell->ready);
        const qint64 serverPid = m_local.server().pid();
        const qint64 rssBefore = rssKiB(serverPid);
        shell->type("yes terminal-flood-line\r");
        QTRY_VERIFY_WITH_TIMEOUT(shell->output.size() > 4 * 1024 * 1024, 20000);
        const QList<qint64> yes = processesNamed(m_id, "yes");
        QCOMPARE(yes.size(), 1);
        // The client stops reading (no event loop). Once the buffers on the way are full, the
        // program can write nothing more, and sandbar-local holds no more of it.
        QThread::msleep(1500);
        const qint64 written = bytesWritten(yes.first());
        QThread::msleep(1000);
        QCOMPARE(bytesWritten(yes.first()), written);
        const qint64 grownKiB = rssKiB(serverPid) - rssBefore;
        qInfo() << "sandbar-local grew by" << grownKiB << "KiB while the client did not read";
        QVERIFY2(grownKiB < 32 * 1024, qPrintable(QString::number(grownKiB)));
        // Reading again, the flood resumes; Ctrl+C ends it and the shell answers.
        const qint64 seen = shell->output.size();
        QTRY_VERIFY_WITH_TIMEOUT(shell->output.size() > seen + 4 * 1024 * 1024, 20000);
        shell->type("\x03");
        QTRY_VERIFY_WITH_TIMEOUT(processesNamed(m_id, "yes").isEmpty(), 10000);
        shell->output.clear();
        shell->type("echo fl''ood-over\r");
        QTRY_VERIFY_WITH_TIMEOUT(shell->output.contains("flood-over"), 20000);
    }

    void theSandboxEndingClosesItsTerminals()
    {
        const QString id = m_local.createSandbox(600);
        QVERIFY(!id.isEmpty());
        Client shell(m_local.server().url(), terminalPath(id), kToken);
        QTRY_VERIFY_WITH_TIMEOUT(shell.ready, 15000);
        HttpClient http(m_local.server().url(), kToken);
        QCOMPARE(http.del(QStringLiteral("/v1/agents/sandboxes/%1").arg(id)).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(shell.closed, 10000);
        QCOMPARE(shell.closeCode(), 1001);
        QVERIFY2(shell.socket->closeReason().contains(QLatin1String("sandbox ended")), qPrintable(shell.socket->closeReason()));
        // And a terminal into the ended sandbox is refused as its other routes are.
        Client late(m_local.server().url(), terminalPath(id), kToken);
        QTRY_VERIFY_WITH_TIMEOUT(late.closed, 10000);
        QVERIFY2(late.socket->errorString().contains(QLatin1String("status code: 409")), qPrintable(late.socket->errorString()));
    }
};

QTEST_MAIN(TstTerminal)
#include "tst_terminal.moc"
