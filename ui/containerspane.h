// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace Sandbar::Core {
class ContainerController;
class SandboxProvider;
} // namespace Sandbar::Core

namespace Sandbar::Ui {

class ContainerLogView;
class CreateContainerDialog;

// A service's containers (Cognitora): the list (status, image, command, estimate), New and
// Cancel, and the selected container's logs following new lines while it runs.
class ContainersPane : public QWidget
{
    Q_OBJECT
public:
    explicit ContainersPane(Core::SandboxProvider *provider, QWidget *parent = nullptr);

    Core::ContainerController *controller() const { return m_controller; }
    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    ContainerLogView *logView() const { return m_logs; }
    QToolButton *cancelButton() const { return m_cancel; }
    QString logTitle() const;
    // Why the list is not current (empty while it is).
    QString listProblem() const;
    bool select(const QString &id);
    void openCreateDialog();
    CreateContainerDialog *createDialog() const;

signals:
    void failed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QString currentId() const;
    void updateActions();

    Core::ContainerController *m_controller;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_logTitle;
    ContainerLogView *m_logs;
    QToolButton *m_cancel;
    QLabel *m_listProblem;
    QPointer<CreateContainerDialog> m_dialog;
    QString m_pendingSelection;
};

} // namespace Sandbar::Ui
