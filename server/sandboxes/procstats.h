// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>

#include <optional>
#include <sys/types.h>

namespace Sandbar::Server {

// Resource use of a process tree, read from /proc.
struct TreeUsage
{
    qint64 cpuTicks = 0; // user + system time of the tree, including reaped children
    qint64 rssBytes = 0;
    qint64 readBytes = 0; // storage I/O, /proc/<pid>/io
    qint64 writeBytes = 0;
    int processes = 0;
};

struct NetCounters
{
    qint64 rxBytes = 0;
    qint64 txBytes = 0;
};

// A snapshot of the host's process table (pid -> children), shared by every sandbox's metrics
// request within a short window so that many requests cost one /proc scan.
class ProcessTable
{
public:
    // Re-reads /proc when the snapshot is older than `maxAgeMs`.
    void refresh(int maxAgeMs);
    QList<pid_t> descendantsAndSelf(pid_t root) const;

private:
    QHash<pid_t, QList<pid_t>> m_children;
    qint64 m_takenMs = -1;
};

TreeUsage measureTree(const QList<pid_t> &pids);
// The counters of the network namespace `pid` lives in, without the loopback interface.
std::optional<NetCounters> readNetworkCounters(pid_t pid);
long clockTicksPerSecond();

} // namespace Sandbar::Server
