// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Uploads and downloads as sandbar-local streams them, over raw loopback connections so that
// each step (the head, part of a body, a close) is the test's to choose: a refusal comes before
// the body is read, a cut transfer leaves no file behind, the form's parts may come in either
// order or chunked, and the connection serves its next request afterwards.
#include "common/httpclient.h"
#include "common/procstatus.h"
#include "common/sandboxapi.h"
#include "common/serverprocess.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray kToken = "stream-token";
const QByteArray kBoundary = "streamtest";

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

QByteArray filePart(const QByteArray &name, const QByteArray &content)
{
    return "--" + kBoundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name +
           "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n";
}

QByteArray pathPart(const QByteArray &path)
{
    return "--" + kBoundary + "\r\nContent-Disposition: form-data; name=\"path\"\r\n\r\n" + path + "\r\n";
}

QByteArray closing()
{
    return "--" + kBoundary + "--\r\n";
}

// An HTTP response read off a raw connection.
struct Answer
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// Reads one response (head and Content-Length body) from `socket`, leaving what follows.
Answer readAnswer(QTcpSocket &socket, int timeoutMs = 15000)
{
    Answer answer;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        const QByteArray data = socket.peek(socket.bytesAvailable());
        const qsizetype headEnd = data.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            qint64 length = 0;
            for (const QByteArray &line : data.left(headEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (data.size() - headEnd - 4 >= length) {
                answer.head = data.left(headEnd);
                answer.status = answer.head.mid(9, 3).toInt();
                answer.body = data.mid(headEnd + 4, length);
                socket.read(headEnd + 4 + length);
                return answer;
            }
        }
        if (!socket.waitForReadyRead(100) && socket.state() != QAbstractSocket::ConnectedState)
            break;
    }
    return answer;
}
} // namespace

class TstStreamedTransfers : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<SandboxApi> m_api;
    QString m_id;

    bool connectTo(QTcpSocket &socket)
    {
        socket.connectToHost(m_server.url().host(), quint16(m_server.url().port()));
        return socket.waitForConnected(5000);
    }

    QByteArray uploadHead(qint64 length, const QByteArray &extra = {}) const
    {
        return "POST " + SandboxApi::sandboxPath(m_id).toUtf8() + "/upload HTTP/1.1\r\nHost: localhost\r\n"
               "Authorization: Bearer " + kToken + "\r\nContent-Type: multipart/form-data; boundary=" + kBoundary +
               "\r\n" + (length >= 0 ? "Content-Length: " + QByteArray::number(length) + "\r\n" : QByteArray()) + extra +
               "\r\n";
    }

    // Every file name in a sandbox folder, hidden ones too; "?" when it cannot be listed.
    QStringList namesIn(const QString &folder)
    {
        const HttpResult reply = m_api->run(m_id, QStringLiteral("ls -A %1").arg(folder));
        if (reply.status != 200 || reply.json.value(QStringLiteral("exit_code")).toInt() != 0)
            return {QStringLiteral("?")};
        return reply.json.value(QStringLiteral("stdout")).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    bool hasTemporary(const QString &folder)
    {
        return namesIn(folder).join(QLatin1Char(' ')).contains(QLatin1String(".sandbar-upload"));
    }

    QByteArray getHead(const QString &path) const
    {
        return "GET " + path.toUtf8() + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + kToken + "\r\n\r\n";
    }

    QString sha256In(const QString &path)
    {
        const HttpResult reply = m_api->run(m_id, QStringLiteral("sha256sum %1 | cut -d' ' -f1").arg(path));
        return reply.json.value(QStringLiteral("stdout")).toString().trimmed();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(m_dir.path(), kToken, {QStringLiteral("--rate-limit"), QStringLiteral("0")}),
                 qPrintable(m_server.errorOutput()));
        m_http = std::make_unique<HttpClient>(m_server.url(), kToken);
        m_api = std::make_unique<SandboxApi>(*m_http);
        m_id = m_api->create();
        QVERIFY(!m_id.isEmpty());
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_server.stop(), 0);
    }

    void anOversizedUploadIsRefusedBeforeItsBody()
    {
        // 2 GiB announced, nothing of it sent: the answer comes from the head alone.
        QTcpSocket socket;
        QVERIFY(connectTo(socket));
        socket.write(uploadHead(2LL << 30));
        const Answer answer = readAnswer(socket);
        QCOMPARE(answer.status, 413);
        QCOMPARE(answer.json().value(QStringLiteral("error")).toString(), QStringLiteral("payload_too_large"));
        const QString message = answer.json().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QLatin1String("at most 1024 MiB")), qPrintable(message));
        QVERIFY(answer.head.contains("Connection: close"));
    }

    void aBodyNoRouteTakesIsRefusedBeforeItIsHeld()
    {
        // Not a streamed route: without the gate, Qt HTTP Server would hold the whole gigabyte.
        QTcpSocket socket;
        QVERIFY(connectTo(socket));
        socket.write("POST " + SandboxApi::sandboxPath(m_id).toUtf8() + "/files/write HTTP/1.1\r\nHost: localhost\r\n"
                     "Authorization: Bearer " + kToken + "\r\nContent-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n"
                     "{\"path\": \"/home/user/w.txt\", \"content\": \"");
        const Answer answer = readAnswer(socket);
        QCOMPARE(answer.status, 413);
        QVERIFY2(answer.json().value(QStringLiteral("message")).toString().contains(QLatin1String("upload")), answer.body.constData());
        // In the shape of the API the path belongs to.
        QTcpSocket other;
        QVERIFY(connectTo(other));
        other.write("POST /v1/sessions/x/files HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + kToken +
                    "\r\nContent-Length: 1073741824\r\n\r\n");
        const Answer sessions = readAnswer(other);
        QCOMPARE(sessions.status, 413);
        QCOMPARE(sessions.json().value(QStringLiteral("error_code")).toString(), QStringLiteral("payload_too_large"));
    }

    void aHeadLargerThanAnyClientSendsEndsTheConnection()
    {
        // Past 64 KiB the gate could not tell where the request ends, so no limit would hold.
        QTcpSocket socket;
        QVERIFY(connectTo(socket));
        socket.write("GET " + SandboxApi::sandboxPath(m_id).toUtf8() + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " +
                     kToken + "\r\nX-Padding: " + QByteArray(70 * 1024, 'p') + "\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
        // A large head within the limit is served.
        QTcpSocket fine;
        QVERIFY(connectTo(fine));
        fine.write("GET " + SandboxApi::sandboxPath(m_id).toUtf8() + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " +
                   kToken + "\r\nX-Padding: " + QByteArray(30 * 1024, 'p') + "\r\n\r\n");
        QCOMPARE(readAnswer(fine).status, 200);
    }

    void aClientWithoutTheKeyIsRefusedBeforeItsBody()
    {
        QTcpSocket socket;
        QVERIFY(connectTo(socket));
        socket.write("POST " + SandboxApi::sandboxPath(m_id).toUtf8() + "/upload HTTP/1.1\r\nHost: localhost\r\n"
                     "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 104857600\r\n\r\n");
        QCOMPARE(readAnswer(socket).status, 401);
        // What it goes on sending is dropped, and only up to the untrusted budget.
        const QByteArray junk(1 << 20, 'j');
        for (int i = 0; i < 8 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
            socket.write(junk);
            socket.waitForBytesWritten(2000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
    }

    void expectContinueIsAnswered()
    {
        const QByteArray content = randomBytes(64 * 1024);
        const QByteArray body = filePart("continued.bin", content) + closing();
        QTcpSocket socket;
        QVERIFY(connectTo(socket));
        socket.write(uploadHead(body.size(), "Expect: 100-continue\r\n"));
        QByteArray interim;
        QTRY_VERIFY_WITH_TIMEOUT((interim += socket.read(25)).size() >= 25, 5000);
        QCOMPARE(interim, QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
        socket.write(body);
        const Answer answer = readAnswer(socket);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json().value(QStringLiteral("size")).toInteger(), content.size());
    }

    void partsInEitherOrderChunkedOrNot_data()
    {
        QTest::addColumn<bool>("pathFirst");
        QTest::addColumn<bool>("chunked");
        QTest::addColumn<QString>("target");
        QTest::newRow("path first") << true << false << QStringLiteral("/home/user/order/first.bin");
        // The API's own example sends the file before its path; /tmp is another mount.
        QTest::newRow("path after the file, elsewhere") << false << false << QStringLiteral("/tmp/order/after.bin");
        QTest::newRow("chunked") << true << true << QStringLiteral("/home/user/order/chunked.bin");
    }

    void partsInEitherOrderChunkedOrNot()
    {
        QFETCH(bool, pathFirst);
        QFETCH(bool, chunked);
        QFETCH(QString, target);
        const QByteArray content = randomBytes(3 << 20);
        const QByteArray body = pathFirst ? pathPart(target.toUtf8()) + filePart("x.bin", content) + closing()
                                          : filePart("x.bin", content) + pathPart(target.toUtf8()) + closing();
        QTcpSocket socket;
        QVERIFY(connectTo(socket));
        if (chunked) {
            socket.write(uploadHead(-1, "Transfer-Encoding: chunked\r\n"));
            for (qsizetype at = 0; at < body.size(); at += 100'000) {
                const QByteArray piece = body.mid(at, 100'000);
                socket.write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
            }
            socket.write("0\r\n\r\n");
        } else {
            socket.write(uploadHead(body.size()) + body);
        }
        const Answer answer = readAnswer(socket);
        QVERIFY2(answer.status == 200, answer.body.constData());
        QCOMPARE(answer.json().value(QStringLiteral("path")).toString(), target);
        QCOMPARE(answer.json().value(QStringLiteral("size")).toInteger(), content.size());
        QCOMPARE(sha256In(target), QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
        // No temporary file stays beside it, nor in /home/user where a file waits for its path.
        QVERIFY(!namesIn(target.section(QLatin1Char('/'), 0, -2)).contains(QStringLiteral("?")));
        QVERIFY(!hasTemporary(target.section(QLatin1Char('/'), 0, -2)));
        QVERIFY(!hasTemporary(QStringLiteral("/home/user")));
        // The same connection answers its next request.
        socket.write("GET " + SandboxApi::sandboxPath(m_id).toUtf8() + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " +
                     kToken + "\r\n\r\n");
        QCOMPARE(readAnswer(socket).status, 200);
    }

    void aCutUploadLeavesNoFile()
    {
        const QByteArray content = randomBytes(8 << 20);
        const QByteArray body = pathPart("/home/user/cut/never.bin") + filePart("never.bin", content) + closing();
        {
            QTcpSocket socket;
            QVERIFY(connectTo(socket));
            socket.write(uploadHead(body.size()) + body.left(body.size() / 2));
            QVERIFY(socket.waitForBytesWritten(5000));
            QTRY_VERIFY_WITH_TIMEOUT(hasTemporary(QStringLiteral("/home/user/cut")), 5000); // being written
            socket.abort();
        }
        // Neither the file under its name nor its temporary.
        QTRY_COMPARE_WITH_TIMEOUT(namesIn(QStringLiteral("/home/user/cut")), QStringList(), 5000);
        // An earlier file under that name stays whole when an upload over it is cut.
        QVERIFY(m_api->upload(m_id, "never.bin", "kept", QStringLiteral("/home/user/cut/never.bin")).status == 200);
        {
            QTcpSocket socket;
            QVERIFY(connectTo(socket));
            socket.write(uploadHead(body.size()) + body.left(body.size() / 2));
            QVERIFY(socket.waitForBytesWritten(5000));
            QTRY_VERIFY_WITH_TIMEOUT(hasTemporary(QStringLiteral("/home/user/cut")), 5000);
            socket.abort();
        }
        QTRY_COMPARE_WITH_TIMEOUT(namesIn(QStringLiteral("/home/user/cut")), QStringList({QStringLiteral("never.bin")}), 5000);
        QCOMPARE(m_api->download(m_id, QStringLiteral("/home/user/cut/never.bin")).body, QByteArray("kept"));
    }

    void aCutDownloadEndsCleanly()
    {
        QVERIFY(m_api->run(m_id, QStringLiteral("head -c 200000000 /dev/zero > /home/user/zeros.bin")).status == 200);
        const qint64 server = m_server.pid();
        QVERIFY(resetPeakMemory(server));
        const qint64 before = procStatusKiB(server, "VmHWM");
        {
            QTcpSocket socket;
            QVERIFY(connectTo(socket));
            socket.write("GET " + SandboxApi::sandboxPath(m_id).toUtf8() + "/download?path=/home/user/zeros.bin HTTP/1.1\r\n"
                         "Host: localhost\r\nAuthorization: Bearer " + kToken + "\r\n\r\n");
            // Read a little, then stop reading for a while: the server waits instead of buffering.
            QTRY_VERIFY_WITH_TIMEOUT(socket.bytesAvailable() > 1 << 20, 5000);
            socket.setReadBufferSize(1 << 20);
            QTest::qWait(1000);
            socket.abort();
        }
        const qint64 grownKiB = procStatusKiB(server, "VmHWM") - before;
        qInfo() << "a 200 MB download left unread grew sandbar-local's peak by" << grownKiB << "KiB";
        if (kPeaksAreMeaningful)
            QVERIFY2(grownKiB < 16 * 1024, qPrintable(QString::number(grownKiB)));
        // The server goes on answering, and the whole file still comes down.
        const HttpResult whole = m_api->download(m_id, QStringLiteral("/home/user/zeros.bin"));
        QCOMPARE(whole.status, 200);
        QCOMPARE(whole.body.size(), 200000000);
        QCOMPARE(whole.headers.value("content-length"), QByteArray("200000000"));
    }

    void aHeadSplitAfterAnotherRequestIsStillStreamed()
    {
        // A request, then half of an upload's head: Qt HTTP Server answers the first and starts
        // reading the second; when the head is whole the upload is taken from it (its partial
        // read rolled back) and refused from its length, which only a streamed route can do.
        QTcpSocket socket;
        QVERIFY(connectTo(socket));
        const QByteArray head = uploadHead(2LL << 30);
        socket.write(getHead(SandboxApi::sandboxPath(m_id)) + head.left(60));
        QCOMPARE(readAnswer(socket).status, 200);
        QTest::qWait(100);
        socket.write(head.mid(60));
        const Answer refused = readAnswer(socket);
        QCOMPARE(refused.status, 413);
    }

    void aTransferPipelinedBehindAnotherRequestStreamsToo()
    {
        // Sent in one write: the upload is taken over once Qt HTTP Server has read the request
        // before it. (Qt HTTP Server 6.4 does not keep pipelined answers in order once a route
        // answers later, so nothing else is sent before these two are answered.)
        const QByteArray content = randomBytes(256 * 1024);
        const QByteArray body = pathPart("/home/user/piped.bin") + filePart("piped.bin", content) + closing();
        QTcpSocket socket;
        QVERIFY(connectTo(socket));
        socket.write(getHead(SandboxApi::sandboxPath(m_id)) + uploadHead(body.size()) + body);
        const Answer first = readAnswer(socket);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().value(QStringLiteral("sandbox_id")).toString(), m_id);
        const Answer uploaded = readAnswer(socket);
        QCOMPARE(uploaded.status, 200);
        QCOMPARE(uploaded.json().value(QStringLiteral("path")).toString(), QStringLiteral("/home/user/piped.bin"));
        socket.write(getHead(SandboxApi::sandboxPath(m_id) + QStringLiteral("/download?path=/home/user/piped.bin")));
        const Answer downloaded = readAnswer(socket);
        QCOMPARE(downloaded.status, 200);
        QCOMPARE(downloaded.body, content);
        // Only a streamed route can refuse from the head: so is one behind another request, one
        // after a stray blank line, and one that asks to upgrade to anything but a WebSocket.
        QTcpSocket second;
        QVERIFY(connectTo(second));
        second.write(getHead(SandboxApi::sandboxPath(m_id)) + uploadHead(2LL << 30));
        QCOMPARE(readAnswer(second).status, 200);
        QCOMPARE(readAnswer(second).status, 413);
        QTcpSocket third;
        QVERIFY(connectTo(third));
        third.write(getHead(SandboxApi::sandboxPath(m_id)) + "\r\n" + uploadHead(2LL << 30, "Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQCAAAAAAIAAAAA\r\n"));
        QCOMPARE(readAnswer(third).status, 200);
        QCOMPARE(readAnswer(third).status, 413);
    }

    void aFileThatDoesNotTellItsSizeDownloadsWhole()
    {
        // /proc files say they are empty; their content comes anyway, with its real length.
        const HttpResult version = m_api->download(m_id, QStringLiteral("/proc/version"));
        QCOMPARE(version.status, 200);
        QVERIFY2(version.body.startsWith("Linux version"), version.body.left(100).constData());
        QCOMPARE(version.headers.value("content-length").toInt(), version.body.size());
    }

    void errorsKeepTheirShape()
    {
        QTcpSocket socket;
        QVERIFY(connectTo(socket));
        const QByteArray head = "GET " + SandboxApi::sandboxPath(m_id).toUtf8() + "/download?path=%1 HTTP/1.1\r\nHost: localhost\r\n"
                                "Authorization: Bearer " + kToken + "\r\n\r\n";
        socket.write(QByteArray(head).replace("%1", "/home/user/none.bin"));
        Answer answer = readAnswer(socket);
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.json().value(QStringLiteral("error")).toString(), QStringLiteral("not_found"));
        socket.write(QByteArray(head).replace("%1", "/home/user"));
        answer = readAnswer(socket);
        QCOMPARE(answer.status, 400);
        QVERIFY2(answer.json().value(QStringLiteral("message")).toString().contains(QLatin1String("directory")), answer.body.constData());
        // A body that is not a form, and a form without a file.
        const QByteArray notForm = "hello";
        socket.write(uploadHead(notForm.size()) + notForm);
        QCOMPARE(readAnswer(socket).status, 400);
        QTcpSocket second;
        QVERIFY(connectTo(second));
        const QByteArray noFile = pathPart("/home/user/x") + closing();
        second.write(uploadHead(noFile.size()) + noFile);
        answer = readAnswer(second);
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.json().value(QStringLiteral("message")).toString().contains(QLatin1String("'file'")));
        // A folder as the target is refused once the file part begins, not after all of it.
        QVERIFY(m_api->run(m_id, QStringLiteral("mkdir -p /home/user/afolder")).status == 200);
        QTcpSocket third;
        QVERIFY(connectTo(third));
        const QByteArray start = pathPart("/home/user/afolder") + filePart("x.bin", QByteArray());
        third.write(uploadHead(start.size() + (64 << 20)) + start.chopped(2));
        answer = readAnswer(third);
        QCOMPARE(answer.status, 400);
        QVERIFY2(answer.json().value(QStringLiteral("message")).toString().contains(QLatin1String("is a directory")),
                 answer.body.constData());
        // A sandbox that does not exist.
        second.write("GET /v1/agents/sandboxes/00000000-0000-4000-8000-000000000000/download?path=/x HTTP/1.1\r\nHost: x\r\n"
                     "Authorization: Bearer " + kToken + "\r\n\r\n");
        QCOMPARE(readAnswer(second).status, 404);
    }
};

QTEST_GUILESS_MAIN(TstStreamedTransfers)
#include "tst_streamedtransfers.moc"
