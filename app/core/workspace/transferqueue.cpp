// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/transferqueue.h"
#include "core/net/continuation.h"
#include "core/workspace/sandboxpaths.h"
#include "core/providers/sandboxprovider.h"

#include <QFile>
#include <QFileInfo>

#include <functional>

Q_LOGGING_CATEGORY(lcTransfers, "sandbar.core.transfers", QtInfoMsg)

namespace Sandbar::Core {

using namespace Sandbar::Api;

namespace {

// Why a local file cannot be sent, or empty. How large a file may be is the sandbox's to say
// (sandbar-local refuses one past its disk limit before reading it).
QString whyNotSendable(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return TransferQueue::tr("Cannot read %1.").arg(path);
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
    if (const QString why = whyNotSendable(m_current.localPath); !why.isEmpty()) {
        // Reported from the event loop, as every other outcome is.
        QMetaObject::invokeMethod(this, [this, epoch, why] {
            if (epoch == m_epoch)
                finishJob(why);
        }, Qt::QueuedConnection);
        return;
    }
    startUpload();
}

void TransferQueue::startUpload()
{
    if (!m_provider) {
        finishJob(tr("The connection to the service has closed."));
        return;
    }
    const quint64 epoch = m_epoch;
    // Read in pieces as the connection takes them, never whole.
    QFuture<ApiResult<UploadResult>> sent = m_provider->uploadLocalFile(m_current.sandboxId, m_current.localPath,
                                                                        m_current.remotePath);
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
    if (!m_provider) {
        finishJob(tr("The connection to the service has closed."));
        return;
    }
    const quint64 epoch = m_epoch;
    // Written to the local file as it arrives, renamed into place once complete.
    QFuture<ApiResult<qint64>> received = m_provider->downloadToFile(m_current.sandboxId, m_current.remotePath,
                                                                     m_current.localPath);
    watch(QFuture<void>(received));
    continueIn(this, received, [this, epoch](QFuture<ApiResult<qint64>> future) {
        if (epoch != m_epoch)
            return;
        const ApiResult<qint64> written = Core::resultOf(future);
        finishJob(written ? QString() : written.error().message);
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
