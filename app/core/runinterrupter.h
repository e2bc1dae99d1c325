// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Stop for code runs. The API has no "interrupt" call; its own run timeout interrupts with
// SIGINT (KeyboardInterrupt in Python), keeping the context. This sends that same signal: it
// learns the interpreter's process ID once per context with a one-line probe run (which shows
// in the server's run history), then Stop sends `kill -INT <pid>` through commands/run.

#include "core/apierror.h"

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
    // Learns the interpreter's pid of (sandbox, language, context) if not known yet; the future
    // finishes when the probe is done (at once when the pid is known or cannot be learned).
    QFuture<ApiResult<qint64>> prepare(const QString &sandboxId, const QString &language, const QString &contextId);
    // Sends SIGINT to the interpreter learned by prepare(); an error if it was not learned.
    QFuture<ApiResult<qint64>> interrupt(const QString &sandboxId, const QString &language, const QString &contextId);
    void forget(const QString &sandboxId);

private:
    static QString key(const QString &sandboxId, const QString &language, const QString &contextId);

    QPointer<SandboxProvider> m_provider;
    QHash<QString, qint64> m_pids;
};

} // namespace Sandbar::Core
