// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// Under AddressSanitizer freed memory waits in a quarantine (256 MiB by default), so a peak
// says little about what a process holds: bounds on peaks are reported, not asserted, there.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kPeaksAreMeaningful = false;
#else
constexpr bool kPeaksAreMeaningful = true;
#endif

// A field of /proc/<pid>/status in KiB ("VmRSS", "VmHWM"); pid 0 is this process. -1 when it
// cannot be read.
inline qint64 procStatusKiB(qint64 pid, const char *field)
{
    QFile status(pid > 0 ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray name = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(name))
            return line.mid(name.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets a process's VmHWM to its current VmRSS (pid 0: this process), so that a later VmHWM is
// the peak of what happened since.
inline bool resetPeakMemory(qint64 pid)
{
    QFile refs(pid > 0 ? QStringLiteral("/proc/%1/clear_refs").arg(pid) : QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}
