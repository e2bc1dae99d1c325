// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collaborationdialog.h"

#include "core/agents/messagescontroller.h"
#include "core/agents/workspacecontroller.h"
#include "core/sessions/sessionlistmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sandbar::Ui {

CollaborationDialog::CollaborationDialog(Core::WorkspaceController *controller, Core::SessionListModel *sessions,
                                         const QString &workspaceId, QWidget *parent)
    : QDialog(parent), m_controller(controller), m_workspace(workspaceId), m_task(new QPlainTextEdit(this)),
      m_participants(new QListWidget(this)), m_mode(new QComboBox(this)), m_config(new QPlainTextEdit(this)),
      m_problem(new QLabel(this)), m_start(new QPushButton(tr("&Start collaboration"), this)), m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_agents(new QTreeWidget(this))
{
    setWindowTitle(tr("Collaboration in %1").arg(controller->nameOf(workspaceId)));
    setMinimumSize(560, 560);
    m_task->setPlaceholderText(tr("The task, e.g. Analyze Q4 sales data"));
    m_task->setAccessibleName(tr("Task"));
    m_task->setMaximumHeight(80);
    m_participants->setAccessibleName(tr("Participants"));
    m_participants->setMaximumHeight(120);
    sessions->forEachRow([this](const Api::Sandbox &sandbox, const Api::SandboxMetrics *, std::optional<qint64>) {
        if (sandbox.workspaceId != m_workspace)
            return;
        auto *item = new QListWidgetItem(sandbox.name.isEmpty() ? sandbox.id : sandbox.name, m_participants);
        item->setData(Qt::UserRole, sandbox.id);
        item->setToolTip(sandbox.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    });
    m_mode->setEditable(true);
    m_mode->addItems({QStringLiteral("orchestrated"), QStringLiteral("parallel"), QStringLiteral("sequential")});
    m_mode->setAccessibleName(tr("Mode"));
    m_config->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_config->setPlainText(QStringLiteral("{\"max_duration\": 300, \"timeout\": 30, \"max_rounds\": 10}"));
    m_config->setAccessibleName(tr("Config (JSON)"));
    m_config->setMaximumHeight(70);
    m_problem->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setText(tr("Not started."));
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_agents->setHeaderLabels({tr("Agent"), tr("Type"), tr("Status")});
    m_agents->setRootIsDecorated(false);
    m_agents->setAccessibleName(tr("Discovered agents"));

    auto *form = new QFormLayout;
    form->addRow(tr("Task"), m_task);
    form->addRow(tr("Participants"), m_participants);
    form->addRow(tr("Mode"), m_mode);
    form->addRow(tr("Config"), m_config);
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_problem, 1);
    startRow->addWidget(m_start);
    auto *follow = new QGroupBox(tr("Status"), this);
    auto *followLayout = new QVBoxLayout(follow);
    followLayout->addWidget(m_status);
    followLayout->addWidget(m_progress);
    auto *discovered = new QGroupBox(tr("Agents the service discovers in this workspace"), this);
    auto *discoveredLayout = new QVBoxLayout(discovered);
    discoveredLayout->addWidget(m_agents);
    auto *rediscover = new QPushButton(tr("&Discover again"), discovered);
    discoveredLayout->addWidget(rediscover, 0, Qt::AlignRight);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(startRow);
    layout->addWidget(follow);
    layout->addWidget(discovered, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_task, &QPlainTextEdit::textChanged, this, &CollaborationDialog::validate);
    connect(m_config, &QPlainTextEdit::textChanged, this, &CollaborationDialog::validate);
    connect(m_participants, &QListWidget::itemChanged, this, &CollaborationDialog::validate);
    connect(m_start, &QPushButton::clicked, this, &CollaborationDialog::start);
    connect(rediscover, &QPushButton::clicked, this, [this] {
        if (m_controller)
            m_controller->discover(m_workspace);
    });
    connect(controller, &Core::WorkspaceController::collaborationChanged, this, &CollaborationDialog::showCollaboration);
    connect(controller, &Core::WorkspaceController::collaborationFailed, this, [this](const Core::ApiError &error) {
        if (!m_started)
            return;
        m_progress->hide();
        m_status->setText(error.httpStatus > 0 ? tr("The service answered %1: %2").arg(error.httpStatus).arg(error.message)
                                               : error.message);
        m_start->setEnabled(true);
    });
    connect(controller, &Core::WorkspaceController::agentsDiscovered, this,
            [this](const QString &about, const QList<Api::DiscoveredAgent> &agents) {
                if (about != m_workspace)
                    return;
                m_agents->clear();
                for (const Api::DiscoveredAgent &agent : agents) {
                    auto *item = new QTreeWidgetItem(m_agents, {agent.name, agent.agentType, agent.status});
                    item->setToolTip(0, agent.sandboxId);
                }
                m_agents->header()->resizeSections(QHeaderView::ResizeToContents);
            });
    controller->discover(workspaceId);
    validate();
}

void CollaborationDialog::validate()
{
    QString problem;
    int participants = 0;
    for (int i = 0; i < m_participants->count(); ++i)
        participants += m_participants->item(i)->checkState() == Qt::Checked;
    QString error;
    const auto config = Core::MessagesController::parseContent(m_config->toPlainText().trimmed().isEmpty() ? QStringLiteral("{}")
                                                                                                          : m_config->toPlainText(),
                                                               &error);
    if (m_task->toPlainText().trimmed().isEmpty())
        problem = tr("Describe the task.");
    else if (participants == 0)
        problem = tr("Pick at least one participant (the workspace's sandboxes).");
    else if (!config)
        problem = tr("Config: %1").arg(error);
    else if (!config->isObject())
        problem = tr("Config: write a JSON object, e.g. {\"max_rounds\": 10}.");
    m_problem->setText(problem);
    m_start->setEnabled(problem.isEmpty());
}

void CollaborationDialog::start()
{
    if (!m_controller)
        return;
    Api::CollaborationRequest request;
    request.workspaceId = m_workspace;
    request.task = m_task->toPlainText().trimmed();
    for (int i = 0; i < m_participants->count(); ++i) {
        if (m_participants->item(i)->checkState() == Qt::Checked)
            request.participants.append(m_participants->item(i)->data(Qt::UserRole).toString());
    }
    request.mode = m_mode->currentText().trimmed();
    QString error;
    const QString configText = m_config->toPlainText().trimmed();
    request.config = Core::MessagesController::parseContent(configText.isEmpty() ? QStringLiteral("{}") : configText, &error)
                         .value_or(QJsonValue())
                         .toObject();
    m_started = true;
    m_start->setEnabled(false);
    m_status->setText(tr("Starting…"));
    m_controller->orchestrate(request);
}

void CollaborationDialog::showCollaboration()
{
    const auto collaboration = m_controller ? m_controller->collaboration() : std::nullopt;
    if (!m_started || !collaboration)
        return;
    const bool finished = Core::WorkspaceController::isFinished(collaboration->status);
    QString text = tr("Collaboration %1: %2").arg(collaboration->id, collaboration->status);
    if (collaboration->progress >= 0) {
        // Progress as a fraction (0..1) or a percentage, as the service gives it.
        const double percent = collaboration->progress <= 1.0 ? collaboration->progress * 100 : collaboration->progress;
        m_progress->setValue(int(percent));
        m_progress->setVisible(true);
        text += tr(" · %1 %").arg(int(percent));
    }
    m_status->setText(text);
    m_start->setEnabled(finished);
}

} // namespace Sandbar::Ui
