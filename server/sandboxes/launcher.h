// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/apierror.h"
#include "core/api/apitypes.h"
#include "sandboxes/slirpnetwork.h"

#include <QStringList>

#include <sys/types.h>

namespace Sandbar::Server {

struct LaunchSpec
{
    QString sandboxId;
    QString rootDir; // the sandbox's host folder: home/, tmp/, etc/
    int vcpus = 1;
    int memoryMb = 0;
    int diskMb = 0;
    int maxProcesses = 0;
    bool network = false;
    Api::StringMap env;
    QStringList cgroupDirs; // cgroups the tree is started in
};

// Where sandbar-agent is: next to sandbar-local.
QString agentExecutable();

struct LaunchedTree
{
    pid_t pid = -1;     // the process sandbar-local forked: leader of the tree's process group
    int pidfd = -1;     // readable when `pid` exits
    pid_t initPid = -1; // the sandbox's PID 1 (in the host's PID namespace)
    int controlFd = -1; // sandbar-local's end of the agent's control socket
    SlirpNetwork::Handle network; // only for sandboxes with network access
};

// Starts a sandbox as an isolated process tree: bubblewrap with its own user, PID, mount,
// IPC, UTS and (unless asked otherwise) network namespaces, or, with --no-isolation, a
// plain process session with the same resource limits.
class Launcher
{
public:
    enum class Mode { Bubblewrap, Unisolated };

    explicit Launcher(Mode mode);
    Mode mode() const { return m_mode; }

    // bwrap on PATH, or empty.
    static QString findBubblewrap();
    static QString missingBubblewrapMessage();

    // Creates home/, tmp/ and the passwd/group files the sandbox sees.
    static bool prepareRoot(const QString &rootDir, QString *error);

    // Blocks until the sandbox's namespaces are set up (bubblewrap reports its child), a few
    // milliseconds, so that "running" in the reply is true.
    Result<LaunchedTree> launch(const LaunchSpec &spec) const;

    // SIGKILL to the whole tree. The PID namespace takes every descendant with it, including
    // double-forked daemons.
    static void kill(const LaunchedTree &tree);
    // Once the tree has exited: reaps what belongs to it and closes its handles.
    static void release(LaunchedTree &tree);

private:
    Mode m_mode;
};

} // namespace Sandbar::Server
