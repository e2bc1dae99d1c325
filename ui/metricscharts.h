// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metricshistory.h"

#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace Sandbar::Ui {

// Four charts of the selected session from MetricsHistory: CPU %, memory used of the limit,
// disk read/write and network rx/tx rates (in B/s, KiB/s or MiB/s as the values need), with a
// window of 1, 5, 15, 30 minutes or the whole life. Hovering a line shows its value.
class MetricsCharts : public QWidget
{
    Q_OBJECT
public:
    explicit MetricsCharts(Core::MetricsHistory *history, QWidget *parent = nullptr);

    void setSession(const QString &id);
    void setMemoryTotal(double mib);
    void setWindow(Core::MetricsHistory::Window window);
    Core::MetricsHistory::Window window() const { return m_window; }
    // The unit of the disk and network charts as now shown, e.g. "KiB/s".
    QString diskUnit() const { return m_diskUnit; }
    QString networkUnit() const { return m_networkUnit; }
    int pointCount(Core::MetricsHistory::Series series) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Chart
    {
        QChart *chart = nullptr;
        QChartView *view = nullptr;
        QDateTimeAxis *x = nullptr;
        QValueAxis *y = nullptr;
        QList<QLineSeries *> series;
    };
    Chart makeChart(const QString &title, const QStringList &seriesNames);
    void rebuild();
    // Fills `chart` with `series` points; byte rates are scaled to one unit, which it returns.
    QString fill(Chart &chart, const QList<Core::MetricsHistory::Series> &series, bool rate, double yMax);
    void applyTheme();
    void showHover(QLineSeries *series, const QPointF &point, bool state, const QString &unit);

    QPointer<Core::MetricsHistory> m_history;
    QString m_id;
    double m_memoryTotal = 0;
    Core::MetricsHistory::Window m_window = Core::MetricsHistory::Window::FiveMinutes;
    QButtonGroup *m_windowButtons;
    Chart m_cpu;
    Chart m_memory;
    Chart m_disk;
    Chart m_network;
    QString m_diskUnit;
    QString m_networkUnit;
};

} // namespace Sandbar::Ui
