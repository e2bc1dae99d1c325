// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxes/sandboxmanager.h"

#include "logging.h"
#include "sandboxes/portrelay.h"
#include "sandboxes/sandboxstore.h"
#include "sandboxes/templatecatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <limits>
#include <csignal>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Sandbar::Server {

namespace {

using Api::SandboxStatus;

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

// Deadlines fall on whole seconds, as the API prints them, so that a client's countdown and
// the moment the sandbox really ends agree.
QDateTime deadlineAfter(int seconds)
{
    const qint64 ms = QDateTime::currentMSecsSinceEpoch() + qint64(seconds) * 1000;
    return QDateTime::fromMSecsSinceEpoch((ms + 999) / 1000 * 1000, QTimeZone::utc());
}

constexpr int kProcessTableMaxAgeMs = 250;
constexpr int kCpuSampleMinMs = 200;

} // namespace

SandboxManager::SandboxManager(const QString &dataDir, Launcher::Mode mode, SandboxStore *store,
                               const TemplateCatalog *templates, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_launcher(mode), m_store(store),
      m_templates(templates)
{
    m_expiryTimer.setSingleShot(true);
    m_expiryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_expiryTimer, &QTimer::timeout, this, &SandboxManager::expireDue);
}

SandboxManager::~SandboxManager()
{
    if (!m_shuttingDown)
        shutdown(0);
}

QString SandboxManager::rootDirOf(const QString &id) const
{
    return m_dataDir + QStringLiteral("/sandboxes/") + id;
}

SandboxManager::Entry *SandboxManager::find(const QString &id) const
{
    return m_byId.value(id, nullptr);
}

bool SandboxManager::restore(QString *error)
{
    QDir().mkpath(m_dataDir + QStringLiteral("/sandboxes"));
    QFile::setPermissions(m_dataDir + QStringLiteral("/sandboxes"),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QString loadError;
    const QList<SandboxRecord> records = m_store->loadAll(&loadError);
    if (!loadError.isEmpty()) {
        *error = QStringLiteral("cannot read the sandbox database: ") + loadError;
        return false;
    }
    const QDateTime now = nowUtc();
    int resumed = 0;
    for (const SandboxRecord &record : records) {
        auto entry = std::make_unique<Entry>();
        entry->record = record;
        Api::Sandbox &api = entry->record.api;
        if (api.status == SandboxStatus::Paused) {
            // Stays as it was left: only resume() starts it.
        } else if (!Api::isFinal(api.status)) {
            if (api.timeoutAt <= now) {
                api.status = SandboxStatus::TimedOut;
                api.endedAt = api.timeoutAt;
            } else if (const auto started = startTree(*entry); !started) {
                api.status = SandboxStatus::Failed;
                api.endedAt = now;
                qCWarning(lcSandbox) << "cannot resume" << api.id << ":" << started.error().message;
            } else {
                api.status = SandboxStatus::Running;
                ++resumed;
            }
            persist(entry->record);
        }
        m_byId.insert(api.id, entry.get());
        m_entries.push_back(std::move(entry));
    }
    qCInfo(lcSandbox) << "restored" << records.size() << "sandboxes," << resumed << "resumed";
    scheduleExpiry();
    return true;
}

Result<bool> SandboxManager::startTree(Entry &entry)
{
    SandboxRecord &record = entry.record;
    const TemplateSpec *spec = m_templates->find(record.api.templateName);
    if (!spec)
        return ApiError::internal(QStringLiteral("template %1 is no longer available").arg(record.api.templateName));
    if (!QFileInfo(spec->interpreter).isExecutable())
        return ApiError::internal(QStringLiteral("%1 needs %2, which is not installed "
                                                 "(apt-get install %3)")
                                      .arg(spec->info.name, spec->interpreter, spec->debianPackage));
    QString error;
    const QString root = rootDirOf(record.api.id);
    if (!Launcher::prepareRoot(root, &error))
        return ApiError::internal(error);

    LaunchSpec launch;
    launch.sandboxId = record.api.id;
    launch.rootDir = root;
    launch.vcpus = record.api.cpuCount;
    launch.memoryMb = record.api.memoryMb;
    launch.diskMb = spec->info.diskSizeMb;
    launch.maxProcesses = spec->maxProcesses;
    launch.network = record.network;
    launch.env = record.envVars;
    launch.cgroupDirs = m_cgroups.create(record.api.id, launch.memoryMb, launch.maxProcesses, launch.vcpus);

    auto tree = m_launcher.launch(launch);
    if (!tree) {
        m_cgroups.destroy(record.api.id);
        return tree.error();
    }
    auto runtime = std::make_unique<Runtime>();
    runtime->tree = tree.value();
    runtime->sinceLaunch.start();
    // Whole seconds, as the APIs print times: an uptime computed from it never wobbles.
    runtime->launchedAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::utc());
    if (runtime->tree.pidfd >= 0) {
        runtime->exitNotifier = std::make_unique<QSocketNotifier>(runtime->tree.pidfd, QSocketNotifier::Read);
        const QString id = record.api.id;
        connect(runtime->exitNotifier.get(), &QSocketNotifier::activated, this,
                [this, id] { onTreeExited(id); });
    }
    // Counters continue from what earlier runs of this sandbox accumulated.
    runtime->base = {record.diskRead, record.diskWrite, record.networkRx, record.networkTx};
    entry.runtime = std::move(runtime);
    return true;
}

Result<Api::Sandbox> SandboxManager::create(const CreateRequest &request)
{
    const TemplateSpec *spec = m_templates->find(request.templateName);
    if (!spec) {
        QStringList names;
        for (const TemplateSpec &known : m_templates->all())
            names.append(known.info.name);
        return ApiError::notFound(QStringLiteral("template '%1' not found; available: %2")
                                      .arg(request.templateName, names.join(QStringLiteral(", "))));
    }
    auto entry = std::make_unique<Entry>();
    SandboxRecord &record = entry->record;
    record.api.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.api.templateId = spec->info.id;
    record.api.templateName = spec->info.name;
    record.api.status = SandboxStatus::Running;
    record.api.startedAt = nowUtc();
    record.api.timeoutAt = deadlineAfter(request.timeoutSeconds);
    record.api.metadata = request.metadata;
    record.api.cpuCount = spec->info.vcpuCount;
    record.api.memoryMb = spec->info.memoryMb;
    record.provider = request.provider;
    record.region = request.region;
    record.envVars = request.envVars;
    record.network = request.network;

    if (request.paused) {
        record.api.status = SandboxStatus::Paused;
        QString error;
        if (!Launcher::prepareRoot(rootDirOf(record.api.id), &error))
            return ApiError::internal(error);
    } else if (const auto started = startTree(*entry); !started) {
        QDir(rootDirOf(record.api.id)).removeRecursively();
        return started.error();
    }
    QString error;
    if (!m_store->save(record, &error)) {
        if (entry->runtime) {
            killTree(*entry->runtime);
            onTreeExitedNow(*entry);
        }
        QDir(rootDirOf(record.api.id)).removeRecursively();
        return ApiError::internal(QStringLiteral("cannot record the sandbox: ") + error);
    }
    qCInfo(lcSandbox) << "created" << record.api.id << record.api.templateName << "until"
                      << Api::formatTimestamp(record.api.timeoutAt);
    const Api::Sandbox result = record.api;
    m_byId.insert(result.id, entry.get());
    m_entries.push_back(std::move(entry));
    scheduleExpiry();
    return result;
}

SandboxPage SandboxManager::list(int limit, int offset) const
{
    SandboxPage page;
    page.total = int(m_entries.size());
    // Newest first: the order a dashboard shows and a person expects to page through.
    for (int i = page.total - 1 - offset; i >= 0 && page.sandboxes.size() < limit; --i)
        page.sandboxes.append(m_entries[size_t(i)]->record.api);
    return page;
}

Result<Api::Sandbox> SandboxManager::get(const QString &id) const
{
    if (const Entry *entry = find(id))
        return entry->record.api;
    return ApiError::notFound(QStringLiteral("sandbox %1 not found").arg(id));
}

Result<int> SandboxManager::agentControl(const QString &id) const
{
    const Entry *entry = find(id);
    if (!entry)
        return ApiError::notFound(QStringLiteral("sandbox %1 not found").arg(id));
    if (!entry->runtime || Api::isFinal(entry->record.api.status)) {
        return ApiError::badRequest(QStringLiteral("sandbox %1 has ended (%2)")
                                        .arg(id, Api::statusToString(entry->record.api.status)));
    }
    return entry->runtime->tree.controlFd;
}

qint64 SandboxManager::fileSizeLimit(const QString &id) const
{
    const Entry *entry = find(id);
    const TemplateSpec *spec = entry ? m_templates->find(entry->record.api.templateName) : nullptr;
    return spec && spec->info.diskSizeMb > 0 ? qint64(spec->info.diskSizeMb) << 20 : 0;
}

Result<QString> SandboxManager::hostUrl(const QString &id, quint16 port)
{
    Entry *entry = find(id);
    if (!entry)
        return ApiError::notFound(QStringLiteral("sandbox %1 not found").arg(id));
    Runtime *runtime = entry->runtime.get();
    if (!runtime || Api::isFinal(entry->record.api.status)) {
        return ApiError::badRequest(QStringLiteral("sandbox %1 has ended (%2); its ports are gone")
                                        .arg(id, Api::statusToString(entry->record.api.status)));
    }
    const auto url = [](quint16 hostPort) { return QStringLiteral("http://127.0.0.1:%1").arg(hostPort); };
    if (m_launcher.mode() == Launcher::Mode::Unisolated)
        return url(port); // shares this computer's network
    // Without network the sandbox has an empty network namespace of its own: its agent connects
    // there, for each connection to a listener on this computer.
    if (!entry->record.network) {
        if (!runtime->relays.count(port) && runtime->relays.size() >= kMaxRelayedPorts)
            return ApiError::badRequest(QStringLiteral("sandbox %1 has host URLs for %2 ports already, the most it may have")
                                            .arg(id).arg(kMaxRelayedPorts));
        auto &relay = runtime->relays[port];
        if (!relay) {
            auto made = std::make_unique<PortRelay>(runtime->tree.controlFd, port);
            QString error;
            if (!made->start(&error)) {
                runtime->relays.erase(port);
                return ApiError::internal(error);
            }
            relay = std::move(made);
        }
        return url(relay->serverPort());
    }
    if (const quint16 known = runtime->forwardedPorts.value(port))
        return url(known);
    const auto forwarded = SlirpNetwork::forwardPort(runtime->tree.network, port);
    if (!forwarded)
        return forwarded.error();
    runtime->forwardedPorts.insert(port, forwarded.value());
    return url(forwarded.value());
}

Result<Api::Sandbox> SandboxManager::kill(const QString &id)
{
    Entry *entry = find(id);
    if (!entry)
        return ApiError::notFound(QStringLiteral("sandbox %1 not found").arg(id));
    if (!Api::isFinal(entry->record.api.status)) {
        endTree(*entry, SandboxStatus::Terminated, nowUtc());
        scheduleExpiry();
    }
    return entry->record.api;
}

bool SandboxManager::isLiveSession(const Api::Sandbox &sandbox)
{
    return !Api::isFinal(sandbox.status) && !sandbox.metadata.contains(QStringLiteral("cognitora.container")) &&
           !sandbox.metadata.contains(QStringLiteral("roundtable.sandbox"));
}

Result<Api::Sandbox> SandboxManager::getLive(const QString &id) const
{
    const Entry *entry = find(id);
    if (!entry || !isLiveSession(entry->record.api))
        return ApiError::notFound(QStringLiteral("session %1 not found").arg(id.left(64)));
    return entry->record.api;
}

Result<Api::Sandbox> SandboxManager::killLive(const QString &id)
{
    if (const auto live = getLive(id); !live)
        return live.error();
    return kill(id);
}

Result<Api::Sandbox> SandboxManager::setTimeout(const QString &id, int seconds)
{
    Entry *entry = find(id);
    if (!entry)
        return ApiError::notFound(QStringLiteral("sandbox %1 not found").arg(id));
    if (Api::isFinal(entry->record.api.status)) {
        return ApiError::badRequest(QStringLiteral("sandbox %1 has ended (%2); only a running "
                                                   "sandbox's timeout can be changed")
                                        .arg(id, Api::statusToString(entry->record.api.status)));
    }
    entry->record.api.timeoutAt = deadlineAfter(seconds);
    persist(entry->record);
    scheduleExpiry();
    return entry->record.api;
}

Result<Api::SandboxMetrics> SandboxManager::metrics(const QString &id)
{
    Entry *entry = find(id);
    if (!entry)
        return ApiError::notFound(QStringLiteral("sandbox %1 not found").arg(id));
    sampleCounters(*entry);
    const SandboxRecord &record = entry->record;
    Api::SandboxMetrics metrics;
    metrics.timestamp = nowUtc();
    metrics.memoryTotal = record.api.memoryMb;
    metrics.diskRead = record.diskRead;
    metrics.diskWrite = record.diskWrite;
    metrics.networkRx = record.networkRx;
    metrics.networkTx = record.networkTx;
    if (Runtime *runtime = entry->runtime.get()) {
        metrics.cpuUsage = runtime->lastCpuPercent;
        metrics.memoryUsage = double(runtime->lastRssBytes) / (1024.0 * 1024.0);
    }
    return metrics;
}

Result<Api::Sandbox> SandboxManager::pause(const QString &id)
{
    Entry *entry = find(id);
    if (!entry)
        return ApiError::notFound(QStringLiteral("sandbox %1 not found").arg(id));
    Api::Sandbox &api = entry->record.api;
    if (Api::isFinal(api.status))
        return ApiError::badRequest(QStringLiteral("sandbox %1 has ended (%2)").arg(id, Api::statusToString(api.status)));
    if (entry->runtime) {
        endTree(*entry, SandboxStatus::Paused, QDateTime());
        onTreeExitedNow(*entry); // the next resume() needs the old tree gone
        scheduleExpiry();
    }
    return api;
}

Result<Api::Sandbox> SandboxManager::resume(const QString &id, int timeoutSeconds)
{
    Entry *entry = find(id);
    if (!entry)
        return ApiError::notFound(QStringLiteral("sandbox %1 not found").arg(id));
    const SandboxStatus status = entry->record.api.status;
    // A sandbox whose processes died on their own runs again on its files; one that was ended
    // (killed, expired) stays ended.
    if (Api::isFinal(status) && status != SandboxStatus::Failed)
        return ApiError::badRequest(QStringLiteral("sandbox %1 has ended (%2) and cannot start again")
                                        .arg(id, Api::statusToString(status)));
    if (entry->runtime && !Api::isFinal(status))
        return entry->record.api; // already running
    if (entry->runtime)
        onTreeExitedNow(*entry); // failed, its tree still being reaped
    if (const auto started = startTree(*entry); !started)
        return started.error();
    Api::Sandbox &api = entry->record.api;
    api.status = SandboxStatus::Running;
    api.endedAt = QDateTime();
    api.timeoutAt = deadlineAfter(timeoutSeconds);
    persist(entry->record);
    scheduleExpiry();
    qCInfo(lcSandbox) << "resumed" << id << "until" << Api::formatTimestamp(api.timeoutAt);
    return api;
}

QDateTime SandboxManager::runningSince(const QString &id) const
{
    const Entry *entry = find(id);
    if (!entry || !entry->runtime || Api::isFinal(entry->record.api.status))
        return {};
    return entry->runtime->launchedAt;
}

QString SandboxManager::homeDirOf(const QString &id) const
{
    return rootDirOf(id) + QStringLiteral("/home");
}

void SandboxManager::sampleCounters(Entry &entry)
{
    Runtime *runtime = entry.runtime.get();
    if (!runtime)
        return;
    m_processTable.refresh(kProcessTableMaxAgeMs);
    const TreeUsage usage = measureTree(m_processTable.descendantsAndSelf(runtime->tree.pid));
    SandboxRecord &record = entry.record;
    const Counters &base = runtime->base;
    record.diskRead = std::max(record.diskRead, base.diskRead + usage.readBytes);
    record.diskWrite = std::max(record.diskWrite, base.diskWrite + usage.writeBytes);
    if (const auto net = readNetworkCounters(runtime->tree.initPid)) {
        record.networkRx = std::max(record.networkRx, base.networkRx + net->rxBytes);
        record.networkTx = std::max(record.networkTx, base.networkTx + net->txBytes);
    }
    runtime->lastRssBytes = usage.rssBytes;

    const qint64 elapsedMs = runtime->sinceLaunch.elapsed();
    const double capacity = std::max(1, record.api.cpuCount) * double(clockTicksPerSecond());
    if (runtime->lastCpuTicks < 0) {
        // First look: the average since launch, which is measured too.
        runtime->lastCpuPercent = elapsedMs > 0 ? usage.cpuTicks / capacity / (elapsedMs / 1000.0) * 100.0 : 0;
    } else if (elapsedMs - runtime->lastSampleMs >= kCpuSampleMinMs) {
        const double seconds = (elapsedMs - runtime->lastSampleMs) / 1000.0;
        const qint64 ticks = std::max<qint64>(0, usage.cpuTicks - runtime->lastCpuTicks);
        runtime->lastCpuPercent = ticks / capacity / seconds * 100.0;
    } else {
        return; // too soon for a meaningful rate; keep the last one
    }
    runtime->lastCpuPercent = std::clamp(runtime->lastCpuPercent, 0.0, 100.0);
    runtime->lastCpuTicks = usage.cpuTicks;
    runtime->lastSampleMs = elapsedMs;
}

void SandboxManager::endTree(Entry &entry, Api::SandboxStatus status, const QDateTime &endedAt)
{
    sampleCounters(entry); // the totals the sandbox ends with
    entry.record.api.status = status;
    entry.record.api.endedAt = endedAt;
    if (entry.runtime)
        killTree(*entry.runtime);
    persist(entry.record);
    qCInfo(lcSandbox) << "ended" << entry.record.api.id << Api::statusToString(status);
    emit sandboxEnded(entry.record.api.id);
}

void SandboxManager::killTree(const Runtime &runtime)
{
    if (m_launcher.mode() == Launcher::Mode::Unisolated) {
        // No PID namespace to take everything along: every descendant goes by name, daemons
        // included (the agent is their subreaper, so they stay in the tree).
        m_processTable.refresh(0);
        for (const pid_t pid : m_processTable.descendantsAndSelf(runtime.tree.pid))
            ::kill(pid, SIGKILL);
    }
    Launcher::kill(runtime.tree);
}

void SandboxManager::onTreeExited(const QString &id)
{
    Entry *entry = find(id);
    if (!entry || !entry->runtime)
        return;
    int status = 0;
    if (::waitpid(entry->runtime->tree.pid, &status, WNOHANG) <= 0)
        return;
    if (!Api::isFinal(entry->record.api.status) && !m_shuttingDown) {
        // Nobody asked for this: the sandbox's processes died on their own.
        qCWarning(lcSandbox) << "sandbox" << id << "ended unexpectedly, wait status" << status;
        sampleCounters(*entry);
        entry->record.api.status = SandboxStatus::Failed;
        entry->record.api.endedAt = nowUtc();
        persist(entry->record);
        scheduleExpiry();
        emit sandboxEnded(id);
    }
    releaseRuntime(*entry);
}

void SandboxManager::onTreeExitedNow(Entry &entry)
{
    if (!entry.runtime)
        return;
    if (entry.runtime->tree.pid > 0)
        ::waitpid(entry.runtime->tree.pid, nullptr, 0);
    releaseRuntime(entry);
}

void SandboxManager::releaseRuntime(Entry &entry)
{
    if (!entry.runtime)
        return;
    entry.runtime->exitNotifier.reset();
    Launcher::release(entry.runtime->tree);
    entry.runtime.reset();
    m_cgroups.destroy(entry.record.api.id);
}

void SandboxManager::persist(const SandboxRecord &record)
{
    QString error;
    m_store->save(record, &error); // failures are logged by the store; memory stays right
}

void SandboxManager::scheduleExpiry()
{
    if (m_shuttingDown)
        return;
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (const auto &entry : m_entries) {
        if (entry->runtime && !Api::isFinal(entry->record.api.status))
            earliest = std::min(earliest, entry->record.api.timeoutAt.toMSecsSinceEpoch());
    }
    if (earliest == std::numeric_limits<qint64>::max()) {
        m_expiryTimer.stop();
        return;
    }
    const qint64 wait = earliest - QDateTime::currentMSecsSinceEpoch();
    // Re-checked at least every minute, so a wall-clock jump cannot postpone an expiry long.
    m_expiryTimer.start(int(std::clamp<qint64>(wait, 0, 60'000)));
}

void SandboxManager::expireDue()
{
    const QDateTime now = nowUtc();
    for (const auto &entry : m_entries) {
        if (entry->runtime && !Api::isFinal(entry->record.api.status) && entry->record.api.timeoutAt <= now)
            endTree(*entry, SandboxStatus::TimedOut, now);
    }
    scheduleExpiry();
}

int SandboxManager::runningCount() const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(),
                             [](const auto &entry) { return entry->runtime != nullptr; }));
}

void SandboxManager::shutdown(int graceMs)
{
    m_shuttingDown = true;
    m_expiryTimer.stop();
    QList<Entry *> running;
    m_processTable.refresh(0);
    for (const auto &entry : m_entries) {
        if (!entry->runtime)
            continue;
        sampleCounters(*entry);
        persist(entry->record);
        running.append(entry.get());
        if (graceMs <= 0)
            continue;
        // SIGTERM to the sandbox's own processes; its PID 1 ignores signals from outside the
        // namespace, and ends by itself once the sandbox's first process has.
        const LaunchedTree &tree = entry->runtime->tree;
        for (const pid_t pid : m_processTable.descendantsAndSelf(tree.initPid)) {
            if (pid != tree.pid && !(m_launcher.mode() == Launcher::Mode::Bubblewrap && pid == tree.initPid))
                ::kill(pid, SIGTERM);
        }
    }
    QElapsedTimer grace;
    grace.start();
    while (graceMs > 0 && grace.elapsed() < graceMs) {
        std::vector<pollfd> fds;
        for (Entry *entry : running) {
            if (entry->runtime && entry->runtime->tree.pidfd >= 0)
                fds.push_back({entry->runtime->tree.pidfd, POLLIN, 0});
        }
        if (fds.empty())
            break;
        ::poll(fds.data(), nfds_t(fds.size()), int(std::max<qint64>(1, graceMs - grace.elapsed())));
        for (Entry *entry : running) {
            if (entry->runtime && ::waitpid(entry->runtime->tree.pid, nullptr, WNOHANG) > 0) {
                entry->runtime->tree.pid = -1; // reaped: nothing left to kill or wait for
                releaseRuntime(*entry);
            }
        }
    }
    for (Entry *entry : running) {
        if (!entry->runtime)
            continue;
        killTree(*entry->runtime);
        onTreeExitedNow(*entry);
    }
    qCInfo(lcSandbox) << "ended" << running.size() << "sandbox process trees";
}

} // namespace Sandbar::Server
