// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewpane.h"

#include "format.h"
#include "metricscharts.h"

#include "core/providers/sandboxprovider.h"
#include "core/sessions/sessionlistmodel.h"
#include "core/sessions/sessionoverview.h"
#include "core/sessions/sessionpoller.h"

#include <QChartView>
#include <QDateTime>
#include <QFont>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sandbar::Ui {

namespace {
const QString kTotals = QStringLiteral("totals");
constexpr int kMaxErrors = 5;

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *textLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

OverviewPane::OverviewPane(Core::SessionListModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_totals(400, 720), m_facts(textLabel(this, QStringLiteral("overviewFacts"))),
      m_status(textLabel(this, QStringLiteral("overviewStatus"))), m_expiring(new QTreeWidget(this)),
      m_usage(textLabel(this, QStringLiteral("overviewUsage"))), m_requests(textLabel(this, QStringLiteral("overviewRequests"))),
      m_errors(textLabel(this, QStringLiteral("overviewErrors"))), m_charts(new MetricsCharts(&m_totals, this))
{
    m_expiring->setObjectName(QStringLiteral("overviewExpiring"));
    m_expiring->setColumnCount(3);
    m_expiring->setHeaderLabels({tr("Ends in"), tr("ID"), tr("Template")});
    m_expiring->setRootIsDecorated(false);
    m_expiring->setUniformRowHeights(true);
    m_expiring->setToolTip(tr("Double-click or press Enter to select the session"));
    m_expiring->setMaximumHeight(m_expiring->fontMetrics().height() * 8);
    m_expiring->header()->setStretchLastSection(true);
    m_expiring->setColumnWidth(0, 90);
    m_expiring->setColumnWidth(1, 290);
    connect(m_expiring, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit sessionActivated(item->data(0, Qt::UserRole).toString()); });
    // The totals chart: CPU and memory only (summed byte counters would jump as sessions come).
    const QList<QChartView *> views = m_charts->views();
    for (int i = 2; i < views.size(); ++i)
        views.at(i)->hide();
    m_charts->setSession(kTotals);

    auto *layout = new QVBoxLayout(this);
    auto *title = sectionTitle(tr("Overview"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    title->setFont(big);
    layout->addWidget(title);
    auto *hint = new QLabel(tr("Select a session in the list for its time left, details and metrics; Ctrl+N creates one, "
                               "Ctrl+K finds actions and sessions."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    layout->addWidget(m_facts);
    layout->addWidget(m_status);
    layout->addSpacing(6);
    m_expiringTitle = sectionTitle(tr("Ending soonest"), this);
    layout->addWidget(m_expiringTitle);
    layout->addWidget(m_expiring);
    layout->addSpacing(6);
    layout->addWidget(sectionTitle(tr("Resources in use"), this));
    layout->addWidget(m_usage);
    m_charts->setMaximumHeight(300);
    layout->addWidget(m_charts, 1);
    layout->addWidget(sectionTitle(tr("Requests and errors"), this));
    layout->addWidget(m_requests);
    layout->addWidget(m_errors);
    layout->addStretch();

    // Every 5 s, as the poller's metrics come: a point for the totals chart, shown or not, and
    // the figures while shown (an idle window wakes for little; the times ending are coarse).
    m_sampleTimer.setInterval(5000);
    connect(&m_sampleTimer, &QTimer::timeout, this, [this] {
        sampleTotals();
        if (isVisible())
            refresh();
    });
    m_sampleTimer.start();
    // Sessions arriving or leaving show at once (a first list, a switch), not at the next sample.
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_model, signal, this, [this] {
            if (isVisible())
                refresh();
        });
    }
    refresh();
}

void OverviewPane::setConnection(const Facts &facts, Core::SandboxProvider *provider, Core::SessionPoller *poller,
                                 const QList<Facts> &others)
{
    // The request figures are the connection's; the totals and errors are the whole list's.
    if (provider != m_provider)
        m_requestSamples.clear();
    m_provider = provider;
    m_poller = poller;
    QStringList lines;
    for (const Facts &f : QList<Facts>{facts} + others) {
        QString line = tr("%1 · %2 at %3").arg(f.profileName, f.apiName, f.url.toDisplayString());
        if (f.sandbarLocal)
            line += QLatin1Char(' ') + tr("(sandbar-local, on this computer)");
        lines.append(line);
    }
    m_facts->setText(lines.join(QLatin1Char('\n')));
    refresh();
}

void OverviewPane::clearHistory()
{
    m_totals.clear();
    m_requestSamples.clear();
    m_recentErrors.clear();
    refresh();
}

void OverviewPane::addError(const QString &text)
{
    // A trouble that repeats (each reconnect attempt) is one line, with its latest time.
    if (!m_recentErrors.isEmpty() && m_recentErrors.first().section(QStringLiteral("  "), 1) == text)
        m_recentErrors.removeFirst();
    m_recentErrors.prepend(QStringLiteral("%1  %2").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat), text));
    while (m_recentErrors.size() > kMaxErrors)
        m_recentErrors.removeLast();
    if (isVisible())
        refresh();
}

void OverviewPane::sampleTotals()
{
    const Core::SessionOverview overview = Core::SessionOverview::of(*m_model);
    if (overview.sampled > 0)
        m_totals.add(kTotals, overview.totalSample(QDateTime::currentDateTimeUtc()));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_provider)
        m_requestSamples.append({now, m_provider->requestsSent()});
    while (!m_requestSamples.isEmpty() && now - m_requestSamples.first().first > 65000)
        m_requestSamples.removeFirst();
}

void OverviewPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void OverviewPane::refresh()
{
    const Core::SessionOverview overview = Core::SessionOverview::of(*m_model);
    const QLocale locale;
    QString status = tr("Sessions: %1 · running: %2 · ended: %3").arg(overview.total).arg(overview.running).arg(overview.ended);
    if (overview.paused > 0)
        status += tr(" · paused: %1").arg(overview.paused);
    m_status->setText(status);

    // The list keeps its rows (and the current one) when the same sessions are still first.
    m_expiring->setUpdatesEnabled(false);
    for (int i = 0; i < overview.expiring.size(); ++i) {
        const auto &session = overview.expiring.at(i);
        QTreeWidgetItem *item = i < m_expiring->topLevelItemCount() ? m_expiring->topLevelItem(i) : new QTreeWidgetItem(m_expiring);
        item->setText(0, formatSpan(session.secondsLeft < 60 ? session.secondsLeft : session.secondsLeft / 60 * 60));
        item->setText(1, session.id);
        item->setText(2, session.templateName);
        item->setData(0, Qt::UserRole, session.id);
        const Urgency urgency = urgencyFor(Api::SandboxStatus::Running, session.secondsLeft);
        item->setForeground(0, urgencyColor(urgency, palette()));
    }
    while (m_expiring->topLevelItemCount() > overview.expiring.size())
        delete m_expiring->takeTopLevelItem(m_expiring->topLevelItemCount() - 1);
    m_expiring->setUpdatesEnabled(true);
    m_expiring->setVisible(!overview.expiring.isEmpty());
    m_expiringTitle->setVisible(!overview.expiring.isEmpty());

    const int live = overview.running + overview.paused;
    if (overview.sampled == 0) {
        m_usage->setText(live == 0 ? tr("No session runs.")
                                   : tr("No metrics yet: this service reports none, or none has been sampled."));
    } else {
        m_usage->setText(tr("Sessions with metrics: %1, using %2 % of their %3 vCPUs and %4 of their %5 memory.")
                             .arg(overview.sampled)
                             .arg(locale.toString(overview.cpuPercent, 'f', 1))
                             .arg(overview.vcpus)
                             .arg(locale.formattedDataSize(qint64(overview.memoryMib * 1024 * 1024)),
                                  locale.formattedDataSize(qint64(overview.memoryLimitMib * 1024 * 1024))) +
                         (overview.sampled < live ? QLatin1Char(' ') + tr("(of %1 live: the poller samples the selected session and the rows in view)").arg(live)
                                                  : QString()));
    }
    // The summed limit would flatten the line: the chart scales to the use, the text has the limit.
    m_charts->setMemoryTotal(0);
    m_charts->setVisible(m_provider && m_provider->capabilities().testFlag(Core::SandboxProvider::Capability::Metrics) &&
                         m_totals.recentCount(kTotals) > 0);

    if (m_provider && m_poller) {
        const int sent = m_requestSamples.size() >= 2 ? m_requestSamples.last().second - m_requestSamples.first().second : 0;
        const qint64 spanMs = m_requestSamples.size() >= 2 ? m_requestSamples.last().first - m_requestSamples.first().first : 0;
        m_requests->setText(spanMs < 10000 ? tr("Requests: measuring… (polling may send %1 a minute)").arg(m_poller->budgetPerMinute())
                                           : tr("Requests: %1 a minute lately, of the %2 a minute polling may send; %3 since connecting.")
                                                 .arg(qRound(sent * 60000.0 / spanMs))
                                                 .arg(m_poller->budgetPerMinute())
                                                 .arg(m_provider->requestsSent()));
    } else {
        m_requests->setText(tr("Not connected."));
    }
    m_errors->setText(m_recentErrors.isEmpty() ? tr("No errors.") : m_recentErrors.join(QLatin1Char('\n')));
}

} // namespace Sandbar::Ui
