// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A connection's sessions at a glance, computed from the session list model: counts by status,
// the running sessions that end soonest, and what the sessions with metrics use together.

#include "core/api/apitypes.h"

#include <QList>
#include <QString>

namespace Sandbar::Core {

class SessionListModel;

struct SessionOverview
{
    struct Expiring
    {
        QString id;
        QString templateName;
        qint64 secondsLeft = 0;
    };

    int total = 0;
    int running = 0; // running or creating
    int paused = 0;
    int ended = 0;
    // Live sessions with a deadline, soonest first.
    QList<Expiring> expiring;
    // Live sessions with at least one metrics sample, and what they use together.
    int sampled = 0;
    int vcpus = 0;
    double cpuPercent = 0; // of those sessions' vCPUs together
    double memoryMib = 0;
    double memoryLimitMib = 0;

    static SessionOverview of(const SessionListModel &model, int expiringCount = 5);
    // The totals as one sample (CPU and memory; the byte counters stay 0), for a chart.
    Api::SandboxMetrics totalSample(const QDateTime &at) const;
};

} // namespace Sandbar::Core
