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
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        const auto status = Api::SandboxStatus(index.data(SessionListModel::StatusRole).toInt());
        ++overview.total;
        if (Api::isFinal(status)) {
            ++overview.ended;
            continue;
        }
        if (status == Api::SandboxStatus::Paused)
            ++overview.paused;
        else
            ++overview.running;
        const QString id = index.data(SessionListModel::SandboxIdRole).toString();
        if (const QVariant left = index.data(SessionListModel::TtlSecondsRole); left.isValid())
            overview.expiring.append({id, index.data(SessionListModel::TemplateRole).toString(), left.toLongLong()});
        const QVariant cpu = index.data(SessionListModel::CpuRole);
        const QVariant memory = index.data(SessionListModel::MemoryRole);
        if (!cpu.isValid() || !memory.isValid())
            continue;
        const std::optional<Api::Sandbox> sandbox = model.sandbox(id);
        const int vcpus = sandbox ? std::max(1, sandbox->cpuCount) : 1;
        ++overview.sampled;
        overview.vcpus += vcpus;
        busyVcpus += cpu.toDouble() / 100.0 * vcpus;
        overview.memoryMib += memory.toDouble();
        overview.memoryLimitMib += sandbox ? sandbox->memoryMb : 0;
    }
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
