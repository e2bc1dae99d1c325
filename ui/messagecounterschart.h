// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agents/messagescontroller.h"

#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace Sandbar::Ui {

// A small chart of a sandbox's messages sent and received over time, from the polled counters.
class MessageCountersChart : public QWidget
{
    Q_OBJECT
public:
    explicit MessageCountersChart(QWidget *parent = nullptr);

    void setSamples(const QList<Core::MessagesController::Sample> &samples);
    int pointCount() const;
    QChartView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    QChart *m_chart;
    QChartView *m_view;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    QLineSeries *m_sent;
    QLineSeries *m_received;
};

} // namespace Sandbar::Ui
