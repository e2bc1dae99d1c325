// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agentsandboxfields.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace Sandbar::Ui {

AgentSandboxFields::AgentSandboxFields(QWidget *parent)
    : QWidget(parent), m_name(new QLineEdit(this)), m_description(new QLineEdit(this)), m_workspace(new QComboBox(this)),
      m_agent(new QLineEdit(this)), m_model(new QLineEdit(this)), m_temperature(new QDoubleSpinBox(this)),
      m_maxTokens(new QSpinBox(this))
{
    m_name->setPlaceholderText(tr("Required, e.g. Research Agent"));
    m_description->setPlaceholderText(tr("Optional"));
    m_workspace->setPlaceholderText(tr("Create a workspace first (Workspace ▸ New workspace…)"));
    m_agent->setPlaceholderText(tr("e.g. researcher, developer"));
    m_model->setPlaceholderText(tr("e.g. gpt-4"));
    // The lowest value stands for "not set": the service's default.
    m_temperature->setRange(-0.1, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(1);
    m_temperature->setSpecialValueText(tr("service default"));
    m_temperature->setValue(-0.1);
    m_maxTokens->setRange(0, 10'000'000);
    m_maxTokens->setSingleStep(500);
    m_maxTokens->setSpecialValueText(tr("service default"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Workspace"), m_workspace);
    form->addRow(tr("Primary agent"), m_agent);
    form->addRow(tr("Model"), m_model);
    form->addRow(tr("Temperature"), m_temperature);
    form->addRow(tr("Max tokens"), m_maxTokens);
    for (QLineEdit *edit : {m_name, m_description, m_agent, m_model})
        connect(edit, &QLineEdit::textChanged, this, &AgentSandboxFields::edited);
    connect(m_workspace, &QComboBox::currentIndexChanged, this, &AgentSandboxFields::edited);
}

void AgentSandboxFields::setWorkspaces(const QList<Api::Workspace> &workspaces, const QString &current)
{
    bool same = workspaces.size() == m_workspace->count();
    for (int i = 0; same && i < workspaces.size(); ++i)
        same = m_workspace->itemData(i).toString() == workspaces.at(i).id && m_workspace->itemText(i) == workspaces.at(i).name;
    if (same && (current.isEmpty() || m_workspace->currentData().toString() == current))
        return;
    const QString keep = m_workspace->count() > 0 ? m_workspace->currentData().toString() : current;
    const QSignalBlocker blocker(m_workspace);
    m_workspace->clear();
    for (const Api::Workspace &w : workspaces)
        m_workspace->addItem(w.name, w.id);
    m_workspace->setCurrentIndex(std::max(0, m_workspace->findData(keep.isEmpty() ? current : keep)));
    if (workspaces.isEmpty())
        m_workspace->setCurrentIndex(-1);
    emit edited();
}

void AgentSandboxFields::fill(Api::CreateSandboxRequest &request) const
{
    request.name = m_name->text().trimmed();
    request.description = m_description->text().trimmed();
    request.workspaceId = m_workspace->currentData().toString();
    QJsonObject config;
    if (!m_agent->text().trimmed().isEmpty())
        config.insert(QStringLiteral("primary_agent"), m_agent->text().trimmed());
    if (!m_model->text().trimmed().isEmpty())
        config.insert(QStringLiteral("model"), m_model->text().trimmed());
    if (m_temperature->value() >= 0)
        config.insert(QStringLiteral("temperature"), m_temperature->value());
    if (m_maxTokens->value() > 0)
        config.insert(QStringLiteral("max_tokens"), m_maxTokens->value());
    request.agentConfig = config;
}

QString AgentSandboxFields::problem() const
{
    if (m_workspace->currentIndex() < 0)
        return tr("Choose the workspace it goes in (create one from the Workspace menu above the list).");
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the sandbox a name.");
    return {};
}

} // namespace Sandbar::Ui
