// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the window benchmarks measure: the longest event-loop stall and peak memory.

#include "procstatus.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <algorithm>

inline qint64 peakRssKb()
{
    return procStatusKiB(0, "VmHWM");
}

// Longest gap between heartbeat ticks beyond their interval.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kIntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0)
                m_worstNs = std::max(m_worstNs, now - m_last - qint64(kIntervalMs) * 1000000);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    double worstMs() const { return double(m_worstNs) / 1e6; }
    void reset() { m_worstNs = 0; m_last = 0; }

private:
    static constexpr int kIntervalMs = 5;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worstNs = 0;
};
