// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agents/workspacecontroller.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace Sandbar::Ui {

// Above the session list, for services whose sandboxes live in workspaces: which workspace
// the list shows (or all), its aggregate metrics, and the Workspace menu (new, rename,
// delete, collaboration). Shows the focused connection's workspaces.
class WorkspaceBar : public QWidget
{
    Q_OBJECT
public:
    explicit WorkspaceBar(QWidget *parent = nullptr);

    // Null: hidden (the focused service has no workspaces).
    void setController(Core::WorkspaceController *controller);
    Core::WorkspaceController *controller() const { return m_controller; }
    // The chosen workspace's ID; empty: all.
    QString current() const;
    void choose(const QString &workspaceId);

    QComboBox *workspaceBox() const { return m_box; }
    QLabel *metricsLabel() const { return m_metrics; }
    QToolButton *menuButton() const { return m_menuButton; }

signals:
    void workspaceChosen(const QString &workspaceId);
    void collaborationRequested(const QString &workspaceId);

private:
    void chosen();
    void fill();
    void showMetrics();
    void askNew();
    void askRename();
    void askDelete();

    QPointer<Core::WorkspaceController> m_controller;
    QComboBox *m_box;
    QToolButton *m_menuButton;
    QLabel *m_metrics;
    QAction *m_rename;
    QAction *m_delete;
    QAction *m_collaborate;
};

} // namespace Sandbar::Ui
