// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real sandbar-local (no rate limit, in a temporary data dir) and an Agent Sandboxes
// provider for it that creates sandboxes on request: the set-up every test, benchmark and
// demo that works inside a sandbox shares.

#include "serverprocess.h"

#include "core/providers/agentsandboxesprovider.h"

#include <QTemporaryDir>

#include <memory>

class LocalSandbox
{
public:
    // Starts the server; `extensions`: the provider uses sandbar-local's extensions (streaming,
    // interrupt, run history), as the app does. False, with error(), when it cannot start.
    bool start(const QByteArray &token, bool extensions = true);
    // A new running sandbox's ID; empty, with error(), on failure.
    QString createSandbox(int timeoutSeconds = 600, const QString &templateName = {});
    // start() and one sandbox, as most tests begin: its ID, or empty with error().
    QString startWithSandbox(const QByteArray &token, int timeoutSeconds = 900);
    // Drops the provider and stops the server: its exit code.
    int stop();

    QString error() const { return m_error; }
    ServerProcess &server() { return m_server; }
    Sandbar::Core::AgentSandboxesProvider *provider() const { return m_provider.get(); }

private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    std::unique_ptr<Sandbar::Core::AgentSandboxesProvider> m_provider;
    QString m_error;
};
