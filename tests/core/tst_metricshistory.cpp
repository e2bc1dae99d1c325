// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sessions/metricshistory.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Sandbar::Core;
using namespace Sandbar::Api;
using Series = MetricsHistory::Series;
using Window = MetricsHistory::Window;

namespace {
const QDateTime kStart(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
const QString kId = QStringLiteral("s1");

// Sample n, 5 s apart: CPU n %, 1000 bytes read per second, 10 bytes received per second.
SandboxMetrics sample(int n)
{
    SandboxMetrics metrics;
    metrics.timestamp = kStart.addSecs(5 * n);
    metrics.cpuUsage = n;
    metrics.memoryUsage = 100 + n;
    metrics.memoryTotal = 2048;
    metrics.diskRead = 5000LL * n;
    metrics.networkRx = 50LL * n;
    return metrics;
}
} // namespace

class TstMetricsHistory : public QObject
{
    Q_OBJECT
private slots:
    void countersBecomeRates()
    {
        MetricsHistory history;
        for (int n = 0; n < 10; ++n)
            history.add(kId, sample(n));
        const QList<QPointF> read = history.points(kId, Series::DiskRead, Window::Lifetime);
        QCOMPARE(read.size(), 9);
        for (const QPointF &point : read)
            QCOMPARE(point.y(), 1000.0);
        QCOMPARE(read.last().x(), double(kStart.addSecs(45).toMSecsSinceEpoch()));
        QCOMPARE(history.points(kId, Series::NetworkRx, Window::Lifetime).first().y(), 10.0);
        QCOMPARE(history.points(kId, Series::DiskWrite, Window::Lifetime).first().y(), 0.0);
        QCOMPARE(history.points(kId, Series::Cpu, Window::Lifetime).size(), 10);
    }

    void windowsEndAtTheNewestSample()
    {
        MetricsHistory history;
        for (int n = 0; n <= 360; ++n) // 30 minutes at 5 s
            history.add(kId, sample(n));
        QCOMPARE(history.points(kId, Series::Cpu, Window::OneMinute).size(), 13);
        QCOMPARE(history.points(kId, Series::Cpu, Window::FiveMinutes).size(), 61);
        QCOMPARE(history.points(kId, Series::Cpu, Window::FifteenMinutes).size(), 181);
        QCOMPARE(history.points(kId, Series::Cpu, Window::ThirtyMinutes).size(), 361);
        // A rate window has as many points: the sample before the window is its origin.
        QCOMPARE(history.points(kId, Series::DiskRead, Window::OneMinute).size(), 13);
        QCOMPARE(history.points(kId, Series::Cpu, Window::OneMinute).last().y(), 360.0);
    }

    void ringKeepsOnlyRecentSamples()
    {
        MetricsHistory history(50, 40);
        for (int n = 0; n < 200; ++n)
            history.add(kId, sample(n));
        QCOMPARE(history.recentCount(kId), 50);
        const QList<QPointF> cpu = history.points(kId, Series::Cpu, Window::ThirtyMinutes);
        QCOMPARE(cpu.size(), 50);
        QCOMPARE(cpu.first().y(), 150.0);
        QCOMPARE(cpu.last().y(), 199.0);
        // The whole life is decimated but spans it all, and rates stay exact.
        QVERIFY(history.lifetimeCount(kId) <= 40);
        const QList<QPointF> life = history.points(kId, Series::Cpu, Window::Lifetime);
        QCOMPARE(life.first().x(), double(kStart.toMSecsSinceEpoch()));
        QCOMPARE(life.last().x(), double(kStart.addSecs(5 * 199).toMSecsSinceEpoch()));
        for (const QPointF &point : history.points(kId, Series::DiskRead, Window::Lifetime))
            QCOMPARE(point.y(), 1000.0);
    }

    void staleAndRepeatedSamplesAreIgnored()
    {
        MetricsHistory history;
        QSignalSpy updated(&history, &MetricsHistory::updated);
        history.add(kId, sample(2));
        history.add(kId, sample(1));
        history.add(kId, sample(2));
        QCOMPARE(history.recentCount(kId), 1);
        QCOMPARE(updated.size(), 1);
    }

    void counterResetLeavesAGap()
    {
        MetricsHistory history;
        history.add(kId, sample(10));
        SandboxMetrics reset = sample(11);
        reset.diskRead = 100;
        history.add(kId, reset);
        history.add(kId, sample(12));
        const QList<QPointF> read = history.points(kId, Series::DiskRead, Window::Lifetime);
        QCOMPARE(read.size(), 1); // only 11 → 12, whose delta is positive
        for (const QPointF &point : read)
            QVERIFY(point.y() >= 0);
    }

    void sessionsAreSeparate()
    {
        MetricsHistory history;
        history.add(kId, sample(1));
        history.add(QStringLiteral("s2"), sample(1));
        history.remove(kId);
        QCOMPARE(history.recentCount(kId), 0);
        QVERIFY(history.points(kId, Series::Cpu, Window::OneMinute).isEmpty());
        QCOMPARE(history.recentCount(QStringLiteral("s2")), 1);
    }
};

QTEST_GUILESS_MAIN(TstMetricsHistory)
#include "tst_metricshistory.moc"
