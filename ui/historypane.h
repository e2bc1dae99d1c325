// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The code runs of the selected sandbox (a RunHistoryModel): what ran, when, status, duration.
// "Show output" and "Run again" ask the owner (the editor panel) to do it, by run id.

#include "core/workspace/runhistorymodel.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Sandbar::Ui {

class HistoryPane : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPane(QWidget *parent = nullptr);

    void setModel(Core::RunHistoryModel *model);
    Core::RunHistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The run id of the selected row, or 0.
    int selectedRunId() const;
    void selectRun(int runId);
    // A line above the table (where the runs come from, or why earlier ones are missing).
    void setNote(const QString &text);
    QString note() const;
    // Shows "Every session's runs…" (a service that lists runs across sessions).
    void setAllRunsAvailable(bool available);
    QPushButton *allRunsButton() const { return m_allRuns; }

signals:
    void showOutputRequested(int runId);
    void rerunRequested(int runId);
    void allRunsRequested();

private:
    void updateButtons();

    QPointer<Core::RunHistoryModel> m_model;
    QTableView *m_view;
    QLabel *m_note;
    QPushButton *m_show;
    QPushButton *m_rerun;
    QPushButton *m_allRuns;
};

} // namespace Sandbar::Ui
