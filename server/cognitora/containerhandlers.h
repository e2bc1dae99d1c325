// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cognitora/containerstore.h"
#include "http/apierror.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

namespace Sandbar::Server {

class CodeContext;
class CodeContextManager;
class ExecutionStore;
class SandboxManager;
class TemplateCatalog;

// Cognitora's containers (shared/api-docs/003) on sandbar-local: a container runs its command
// (argv, not a shell line) in a fresh sandbox whose template its image picks (python…, node…,
// or a template's name; anything else is refused, no image is pulled), with networking off
// unless asked, its environment and a deadline; its output lines are kept with timestamps,
// in batches, and the sandbox ends with the command. Its one run is also an execution in the
// history store. Credits come from a local price table (estimate()): nothing real is charged.
class ContainerHandlers : public QObject
{
    Q_OBJECT
public:
    ContainerHandlers(SandboxManager *sandboxes, const TemplateCatalog *templates, CodeContextManager *contexts,
                      ExecutionStore *history, ContainerStore *store, QObject *parent = nullptr);
    ~ContainerHandlers() override;

    Result<Reply> create(const QByteArray &body);
    Result<Reply> list(const QUrlQuery &query) const;
    Result<Reply> get(const QString &id) const;
    Result<Reply> cancel(const QString &id);
    Result<Reply> logs(const QString &id, const QUrlQuery &query) const;
    Result<Reply> executionsOf(const QString &id) const;
    Result<Reply> listExecutions(const QUrlQuery &query) const;
    Result<Reply> getExecution(const QString &executionId) const;
    Result<Reply> estimateCost(const QByteArray &body) const;

    // The local price table, credits per hour: 1 per vCPU, 0.5 per GiB of memory, 0.02 per GB
    // of storage, 20 per GPU; times the timeout in hours, rounded up to a hundredth.
    static double estimate(double cpuCores, int memoryMb, int storageGb, int gpuCount, int timeoutSeconds);
    static constexpr int kDefaultTimeoutSeconds = 300;
    static constexpr int kMaxTimeoutSeconds = 86400;
    // How often log lines of a running container reach the database.
    static constexpr int kLogFlushMs = 200;
    // A log line longer than this is cut into several.
    static constexpr qsizetype kMaxLineChars = 16 * 1024;

private:
    struct Running
    {
        QString sandboxId;
        QPointer<CodeContext> context;
        QString partial[2]; // stdout, stderr: text after the last newline
        QList<ContainerLogLine> pending;
        bool cancelled = false;
    };

    void start(const QString &id);
    void finish(const QString &id, const QString &status, int exitCode, const QString &error);
    void addOutput(Running &running, int stream, const QString &text, const QDateTime &at);
    void flushLogs();
    Result<ContainerRecord> find(const QString &id) const;
    // A page of containers (?limit, offset, status), each as `item` makes it, under `key`.
    Result<Reply> page(const QUrlQuery &query, const QString &key, QJsonValue (*item)(const ContainerRecord &)) const;

    SandboxManager *m_sandboxes;
    const TemplateCatalog *m_templates;
    CodeContextManager *m_contexts;
    ExecutionStore *m_history;
    ContainerStore *m_store;
    QHash<QString, Running> m_running; // by container ID
    QTimer m_flush;
};

} // namespace Sandbar::Server
