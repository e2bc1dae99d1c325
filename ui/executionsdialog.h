// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QStandardItemModel;
class QTableView;

namespace Sandbar::Core {
class SandboxProvider;
}

namespace Sandbar::Ui {

// Every session's runs (a service with ExecutionListing, e.g. Cognitora's list_all_executions),
// newest first, filtered by status; a run's output below when it is chosen.
class ExecutionsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExecutionsDialog(Core::SandboxProvider *provider, QWidget *parent = nullptr);

    QComboBox *statusBox() const { return m_status; }
    QTableView *view() const { return m_view; }
    QPlainTextEdit *outputView() const { return m_output; }
    QString note() const;
    void reload();

    static constexpr int kLimit = 200;

private:
    void showRun(int row);

    QPointer<Core::SandboxProvider> m_provider;
    QComboBox *m_status;
    QLabel *m_note;
    QTableView *m_view;
    QStandardItemModel *m_model;
    QPlainTextEdit *m_output;
    quint64 m_generation = 0;
};

} // namespace Sandbar::Ui
