// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Stop for code runs: SIGINT to the context's interpreter, the interrupt the API's own run
// timeout uses (KeyboardInterrupt in Python); the context keeps its state. A service with the
// Interrupt capability (sandbar-local's code/interrupt) is asked directly. The documented API
// has no such call: then this learns the interpreter's process ID once per context with a
// one-line probe run (which shows in the service's run history), and Stop sends
// `kill -INT <pid>` through commands/run.

#include "core/api/apierror.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace Sandbar::Core {

class SandboxProvider;

class RunInterrupter : public QObject
{
    Q_OBJECT
public:
    explicit RunInterrupter(SandboxProvider *provider, QObject *parent = nullptr);

    // Whether Stop can work with this provider and language.
    bool canInterrupt(const QString &language) const;
    // Whether prepare() must run before each run's interrupt() can work (the probe fallback).
    bool needsPreparation() const;
    // Learns the interpreter's pid of (sandbox, language, context) if not known yet; the future
    // finishes when the probe is done (at once when the pid is known, cannot be learned, or the
    // service interrupts by itself).
    QFuture<ApiResult<qint64>> prepare(const QString &sandboxId, const QString &language, const QString &contextId);
    // Interrupts the run in progress in the context (empty: the default one of `language`).
    // The value says whether a run was in progress to be interrupted: false when the service
    // has not started the run yet (it may be queued, or its interpreter starting).
    QFuture<ApiResult<bool>> interrupt(const QString &sandboxId, const QString &language, const QString &contextId);
    void forget(const QString &sandboxId);

private:
    static QString key(const QString &sandboxId, const QString &language, const QString &contextId);
    bool serviceInterrupts() const;

    QPointer<SandboxProvider> m_provider;
    QHash<QString, qint64> m_pids;
};

} // namespace Sandbar::Core
