// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/operationtypes.h"
#include "core/api/roundtabletypes.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace Sandbar::Ui {

// The create form's fields for an agent sandbox (Round Table): name, description, the
// workspace it goes in, and its agent config (primary agent, model, temperature, max tokens;
// the last two only sent when set).
class AgentSandboxFields : public QWidget
{
    Q_OBJECT
public:
    explicit AgentSandboxFields(QWidget *parent = nullptr);

    void setWorkspaces(const QList<Api::Workspace> &workspaces, const QString &current);
    void fill(Api::CreateSandboxRequest &request) const;
    // Empty when the fields may be sent.
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *workspaceBox() const { return m_workspace; }
    QLineEdit *agentEdit() const { return m_agent; }
    QLineEdit *modelEdit() const { return m_model; }
    QDoubleSpinBox *temperatureBox() const { return m_temperature; }
    QSpinBox *maxTokensBox() const { return m_maxTokens; }

signals:
    void edited();

private:
    QLineEdit *m_name;
    QLineEdit *m_description;
    QComboBox *m_workspace;
    QLineEdit *m_agent;
    QLineEdit *m_model;
    QDoubleSpinBox *m_temperature;
    QSpinBox *m_maxTokens;
};

} // namespace Sandbar::Ui
