// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Metrics over time, per session: a ring buffer of recent samples (enough for 30 minutes at
// the poller's 5 s) and a decimated record of the whole life. Cumulative disk and network
// byte counters become rates. Series come out as point lists (x: ms since the epoch by the
// server's clock, y: value) that QLineSeries::replace() takes as they are; no Charts here.

#include "core/api/apitypes.h"

#include <QHash>
#include <QObject>
#include <QPointF>

namespace Sandbar::Core {

class MetricsHistory : public QObject
{
    Q_OBJECT
public:
    enum class Series { Cpu, Memory, DiskRead, DiskWrite, NetworkRx, NetworkTx };
    Q_ENUM(Series)
    enum class Window { OneMinute, FiveMinutes, FifteenMinutes, ThirtyMinutes, Lifetime };
    Q_ENUM(Window)

    // `recentCapacity` samples in the ring, at most `lifetimePoints` for the whole life.
    explicit MetricsHistory(int recentCapacity = 400, int lifetimePoints = 720, QObject *parent = nullptr);

    // Samples not newer than the session's last one are ignored (late or repeated replies).
    void add(const QString &id, const Api::SandboxMetrics &sample);
    void remove(const QString &id);
    void clear();

    int recentCount(const QString &id) const;
    int lifetimeCount(const QString &id) const;
    // The window ends at the session's newest sample. Rates are bytes per second; CPU is
    // percent, memory MiB. Counter resets (a value going down) leave a gap, not a spike.
    QList<QPointF> points(const QString &id, Series series, Window window) const;

    static qint64 windowMs(Window window); // 0 for Lifetime

signals:
    void updated(const QString &id);

private:
    struct Sample
    {
        qint64 timeMs = 0;
        double cpu = 0;
        double memory = 0;
        qint64 diskRead = 0;
        qint64 diskWrite = 0;
        qint64 networkRx = 0;
        qint64 networkTx = 0;
    };

    // Fixed-capacity ring: `head` is the oldest once full.
    struct Ring
    {
        QList<Sample> samples;
        int head = 0;
        int size() const { return int(samples.size()); }
        const Sample &at(int i) const { return samples.at((head + i) % samples.size()); }
    };

    struct History
    {
        Ring recent;
        QList<Sample> lifetime;
    };

    static QList<QPointF> toPoints(const QList<const Sample *> &samples, Series series);

    int m_recentCapacity;
    int m_lifetimePoints;
    QHash<QString, History> m_histories;
};

} // namespace Sandbar::Core
