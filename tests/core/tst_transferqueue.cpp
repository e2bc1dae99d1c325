// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The transfer queue against a real sandbar-local: order, progress, failures that do not stop
// the queue, and cancel in flight.
#include "common/futurewait.h"
#include "common/procstatus.h"
#include "common/localsandbox.h"
#include "core/providers/agentsandboxesprovider.h"
#include "core/workspace/transferqueue.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sandbar::Core;
using namespace Sandbar::Api;
using Job = TransferQueue::Job;

Q_DECLARE_METATYPE(Sandbar::Core::TransferQueue::Job)

namespace {
const QByteArray kToken = "transfer-queue-token";

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray pattern(qsizetype size, char seed)
{
    QByteArray data(size, '\0');
    for (qsizetype i = 0; i < size; i += 511)
        data[i] = char(seed + i / 511);
    return data;
}
} // namespace

class TstTransferQueue : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_local;
    LocalSandbox m_sandbox;
    AgentSandboxesProvider *m_provider = nullptr;
    QString m_id;

    bool existsInSandbox(const QString &folder, const QString &name)
    {
        const auto listing = await(m_provider->listFiles(m_id, folder));
        if (!listing)
            return false;
        for (const FileEntry &entry : listing->files) {
            if (entry.name == name)
                return true;
        }
        return false;
    }

    // A streamed upload's temporary file (sandbar-local's agent names them so).
    bool anyTemporaryIn(const QString &folder)
    {
        const auto listing = await(m_provider->listFiles(m_id, folder));
        if (!listing)
            return true;
        for (const FileEntry &entry : listing->files) {
            if (entry.name.startsWith(QLatin1String(".sandbar-upload")))
                return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<Job>();
        QVERIFY(m_local.isValid());
        QVERIFY2(m_sandbox.start(kToken, false), qPrintable(m_sandbox.error()));
        m_provider = m_sandbox.provider();
        m_id = m_sandbox.createSandbox(600);
        QVERIFY2(!m_id.isEmpty(), qPrintable(m_sandbox.error()));
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_sandbox.stop(), 0);
    }

    // A file as large as a sandbox holds (1 GiB, its template's disk limit) goes up and comes
    // back, byte for byte, with neither the app nor sandbar-local ever holding it whole.
    void streamsWithoutHoldingTheFile()
    {
        constexpr qint64 kSize = 1024LL << 20;
        const QString source = m_local.filePath(QStringLiteral("big-source.bin"));
        {
            QFile file(source);
            QVERIFY(file.open(QIODevice::WriteOnly));
            const QByteArray block = pattern(1 << 20, 'b');
            for (qsizetype done = 0; done < kSize; done += block.size())
                QVERIFY(file.write(block) == block.size());
        }
        const qint64 server = m_sandbox.server().pid();
        QVERIFY(resetPeakMemory(0) && resetPeakMemory(server));
        const qint64 peakBefore = procStatusKiB(0, "VmHWM");
        const qint64 serverBefore = procStatusKiB(server, "VmHWM");
        const auto sent = await(m_provider->uploadLocalFile(m_id, source, QStringLiteral("/home/user/stream.bin")), 300000);
        QVERIFY2(sent.ok(), qPrintable(sent ? QString() : sent.error().message));
        QCOMPARE(sent->size, kSize);
        // The app reads the file in pieces as the socket drains; sandbar-local hands it to the
        // sandbox through a fixed window.
        const qint64 uploadGrowthKiB = procStatusKiB(0, "VmHWM") - peakBefore;
        const qint64 serverUploadGrowthKiB = procStatusKiB(server, "VmHWM") - serverBefore;
        qInfo() << "a" << kSize / 1048576 << "MiB upload grew the peak memory of the app by" << uploadGrowthKiB
                << "KiB, of sandbar-local by" << serverUploadGrowthKiB << "KiB";
        if (kPeaksAreMeaningful) {
            QVERIFY2(uploadGrowthKiB < 32 * 1024, qPrintable(QString::number(uploadGrowthKiB)));
            QVERIFY2(serverUploadGrowthKiB < 32 * 1024, qPrintable(QString::number(serverUploadGrowthKiB)));
        }
        const QString target = m_local.filePath(QStringLiteral("big-back.bin"));
        QVERIFY(resetPeakMemory(0) && resetPeakMemory(server));
        const qint64 downloadBefore = procStatusKiB(0, "VmHWM");
        const qint64 serverDownloadBefore = procStatusKiB(server, "VmHWM");
        const auto received = await(m_provider->downloadToFile(m_id, QStringLiteral("/home/user/stream.bin"), target), 300000);
        QVERIFY2(received.ok(), qPrintable(received ? QString() : received.error().message));
        QCOMPARE(*received, kSize);
        const qint64 downloadGrowthKiB = procStatusKiB(0, "VmHWM") - downloadBefore;
        const qint64 serverDownloadGrowthKiB = procStatusKiB(server, "VmHWM") - serverDownloadBefore;
        qInfo() << "the download grew the app's by" << downloadGrowthKiB << "KiB, sandbar-local's by"
                << serverDownloadGrowthKiB << "KiB";
        // sandbar-local sends only as fast as the app reads, so what Qt's network thread reads
        // ahead of the app stays within the socket buffers too.
        if (kPeaksAreMeaningful) {
            QVERIFY2(downloadGrowthKiB < 64 * 1024, qPrintable(QString::number(downloadGrowthKiB)));
            QVERIFY2(serverDownloadGrowthKiB < 32 * 1024, qPrintable(QString::number(serverDownloadGrowthKiB)));
        }
        const auto hashOf = [](const QString &path) {
            QFile file(path);
            QCryptographicHash hash(QCryptographicHash::Sha256);
            return file.open(QIODevice::ReadOnly) && hash.addData(&file) ? hash.result() : QByteArray();
        };
        QCOMPARE(hashOf(target), hashOf(source));
        QVERIFY(!hashOf(source).isEmpty());
        QFile::remove(source); // 2 GiB of disk otherwise until the test ends
        QFile::remove(target);
    }

    void aCancelledDownloadLeavesNothing()
    {
        const QString target = m_local.filePath(QStringLiteral("cut/never.bin"));
        QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
        auto download = m_provider->downloadToFile(m_id, QStringLiteral("/home/user/stream.bin"), target);
        QFutureWatcher<ApiResult<qint64>> watcher;
        QSignalSpy progress(&watcher, &QFutureWatcherBase::progressValueChanged);
        watcher.setFuture(download);
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() > 0, 30000);
        QVERIFY(!download.isFinished()); // cancelled mid-transfer, not after it
        download.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(download.isFinished(), 30000);
        QVERIFY(download.isCanceled());
        QTest::qWait(100);
        // No file (nor a named temporary, where QSaveFile uses one).
        QCOMPARE(QDir(QFileInfo(target).absolutePath()).entryList(QDir::Files | QDir::Hidden), QStringList());
        // And a download of a file that is not there leaves nothing either.
        const auto missing = await(m_provider->downloadToFile(m_id, QStringLiteral("/home/user/missing.bin"), target));
        QVERIFY(!missing.ok());
        QCOMPARE(QDir(QFileInfo(target).absolutePath()).entryList(QDir::Files | QDir::Hidden), QStringList());
        // An unreadable source is refused before anything is sent.
        const auto unreadable = await(m_provider->uploadLocalFile(m_id, m_local.filePath(QStringLiteral("nope.bin")),
                                                                  QStringLiteral("/home/user/nope.bin")));
        QVERIFY(!unreadable.ok());
    }

    void uploadsInOrderAndAFailureDoesNotStopTheRest()
    {
        const QString a = m_local.filePath(QStringLiteral("a.bin"));
        const QString b = m_local.filePath(QStringLiteral("b.bin"));
        const QString missing = m_local.filePath(QStringLiteral("missing.bin"));
        const QString huge = m_local.filePath(QStringLiteral("huge.bin"));
        QVERIFY(writeFile(a, pattern(3 << 20, 'a')));
        QVERIFY(writeFile(b, pattern(5000, 'b')));
        {
            QFile sparse(huge); // larger than a file in the sandbox may be; sparse, so it costs no disk
            QVERIFY(sparse.open(QIODevice::WriteOnly));
            QVERIFY(sparse.resize((1025LL << 20) + 1));
        }
        TransferQueue queue(m_provider);
        QSignalSpy started(&queue, &TransferQueue::jobStarted);
        QSignalSpy finished(&queue, &TransferQueue::jobFinished);
        QSignalSpy progress(&queue, &TransferQueue::progress);
        QSignalSpy idle(&queue, &TransferQueue::idle);
        queue.upload(m_id, {a, missing, huge, b}, QStringLiteral("/home/user/up"));
        QVERIFY(queue.isBusy());
        QCOMPARE(queue.batchSize(), 4);
        QVERIFY(idle.wait(60000));
        QCOMPARE(started.size(), 4);
        QCOMPARE(finished.size(), 4);
        QStringList order;
        QStringList errors;
        for (const QList<QVariant> &args : std::as_const(finished)) {
            order.append(args.at(0).value<Job>().remotePath);
            errors.append(args.at(1).toString());
        }
        QCOMPARE(order, QStringList({QStringLiteral("/home/user/up/a.bin"), QStringLiteral("/home/user/up/missing.bin"),
                                     QStringLiteral("/home/user/up/huge.bin"), QStringLiteral("/home/user/up/b.bin")}));
        QVERIFY2(errors.at(0).isEmpty(), qPrintable(errors.at(0)));
        QVERIFY2(errors.at(1).contains(QLatin1String("missing.bin")), qPrintable(errors.at(1)));
        // Refused by sandbar-local from its length, before its body is read.
        QVERIFY2(errors.at(2).contains(QLatin1String("at most 1024 MiB")), qPrintable(errors.at(2)));
        QVERIFY2(errors.at(3).isEmpty(), qPrintable(errors.at(3)));
        QVERIFY(!queue.isBusy());
        // Byte progress of the 3 MiB file reached its end.
        bool reachedEnd = false;
        for (const QList<QVariant> &args : std::as_const(progress))
            reachedEnd = reachedEnd || (args.at(1).toInt() > (3 << 20) && args.at(0).toInt() == args.at(1).toInt());
        QVERIFY(reachedEnd);
        const auto back = await(m_provider->downloadFile(m_id, QStringLiteral("/home/user/up/a.bin")));
        QVERIFY(back.ok());
        QVERIFY(*back == pattern(3 << 20, 'a'));
        QVERIFY(existsInSandbox(QStringLiteral("/home/user/up"), QStringLiteral("b.bin")));
        QVERIFY(!existsInSandbox(QStringLiteral("/home/user/up"), QStringLiteral("huge.bin")));
    }

    void downloadWritesTheLocalFile()
    {
        const QByteArray data = pattern(2 << 20, 'd');
        QVERIFY(await(m_provider->uploadFile(m_id, QStringLiteral("d.bin"), data, QStringLiteral("/home/user/d.bin"))).ok());
        TransferQueue queue(m_provider);
        QSignalSpy finished(&queue, &TransferQueue::jobFinished);
        const QString local = m_local.filePath(QStringLiteral("d-copy.bin"));
        queue.download(m_id, QStringLiteral("/home/user/d.bin"), local);
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(1).toString().isEmpty(), qPrintable(finished.first().at(1).toString()));
        QFile file(local);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll() == data);

        // A path that is not there: an error, and no local file.
        const QString none = m_local.filePath(QStringLiteral("none.bin"));
        queue.download(m_id, QStringLiteral("/home/user/not-there.bin"), none);
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.last().at(1).toString().isEmpty());
        QVERIFY(!QFile::exists(none));
    }

    void cancelAbortsTheOneInFlightAndDropsTheRest()
    {
        const QString big = m_local.filePath(QStringLiteral("big.bin"));
        const QString next = m_local.filePath(QStringLiteral("next.bin"));
        QVERIFY(writeFile(big, pattern(200 << 20, 'x')));
        QVERIFY(writeFile(next, "next"));
        TransferQueue queue(m_provider);
        QSignalSpy cancelled(&queue, &TransferQueue::cancelled);
        QSignalSpy finished(&queue, &TransferQueue::jobFinished);
        QSignalSpy idle(&queue, &TransferQueue::idle);
        // Cancel as soon as the first bytes of the big upload go out.
        const auto canceller = connect(&queue, &TransferQueue::progress, &queue, [&queue](int value, int maximum) {
            if (value > 0 && maximum > 0)
                queue.cancelAll();
        });
        queue.upload(m_id, {big, next}, QStringLiteral("/home/user"));
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 1, 30000);
        QCOMPARE(cancelled.first().at(0).value<Job>().remotePath, QStringLiteral("/home/user/big.bin"));
        QCOMPARE(cancelled.first().at(1).toBool(), true);
        QCOMPARE(cancelled.first().at(2).toInt(), 1);
        QCOMPARE(idle.size(), 1);
        QVERIFY(!queue.isBusy());
        QTest::qWait(300); // nothing more happens
        QCOMPARE(finished.size(), 0);
        QVERIFY(!existsInSandbox(QStringLiteral("/home/user"), QStringLiteral("big.bin")));
        QVERIFY(!existsInSandbox(QStringLiteral("/home/user"), QStringLiteral("next.bin")));
        // Nor the bytes that had gone out, under a temporary name.
        QTRY_VERIFY_WITH_TIMEOUT(!anyTemporaryIn(QStringLiteral("/home/user")), 5000);
        QFile::remove(big);

        // The queue works again after a cancel.
        disconnect(canceller);
        queue.upload(m_id, {next}, QStringLiteral("/home/user"));
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().at(1).toString().isEmpty());
        QVERIFY(existsInSandbox(QStringLiteral("/home/user"), QStringLiteral("next.bin")));
    }
};

QTEST_GUILESS_MAIN(TstTransferQueue)
#include "tst_transferqueue.moc"
