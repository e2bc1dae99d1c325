// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace Sandbar::Core {
class MessagesController;
class SandboxProvider;
class SessionListModel;
} // namespace Sandbar::Core

namespace Sandbar::Ui {

class MessageCountersChart;

// The Messages tab of a service whose sandboxes message each other: the selected sandbox's
// counters (facts and a chart), its messages (time, direction, the other sandbox, status) with
// the chosen one's content as indented JSON, and a JSON editor, checked as it is typed, to send
// to another sandbox of its workspace or to broadcast to all of them.
class MessagesPane : public QWidget
{
    Q_OBJECT
public:
    MessagesPane(Core::SandboxProvider *provider, Core::SessionListModel *sessions, QWidget *parent = nullptr);

    Core::MessagesController *controller() const { return m_controller; }
    void setSandbox(const QString &id);
    // Polls while the tab is shown.
    void setActive(bool active);

    QTreeView *view() const { return m_view; }
    QPlainTextEdit *contentView() const { return m_content; }
    QPlainTextEdit *editor() const { return m_editor; }
    QComboBox *recipientBox() const { return m_recipient; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *broadcastButton() const { return m_broadcast; }
    QLabel *validationLabel() const { return m_validation; }
    QLabel *countersLabel() const { return m_counters; }
    MessageCountersChart *chart() const { return m_chart; }

signals:
    void failed(const QString &message);

private:
    void updateRecipients();
    void validate();
    void showCounters();
    void showSelected();

    Core::MessagesController *m_controller;
    Core::SessionListModel *m_sessions;
    QString m_id;
    QStackedWidget *m_stack;
    QLabel *m_title;
    QLabel *m_counters;
    MessageCountersChart *m_chart;
    QTreeView *m_view;
    QPlainTextEdit *m_content;
    QLabel *m_problem;
    QComboBox *m_recipient;
    QPlainTextEdit *m_editor;
    QLabel *m_validation;
    QPushButton *m_send;
    QPushButton *m_broadcast;
};

} // namespace Sandbar::Ui
