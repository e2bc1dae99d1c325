// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sessions/sessionoverview.h"

#include "core/sessions/sessionlistmodel.h"

#include <algorithm>

namespace Sandbar::Core {

SessionOverview SessionOverview::of(const SessionListModel &model, int expiringCount)
{
    SessionOverview overview;
    double busyVcpus = 0;
    model.forEachRow([&](const Api::Sandbox &sandbox, const Api::SandboxMetrics *metrics, std::optional<qint64> left) {
        ++overview.total;
        if (Api::isFinal(sandbox.status)) {
            ++overview.ended;
            return;
        }
        if (sandbox.status == Api::SandboxStatus::Paused)
            ++overview.paused;
        else
            ++overview.running;
        if (left)
            overview.expiring.append({sandbox.id, sandbox.templateName, *left});
        if (!metrics)
            return;
        const int vcpus = std::max(1, sandbox.cpuCount);
        ++overview.sampled;
        overview.vcpus += vcpus;
        busyVcpus += metrics->cpuUsage / 100.0 * vcpus;
        overview.memoryMib += metrics->memoryUsage;
        overview.memoryLimitMib += sandbox.memoryMb;
    });
    overview.cpuPercent = overview.vcpus > 0 ? 100.0 * busyVcpus / overview.vcpus : 0;
    std::stable_sort(overview.expiring.begin(), overview.expiring.end(),
                     [](const Expiring &a, const Expiring &b) { return a.secondsLeft < b.secondsLeft; });
    if (overview.expiring.size() > expiringCount)
        overview.expiring.resize(expiringCount);
    return overview;
}

Api::SandboxMetrics SessionOverview::totalSample(const QDateTime &at) const
{
    Api::SandboxMetrics sample;
    sample.timestamp = at;
    sample.cpuUsage = cpuPercent;
    sample.memoryUsage = memoryMib;
    sample.memoryTotal = memoryLimitMib;
    return sample;
}

} // namespace Sandbar::Core
