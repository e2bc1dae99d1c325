// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apitypes.h"

namespace Sandbar::Server {

// What sandbar-local keeps about a sandbox beyond the API's view of it.
struct SandboxRecord
{
    Api::Sandbox api;
    QString provider;
    QString region;
    Api::StringMap envVars;
    bool network = false;
    // Cumulative counters; kept so that a sandbox's totals never go backwards when one of its
    // processes exits or the sandbox ends.
    qint64 diskRead = 0;
    qint64 diskWrite = 0;
    qint64 networkRx = 0;
    qint64 networkTx = 0;
};

} // namespace Sandbar::Server
