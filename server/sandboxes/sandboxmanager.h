// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/apierror.h"
#include "sandboxes/cgroups.h"
#include "sandboxes/launcher.h"
#include "sandboxes/procstats.h"
#include "sandboxes/sandboxrecord.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <map>
#include <memory>
#include <vector>

class QSocketNotifier;

namespace Sandbar::Server {

class PortRelay;
class SandboxStore;
class TemplateCatalog;

struct CreateRequest
{
    // The APIs other than Agent Sandboxes have no provider nor region: these.
    QString provider = QStringLiteral("local");
    QString region = QStringLiteral("here");
    QString templateName;
    int timeoutSeconds = 300;
    Api::StringMap envVars;
    Api::StringMap metadata;
    bool network = false;
    // Made with its files but no processes, Paused until resume() (Round Table's sandboxes).
    bool paused = false;
};

struct SandboxPage
{
    QList<Api::Sandbox> sandboxes;
    int total = 0;
};

// Owns every sandbox: its record, its process tree and its deadline. The single writer of
// sandbox state; handlers only call it.
class SandboxManager : public QObject
{
    Q_OBJECT
public:
    SandboxManager(const QString &dataDir, Launcher::Mode mode, SandboxStore *store,
                   const TemplateCatalog *templates, QObject *parent = nullptr);
    ~SandboxManager() override;

    // Loads the database. Sandboxes that were running come back: those whose deadline passed
    // while sandbar-local was down become timed_out, the others are started again.
    bool restore(QString *error);

    Result<Api::Sandbox> create(const CreateRequest &request);
    SandboxPage list(int limit, int offset) const;
    Result<Api::Sandbox> get(const QString &id) const;
    Result<Api::Sandbox> kill(const QString &id);
    // A session of the APIs whose sessions are the running sandboxes: not ended, and not a
    // sandbox another API keeps for its own (a Cognitora container, a Round Table agent sandbox).
    static bool isLiveSession(const Api::Sandbox &sandbox);
    // For those APIs: an ended, unknown or another API's own sandbox is a 404.
    Result<Api::Sandbox> getLive(const QString &id) const;
    Result<Api::Sandbox> killLive(const QString &id);
    Result<Api::Sandbox> setTimeout(const QString &id, int seconds);
    Result<Api::SandboxMetrics> metrics(const QString &id);
    // Ends a running sandbox's processes and keeps its files: Paused, until resume() starts a
    // new process tree on the same files (whatever ended the last one) with a new deadline.
    // Neither works on an ended sandbox (killed, expired: its end is final).
    Result<Api::Sandbox> pause(const QString &id);
    Result<Api::Sandbox> resume(const QString &id, int timeoutSeconds);
    // Where /home/user of the sandbox is on this computer (for files written while it is paused).
    QString homeDirOf(const QString &id) const;
    // When its current process tree started (by this computer's clock); invalid when none runs.
    QDateTime runningSince(const QString &id) const;
    // The control socket of a running sandbox's agent.
    Result<int> agentControl(const QString &id) const;
    // The largest file the sandbox can hold (its template's disk limit, a per-file limit there).
    qint64 fileSizeLimit(const QString &id) const;
    // A URL on this computer that reaches `port` inside the sandbox.
    Result<QString> hostUrl(const QString &id, quint16 port);

    // Ends every process tree (SIGTERM, then SIGKILL after a grace period) and keeps the
    // records as they are, so that running sandboxes resume on the next start.
    void shutdown(int graceMs);

    int runningCount() const;

    // Host URLs of a sandbox without network: listeners on this computer, a few per sandbox.
    static constexpr size_t kMaxRelayedPorts = 32;

signals:
    // The sandbox's processes are gone or going (killed, expired, failed).
    void sandboxEnded(const QString &id);

private:
    struct Counters
    {
        qint64 diskRead = 0;
        qint64 diskWrite = 0;
        qint64 networkRx = 0;
        qint64 networkTx = 0;
    };
    struct Runtime
    {
        LaunchedTree tree;
        Counters base; // totals of earlier runs (before a restart of sandbar-local)
        qint64 lastRssBytes = 0;
        std::unique_ptr<QSocketNotifier> exitNotifier;
        QElapsedTimer sinceLaunch;
        QDateTime launchedAt;
        qint64 lastCpuTicks = -1;
        qint64 lastSampleMs = 0; // on sinceLaunch's clock
        double lastCpuPercent = 0;
        QHash<quint16, quint16> forwardedPorts; // sandbox port -> host port
        // Host URLs of a sandbox without network, by sandbox port (see PortRelay).
        std::map<quint16, std::unique_ptr<PortRelay>> relays;
    };
    struct Entry
    {
        SandboxRecord record;
        std::unique_ptr<Runtime> runtime; // null when no process tree runs
    };

    Entry *find(const QString &id) const;
    Result<bool> startTree(Entry &entry);
    void endTree(Entry &entry, Api::SandboxStatus status, const QDateTime &endedAt);
    // SIGKILL to everything of the sandbox.
    void killTree(const Runtime &runtime);
    void onTreeExited(const QString &id);
    void onTreeExitedNow(Entry &entry); // waits for an already killed tree
    void sampleCounters(Entry &entry);
    void releaseRuntime(Entry &entry);
    void persist(const SandboxRecord &record);
    void scheduleExpiry();
    void expireDue();
    QString rootDirOf(const QString &id) const;

    QString m_dataDir;
    Launcher m_launcher;
    Cgroups m_cgroups;
    SandboxStore *m_store;
    const TemplateCatalog *m_templates;
    std::vector<std::unique_ptr<Entry>> m_entries; // creation order
    QHash<QString, Entry *> m_byId;
    QTimer m_expiryTimer;
    ProcessTable m_processTable;
    bool m_shuttingDown = false;
};

} // namespace Sandbar::Server
