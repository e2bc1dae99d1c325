// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionlistpane.h"

#include "sessiontextdelegate.h"
#include "sparklinedelegate.h"
#include "statusdelegate.h"

#include "core/sessions/sessionfilterproxy.h"
#include "core/sessions/sessionlistmodel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace Sandbar::Ui {

using Core::SessionListModel;
using Api::SandboxStatus;

namespace {
enum StatusChoice { AllStatuses, RunningOnly, EndedOnly };
}

SessionListPane::SessionListPane(SessionListModel *model, Core::MetricsHistory *history, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new Core::SessionFilterProxy(this)), m_search(new QLineEdit(this)),
      m_statusFilter(new QComboBox(this)), m_templateFilter(new QComboBox(this)), m_stack(new QStackedWidget(this)),
      m_view(new QTreeView(this)), m_empty(new QLabel(this)), m_menu(new QMenu(this))
{
    m_proxy->setSourceModel(model);
    m_notLoadedWhy = tr("Not connected yet.");

    m_search->setPlaceholderText(tr("Search id, template, metadata (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search sessions"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &Core::SessionFilterProxy::setSearchText);

    m_statusFilter->addItem(tr("All statuses"), AllStatuses);
    m_statusFilter->addItem(tr("Running"), RunningOnly);
    m_statusFilter->addItem(tr("Ended"), EndedOnly);
    m_statusFilter->setAccessibleName(tr("Status filter"));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &SessionListPane::applyStatusFilter);
    m_templateFilter->addItem(tr("All templates"), QString());
    m_templateFilter->setAccessibleName(tr("Template filter"));
    connect(m_templateFilter, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_proxy->setTemplateFilter(m_templateFilter->itemData(index).toString()); });

    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SessionListModel::CreatedColumn, Qt::DescendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Sessions"));
    m_view->setItemDelegate(new SessionTextDelegate(m_view));
    m_view->setItemDelegateForColumn(SessionListModel::StatusColumn, new StatusDelegate(m_view));
    m_view->setItemDelegateForColumn(SessionListModel::CpuColumn,
                                     new SparklineDelegate(history, Core::MetricsHistory::Series::Cpu, m_view));
    m_view->setItemDelegateForColumn(SessionListModel::MemoryColumn,
                                     new SparklineDelegate(history, Core::MetricsHistory::Series::Memory, m_view));
    m_view->header()->setStretchLastSection(true);
    // Widths from what the columns hold ("timed out", an 8-character ID, "javascript-base-v1",
    // "1:59:59", a sparkline and "100.0 %", "2048 / 2048 MiB", a short date), so that every
    // default column reads at 1440×900; narrower windows lose the rightmost first.
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto width = [&metrics](const QString &sample, int extra) { return metrics.horizontalAdvance(sample) + extra; };
    m_view->setColumnWidth(SessionListModel::StatusColumn, width(QStringLiteral("timed out"), 34));
    m_view->setColumnWidth(SessionListModel::IdColumn, width(QStringLiteral("00000000…"), 14));
    m_view->setColumnWidth(SessionListModel::TemplateColumn, width(QStringLiteral("javascript-base-v1"), 14));
    m_view->setColumnWidth(SessionListModel::TtlColumn, width(QStringLiteral("⚠ 1:59:59"), 14));
    m_view->setColumnWidth(SessionListModel::CpuColumn, width(QStringLiteral("100.0 %"), 56));
    m_view->setColumnWidth(SessionListModel::MemoryColumn, width(QStringLiteral("2048 / 2048 MiB"), 50));
    m_view->setColumnWidth(SessionListModel::CreatedColumn,
                           width(QLocale().toString(QDateTime(QDate(2026, 12, 31), QTime(23, 59)), QLocale::ShortFormat), 14));
    m_view->setColumnWidth(SessionListModel::ConnectionColumn, width(QStringLiteral("This computer"), 14));
    m_view->setColumnHidden(SessionListModel::ConnectionColumn, true);
    m_view->setColumnWidth(SessionListModel::WorkspaceColumn, width(QStringLiteral("Demo Project"), 14));
    m_view->setColumnHidden(SessionListModel::WorkspaceColumn, true);
    connect(m_view, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_menu->isEmpty())
            m_menu->popup(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { emit selectionChanged(selectedIds()); });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit activated(index.data(SessionListModel::SandboxIdRole).toString());
    });

    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setContentsMargins(16, 16, 16, 16);
    connect(m_empty, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("create"))
            emit createRequested();
        else if (link == QLatin1String("uncleared"))
            m_proxy->setClearedIds({});
    });

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_statusFilter, 1);
    filters->addWidget(m_templateFilter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);

    // The proxy follows the model and the cleared set alike.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SessionListPane::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SessionListPane::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SessionListPane::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SessionListPane::updateEmptyState);
    updateEmptyState();
}

void SessionListPane::setNotLoaded(const QString &why)
{
    m_loaded = false;
    m_notLoadedWhy = why;
    updateEmptyState();
}

void SessionListPane::setLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    updateEmptyState();
}

QString SessionListPane::emptyText() const
{
    return showsEmptyHint() ? m_empty->text() : QString();
}

void SessionListPane::updateEmptyState()
{
    QString text;
    if (!m_loaded) {
        text = tr("<p><b>The list has not been loaded.</b></p><p>%1</p>").arg(m_notLoadedWhy.toHtmlEscaped());
    } else if (m_model->rowCount() == 0) {
        text = tr("<p><b>No sandboxes yet.</b></p><p>Create your first one with <b>New</b> in the "
                  "toolbar or Ctrl+N: pick a template and a timeout, and it appears here.</p>"
                  "<p><a href=\"create\">Create a sandbox…</a></p>");
    } else if (m_proxy->rowCount() == 0 && clearedCount() == m_model->rowCount()) {
        // Everything cleared (a search or filter that hides all rows shows the empty table).
        text = tr("<p><b>No sessions to show.</b></p><p>%n ended session(s) were cleared from the list; "
                  "they stay on the server.</p><p><a href=\"uncleared\">Show them again</a> · "
                  "<a href=\"create\">Create a sandbox…</a></p>", nullptr, m_model->rowCount());
    }
    if (!text.isEmpty())
        m_empty->setText(text);
    m_stack->setCurrentWidget(text.isEmpty() ? static_cast<QWidget *>(m_view) : m_empty);
}

int SessionListPane::clearedCount() const
{
    // The cleared set may name sessions the list no longer holds: count those it does.
    const QSet<QString> cleared = m_proxy->clearedIds();
    return int(std::count_if(cleared.cbegin(), cleared.cend(), [this](const QString &id) { return m_model->rowOf(id) >= 0; }));
}

void SessionListPane::showColumnsFor(Core::SandboxProvider::Capabilities capabilities, bool templates)
{
    using Capability = Core::SandboxProvider::Capability;
    const bool metrics = capabilities.testFlag(Capability::Metrics);
    m_view->setColumnHidden(SessionListModel::CpuColumn, !metrics);
    m_view->setColumnHidden(SessionListModel::MemoryColumn, !metrics);
    m_view->setColumnHidden(SessionListModel::TemplateColumn, !templates);
    m_view->setColumnHidden(SessionListModel::CreatedColumn, !capabilities.testFlag(Capability::StartTimes));
    m_templateFilter->setVisible(templates);
    m_view->setColumnHidden(SessionListModel::WorkspaceColumn, !capabilities.testFlag(Capability::Workspaces));
    // Sessions with names show them where others show an ID.
    if (capabilities.testFlag(Capability::Workspaces))
        m_view->setColumnWidth(SessionListModel::IdColumn, std::max(m_view->columnWidth(SessionListModel::IdColumn),
                                                                    m_view->fontMetrics().horizontalAdvance(QStringLiteral("Research Agent")) + 14));
    // Room for "up 1:02:03" where sessions start and stop.
    if (capabilities.testFlag(Capability::StartStop))
        m_view->setColumnWidth(SessionListModel::TtlColumn, std::max(m_view->columnWidth(SessionListModel::TtlColumn),
                                                                     m_view->fontMetrics().horizontalAdvance(Core::formatUptime(36000)) + 24));
    // Room for "kept alive" where sessions live by being refreshed.
    if (capabilities.testFlag(Capability::KeepAlive))
        m_view->setColumnWidth(SessionListModel::TtlColumn, std::max(m_view->columnWidth(SessionListModel::TtlColumn),
                                                                     m_view->fontMetrics().horizontalAdvance(tr("kept alive")) + 24));
}

void SessionListPane::setConnectionColumnShown(bool shown)
{
    QHeaderView *header = m_view->header();
    // Beside the status, unless the user has put it elsewhere.
    if (shown && header->visualIndex(SessionListModel::ConnectionColumn) == SessionListModel::ConnectionColumn)
        header->moveSection(SessionListModel::ConnectionColumn, 1);
    m_view->setColumnHidden(SessionListModel::ConnectionColumn, !shown);
}

void SessionListPane::applyStatusFilter(int index)
{
    switch (m_statusFilter->itemData(index).toInt()) {
    case RunningOnly:
        m_proxy->setStatusFilter({SandboxStatus::Running, SandboxStatus::Creating, SandboxStatus::Paused});
        break;
    case EndedOnly:
        m_proxy->setStatusFilter({SandboxStatus::Stopped, SandboxStatus::Failed, SandboxStatus::Terminated,
                                  SandboxStatus::TimedOut});
        break;
    default: m_proxy->setStatusFilter({}); break;
    }
}

bool SessionListPane::showsEmptyHint() const
{
    return m_stack->currentWidget() == m_empty;
}

QStringList SessionListPane::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(SessionListModel::SandboxIdRole).toString());
    return ids;
}

QString SessionListPane::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || !m_view->selectionModel()->isRowSelected(index.row(), index.parent()))
        return {};
    return index.data(SessionListModel::SandboxIdRole).toString();
}

bool SessionListPane::select(const QString &id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        // Hidden by a filter: the user asked for this one, so show everything.
        m_search->clear();
        m_statusFilter->setCurrentIndex(0);
        m_templateFilter->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void SessionListPane::restoreSelection(const QStringList &ids, const QString &current)
{
    QItemSelection selection;
    for (const QString &id : ids) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0));
        if (index.isValid())
            selection.select(index, index);
    }
    const QModelIndex currentIndex = m_proxy->mapFromSource(m_model->index(m_model->rowOf(current), 0));
    if (currentIndex.isValid()) {
        m_view->selectionModel()->setCurrentIndex(currentIndex, QItemSelectionModel::NoUpdate);
        m_view->scrollTo(currentIndex);
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QStringList SessionListPane::visibleIds() const
{
    QStringList ids;
    if (!m_view->isVisible())
        return ids;
    const QModelIndex first = m_view->indexAt(QPoint(1, 1));
    int row = first.isValid() ? first.row() : 0;
    const int height = m_view->viewport()->height();
    for (; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (m_view->visualRect(index).top() > height)
            break;
        ids.append(index.data(SessionListModel::SandboxIdRole).toString());
    }
    return ids;
}

void SessionListPane::setTemplates(const QStringList &names)
{
    const QString current = m_templateFilter->currentData().toString();
    m_templateFilter->blockSignals(true);
    while (m_templateFilter->count() > 1)
        m_templateFilter->removeItem(1);
    for (const QString &name : names)
        m_templateFilter->addItem(name, name);
    m_templateFilter->setCurrentIndex(std::max(0, m_templateFilter->findData(current)));
    m_templateFilter->blockSignals(false);
    // A template no longer offered stops filtering (the box shows "All templates" again).
    m_proxy->setTemplateFilter(m_templateFilter->currentData().toString());
}

void SessionListPane::addBar(QWidget *bar)
{
    static_cast<QVBoxLayout *>(layout())->insertWidget(2, bar);
}

QByteArray SessionListPane::saveHeaderState() const
{
    return m_view->header()->saveState();
}

void SessionListPane::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_view->header()->restoreState(state);
}

} // namespace Sandbar::Ui
