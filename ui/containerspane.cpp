// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "containerspane.h"

#include "containerlogview.h"
#include "createcontainerdialog.h"

#include "core/containers/containercontroller.h"
#include "core/containers/containerlistmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Sandbar::Ui {

using Core::ContainerListModel;

ContainersPane::ContainersPane(Core::SandboxProvider *provider, QWidget *parent)
    : QWidget(parent), m_controller(new Core::ContainerController(provider, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)), m_logTitle(new QLabel(this)), m_logs(new ContainerLogView(this)),
      m_cancel(new QToolButton(this)), m_listProblem(new QLabel(this))
{
    m_listProblem->setWordWrap(true);
    m_listProblem->hide();
    m_proxy->setSourceModel(m_controller->model());
    m_proxy->setSortRole(ContainerListModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ContainerListModel::CreatedColumn, Qt::DescendingOrder);
    m_view->setAccessibleName(tr("Containers"));
    m_view->setColumnWidth(ContainerListModel::StatusColumn, fontMetrics().horizontalAdvance(QStringLiteral("completed (exit 0)")) + 16);
    m_view->setColumnWidth(ContainerListModel::CommandColumn, 260);

    auto *create = new QToolButton(this);
    create->setText(tr("New container…"));
    create->setToolTip(tr("Run an image and a command to completion"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the selected container"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(create);
    bar->addWidget(m_cancel);
    bar->addStretch();

    auto *logs = new QWidget(this);
    auto *logsLayout = new QVBoxLayout(logs);
    logsLayout->setContentsMargins(0, 0, 0, 0);
    logsLayout->addWidget(m_logTitle);
    logsLayout->addWidget(m_logs, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(logs);
    splitter->setSizes({200, 300});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_listProblem);
    layout->addWidget(splitter, 1);

    connect(create, &QToolButton::clicked, this, &ContainersPane::openCreateDialog);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            m_controller->cancel(currentId());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_controller->follow(currentId());
        updateActions();
    });
    connect(m_controller->model(), &QAbstractItemModel::dataChanged, this, &ContainersPane::updateActions);
    connect(m_controller->model(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_pendingSelection.isEmpty() && select(m_pendingSelection))
            m_pendingSelection.clear();
    });
    connect(m_controller, &Core::ContainerController::logsReset, this, [this] {
        m_logs->clearLines();
        updateActions();
    });
    connect(m_controller, &Core::ContainerController::logLines, m_logs,
            [this](const QString &, const QList<Api::ContainerLogLine> &lines) { m_logs->appendLines(lines); });
    connect(m_logs, &ContainerLogView::linesShown, this, &ContainersPane::updateActions);
    connect(m_controller, &Core::ContainerController::created, this, [this](const QString &id) {
        if (!select(id))
            m_pendingSelection = id;
    });
    connect(m_controller, &Core::ContainerController::listProblem, this, [this](const QString &message) {
        m_listProblem->setText(message);
        m_listProblem->setVisible(!message.isEmpty());
    });
    connect(m_controller, &Core::ContainerController::failed, this,
            [this](const QString &action, const Core::ApiError &error) { emit failed(tr("%1 failed: %2").arg(action, error.message)); });
    updateActions();
}

QString ContainersPane::currentId() const
{
    return m_view->currentIndex().data(ContainerListModel::IdRole).toString();
}

CreateContainerDialog *ContainersPane::createDialog() const
{
    return m_dialog;
}

QString ContainersPane::listProblem() const
{
    return m_listProblem->isHidden() ? QString() : m_listProblem->text();
}

QString ContainersPane::logTitle() const
{
    return m_logTitle->text();
}

bool ContainersPane::select(const QString &id)
{
    const int row = m_controller->model()->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_controller->model()->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void ContainersPane::updateActions()
{
    const QString id = currentId();
    const std::optional<Api::Container> container = m_controller->model()->container(id);
    m_cancel->setEnabled(container && !Api::isFinal(container->status));
    if (!container) {
        m_logTitle->setText(tr("Select a container for its logs."));
        return;
    }
    m_logTitle->setText(tr("Logs of %1 · %2 · %n line(s)", nullptr, m_logs->lineCount())
                            .arg(id, Api::containerStatusName(container->status)) +
                        (container->error.isEmpty() ? QString() : QStringLiteral(" · ") + container->error));
}

void ContainersPane::openCreateDialog()
{
    if (m_dialog)
        return;
    m_dialog = new CreateContainerDialog(this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &CreateContainerDialog::estimateWanted, m_controller, &Core::ContainerController::estimate);
    connect(m_controller, &Core::ContainerController::estimated, m_dialog, &CreateContainerDialog::setEstimate);
    connect(m_controller, &Core::ContainerController::estimateFailed, m_dialog, &CreateContainerDialog::setEstimateError);
    connect(m_dialog, &QDialog::accepted, this, [this] { m_controller->create(m_dialog->request()); });
    m_dialog->open();
}

void ContainersPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_controller->setActive(true);
}

void ContainersPane::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_controller->setActive(false);
}

} // namespace Sandbar::Ui
