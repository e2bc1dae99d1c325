// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sessions/metricshistory.h"

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
    // What hovering shows now (the values nearest the pointer), empty when not over a plot.
    QString hoverText() const { return m_hoverText; }
    // The charts' views, CPU, memory, disk and network, for tests and screenshots.
    QList<QChartView *> views() const { return {m_cpu.view, m_memory.view, m_disk.view, m_network.view}; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Chart
    {
        QChart *chart = nullptr;
        QChartView *view = nullptr;
        QDateTimeAxis *x = nullptr;
        QValueAxis *y = nullptr;
        QList<QLineSeries *> series;
        QString unit;
    };
    Chart makeChart(const QString &title, const QStringList &seriesNames);
    void rebuild();
    // Fills `chart` with `series` points; byte rates are scaled to one unit, which it returns.
    QString fill(Chart &chart, const QList<Core::MetricsHistory::Series> &series, bool rate, double yMax);
    void applyTheme();
    QString hoverText(const Chart &chart, const QPointF &scenePos) const;

    QPointer<Core::MetricsHistory> m_history;
    QString m_id;
    bool m_stale = false; // the history changed while hidden
    double m_memoryTotal = 0;
    Core::MetricsHistory::Window m_window = Core::MetricsHistory::Window::FiveMinutes;
    QButtonGroup *m_windowButtons;
    Chart m_cpu;
    Chart m_memory;
    Chart m_disk;
    Chart m_network;
    QString m_diskUnit;
    QString m_networkUnit;
    QString m_hoverText;
};

} // namespace Sandbar::Ui
