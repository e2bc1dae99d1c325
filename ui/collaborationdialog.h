// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace Sandbar::Core {
class SessionListModel;
class WorkspaceController;
} // namespace Sandbar::Core

namespace Sandbar::Ui {

// Starts a collaboration in a workspace (task, participants picked from its sandboxes, mode,
// config as JSON) and follows its status and progress; lists the agents the service discovers
// there. What the service answers, a refusal included, is shown as it is.
class CollaborationDialog : public QDialog
{
    Q_OBJECT
public:
    CollaborationDialog(Core::WorkspaceController *controller, Core::SessionListModel *sessions, const QString &workspaceId,
                        QWidget *parent = nullptr);

    QPlainTextEdit *taskEdit() const { return m_task; }
    QListWidget *participantList() const { return m_participants; }
    QPlainTextEdit *configEdit() const { return m_config; }
    QPushButton *startButton() const { return m_start; }
    QLabel *statusLabel() const { return m_status; }
    QProgressBar *progressBar() const { return m_progress; }
    QTreeWidget *agentList() const { return m_agents; }

private:
    void validate();
    void start();
    void showCollaboration();

    QPointer<Core::WorkspaceController> m_controller;
    QString m_workspace;
    QPlainTextEdit *m_task;
    QListWidget *m_participants;
    QComboBox *m_mode;
    QPlainTextEdit *m_config;
    QLabel *m_problem;
    QPushButton *m_start;
    QLabel *m_status;
    QProgressBar *m_progress;
    QTreeWidget *m_agents;
    bool m_started = false;
};

} // namespace Sandbar::Ui
