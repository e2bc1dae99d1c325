// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Uploads and downloads between this computer and sandboxes, one at a time in the order asked,
// with byte progress and cancel. A job belongs to its sandbox, not to what the window shows:
// selecting another sandbox does not stop it. Local files are read and written on a pool
// thread, so a large file never stalls the event loop.

#include "core/api/apierror.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>

Q_DECLARE_LOGGING_CATEGORY(lcTransfers)

namespace Sandbar::Core {

class SandboxProvider;

class TransferQueue : public QObject
{
    Q_OBJECT
public:
    struct Job
    {
        enum class Kind { Upload, Download };
        Kind kind = Kind::Upload;
        QString sandboxId;
        QString localPath;
        QString remotePath;
        QString remoteFolder; // the sandbox folder an upload goes to, or a download came from
    };

    explicit TransferQueue(SandboxProvider *provider, QObject *parent = nullptr);
    // Aborts the transfer in flight: nobody is left to hear how it ends.
    ~TransferQueue() override;

    // Queues each local file for `folder` of sandbox `sandboxId` (same name there).
    void upload(const QString &sandboxId, const QStringList &localPaths, const QString &folder);
    void download(const QString &sandboxId, const QString &remotePath, const QString &localPath);
    // Aborts the job in flight and drops the queued ones; cancelled() says how many.
    void cancelAll();

    bool isBusy() const { return m_busy; }
    // Jobs of the current batch (since the queue was last idle), and how many have ended.
    int batchSize() const { return m_batchSize; }
    int batchDone() const { return m_batchDone; }
    Job current() const { return m_current; }

signals:
    void jobStarted(const Sandbar::Core::TransferQueue::Job &job);
    // Bytes of the job in flight: `value` of `maximum` (KiB past 2 GiB; maximum 0 while the
    // total is unknown); `text` gives the real sizes.
    void progress(int value, int maximum, const QString &text);
    // `error` is empty when the job succeeded.
    void jobFinished(const Sandbar::Core::TransferQueue::Job &job, const QString &error);
    // Cancelled by cancelAll(): the job that was in flight (if any) and the number not started.
    void cancelled(const Sandbar::Core::TransferQueue::Job &inFlight, bool hadInFlight, int dropped);
    void idle();

private:
    void startNext();
    void startUpload();
    void startDownload();
    void finishJob(const QString &error);
    void watch(const QFuture<void> &future);

    QPointer<SandboxProvider> m_provider;
    QList<Job> m_queue;
    Job m_current;
    bool m_busy = false;
    int m_batchSize = 0;
    int m_batchDone = 0;
    quint64 m_epoch = 0; // bumped by cancelAll(): replies of an older epoch are dropped
    QFuture<void> m_inFlight;
    QFutureWatcher<void> m_watcher;
};

} // namespace Sandbar::Core
