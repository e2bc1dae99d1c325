// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagecounterschart.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace Sandbar::Ui {

MessageCountersChart::MessageCountersChart(QWidget *parent)
    : QWidget(parent), m_chart(new QChart), m_x(new QDateTimeAxis(m_chart)), m_y(new QValueAxis(m_chart)),
      m_sent(new QLineSeries(m_chart)), m_received(new QLineSeries(m_chart))
{
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_x->setFormat(QStringLiteral("HH:mm:ss"));
    m_x->setTickCount(3);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setTickCount(3); // more labels do not fit the chart's height
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_sent->setName(tr("Sent"));
    m_received->setName(tr("Received"));
    for (QLineSeries *series : {m_sent, m_received}) {
        m_chart->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(120);
    m_view->setAccessibleName(tr("Messages sent and received over time"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    applyTheme();
    setSamples({});
}

void MessageCountersChart::setSamples(const QList<Core::MessagesController::Sample> &samples)
{
    QList<QPointF> sent, received;
    int most = 1;
    for (const auto &sample : samples) {
        const double x = double(sample.at.toMSecsSinceEpoch());
        sent.append({x, double(sample.sent)});
        received.append({x, double(sample.received)});
        most = std::max({most, sample.sent, sample.received});
    }
    m_sent->replace(sent);
    m_received->replace(received);
    const QDateTime last = samples.isEmpty() ? QDateTime::currentDateTime() : samples.last().at.toLocalTime();
    const QDateTime first = samples.isEmpty() ? last.addSecs(-60) : samples.first().at.toLocalTime();
    m_x->setRange(first, std::max(last, first.addSecs(60)));
    // An even top, so that the middle tick is a whole number.
    m_y->setRange(0, std::max(2, (most + 2) / 2 * 2));
}

int MessageCountersChart::pointCount() const
{
    return int(m_sent->count());
}

void MessageCountersChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

void MessageCountersChart::applyTheme()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (m_chart->theme() != theme)
        m_chart->setTheme(theme);
    m_chart->setBackgroundBrush(palette().color(QPalette::Base));
}

} // namespace Sandbar::Ui
