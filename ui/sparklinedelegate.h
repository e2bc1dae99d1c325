// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sessions/metricshistory.h"

#include <QPointer>
#include <QStyledItemDelegate>

namespace Sandbar::Ui {

// CPU or memory cell: the value as text and a small line of the last five minutes' samples.
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    SparklineDelegate(Core::MetricsHistory *history, Core::MetricsHistory::Series series, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QPointer<Core::MetricsHistory> m_history;
    Core::MetricsHistory::Series m_series;
};

} // namespace Sandbar::Ui
