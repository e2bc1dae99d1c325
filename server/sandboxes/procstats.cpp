// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxes/procstats.h"

#include <QDateTime>
#include <QDir>

#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace Sandbar::Server {

namespace {

// Small, allocation-free reads: /proc files are generated on read and are tiny.
int readSmallFile(const char *path, char *buffer, int size)
{
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    int total = 0;
    while (total < size - 1) {
        const ssize_t got = ::read(fd, buffer + total, size_t(size - 1 - total));
        if (got <= 0)
            break;
        total += int(got);
    }
    ::close(fd);
    buffer[total] = '\0';
    return total;
}

// Fields after the parenthesised command name, which may itself contain spaces and ')'.
const char *afterComm(const char *stat)
{
    const char *end = std::strrchr(stat, ')');
    return end ? end + 2 : nullptr;
}

} // namespace

void ProcessTable::refresh(int maxAgeMs)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_takenMs >= 0 && now - m_takenMs < maxAgeMs)
        return;
    m_takenMs = now;
    m_children.clear();
    DIR *proc = ::opendir("/proc");
    if (!proc)
        return;
    char path[64];
    char stat[1024];
    while (const dirent *entry = ::readdir(proc)) {
        char *end = nullptr;
        const long pid = std::strtol(entry->d_name, &end, 10);
        if (pid <= 0 || *end != '\0')
            continue;
        std::snprintf(path, sizeof(path), "/proc/%ld/stat", pid);
        if (readSmallFile(path, stat, sizeof(stat)) <= 0)
            continue;
        const char *fields = afterComm(stat);
        char state = 0;
        long ppid = 0;
        if (fields && std::sscanf(fields, "%c %ld", &state, &ppid) == 2)
            m_children[pid_t(ppid)].append(pid_t(pid));
    }
    ::closedir(proc);
}

QList<pid_t> ProcessTable::descendantsAndSelf(pid_t root) const
{
    QList<pid_t> result{root};
    for (qsizetype i = 0; i < result.size(); ++i)
        result.append(m_children.value(result.at(i)));
    return result;
}

TreeUsage measureTree(const QList<pid_t> &pids)
{
    TreeUsage usage;
    const long pageSize = ::sysconf(_SC_PAGESIZE);
    char path[64];
    char buffer[2048];
    for (const pid_t pid : pids) {
        std::snprintf(path, sizeof(path), "/proc/%d/stat", int(pid));
        if (readSmallFile(path, buffer, sizeof(buffer)) <= 0)
            continue; // exited since the table was read
        const char *fields = afterComm(buffer);
        unsigned long long utime = 0, stime = 0;
        long long cutime = 0, cstime = 0, rssPages = 0;
        // Fields 3..24 of proc(5): state ppid pgrp session tty tpgid flags minflt cminflt
        // majflt cmajflt utime stime cutime cstime priority nice threads itrealvalue
        // starttime vsize rss.
        if (!fields ||
            std::sscanf(fields,
                        "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu %lld %lld %*d %*d "
                        "%*d %*d %*u %*u %lld",
                        &utime, &stime, &cutime, &cstime, &rssPages) != 5)
            continue;
        ++usage.processes;
        usage.cpuTicks += qint64(utime + stime) + cutime + cstime;
        usage.rssBytes += rssPages * pageSize;

        std::snprintf(path, sizeof(path), "/proc/%d/io", int(pid));
        if (readSmallFile(path, buffer, sizeof(buffer)) > 0) {
            long long value = 0;
            if (const char *read = std::strstr(buffer, "\nread_bytes: "))
                if (std::sscanf(read, "\nread_bytes: %lld", &value) == 1)
                    usage.readBytes += value;
            if (const char *written = std::strstr(buffer, "\nwrite_bytes: "))
                if (std::sscanf(written, "\nwrite_bytes: %lld", &value) == 1)
                    usage.writeBytes += value;
        }
    }
    return usage;
}

std::optional<NetCounters> readNetworkCounters(pid_t pid)
{
    char path[64];
    std::snprintf(path, sizeof(path), "/proc/%d/net/dev", int(pid));
    FILE *file = std::fopen(path, "re");
    if (!file)
        return std::nullopt;
    NetCounters counters;
    char line[512];
    int lineNumber = 0;
    while (std::fgets(line, sizeof(line), file)) {
        if (++lineNumber <= 2)
            continue; // two header lines
        char name[64];
        unsigned long long rx = 0, tx = 0;
        // iface: rx_bytes packets errs drop fifo frame compressed multicast tx_bytes ...
        if (std::sscanf(line, " %63[^:]: %llu %*u %*u %*u %*u %*u %*u %*u %llu", name, &rx,
                        &tx) != 3)
            continue;
        if (std::strcmp(name, "lo") == 0)
            continue;
        counters.rxBytes += qint64(rx);
        counters.txBytes += qint64(tx);
    }
    std::fclose(file);
    return counters;
}

long clockTicksPerSecond()
{
    static const long ticks = ::sysconf(_SC_CLK_TCK);
    return ticks;
}

} // namespace Sandbar::Server
