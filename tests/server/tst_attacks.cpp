// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Attempts to get out of a sandbox, or to take sandbar-local down, through the file and
// command APIs. Each must end in a clear error or a cap, write nothing outside the sandbox,
// leave no process behind, and leave another sandbox's commands answering normally.
#include "common/procstatus.h"
#include "common/httpclient.h"
#include "common/sandboxapi.h"
#include "common/serverprocess.h"
#include "core/api/apitypes.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

namespace {
QString out(const HttpResult &reply)
{
    return reply.json.value(QStringLiteral("stdout")).toString();
}

// What the server may hold while it is flooded. Under AddressSanitizer, freed memory waits in
// its quarantine (256 MiB by default) and every allocation carries shadow memory.
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 kServerRssLimitMiB = 300 + 256 + 150;
#else
constexpr qint64 kServerRssLimitMiB = 300;
#endif

qint64 rssMiB(qint64 pid)
{
    return procStatusKiB(pid, "VmRSS") / 1024;
}
} // namespace

class TstAttacks : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<SandboxApi> m_api;
    QString m_control; // a bystander sandbox that must keep answering
    QString m_attacker;
    QString m_secretName;
    QString m_hostSecret; // a file on the host, outside every sandbox

    // The bystander's command round trip is still normal.
    void verifyControlHealthy()
    {
        QElapsedTimer timer;
        timer.start();
        const HttpResult reply = m_api->exec(m_control, QStringLiteral("echo"), {QStringLiteral("alive")});
        QCOMPARE(reply.status, 200);
        QCOMPARE(out(reply), QStringLiteral("alive\n"));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    // Only the agent is left in the sandbox (the sandbox's init carries no marker).
    void verifyNothingLeftIn(const QString &id)
    {
        QTRY_VERIFY_WITH_TIMEOUT(sandboxProcesses(id).size() <= 1, 5000);
    }

    void verifyNoHostSecret(const HttpResult &reply)
    {
        QVERIFY2(!reply.body.contains("HOST-SECRET"), reply.body.left(200).constData());
    }

    QString randomName(const char *prefix)
    {
        return QLatin1String(prefix) + QString::number(QRandomGenerator::global()->generate64(), 16);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(m_dir.path(), "attack-token", {QStringLiteral("--rate-limit"), QStringLiteral("0")}),
                 qPrintable(m_server.errorOutput()));
        m_http = std::make_unique<HttpClient>(m_server.url(), "attack-token");
        m_api = std::make_unique<SandboxApi>(*m_http);
        m_control = m_api->create();
        m_attacker = m_api->create();
        QVERIFY(!m_control.isEmpty() && !m_attacker.isEmpty());
        m_secretName = randomName("sandbar-host-secret-");
        m_hostSecret = QStringLiteral("/tmp/") + m_secretName;
        QFile secret(m_hostSecret);
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("HOST-SECRET");
    }

    void cleanupTestCase()
    {
        QFile::remove(m_hostSecret);
        QCOMPARE(m_server.stop(), 0);
    }

    void dotDotInEveryPosition_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::newRow("leading") << QStringLiteral("../../../../..");
        QTest::newRow("after home") << QStringLiteral("/home/user/../../..");
        QTest::newRow("middle") << QStringLiteral("a/b/../../../../../..");
        QTest::newRow("root") << QStringLiteral("/../../..");
        QTest::newRow("dots and slashes") << QStringLiteral("./.././/../.");
        QTest::newRow("trailing dir") << QStringLiteral("/home/user/x/..//../../../");
    }
    void dotDotInEveryPosition()
    {
        QFETCH(QString, prefix);
        const QString target = prefix + QStringLiteral("/tmp/") + m_secretName;
        const HttpResult read = m_api->read(m_attacker, target);
        QCOMPARE(read.status, 404); // the sandbox's /tmp, not this computer's
        verifyNoHostSecret(read);
        QCOMPARE(m_api->download(m_attacker, QString::fromLatin1(QUrl::toPercentEncoding(target))).status, 404);
        // Writes resolve inside the sandbox as well: its own /tmp, or refused.
        const QString evil = randomName("evil-");
        QCOMPARE(m_api->write(m_attacker, prefix + QStringLiteral("/tmp/") + evil, QStringLiteral("x")).status, 200);
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/") + evil));
        QCOMPARE(m_api->write(m_attacker, prefix + QStringLiteral("/etc/") + evil, QStringLiteral("x")).status, 403);
        QVERIFY(!QFile::exists(QStringLiteral("/etc/") + evil));
        QCOMPARE(m_api->file(m_attacker, QStringLiteral("delete"), QJsonObject{{QStringLiteral("path"), prefix + QStringLiteral("/usr/bin/env")}}).status, 403);
        QVERIFY(QFile::exists(QStringLiteral("/usr/bin/env")));
        verifyControlHealthy();
    }

    void encodedDots()
    {
        for (const QString &path : {QStringLiteral("%2e%2e/%2e%2e/%2e%2e/tmp/") + m_secretName,
                                    QStringLiteral("..%2f..%2f..%2ftmp%2f") + m_secretName,
                                    QStringLiteral("%252e%252e/%252e%252e/tmp/") + m_secretName}) {
            const HttpResult read = m_api->read(m_attacker, path);
            QCOMPARE(read.status, 404); // taken literally: a file of that odd name in /home/user
            verifyNoHostSecret(read);
        }
        // In the download query: decoded once, and then still inside the sandbox.
        for (const QString &query : {QStringLiteral("..%2F..%2F..%2Ftmp%2F") + m_secretName,
                                     QStringLiteral("%252e%252e%252f%252e%252e%252ftmp%252f") + m_secretName}) {
            const HttpResult reply = m_api->download(m_attacker, query);
            QCOMPARE(reply.status, 404);
            verifyNoHostSecret(reply);
        }
        verifyControlHealthy();
    }

    void absoluteHostPaths()
    {
        const QStringList paths = {
            m_hostSecret,
            m_dir.filePath(QStringLiteral("token")),
            m_dir.filePath(QStringLiteral("sandbar-local.sqlite")),
            QStringLiteral("/etc/shadow"),
            QStringLiteral("/root/.bashrc"),
            QStringLiteral("/proc/1/root/etc/shadow"),
            QStringLiteral("/proc/1/root") + m_hostSecret,
        };
        for (const QString &path : paths) {
            const HttpResult read = m_api->read(m_attacker, path);
            QVERIFY2(read.status == 404 || read.status == 403, qPrintable(path + QStringLiteral(": ") + QString::number(read.status)));
            verifyNoHostSecret(read);
            QVERIFY(!read.body.contains("attack-token"));
        }
        verifyControlHealthy();
    }

    void nulAndOverlongPaths()
    {
        QCOMPARE(m_api->read(m_attacker, QStringLiteral("a") + QChar(0) + QStringLiteral("b")).status, 400);
        QCOMPARE(m_api->write(m_attacker, QStringLiteral("x") + QChar(0) + QStringLiteral("/etc/passwd"), QStringLiteral("x")).status, 400);
        QCOMPARE(m_api->read(m_attacker, QString(4097, QLatin1Char('a'))).status, 400);
        QCOMPARE(m_api->write(m_attacker, QString(300, QLatin1Char('n')), QStringLiteral("x")).status, 400); // a name too long
        QString deep;
        for (int i = 0; i < 1000; ++i)
            deep += QStringLiteral("d/");
        const int status = m_api->read(m_attacker, deep + QStringLiteral("f")).status;
        QVERIFY(status == 404 || status == 400);
        verifyControlHealthy();
    }

    void siblingSandboxIsOutOfReach()
    {
        // The sandbox next door, by its folder on this computer and by relative paths.
        const QString sibling = m_api->create();
        QCOMPARE(m_api->write(sibling, QStringLiteral("marker.txt"), QStringLiteral("SIBLING-DATA")).status, 200);
        const QString siblingHome = m_dir.filePath(QStringLiteral("sandboxes/%1/home").arg(sibling));
        QVERIFY(QFile::exists(siblingHome + QStringLiteral("/marker.txt")));
        const QString mine = m_dir.filePath(QStringLiteral("sandboxes/%1/home").arg(m_attacker));
        for (const QString &path : {siblingHome + QStringLiteral("/marker.txt"),
                                    QStringLiteral("../../%1/home/marker.txt").arg(sibling),
                                    mine + QStringLiteral("/../../") + sibling + QStringLiteral("/home/marker.txt")}) {
            const HttpResult read = m_api->read(m_attacker, path);
            QCOMPARE(read.status, 404);
            QVERIFY(!read.body.contains("SIBLING-DATA"));
        }
        const HttpResult shell = m_api->run(m_attacker, QStringLiteral("cat %1/marker.txt; ls /home").arg(siblingHome));
        QVERIFY(!out(shell).contains(QStringLiteral("SIBLING-DATA")));
        QCOMPARE(out(shell), QStringLiteral("user\n"));
        verifyControlHealthy();
    }

    void symlinksInsideTheSandbox()
    {
        const QString siblingHome = m_dir.filePath(QStringLiteral("sandboxes/%1/home").arg(m_control));
        QCOMPARE(m_api->run(m_attacker, QStringLiteral("ln -sfn / rootlink; ln -sfn %1 siblinglink; ln -sfn /proc/1/root p1; "
                                                      "mkdir -p d; ln -sfn /etc d/etc").arg(siblingHome)).status, 200);
        // Through a link to "/" the sandbox sees its own root, never this computer's.
        const HttpResult secret = m_api->read(m_attacker, QStringLiteral("rootlink/tmp/") + m_secretName);
        QCOMPARE(secret.status, 404);
        verifyNoHostSecret(secret);
        QCOMPARE(m_api->read(m_attacker, QStringLiteral("p1/tmp/") + m_secretName).status, 404);
        QCOMPARE(m_api->file(m_attacker, QStringLiteral("list"), QJsonObject{{QStringLiteral("path"), QStringLiteral("siblinglink")}}).status, 404);
        const HttpResult root = m_api->file(m_attacker, QStringLiteral("list"), QJsonObject{{QStringLiteral("path"), QStringLiteral("rootlink")}});
        QCOMPARE(root.status, 200);
        QStringList names;
        for (const QJsonValue &entry : root.json.value(QStringLiteral("files")).toArray())
            names.append(entry.toObject().value(QStringLiteral("name")).toString());
        QVERIFY2(!names.contains(QStringLiteral("var")) && !names.contains(QStringLiteral("root")) && !names.contains(QStringLiteral("work")),
                 qPrintable(names.join(QLatin1Char(' '))));
        // Writes through links (final or intermediate) stay where the sandbox may write.
        const QString evil = randomName("evil-");
        QCOMPARE(m_api->write(m_attacker, QStringLiteral("rootlink/usr/") + evil, QStringLiteral("x")).status, 403);
        QCOMPARE(m_api->write(m_attacker, QStringLiteral("d/etc/") + evil, QStringLiteral("x")).status, 403);
        QCOMPARE(m_api->run(m_attacker, QStringLiteral("ln -sfn /etc/passwd pw")).status, 200);
        QCOMPARE(m_api->write(m_attacker, QStringLiteral("pw"), QStringLiteral("x")).status, 403);
        QCOMPARE(m_api->file(m_attacker, QStringLiteral("mkdir"), QJsonObject{{QStringLiteral("path"), QStringLiteral("rootlink/opt/") + evil}}).status, 403);
        QVERIFY(!QFile::exists(QStringLiteral("/usr/") + evil));
        QVERIFY(!QFile::exists(QStringLiteral("/etc/") + evil));
        QVERIFY(!QFile::exists(QStringLiteral("/opt/") + evil));
        // Deleting a link removes the link, never what it points to.
        QCOMPARE(m_api->file(m_attacker, QStringLiteral("delete"), QJsonObject{{QStringLiteral("path"), QStringLiteral("d")}}).status, 200);
        QCOMPARE(m_api->read(m_attacker, QStringLiteral("/etc/passwd")).status, 200);
        verifyControlHealthy();
    }

    void symlinkSwappedBetweenCheckAndUse()
    {
        // A loop in the sandbox flips "swap" between a directory and a link to /etc while
        // writes aim through it.
        QCOMPARE(m_api->run(m_attacker, QStringLiteral("setsid sh -c 'end=$(($(date +%s)+4)); while [ $(date +%s) -lt $end ]; do "
                                                      "rm -rf swap; mkdir swap; rm -rf swap; ln -s /etc swap; done' "
                                                      ">/dev/null 2>&1 </dev/null &")).status, 200);
        const QString evil = randomName("race-");
        QElapsedTimer timer;
        timer.start();
        int attempts = 0;
        while (timer.elapsed() < 3000) {
            const int status = m_api->write(m_attacker, QStringLiteral("swap/") + evil, QStringLiteral("x")).status;
            QVERIFY2(status == 200 || status == 403 || status == 404 || status == 400, qPrintable(QString::number(status)));
            ++attempts;
        }
        QVERIFY(attempts > 20);
        QVERIFY(!QFile::exists(QStringLiteral("/etc/") + evil));
        QVERIFY(out(m_api->run(m_attacker, QStringLiteral("ls /etc/%1 2>&1 || true").arg(evil))).contains(QStringLiteral("No such file")));
        verifyControlHealthy();
    }

    void fifosAndDevices()
    {
        QCOMPARE(m_api->run(m_attacker, QStringLiteral("rm -f fifo; mkfifo fifo")).status, 200);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_api->read(m_attacker, QStringLiteral("fifo")).status, 400);
        QCOMPARE(m_api->write(m_attacker, QStringLiteral("fifo"), QStringLiteral("x")).status, 400);
        QCOMPARE(m_api->download(m_attacker, QStringLiteral("/home/user/fifo")).status, 400);
        for (const char *device : {"/dev/zero", "/dev/urandom", "/dev/null"}) {
            QCOMPARE(m_api->read(m_attacker, QLatin1String(device)).status, 400);
            QCOMPARE(m_api->download(m_attacker, QLatin1String(device)).status, 400);
        }
        QVERIFY(timer.elapsed() < 5000); // nothing blocked on them
        verifyControlHealthy();
    }

    void writesBeyondTheFileSizeLimit()
    {
        // One real gigabyte and more through the sandbox's own processes: stopped at the limit.
        const HttpResult big = m_api->run(m_attacker, QStringLiteral("head -c 1100M /dev/zero > big.bin; echo status=$?; stat -c %s big.bin; rm -f big.bin"), 120000);
        QCOMPARE(big.status, 200);
        // head dies of SIGXFSZ (exit 128 + 25), as on any machine with that limit.
        QVERIFY2(out(big).startsWith(QStringLiteral("status=153\n")), qPrintable(out(big)));
        QCOMPARE(out(big).section(QLatin1Char('\n'), 1, 1).toLongLong(), 1024ll << 20);
        const HttpResult sparse = m_api->run(m_attacker, QStringLiteral("dd if=/dev/zero of=sparse.bin bs=1M count=1 seek=1100 2>/dev/null; echo status=$?; stat -c %s sparse.bin; rm -f sparse.bin"));
        QVERIFY2(out(sparse).startsWith(QStringLiteral("status=153\n")), qPrintable(out(sparse)));
        QVERIFY(out(sparse).section(QLatin1Char('\n'), 1, 1).toLongLong() <= 1024ll << 20);
        // Through the file API: more than it takes at once is refused before anything is written.
        const QString huge(101 * 1024 * 1024, QLatin1Char('a'));
        const HttpResult tooBig = m_api->write(m_attacker, QStringLiteral("huge.txt"), huge);
        QCOMPARE(tooBig.status, 400);
        QCOMPARE(m_api->read(m_attacker, QStringLiteral("huge.txt")).status, 404);
        verifyControlHealthy();
    }

    void hundredThousandEntries()
    {
        const HttpResult made = m_api->exec(m_attacker, QStringLiteral("python3"),
                                            {QStringLiteral("-c"), QStringLiteral("import os\nos.makedirs('many', exist_ok=True)\n"
                                                                                  "for i in range(100000): open(f'many/{i:06d}', 'w').close()")},
                                            120000);
        QCOMPARE(made.status, 200);
        QCOMPARE(made.json.value(QStringLiteral("exit_code")).toInt(), 0);
        QElapsedTimer timer;
        timer.start();
        const HttpResult listed = m_api->file(m_attacker, QStringLiteral("list"), QJsonObject{{QStringLiteral("path"), QStringLiteral("many")}});
        QCOMPARE(listed.status, 200);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        const QJsonArray files = listed.json.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 10000); // the documented cap, the first names in order
        QCOMPARE(files.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("000000"));
        QCOMPARE(files.last().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("009999"));
        QCOMPARE(m_api->file(m_attacker, QStringLiteral("delete"), QJsonObject{{QStringLiteral("path"), QStringLiteral("many")}}).status, 200);
        verifyControlHealthy();
    }

    void forkBomb()
    {
        const QString id = m_api->create();
        const HttpResult reply = m_api->run(id, QStringLiteral(":(){ :|:& };:"), 4000);
        QVERIFY2(reply.status == 408 || reply.status == 200, qPrintable(QString::number(reply.status)));
        // The bomb goes on in the background, held to the sandbox's process limit...
        QTest::qWait(500);
        QVERIFY2(sandboxProcesses(id).size() <= 260, qPrintable(QString::number(sandboxProcesses(id).size())));
        // ...while everything else carries on normally.
        verifyControlHealthy();
        QCOMPARE(m_http->get(QStringLiteral("/v1/agents/sandboxes?limit=5")).status, 200);
        QCOMPARE(m_http->get(SandboxApi::sandboxPath(id) + QStringLiteral("/metrics")).status, 200);
        // Killing the sandbox ends every one of its processes.
        QCOMPARE(m_api->kill(id).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(sandboxProcesses(id).isEmpty(), 2000);
        verifyControlHealthy();
    }

    void memoryHog()
    {
        const HttpResult reply = m_api->exec(m_attacker, QStringLiteral("python3"),
                                             {QStringLiteral("-c"), QStringLiteral("b = []\nwhile True: b.append(bytearray(64 << 20))")},
                                             60000);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json.value(QStringLiteral("exit_code")).toInt() != 0);
        QCOMPARE(reply.json.value(QStringLiteral("success")).toBool(), false);
        verifyNothingLeftIn(m_attacker);
        verifyControlHealthy();
    }

    void endlessOutput()
    {
        const HttpResult reply = m_api->run(m_attacker, QStringLiteral("yes"), 2000);
        QCOMPARE(reply.status, 408);
        QVERIFY2(rssMiB(m_server.pid()) < kServerRssLimitMiB, qPrintable(QString::number(rssMiB(m_server.pid()))));
        verifyNothingLeftIn(m_attacker);
        verifyControlHealthy();
    }

    void hundredMegabyteLine()
    {
        const HttpResult reply = m_api->run(m_attacker, QStringLiteral("head -c 100000000 /dev/zero | tr '\\0' x"), 60000);
        QCOMPARE(reply.status, 200);
        const QString text = out(reply);
        QVERIFY(text.endsWith(QStringLiteral("[output truncated: more than 10 MiB]")));
        QVERIFY(text.size() <= 10 * 1024 * 1024 + 64);
        QVERIFY2(rssMiB(m_server.pid()) < kServerRssLimitMiB, qPrintable(QString::number(rssMiB(m_server.pid()))));
        verifyControlHealthy();
    }

    void daemonCannotOutliveTheSandbox()
    {
        const QString id = m_api->create();
        QElapsedTimer timer;
        timer.start();
        const HttpResult reply = m_api->run(id, QStringLiteral("( setsid sleep 1000 & ) ; ( setsid sh -c 'sleep 1001' >/dev/null 2>&1 & ) ; echo started"));
        QCOMPARE(out(reply), QStringLiteral("started\n"));
        QVERIFY(timer.elapsed() < 3000); // the command is over even though its daemons are not
        QVERIFY(sandboxProcesses(id).size() >= 3);
        QCOMPARE(m_api->kill(id).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(sandboxProcesses(id).isEmpty(), 1000);
        verifyControlHealthy();
    }

    void noWayToTheNetwork()
    {
        // A listener on this computer's loopback that nothing from a sandbox may reach.
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
        const QStringList ports = {QString::number(m_server.url().port()), QString::number(listener.serverPort())};
        const QString probe = QStringLiteral(
            "import socket, sys\n"
            "for port in map(int, sys.argv[1:]):\n"
            "    s = socket.socket(); s.settimeout(2)\n"
            "    try:\n"
            "        s.connect(('127.0.0.1', port)); print('connected', port)\n"
            "    except OSError as e:\n"
            "        print('refused', port)\n");
        QJsonObject online{{QStringLiteral("network"), true}};
        for (const QString &id : {m_attacker, m_api->create(online)}) {
            const HttpResult reply = m_api->exec(id, QStringLiteral("python3"), QStringList{QStringLiteral("-c"), probe} + ports);
            QCOMPARE(reply.status, 200);
            QVERIFY2(!out(reply).contains(QStringLiteral("connected")), qPrintable(out(reply)));
            QCOMPARE(out(reply).count(QStringLiteral("refused")), 2);
            const HttpResult bash = m_api->run(id, QStringLiteral("echo x > /dev/tcp/127.0.0.1/%1 && echo connected || echo refused").arg(ports.first()));
            QVERIFY(out(bash).contains(QStringLiteral("refused")));
        }
        QVERIFY(!listener.hasPendingConnections());
        // A host URL reaches in, never out: the listener it opens on this computer is not
        // reachable from the sandbox (its loopback is its own).
        const HttpResult host = m_http->get(SandboxApi::sandboxPath(m_attacker) + QStringLiteral("/host/8000"));
        QCOMPARE(host.status, 200);
        const QString hostPort = QString::number(QUrl(host.json.value(QStringLiteral("url")).toString()).port());
        const HttpResult back = m_api->exec(m_attacker, QStringLiteral("python3"), {QStringLiteral("-c"), probe, hostPort});
        QVERIFY2(out(back).contains(QStringLiteral("refused")), qPrintable(out(back)));
        // Without network: loopback is the only interface.
        const QString interfaces = out(m_api->run(m_attacker, QStringLiteral("tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' '")));
        QCOMPARE(interfaces, QStringLiteral("lo\n"));
        verifyControlHealthy();
    }

    void serverTokenIsInvisible()
    {
        const HttpResult reply = m_api->run(m_attacker, QStringLiteral("cat %1 2>&1; ls %2 2>&1").arg(m_dir.filePath(QStringLiteral("token")), m_dir.path()));
        QVERIFY(!out(reply).contains(QStringLiteral("attack-token")));
        QVERIFY(out(reply).contains(QStringLiteral("No such file")));
        verifyControlHealthy();
    }

    void hostPathsAreNotVisible()
    {
        // Nothing the sandbox can read about its own processes names a path of this computer.
        // (Its mount table does: a bind mount shows its source; that reveals a name, not a way in.)
        const HttpResult reply = m_api->run(m_attacker, QStringLiteral(
            "for p in /proc/[0-9]*; do tr '\\0' ' ' < $p/cmdline; echo; tr '\\0' '\\n' < $p/environ; "
            "ls -l $p/fd $p/cwd $p/exe $p/root 2>/dev/null; done"));
        QCOMPARE(reply.status, 200);
        const QString seen = out(reply);
        QVERIFY(seen.contains(QStringLiteral("/.sandbar/agent")));
        const qsizetype at = seen.indexOf(m_dir.path());
        QVERIFY2(at < 0, qPrintable(seen.mid(qMax<qsizetype>(0, at - 300), 600)));
        QVERIFY(!seen.contains(QStringLiteral("attack-token")));
        verifyControlHealthy();
    }

    void fileNamesCannotShapeTheResponse()
    {
        // A name chosen inside the sandbox, with CR LF in it, must not add response headers.
        const HttpResult made = m_api->exec(m_attacker, QStringLiteral("python3"),
                                            {QStringLiteral("-c"), QStringLiteral("open('x\\r\\nX-Injected: 1\\r\\nSet-Cookie: a=b', 'w').write('data')")});
        QCOMPARE(made.json.value(QStringLiteral("exit_code")).toInt(), 0);
        const HttpResult reply = m_api->download(m_attacker, QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("x\r\nX-Injected: 1\r\nSet-Cookie: a=b"))));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray("data"));
        QVERIFY(!reply.headers.contains("x-injected"));
        QVERIFY(!reply.headers.contains("set-cookie"));
        const QByteArray disposition = reply.headers.value("content-disposition");
        QVERIFY(!disposition.contains('\r') && !disposition.contains('\n'));
        QVERIFY(disposition.contains("filename*=UTF-8''"));
        verifyControlHealthy();
    }

    void codeCannotFloodTheServerThroughItsStream()
    {
        // The interpreter's stream to sandbar-local is fd 3 of the code it runs.
        const QString id = m_api->create();
        const QString run = SandboxApi::sandboxPath(id) + QStringLiteral("/code/run");
        const HttpResult flood = m_http->post(run, QJsonObject{{QStringLiteral("code"),
            QStringLiteral("import os\nfor _ in range(40): os.write(3, b'a' * (4 << 20))")}, {QStringLiteral("timeout"), 60}});
        QVERIFY2(flood.status == 500 || flood.status == 200, flood.body.constData());
        QVERIFY2(rssMiB(m_server.pid()) < kServerRssLimitMiB, qPrintable(QString::number(rssMiB(m_server.pid()))));
        // A fresh default context takes over.
        const HttpResult after = m_http->post(run, QJsonObject{{QStringLiteral("code"), QStringLiteral("6 * 7")}});
        QCOMPARE(after.status, 200);
        QCOMPARE(after.json.value(QStringLiteral("results")).toObject().value(QStringLiteral("result")).toObject()
                     .value(QStringLiteral("data")).toObject().value(QStringLiteral("text/plain")).toString(), QStringLiteral("42"));
        QCOMPARE(m_api->kill(id).status, 200);
        verifyControlHealthy();
    }

    void noTerminalToInjectInto()
    {
        const QString script = QStringLiteral(
            "import fcntl, os, termios\n"
            "for target in ('/dev/tty', 0, 1):\n"
            "    try:\n"
            "        fd = os.open(target, os.O_RDWR) if isinstance(target, str) else target\n"
            "        fcntl.ioctl(fd, termios.TIOCSTI, b'x'); print('injected')\n"
            "    except OSError as e:\n"
            "        print('blocked', e.errno)\n");
        const HttpResult reply = m_api->exec(m_attacker, QStringLiteral("python3"), {QStringLiteral("-c"), script});
        QCOMPARE(reply.status, 200);
        QVERIFY(!out(reply).contains(QStringLiteral("injected")));
        QCOMPARE(out(reply).count(QStringLiteral("blocked")), 3);
        verifyControlHealthy();
    }

    void killWhileACommandPrints()
    {
        const QString id = m_api->create();
        QNetworkAccessManager manager;
        QNetworkRequest request(m_server.url().resolved(QUrl(SandboxApi::sandboxPath(id) + QStringLiteral("/commands/run"))));
        request.setRawHeader("Authorization", "Bearer attack-token");
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = manager.post(request, QByteArray(R"({"command": "while :; do echo line; done", "timeout": 60000})"));
        QTest::qWait(500);
        QCOMPARE(m_api->kill(id).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 3000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        QVERIFY(json.value(QStringLiteral("error")).toString().contains(QStringLiteral("ended")));
        QCOMPARE(json.value(QStringLiteral("success")).toBool(), false);
        reply->deleteLater();
        QTRY_VERIFY_WITH_TIMEOUT(sandboxProcesses(id).isEmpty(), 1000);
        verifyControlHealthy();
    }

    void expiryWhileACommandPrints()
    {
        const QString id = m_api->create(QJsonObject{{QStringLiteral("timeout"), 2}});
        QElapsedTimer timer;
        timer.start();
        const HttpResult reply = m_api->run(id, QStringLiteral("while :; do echo line; sleep 0.01; done"), 60000);
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json.value(QStringLiteral("error")).toString().contains(QStringLiteral("ended")));
        QCOMPARE(m_http->get(SandboxApi::sandboxPath(id)).json.value(QStringLiteral("status")).toString(), QStringLiteral("timed_out"));
        QTRY_VERIFY_WITH_TIMEOUT(sandboxProcesses(id).isEmpty(), 1000);
        verifyControlHealthy();
    }

    void bodyWithoutTheKeyIsCutEarly()
    {
        // 300 MB announced, no API key: the server stops reading after about a megabyte
        // instead of holding the body to answer 401.
        const qint64 before = rssMiB(m_server.pid());
        QTcpSocket socket;
        socket.connectToHost(m_server.url().host(), quint16(m_server.url().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /v1/agents/sandboxes HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                     "Content-Length: 300000000\r\n\r\n");
        const QByteArray chunk(1 << 20, 'x');
        qint64 sent = 0;
        QElapsedTimer timer;
        timer.start();
        while (socket.state() == QAbstractSocket::ConnectedState && sent < (300LL << 20) && timer.elapsed() < 20000) {
            if (socket.bytesToWrite() < (4 << 20)) {
                socket.write(chunk);
                sent += chunk.size();
            }
            socket.waitForBytesWritten(50);
        }
        QVERIFY2(socket.state() != QAbstractSocket::ConnectedState,
                 qPrintable(QStringLiteral("still connected after %1 MiB").arg(sent >> 20)));
        QVERIFY2(sent < (100LL << 20), qPrintable(QString::number(sent >> 20)));
        QVERIFY2(rssMiB(m_server.pid()) - before < 50, qPrintable(QString::number(rssMiB(m_server.pid()) - before)));
        verifyControlHealthy();
    }

    void keyLaterOnTheSameConnectionIsTrusted()
    {
        // A client that first asks without the key and then with it (as a client does that is
        // told 401) keeps its connection, and may then send a large body on it.
        QTcpSocket socket;
        socket.connectToHost(m_server.url().host(), quint16(m_server.url().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /v1/agents/sandboxes HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n\r\n") && answer.contains("}"), 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 401"), answer.left(100).constData());
        const QByteArray content(3 << 20, 'k');
        const QByteArray boundary = "guardtest";
        const QByteArray body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"k.bin\"\r\n\r\n" +
                                content + "\r\n--" + boundary + "--\r\n";
        socket.write("POST " + SandboxApi::sandboxPath(m_control).toUtf8() + "/upload HTTP/1.1\r\nHost: localhost\r\n"
                     "Authorization: Bearer attack-token\r\nContent-Type: multipart/form-data; boundary=" + boundary +
                     "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        answer.clear();
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("uploaded"), 15000);
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.left(200).constData());
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        QCOMPARE(m_api->download(m_control, QStringLiteral("/home/user/k.bin")).body.size(), content.size());
    }

    void metricsFollowRealLoad()
    {
        const QString id = m_api->create();
        const QString metricsPath = SandboxApi::sandboxPath(id) + QStringLiteral("/metrics");
        const auto metrics = [this, &metricsPath] {
            return Sandbar::Api::SandboxMetrics::fromJson(m_http->get(metricsPath).json).value_or(Sandbar::Api::SandboxMetrics());
        };
        // Idle: near zero.
        metrics();
        QTest::qWait(1000);
        const auto idle = metrics();
        QVERIFY2(idle.cpuUsage < 5, qPrintable(QString::number(idle.cpuUsage)));
        QCOMPARE(idle.networkRx, 0);

        // A CPU burner moves cpu_usage.
        // (One busy core of the sandbox's vCPUs; the threshold leaves room for a loaded machine.)
        // Sampled until a reading shows it: on a busy machine the burner gets less of a core.
        QCOMPARE(m_api->run(id, QStringLiteral("timeout 10 sh -c 'while :; do :; done' >/dev/null 2>&1 </dev/null &")).status, 200);
        metrics();
        QTRY_VERIFY_WITH_TIMEOUT(metrics().cpuUsage > 15, 8000);

        // Writing 50 MB moves disk_write.
        // An exited process's I/O reaches the sandbox's totals when its parent has reaped it,
        // a moment after the command's reply: hence a retry, not a single reading.
        const qint64 writtenBefore = metrics().diskWrite;
        QCOMPARE(m_api->run(id, QStringLiteral("dd if=/dev/zero of=fifty.bin bs=1M count=50 conv=fsync 2>/dev/null")).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(metrics().diskWrite - writtenBefore >= 50ll * 1000 * 1000, 5000);

        // Allocating 200 MB moves memory_usage.
        QCOMPARE(m_api->run(id, QStringLiteral("setsid python3 -c 'import time; b = bytearray(200 << 20); b[::4096] = b\"x\" * len(b[::4096]); time.sleep(30)' >/dev/null 2>&1 </dev/null &")).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(metrics().memoryUsage >= 200, 10000);
        QCOMPARE(m_api->kill(id).status, 200);
    }
};

QTEST_GUILESS_MAIN(TstAttacks)
#include "tst_attacks.moc"
