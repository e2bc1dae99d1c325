// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpane.h"

#include "format.h"
#include "metricscharts.h"
#include "overviewpane.h"

#include "core/sessions/sessionlistmodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Sandbar::Ui {

using Core::SessionListModel;

namespace {
QString localTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

DetailPane::DetailPane(SessionListModel *model, Core::MetricsHistory *history, QWidget *parent)
    : QWidget(parent), m_model(model),
      // Until a connection says otherwise: what the Agent Sandboxes API offers.
      m_capabilities(Core::SandboxProvider::Capability::SetTimeout | Core::SandboxProvider::Capability::Metrics |
                     Core::SandboxProvider::Capability::HostUrl | Core::SandboxProvider::Capability::Deadlines |
                     Core::SandboxProvider::Capability::Files | Core::SandboxProvider::Capability::CodeRuns),
      m_stack(new QStackedWidget(this)), m_overview(new OverviewPane(model, this))
{

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);

    // The countdown: big, and its urgency in words next to it.
    m_countdown = new QLabel(page);
    m_countdown->setObjectName(QStringLiteral("countdown"));
    QFont big = m_countdown->font();
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setBold(true);
    big.setFamilies({QStringLiteral("monospace")});
    big.setStyleHint(QFont::Monospace);
    m_countdown->setFont(big);
    m_urgency = new QLabel(page);
    QFont urgencyFont = m_urgency->font();
    urgencyFont.setBold(true);
    m_urgency->setFont(urgencyFont);
    m_extend5 = new QPushButton(tr("+5 min"), page);
    m_extend15 = new QPushButton(tr("+15 min"), page);
    m_extendCustom = new QPushButton(tr("Custom…"), page);
    m_kill = new QPushButton(tr("Kill…"), page);
    m_start = new QPushButton(tr("Start"), page);
    m_start->setToolTip(tr("Run this sandbox's processes again, on the files it kept"));
    m_stop = new QPushButton(tr("Stop"), page);
    m_stop->setToolTip(tr("End this sandbox's processes and keep its files, to start it again later"));
    m_extendNote = new QLabel(page);
    m_extendNote->setObjectName(QStringLiteral("extendNote"));
    m_extendNote->setWordWrap(true);
    m_extendNote->hide();
    m_kill->setToolTip(tr("End this sandbox and everything running in it"));
    m_keepAlive = new QCheckBox(tr("Keep alive"), page);
    m_keepAlive->setObjectName(QStringLiteral("keepAlive"));
    m_keepAlive->setToolTip(tr("The service ends a session nobody refreshes: while this is on, Sandbar refreshes it"));
    m_keepAlive->hide();
    connect(m_keepAlive, &QCheckBox::clicked, this, [this](bool on) { emit keepAliveRequested(m_id, on); });
    auto *top = new QHBoxLayout;
    auto *timeBox = new QVBoxLayout;
    timeBox->addWidget(m_countdown);
    timeBox->addWidget(m_urgency);
    timeBox->addWidget(m_extendNote);
    top->addLayout(timeBox);
    top->addStretch();
    top->addWidget(m_extend5);
    top->addWidget(m_extend15);
    top->addWidget(m_extendCustom);
    top->addWidget(m_keepAlive);
    top->addWidget(m_start);
    top->addWidget(m_stop);
    top->addSpacing(16);
    top->addWidget(m_kill);
    layout->addLayout(top);
    connect(m_extend5, &QPushButton::clicked, this, [this] { emit extendRequested(m_id, 5 * 60); });
    connect(m_extend15, &QPushButton::clicked, this, [this] { emit extendRequested(m_id, 15 * 60); });
    connect(m_extendCustom, &QPushButton::clicked, this, &DetailPane::askCustomExtension);
    connect(m_kill, &QPushButton::clicked, this, [this] { emit killRequested(m_id); });
    connect(m_start, &QPushButton::clicked, this, [this] { emit startRequested(m_id); });
    connect(m_stop, &QPushButton::clicked, this, [this] { emit stopRequested(m_id); });

    // Facts in two columns.
    auto *facts = new QHBoxLayout;
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    m_leftFacts = left;
    m_rightFacts = right;
    m_status = addFact(left, tr("Status"));
    m_template = addFact(left, tr("Template"));
    m_resources = addFact(left, tr("Resources"));
    m_idLabel = addFact(left, tr("ID"));
    m_started = addFact(right, tr("Started"));
    m_deadline = addFact(right, tr("Deadline"));
    m_ended = addFact(right, tr("Ended"));
    m_metadata = addFact(right, tr("Metadata"));
    m_details = addFact(right, tr("Details"));
    m_details->setObjectName(QStringLiteral("details"));
    facts->addLayout(left, 1);
    facts->addLayout(right, 1);
    layout->addLayout(facts);
    m_serviceNote = new QLabel(page);
    m_serviceNote->setObjectName(QStringLiteral("serviceNote"));
    m_serviceNote->setWordWrap(true);
    m_serviceNote->setForegroundRole(QPalette::PlaceholderText);
    m_serviceNote->hide();
    layout->addWidget(m_serviceNote);

    // Host URL for a port.
    m_urlRow = new QWidget(page);
    auto *urlRow = new QHBoxLayout(m_urlRow);
    urlRow->setContentsMargins(0, 0, 0, 0);
    m_port = new QSpinBox(page);
    m_port->setRange(1, 65535);
    m_port->setValue(8000);
    m_port->setAccessibleName(tr("Port"));
    m_getUrl = new QPushButton(tr("Get host URL"), page);
    m_url = new QLineEdit(page);
    m_url->setReadOnly(true);
    m_url->setPlaceholderText(tr("URL on this computer for the port"));
    m_copyUrl = new QPushButton(tr("Copy"), page);
    m_copyUrl->setEnabled(false);
    urlRow->addWidget(new QLabel(tr("Port"), page));
    urlRow->addWidget(m_port);
    urlRow->addWidget(m_getUrl);
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_copyUrl);
    layout->addWidget(m_urlRow);
    m_urlError = new QLabel(page);
    m_urlError->setWordWrap(true);
    m_urlError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_urlError->hide();
    layout->addWidget(m_urlError);
    connect(m_getUrl, &QPushButton::clicked, this, [this] {
        m_urlError->hide();
        m_url->clear();
        m_copyUrl->setEnabled(false);
        emit hostUrlRequested(m_id, m_port->value());
    });
    connect(m_copyUrl, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_url->text()); });

    m_charts = new MetricsCharts(history, page);
    layout->addWidget(m_charts, 1);
    // Takes the room the charts leave when a service has none (stretch 0: nothing otherwise).
    layout->addStretch();

    m_stack->addWidget(m_overview);
    m_stack->addWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        const int row = m_model->rowOf(m_id);
        if (row >= topLeft.row() && row <= bottomRight.row())
            refresh();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DetailPane::refresh);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DetailPane::refresh);
    refresh();
}

QLabel *DetailPane::addFact(QFormLayout *form, const QString &label)
{
    auto *value = new QLabel(this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label, value);
    return value;
}

void DetailPane::setSession(const QString &id)
{
    if (id == m_id)
        return;
    m_id = id;
    m_url->clear();
    m_copyUrl->setEnabled(false);
    m_urlError->hide();
    m_charts->setSession(id);
    refresh();
}

void DetailPane::setExtendEnabled(bool enabled)
{
    m_extendEnabled = enabled;
    refresh();
}

void DetailPane::setCapabilities(Core::SandboxProvider::Capabilities capabilities, const QString &serviceName)
{
    using Capability = Core::SandboxProvider::Capability;
    m_capabilities = capabilities;
    const bool metrics = capabilities.testFlag(Capability::Metrics);
    m_urlRow->setVisible(capabilities.testFlag(Capability::HostUrl));
    m_charts->setVisible(metrics);
    m_leftFacts->setRowVisible(m_resources, metrics);
    QStringList absent;
    if (!metrics)
        absent << tr("reports no metrics");
    if (!capabilities.testFlag(Capability::SetTimeout))
        absent << (capabilities.testFlag(Capability::Deadlines) ? tr("cannot extend a session (its TTL is set when it is created)")
                                                                : tr("gives sessions no deadline"));
    if (!capabilities.testFlag(Capability::Files))
        absent << tr("gives no access to files");
    if (!capabilities.testFlag(Capability::CodeRuns))
        absent << tr("cannot run code");
    m_serviceNote->setText(absent.isEmpty() ? QString()
                                            : tr("%1 %2.").arg(serviceName, absent.join(QLatin1String(", "))));
    m_serviceNote->setVisible(!absent.isEmpty());
    refresh();
}

void DetailPane::refresh()
{
    const std::optional<Api::Sandbox> sandbox = m_id.isEmpty() ? std::nullopt : m_model->sandbox(m_id);
    if (!sandbox) {
        m_stack->setCurrentWidget(m_overview);
        return;
    }
    m_stack->setCurrentIndex(1);
    const int row = m_model->rowOf(m_id);
    const QModelIndex index = m_model->index(row, 0);
    const std::optional<qint64> ttl = secondsLeftOf(index.data(SessionListModel::TtlSecondsRole));
    const bool keptAlive = index.data(SessionListModel::KeptAliveRole).toBool();
    const qint64 left = ttl.value_or(0);
    const bool ended = Api::isFinal(sandbox->status);
    const Urgency urgency = urgencyFor(sandbox->status, ttl);
    using Capability = Core::SandboxProvider::Capability;
    const bool canKeepAlive = m_capabilities.testFlag(Capability::KeepAlive);

    QString countdown;
    QString urgencyLine;
    if (ended) {
        countdown = statusText(sandbox->status);
        urgencyLine = sandbox->status == Api::SandboxStatus::TimedOut ? tr("Expired: its deadline passed.")
                                                                     : tr("Ended.");
    } else if (const QVariant uptime = index.data(SessionListModel::UptimeRole); uptime.isValid()) {
        countdown = tr("Up %1").arg(Core::formatTtl(uptime.toLongLong()));
        urgencyLine = tr("Running since %1.").arg(QLocale().toString(sandbox->runningSince.toLocalTime(), QLocale::ShortFormat));
    } else if (!ttl) {
        countdown = keptAlive ? tr("Kept alive") : tr("No deadline");
        urgencyLine = !canKeepAlive ? QString()
                      : keptAlive   ? tr("Sandbar refreshes it every %1 s; it ends soon after you let it go.")
                                          .arg(m_keepAliveSeconds)
                                    : tr("Not kept alive: the service ends it unless a client refreshes it.");
    } else {
        countdown = tr("%1 left").arg(Core::formatTtl(left));
        urgencyLine = urgency == Urgency::Normal ? QString() : tr("Warning: %1.").arg(urgencyText(urgency));
    }
    const bool startStop = m_capabilities.testFlag(Capability::StartStop);
    if (sandbox->status == Api::SandboxStatus::Paused) {
        // The service's own word ("created", "stopped"), capitalised as a heading.
        const QString own = sandbox->stateText.isEmpty() ? QString() : sandbox->stateText.left(1).toUpper() + sandbox->stateText.mid(1);
        countdown = !startStop ? countdown : own.isEmpty() ? tr("Stopped") : own;
        const QString &state = sandbox->stateText;
        urgencyLine = !startStop                           ? tr("Paused: its processes are frozen until it is resumed.")
                      : state == QLatin1String("created") ? tr("Not started yet: Start runs it.")
                      : state == QLatin1String("failed")  ? tr("Its processes ended on their own: Start runs it again on its files.")
                      : state == QLatin1String("ended")   ? tr("Ended (killed elsewhere, or past its deadline): it cannot start again.")
                                                          : tr("Stopped: its files are kept; Start runs it again.");
    }
    m_start->setVisible(startStop);
    m_stop->setVisible(startStop);
    m_start->setEnabled(startStop && sandbox->status == Api::SandboxStatus::Paused);
    m_stop->setEnabled(startStop && sandbox->status == Api::SandboxStatus::Running);
    m_countdown->setText(countdown);
    m_countdown->setAccessibleName(countdown);
    m_keepAlive->setVisible(canKeepAlive);
    m_keepAlive->setEnabled(canKeepAlive && !ended);
    m_keepAlive->setChecked(keptAlive);
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, urgencyColor(urgency, palette()));
    m_countdown->setPalette(pal);
    m_urgency->setPalette(pal);
    m_urgency->setText(urgencyLine);
    m_urgency->setVisible(!urgencyLine.isEmpty());

    // The API caps a deadline at m_maxTimeoutSeconds from now: say before a click what an
    // extension can still add, not only after.
    const qint64 addable = std::max<qint64>(0, m_maxTimeoutSeconds - left);
    const bool extendable = m_capabilities.testFlag(Capability::SetTimeout) && ttl;
    for (QPushButton *button : {m_extend5, m_extend15, m_extendCustom})
        button->setVisible(extendable);
    const bool canExtend = extendable && m_extendEnabled && !ended && addable > 0;
    const QString cap = tr("the API allows at most %1 minutes from now").arg(m_maxTimeoutSeconds / 60);
    const auto explain = [&](QPushButton *button, int seconds) {
        button->setEnabled(canExtend);
        button->setToolTip(addable >= seconds ? tr("Add %1 to the time left").arg(formatSpan(seconds))
                                              : tr("Adds only %1 now: %2").arg(formatSpan(addable), cap));
    };
    explain(m_extend5, 5 * 60);
    explain(m_extend15, 15 * 60);
    m_extendCustom->setEnabled(canExtend);
    m_extendCustom->setToolTip(tr("Add a chosen time (at most %1 now)").arg(formatSpan(addable)));
    const bool capped = extendable && m_extendEnabled && !ended && addable < 15 * 60;
    m_extendNote->setText(addable == 0 ? tr("Cannot be extended now: %1.").arg(cap)
                                       : tr("At most +%1 can be added now: %2.").arg(formatSpan(addable), cap));
    m_extendNote->setVisible(capped);
    m_kill->setEnabled(!ended);
    m_getUrl->setEnabled(!ended);

    m_status->setText(sandbox->stateText.isEmpty() ? statusText(sandbox->status) : sandbox->stateText);
    m_template->setText(sandbox->templateName);
    m_resources->setText(tr("vCPUs: %1 · memory: %2 MB").arg(sandbox->cpuCount).arg(sandbox->memoryMb));
    m_charts->setMemoryTotal(sandbox->memoryMb);
    m_idLabel->setText(sandbox->id);
    m_started->setText(localTime(sandbox->startedAt));
    m_deadline->setText(sandbox->timeoutAt.isValid() ? localTime(sandbox->timeoutAt) : tr("none"));
    m_leftFacts->setRowVisible(m_template, !sandbox->templateName.isEmpty());
    m_rightFacts->setRowVisible(m_started, sandbox->startedAt.isValid());
    m_ended->setText(ended                                            ? localTime(sandbox->endedAt)
                     : sandbox->status == Api::SandboxStatus::Paused ? tr("not running")
                                                                      : tr("still running"));
    m_rightFacts->setRowVisible(m_deadline, m_capabilities.testFlag(Capability::Deadlines) || sandbox->timeoutAt.isValid());
    QStringList pairs;
    for (auto it = sandbox->metadata.cbegin(); it != sandbox->metadata.cend(); ++it)
        pairs.append(QStringLiteral("%1=%2").arg(it.key(), it.value()));
    m_metadata->setText(pairs.isEmpty() ? tr("none") : pairs.join(QStringLiteral("  ")));
    QStringList details;
    for (auto it = sandbox->details.cbegin(); it != sandbox->details.cend(); ++it)
        details.append(tr("%1: %2").arg(it.key(), it.value()));
    m_details->setText(details.join(QStringLiteral(" · ")));
    m_rightFacts->setRowVisible(m_details, !details.isEmpty());
}

void DetailPane::showHostUrl(const QString &id, int port, const QUrl &url)
{
    if (id != m_id || port != m_port->value())
        return;
    m_url->setText(url.toString());
    m_copyUrl->setEnabled(true);
    m_urlError->hide();
}

void DetailPane::showHostUrlError(const QString &id, const QString &message)
{
    if (id != m_id)
        return;
    m_urlError->setText(tr("The server refused: %1").arg(message));
    m_urlError->show();
}

void DetailPane::askCustomExtension()
{
    const std::optional<Api::Sandbox> sandbox = m_model->sandbox(m_id);
    if (!sandbox)
        return;
    const int row = m_model->rowOf(m_id);
    const qint64 left = m_model->index(row, 0).data(SessionListModel::TtlSecondsRole).toLongLong();
    // Whole minutes that fit under the cap; the last partial minute is what +5 min would add.
    const int maxMinutes = int(std::max<qint64>(1, (m_maxTimeoutSeconds - left) / 60));
    bool ok = false;
    const int minutes = QInputDialog::getInt(
        this, tr("Extend"),
        tr("Minutes to add to the %1 left (at most %2 now: the API allows at most %3 minutes from now):")
            .arg(formatSpan(left)).arg(maxMinutes).arg(m_maxTimeoutSeconds / 60),
        std::min(30, maxMinutes), 1, maxMinutes, 1, &ok);
    if (ok)
        emit extendRequested(m_id, minutes * 60);
}

} // namespace Sandbar::Ui
