// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Sandbar::Server {

// Per-sandbox cgroups (v1: memory, pids, cpu) where this process may create them, usually
// only as root. Optional by design: rlimits apply in every case, cgroups add tree-wide limits.
class Cgroups
{
public:
    Cgroups();
    bool available() const { return !m_roots.isEmpty(); }
    QStringList controllers() const;

    // Creates the sandbox's groups with its limits; returns the directories to join.
    QStringList create(const QString &sandboxId, int memoryMb, int maxProcesses, int vcpus) const;
    // SIGKILLs whatever is still in the groups (escaped daemons) and removes them.
    void destroy(const QString &sandboxId) const;

private:
    struct Root
    {
        QString controller;
        QString path; // .../<controller>/sandbar-local
    };
    QList<Root> m_roots;
};

} // namespace Sandbar::Server
