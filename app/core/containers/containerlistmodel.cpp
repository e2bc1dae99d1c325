// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/containers/containerlistmodel.h"

#include <QLocale>
#include <QSet>

namespace Sandbar::Core {

using namespace Sandbar::Api;

void ContainerListModel::reindex()
{
    m_rowById.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows.at(row).id, row);
}

int ContainerListModel::rowOf(const QString &id) const
{
    return m_rowById.value(id, -1);
}

std::optional<Container> ContainerListModel::container(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? std::nullopt : std::optional<Container>(m_rows.at(row));
}

void ContainerListModel::apply(const QList<Container> &containers)
{
    QSet<QString> listed;
    for (const Container &c : containers)
        listed.insert(c.id);
    // Gone first, back to front; then changed; then new ones on top, in the service's order.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!listed.contains(m_rows.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            reindex();
            endRemoveRows();
        }
    }
    QList<Container> added;
    for (const Container &c : containers) {
        const int row = rowOf(c.id);
        if (row < 0) {
            added.append(c);
        } else if (m_rows.at(row) != c) {
            m_rows[row] = c;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, 0, int(added.size()) - 1);
        m_rows = added + m_rows;
        reindex();
        endInsertRows();
    }
}

void ContainerListModel::update(const Container &container)
{
    const int row = rowOf(container.id);
    if (row < 0) {
        beginInsertRows({}, 0, 0);
        m_rows.prepend(container);
        reindex();
        endInsertRows();
    } else if (m_rows.at(row) != container) {
        m_rows[row] = container;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int ContainerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContainerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContainerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Container &c = m_rows.at(index.row());
    switch (role) {
    case IdRole: return c.id;
    case StatusRole: return int(c.status);
    case SortRole:
        switch (index.column()) {
        case StatusColumn: return int(c.status);
        case CostColumn: return c.estimatedCredits;
        case CreatedColumn: return c.createdAt.toMSecsSinceEpoch();
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !c.error.isEmpty())
            return c.error;
        if (index.column() == CommandColumn)
            return c.command.join(QLatin1Char(' '));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == CostColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            return c.exitCode && isFinal(c.status) && c.status != ContainerStatus::Cancelled
                       ? tr("%1 (exit %2)").arg(containerStatusName(c.status)).arg(*c.exitCode)
                       : containerStatusName(c.status);
        case IdColumn: return c.id;
        case ImageColumn: return c.image;
        case CommandColumn: return c.command.join(QLatin1Char(' ')).simplified();
        case CostColumn: return c.estimatedCredits < 0 ? QString() : tr("%1 credits").arg(QLocale().toString(c.estimatedCredits, 'f', 2));
        case CreatedColumn: return QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat);
        }
    }
    return {};
}

QVariant ContainerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn: return tr("Status");
    case IdColumn: return tr("ID");
    case ImageColumn: return tr("Image");
    case CommandColumn: return tr("Command");
    case CostColumn: return tr("Estimate");
    case CreatedColumn: return tr("Created");
    }
    return {};
}

} // namespace Sandbar::Core
