// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sessions/metricshistory.h"

#include <algorithm>

namespace Sandbar::Core {

MetricsHistory::MetricsHistory(int recentCapacity, int lifetimePoints, QObject *parent)
    : QObject(parent), m_recentCapacity(std::max(2, recentCapacity)), m_lifetimePoints(std::max(4, lifetimePoints))
{
}

qint64 MetricsHistory::windowMs(Window window)
{
    switch (window) {
    case Window::OneMinute: return 60 * 1000;
    case Window::FiveMinutes: return 5 * 60 * 1000;
    case Window::FifteenMinutes: return 15 * 60 * 1000;
    case Window::ThirtyMinutes: return 30 * 60 * 1000;
    case Window::Lifetime: return 0;
    }
    return 0;
}

void MetricsHistory::add(const QString &id, const Api::SandboxMetrics &metrics)
{
    Sample sample;
    sample.timeMs = metrics.timestamp.toMSecsSinceEpoch();
    sample.cpu = metrics.cpuUsage;
    sample.memory = metrics.memoryUsage;
    sample.diskRead = metrics.diskRead;
    sample.diskWrite = metrics.diskWrite;
    sample.networkRx = metrics.networkRx;
    sample.networkTx = metrics.networkTx;

    History &history = m_histories[id];
    Ring &ring = history.recent;
    if (ring.size() > 0 && ring.at(ring.size() - 1).timeMs >= sample.timeMs)
        return;
    if (ring.size() < m_recentCapacity) {
        ring.samples.append(sample);
    } else {
        ring.samples[ring.head] = sample;
        ring.head = (ring.head + 1) % ring.size();
    }

    // The whole life at falling resolution: when full, neighbours merge pairwise. Counters
    // keep the later value (they are cumulative, so rates between survivors stay exact);
    // CPU and memory are averaged.
    history.lifetime.append(sample);
    if (history.lifetime.size() > m_lifetimePoints) {
        QList<Sample> merged;
        merged.reserve(history.lifetime.size() / 2 + 1);
        merged.append(history.lifetime.first()); // the start stays, as the lifetime's origin
        for (qsizetype i = 1; i + 1 < history.lifetime.size(); i += 2) {
            Sample pair = history.lifetime.at(i + 1);
            pair.cpu = (history.lifetime.at(i).cpu + pair.cpu) / 2;
            pair.memory = (history.lifetime.at(i).memory + pair.memory) / 2;
            merged.append(pair);
        }
        if (history.lifetime.size() % 2 == 0)
            merged.append(history.lifetime.last());
        history.lifetime = std::move(merged);
    }
    emit updated(id);
}

void MetricsHistory::remove(const QString &id)
{
    m_histories.remove(id);
}

void MetricsHistory::clear()
{
    m_histories.clear();
}

int MetricsHistory::recentCount(const QString &id) const
{
    const auto it = m_histories.constFind(id);
    return it == m_histories.constEnd() ? 0 : it->recent.size();
}

int MetricsHistory::lifetimeCount(const QString &id) const
{
    const auto it = m_histories.constFind(id);
    return it == m_histories.constEnd() ? 0 : int(it->lifetime.size());
}

QList<QPointF> MetricsHistory::points(const QString &id, Series series, Window window) const
{
    const auto it = m_histories.constFind(id);
    if (it == m_histories.constEnd() || it->recent.size() == 0)
        return {};
    QList<const Sample *> samples;
    if (window == Window::Lifetime) {
        samples.reserve(it->lifetime.size());
        for (const Sample &sample : it->lifetime)
            samples.append(&sample);
    } else {
        const Ring &ring = it->recent;
        const qint64 from = ring.at(ring.size() - 1).timeMs - windowMs(window);
        // Rates need the sample just before the window as their origin.
        int first = ring.size() - 1;
        while (first > 0 && ring.at(first - 1).timeMs >= from)
            --first;
        const bool isRate = series != Series::Cpu && series != Series::Memory;
        if (isRate && first > 0)
            --first;
        for (int i = first; i < ring.size(); ++i)
            samples.append(&ring.at(i));
    }
    return toPoints(samples, series);
}

QList<QPointF> MetricsHistory::toPoints(const QList<const Sample *> &samples, Series series)
{
    QList<QPointF> points;
    points.reserve(samples.size());
    if (series == Series::Cpu || series == Series::Memory) {
        for (const Sample *sample : samples)
            points.append(QPointF(double(sample->timeMs), series == Series::Cpu ? sample->cpu : sample->memory));
        return points;
    }
    const auto counter = [series](const Sample *sample) {
        switch (series) {
        case Series::DiskRead: return sample->diskRead;
        case Series::DiskWrite: return sample->diskWrite;
        case Series::NetworkRx: return sample->networkRx;
        default: return sample->networkTx;
        }
    };
    for (qsizetype i = 1; i < samples.size(); ++i) {
        const qint64 dt = samples.at(i)->timeMs - samples.at(i - 1)->timeMs;
        const qint64 delta = counter(samples.at(i)) - counter(samples.at(i - 1));
        if (dt <= 0 || delta < 0)
            continue;
        points.append(QPointF(double(samples.at(i)->timeMs), double(delta) * 1000.0 / double(dt)));
    }
    return points;
}

} // namespace Sandbar::Core
