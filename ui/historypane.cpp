// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historypane.h"

#include "core/workspace/runhistorymodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Sandbar::Ui {

using Core::RunHistoryModel;

HistoryPane::HistoryPane(QWidget *parent)
    : QWidget(parent), m_view(new QTableView(this)), m_note(new QLabel(this)), m_show(new QPushButton(tr("Show output"), this)),
      m_rerun(new QPushButton(tr("Run again"), this)), m_allRuns(new QPushButton(tr("Every session's runs…"), this))
{
    m_allRuns->setToolTip(tr("The runs of every session, filtered by status"));
    m_allRuns->hide();
    connect(m_allRuns, &QPushButton::clicked, this, &HistoryPane::allRunsRequested);
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_show);
    row->addWidget(m_rerun);
    row->addWidget(m_note, 1);
    row->addWidget(m_allRuns);
    layout->addLayout(row);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_view, 1);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Run history"));

    connect(m_show, &QPushButton::clicked, this, [this] {
        if (const int id = selectedRunId())
            emit showOutputRequested(id);
    });
    connect(m_rerun, &QPushButton::clicked, this, [this] {
        if (const int id = selectedRunId())
            emit rerunRequested(id);
    });
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (const int id = selectedRunId())
            emit showOutputRequested(id);
    });
    updateButtons();
}

void HistoryPane::setAllRunsAvailable(bool available)
{
    m_allRuns->setVisible(available);
}

void HistoryPane::setModel(RunHistoryModel *model)
{
    m_model = model;
    m_view->setModel(model);
    if (m_view->selectionModel()) {
        connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPane::updateButtons);
    }
    updateButtons();
}

int HistoryPane::selectedRunId() const
{
    if (!m_model || !m_view->selectionModel())
        return 0;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(RunHistoryModel::RunIdRole).toInt();
}

void HistoryPane::selectRun(int runId)
{
    if (!m_model)
        return;
    const int row = m_model->rowOfRun(runId);
    if (row >= 0)
        m_view->selectRow(row);
}

void HistoryPane::setNote(const QString &text)
{
    m_note->setText(text);
}

QString HistoryPane::note() const
{
    return m_note->text();
}

void HistoryPane::updateButtons()
{
    const bool selected = selectedRunId() != 0;
    m_show->setEnabled(selected);
    m_rerun->setEnabled(selected);
}

} // namespace Sandbar::Ui
