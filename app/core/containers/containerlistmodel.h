// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/containertypes.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Sandbar::Core {

// A service's containers as a table; a poll is applied as a diff (rows changed, removed,
// inserted), so a view keeps its selection. Newest first, as the service lists them.
class ContainerListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StatusColumn, IdColumn, ImageColumn, CommandColumn, CostColumn, CreatedColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole, // int(Api::ContainerStatus)
        SortRole,
    };
    Q_ENUM(Role)

    using QAbstractTableModel::QAbstractTableModel;

    void apply(const QList<Api::Container> &containers);
    void update(const Api::Container &container);
    std::optional<Api::Container> container(const QString &id) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reindex();

    QList<Api::Container> m_rows;
    QHash<QString, int> m_rowById;
};

} // namespace Sandbar::Core
