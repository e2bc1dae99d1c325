// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricscharts.h"

#include "format.h"

#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <utility>

namespace Sandbar::Ui {

using Core::MetricsHistory;

namespace {
constexpr int kYIntervals = 2;
}

MetricsCharts::MetricsCharts(MetricsHistory *history, QWidget *parent)
    : QWidget(parent), m_history(history), m_windowButtons(new QButtonGroup(this))
{
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Window:"), this));
    const QList<QPair<QString, MetricsHistory::Window>> windows{
        {tr("1 min"), MetricsHistory::Window::OneMinute},
        {tr("5 min"), MetricsHistory::Window::FiveMinutes},
        {tr("15 min"), MetricsHistory::Window::FifteenMinutes},
        {tr("30 min"), MetricsHistory::Window::ThirtyMinutes},
        {tr("Lifetime"), MetricsHistory::Window::Lifetime}};
    for (const auto &[label, window] : windows) {
        auto *button = new QToolButton(this);
        button->setText(label);
        button->setCheckable(true);
        button->setChecked(window == m_window);
        m_windowButtons->addButton(button, int(window));
        buttons->addWidget(button);
    }
    buttons->addStretch();
    connect(m_windowButtons, &QButtonGroup::idClicked, this, [this](int id) { setWindow(MetricsHistory::Window(id)); });

    m_cpu = makeChart(tr("CPU %"), {tr("CPU")});
    m_memory = makeChart(tr("Memory (MiB)"), {tr("used")});
    m_disk = makeChart(tr("Disk"), {tr("read"), tr("write")});
    m_network = makeChart(tr("Network"), {tr("rx"), tr("tx")});

    auto *grid = new QGridLayout;
    grid->setSpacing(4);
    grid->addWidget(m_cpu.view, 0, 0);
    grid->addWidget(m_memory.view, 0, 1);
    grid->addWidget(m_disk.view, 1, 0);
    grid->addWidget(m_network.view, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid, 1);
    layout->addLayout(buttons);

    if (m_history)
        connect(m_history, &MetricsHistory::updated, this, [this](const QString &id) {
            if (id != m_id)
                return;
            // Charts nobody sees are brought up to date when shown.
            if (isVisible())
                rebuild();
            else
                m_stale = true;
        });
    applyTheme();
    rebuild();
}

MetricsCharts::Chart MetricsCharts::makeChart(const QString &title, const QStringList &seriesNames)
{
    Chart c;
    c.chart = new QChart;
    c.chart->setTitle(title);
    c.chart->setMargins(QMargins(2, 2, 2, 2));
    c.chart->legend()->setVisible(seriesNames.size() > 1);
    c.chart->legend()->setAlignment(Qt::AlignBottom);
    c.x = new QDateTimeAxis(c.chart);
    c.x->setFormat(QStringLiteral("HH:mm"));
    c.x->setTickCount(4);
    c.y = new QValueAxis(c.chart);
    c.y->setLabelFormat(QStringLiteral("%.0f"));
    c.y->setTickType(QValueAxis::TicksDynamic);
    c.chart->addAxis(c.x, Qt::AlignBottom);
    c.chart->addAxis(c.y, Qt::AlignLeft);
    for (const QString &name : seriesNames) {
        auto *series = new QLineSeries(c.chart);
        series->setName(name);
        c.chart->addSeries(series);
        series->attachAxis(c.x);
        series->attachAxis(c.y);
        c.series.append(series);
    }
    c.view = new QChartView(c.chart, this);
    c.view->setRenderHint(QPainter::Antialiasing);
    c.view->setMinimumSize(220, 150);
    c.view->viewport()->setMouseTracking(true);
    c.view->viewport()->installEventFilter(this);
    return c;
}

void MetricsCharts::setSession(const QString &id)
{
    m_id = id;
    rebuild();
}

void MetricsCharts::setMemoryTotal(double mib)
{
    if (qFuzzyCompare(mib + 1, m_memoryTotal + 1))
        return;
    m_memoryTotal = mib;
    rebuild();
}

void MetricsCharts::setWindow(MetricsHistory::Window window)
{
    m_window = window;
    if (QAbstractButton *button = m_windowButtons->button(int(window)))
        button->setChecked(true);
    rebuild();
}

int MetricsCharts::pointCount(MetricsHistory::Series series) const
{
    switch (series) {
    case MetricsHistory::Series::Cpu: return int(m_cpu.series[0]->count());
    case MetricsHistory::Series::Memory: return int(m_memory.series[0]->count());
    case MetricsHistory::Series::DiskRead: return int(m_disk.series[0]->count());
    case MetricsHistory::Series::DiskWrite: return int(m_disk.series[1]->count());
    case MetricsHistory::Series::NetworkRx: return int(m_network.series[0]->count());
    case MetricsHistory::Series::NetworkTx: return int(m_network.series[1]->count());
    }
    return 0;
}

QString MetricsCharts::fill(Chart &chart, const QList<MetricsHistory::Series> &series, bool rate, double yMax)
{
    QList<QList<QPointF>> lists;
    double top = 0;
    double xMin = 0;
    double xMax = 0;
    for (const MetricsHistory::Series s : series) {
        QList<QPointF> points = m_history && !m_id.isEmpty() ? m_history->points(m_id, s, m_window) : QList<QPointF>();
        for (const QPointF &p : points) {
            top = std::max(top, p.y());
            xMin = xMin == 0 ? p.x() : std::min(xMin, p.x());
            xMax = std::max(xMax, p.x());
        }
        lists.append(points);
    }
    RateScale scale;
    if (rate) {
        scale = rateScaleFor(top);
        for (QList<QPointF> &points : lists)
            for (QPointF &p : points)
                p.setY(p.y() / scale.divisor);
        top /= scale.divisor;
    }
    for (int i = 0; i < lists.size(); ++i)
        chart.series[i]->replace(lists[i]);

    // At least a minute, so that the four time labels differ; one up to now when empty.
    constexpr double kMinSpanMs = 60000;
    if (xMax <= 0)
        xMax = double(QDateTime::currentMSecsSinceEpoch());
    if (xMax - xMin < kMinSpanMs)
        xMin = xMax - kMinSpanMs;
    chart.x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(xMin)), QDateTime::fromMSecsSinceEpoch(qint64(xMax)));
    const double span = xMax - xMin;
    chart.x->setFormat(span > 12 * 3600 * 1000.0 ? QStringLiteral("dd HH:mm")
                       : span > 3600 * 1000.0    ? QStringLiteral("HH:mm")
                                                 : QStringLiteral("HH:mm:ss"));
    // Round ticks (0, 10, 20; not 0, 7.5 shown as "8", 15); a fixed top (100 %, the memory
    // limit) stays as it is.
    const double upper = yMax > 0 ? yMax : niceAxisMax(std::max(top * 1.1, 1.0), kYIntervals);
    // Ticks from 0 in round steps; the range starts a little below 0 so that a line at zero
    // (an idle sandbox) shows above the axis instead of vanishing into it.
    const double step = upper / kYIntervals;
    chart.y->setTickAnchor(0);
    chart.y->setTickInterval(step);
    chart.y->setRange(-upper * 0.03, upper);
    chart.y->setLabelFormat(step == std::floor(step) ? QStringLiteral("%.0f")
                            : step * 10 == std::floor(step * 10) ? QStringLiteral("%.1f")
                                                                 : QStringLiteral("%.2f"));
    return scale.unit;
}

void MetricsCharts::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_stale, false))
        rebuild();
}

void MetricsCharts::rebuild()
{
    using S = MetricsHistory::Series;
    m_stale = false;
    fill(m_cpu, {S::Cpu}, false, 100);
    fill(m_memory, {S::Memory}, false, m_memoryTotal);
    m_memory.chart->setTitle(m_memoryTotal > 0 ? tr("Memory (MiB used of %1)").arg(m_memoryTotal, 0, 'f', 0)
                                               : tr("Memory (MiB used)"));
    m_diskUnit = fill(m_disk, {S::DiskRead, S::DiskWrite}, true, 0);
    m_disk.chart->setTitle(tr("Disk read/write (%1)").arg(m_diskUnit));
    m_networkUnit = fill(m_network, {S::NetworkRx, S::NetworkTx}, true, 0);
    m_network.chart->setTitle(tr("Network rx/tx (%1)").arg(m_networkUnit));
    m_cpu.chart->setTitle(tr("CPU %"));
    // A line needs two samples (a rate needs two measurements): until then, say so rather than
    // show an empty chart that reads as broken.
    for (Chart *chart : {&m_cpu, &m_memory, &m_disk, &m_network}) {
        if (chart->series.first()->count() < 2)
            chart->chart->setTitle(tr("%1 — collecting samples…").arg(chart->chart->title()));
    }

    m_cpu.unit = QStringLiteral("%");
    m_memory.unit = tr("MiB");
    m_disk.unit = m_diskUnit;
    m_network.unit = m_networkUnit;
}

QString MetricsCharts::hoverText(const Chart &chart, const QPointF &scenePos) const
{
    const QPointF at = chart.chart->mapFromScene(scenePos);
    if (!chart.chart->plotArea().contains(at) || chart.series.isEmpty())
        return {};
    // The samples nearest in time to the pointer, anywhere over the plot: a 2-pixel line is
    // too thin a target.
    const double x = chart.chart->mapToValue(at, chart.series.first()).x();
    QStringList values;
    double shownX = -1;
    for (const QLineSeries *series : chart.series) {
        const QList<QPointF> points = series->points();
        if (points.isEmpty())
            continue;
        auto it = std::lower_bound(points.cbegin(), points.cend(), x, [](const QPointF &p, double v) { return p.x() < v; });
        if (it == points.cend() || (it != points.cbegin() && x - (it - 1)->x() < it->x() - x))
            --it;
        shownX = it->x();
        values.append(tr("%1 %2 %3").arg(series->name(), QLocale().toString(it->y(), 'f', 1), chart.unit));
    }
    if (values.isEmpty())
        return {};
    const QString time = QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(shownX)).toLocalTime().time(),
                                            QLocale::LongFormat);
    return tr("%1 · %2").arg(time, values.join(QStringLiteral(" · ")));
}

bool MetricsCharts::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::MouseMove && event->type() != QEvent::Leave)
        return QWidget::eventFilter(watched, event);
    for (const Chart *chart : {&m_cpu, &m_memory, &m_disk, &m_network}) {
        if (watched != chart->view->viewport())
            continue;
        const QPoint pos = event->type() == QEvent::MouseMove ? static_cast<QMouseEvent *>(event)->position().toPoint()
                                                              : QPoint(-1, -1);
        m_hoverText = event->type() == QEvent::MouseMove ? hoverText(*chart, chart->view->mapToScene(pos)) : QString();
        if (m_hoverText.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(chart->view->viewport()->mapToGlobal(pos), m_hoverText, chart->view);
    }
    return QWidget::eventFilter(watched, event);
}

void MetricsCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

void MetricsCharts::applyTheme()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    for (Chart *chart : {&m_cpu, &m_memory, &m_disk, &m_network}) {
        if (!chart->chart || chart->chart->theme() == theme)
            continue;
        chart->chart->setTheme(theme);
        chart->chart->setBackgroundBrush(palette().color(QPalette::Base));
        chart->chart->setTitleBrush(palette().color(QPalette::Text));
    }
}

} // namespace Sandbar::Ui
