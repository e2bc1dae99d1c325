// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/transferqueue.h"
#include "core/net/continuation.h"
#include "core/workspace/sandboxpaths.h"
#include "core/providers/sandboxprovider.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPromise>
#include <QSaveFile>
#include <QThreadPool>

#include <functional>

Q_LOGGING_CATEGORY(lcTransfers, "sandbar.core.transfers", QtInfoMsg)

namespace Sandbar::Core {

using namespace Sandbar::Api;

namespace {

struct LocalRead
{
    QByteArray data;
    QString error;
};

// Runs `work(isCancelled)` on the global pool; the future has its value. Cancelling the
// future makes isCancelled() true for the work to give up.
template <typename T, typename Work> QFuture<T> onPool(Work work)
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    QFuture<T> future = promise->future();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)] {
        promise->addResult(work([promise] { return promise->isCanceled(); }));
        promise->finish();
    });
    return future;
}

LocalRead readLocal(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, TransferQueue::tr("Cannot read %1: %2").arg(path, file.errorString())};
    if (file.size() > TransferQueue::kMaxUploadBytes) {
        return {{}, TransferQueue::tr("%1 is larger than %2, the upload limit.")
                        .arg(path, QLocale().formattedDataSize(TransferQueue::kMaxUploadBytes))};
    }
    LocalRead read{file.readAll(), {}};
    if (file.error() != QFileDevice::NoError)
        return {{}, TransferQueue::tr("Cannot read %1: %2").arg(path, file.errorString())};
    return read;
}

QString writeLocal(const QString &path, const QByteArray &data, const std::function<bool()> &isCancelled)
{
    // QSaveFile: a failed or cancelled download never leaves half a file in place of a whole one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return TransferQueue::tr("Cannot write %1: %2").arg(path, file.errorString());
    if (isCancelled()) {
        file.cancelWriting();
        return TransferQueue::tr("Cancelled.");
    }
    if (!file.commit())
        return TransferQueue::tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace

TransferQueue::TransferQueue(SandboxProvider *provider, QObject *parent) : QObject(parent), m_provider(provider)
{
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        emit progress(value, m_watcher.progressMaximum(), m_watcher.progressText());
    });
}

TransferQueue::~TransferQueue()
{
    m_inFlight.cancel();
}

void TransferQueue::upload(const QString &sandboxId, const QStringList &localPaths, const QString &folder)
{
    for (const QString &path : localPaths) {
        Job job;
        job.kind = Job::Kind::Upload;
        job.sandboxId = sandboxId;
        job.localPath = path;
        job.remoteFolder = folder;
        job.remotePath = joinSandboxPath(folder, QFileInfo(path).fileName());
        m_queue.append(job);
        ++m_batchSize;
    }
    if (!m_busy)
        startNext();
}

void TransferQueue::download(const QString &sandboxId, const QString &remotePath, const QString &localPath)
{
    Job job;
    job.kind = Job::Kind::Download;
    job.sandboxId = sandboxId;
    job.localPath = localPath;
    job.remotePath = remotePath;
    job.remoteFolder = sandboxParentOf(remotePath);
    m_queue.append(job);
    ++m_batchSize;
    if (!m_busy)
        startNext();
}

void TransferQueue::cancelAll()
{
    if (!m_busy && m_queue.isEmpty())
        return;
    ++m_epoch;
    const bool hadInFlight = m_busy;
    const Job inFlight = m_current;
    const int dropped = int(m_queue.size());
    m_queue.clear();
    m_inFlight.cancel(); // aborts the request; a local read or write in progress is discarded
    m_inFlight = QFuture<void>();
    m_busy = false;
    m_current = Job();
    m_batchSize = m_batchDone = 0;
    qCInfo(lcTransfers) << "cancelled" << (hadInFlight ? inFlight.remotePath : QString()) << "and" << dropped << "queued";
    emit cancelled(inFlight, hadInFlight, dropped);
    emit idle();
}

void TransferQueue::watch(const QFuture<void> &future)
{
    m_inFlight = future;
    m_watcher.setFuture(future);
}

void TransferQueue::startNext()
{
    if (m_queue.isEmpty() || !m_provider) {
        const bool wasBusy = m_busy || m_batchSize > 0;
        m_busy = false;
        m_current = Job();
        m_batchSize = m_batchDone = 0;
        m_queue.clear();
        if (wasBusy)
            emit idle();
        return;
    }
    m_busy = true;
    m_current = m_queue.takeFirst();
    emit jobStarted(m_current);
    const quint64 epoch = m_epoch;
    if (m_current.kind == Job::Kind::Download) {
        startDownload();
        return;
    }
    QFuture<LocalRead> read = onPool<LocalRead>([path = m_current.localPath](const std::function<bool()> &) {
        return readLocal(path);
    });
    watch(QFuture<void>(read));
    continueIn(this, read, [this, epoch](const LocalRead &local) {
        if (epoch != m_epoch)
            return;
        if (!local.error.isEmpty())
            finishJob(local.error);
        else
            startUpload(local.data);
    });
}

void TransferQueue::startUpload(const QByteArray &data)
{
    if (!m_provider) {
        finishJob(tr("The connection to the service has closed."));
        return;
    }
    const quint64 epoch = m_epoch;
    const QString name = QFileInfo(m_current.localPath).fileName();
    QFuture<ApiResult<UploadResult>> sent = m_provider->uploadFile(m_current.sandboxId, name, data, m_current.remotePath);
    watch(QFuture<void>(sent));
    continueIn(this, sent, [this, epoch](QFuture<ApiResult<UploadResult>> future) {
        if (epoch != m_epoch)
            return;
        const ApiResult<UploadResult> result = Core::resultOf(future);
        finishJob(result ? QString() : result.error().message);
    });
}

void TransferQueue::startDownload()
{
    const quint64 epoch = m_epoch;
    QFuture<ApiResult<QByteArray>> received = m_provider->downloadFile(m_current.sandboxId, m_current.remotePath);
    watch(QFuture<void>(received));
    continueIn(this, received, [this, epoch](QFuture<ApiResult<QByteArray>> future) {
        if (epoch != m_epoch)
            return;
        const ApiResult<QByteArray> bytes = Core::resultOf(future);
        if (!bytes) {
            finishJob(bytes.error().message);
            return;
        }
        QFuture<QString> written = onPool<QString>(
            [path = m_current.localPath, data = *bytes](const std::function<bool()> &isCancelled) {
                return writeLocal(path, data, isCancelled);
            });
        watch(QFuture<void>(written));
        continueIn(this, written, [this, epoch](const QString &error) {
            if (epoch == m_epoch)
                finishJob(error);
        });
    });
}

void TransferQueue::finishJob(const QString &error)
{
    const Job job = m_current;
    ++m_batchDone;
    if (!error.isEmpty())
        qCInfo(lcTransfers).noquote() << "transfer of" << job.remotePath << "failed:" << error;
    m_inFlight = QFuture<void>();
    emit jobFinished(job, error);
    startNext();
}

} // namespace Sandbar::Core
