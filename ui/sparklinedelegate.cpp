// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sparklinedelegate.h"

#include "core/api/apitypes.h"
#include "core/sessions/sessionlistmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Sandbar::Ui {

namespace {
constexpr int kSparkWidth = 48;
}

SparklineDelegate::SparklineDelegate(Core::MetricsHistory *history, Core::MetricsHistory::Series series, QObject *parent)
    : QStyledItemDelegate(parent), m_history(history), m_series(series)
{
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const bool ended = Api::isFinal(Api::SandboxStatus(index.data(Core::SessionListModel::StatusRole).toInt()));
    const QColor ink = selected ? opt.palette.color(QPalette::HighlightedText)
                       : ended  ? opt.palette.color(QPalette::Disabled, QPalette::Text)
                                : opt.palette.color(QPalette::Text);
    const QRect rect = opt.rect.adjusted(4, 3, -4, -3);
    const QRect spark(rect.left(), rect.top(), std::min(kSparkWidth, rect.width() / 2), rect.height());

    painter->save();
    if (m_history) {
        const QString id = index.data(Core::SessionListModel::SandboxIdRole).toString();
        const QList<QPointF> points = m_history->points(id, m_series, Core::MetricsHistory::Window::FiveMinutes);
        if (points.size() >= 2) {
            // CPU against its 100 %; memory against its own peak, with headroom so a steady
            // value reads as a line in the cell, not along its top edge.
            double top = 1.0;
            for (const QPointF &p : points)
                top = std::max(top, p.y());
            top = m_series == Core::MetricsHistory::Series::Cpu ? 100.0 : top * 1.4;
            const double x0 = points.first().x();
            const double span = std::max(1.0, points.last().x() - x0);
            QPainterPath path;
            for (int i = 0; i < points.size(); ++i) {
                const QPointF p(spark.left() + (points[i].x() - x0) / span * spark.width(),
                                spark.bottom() - points[i].y() / top * spark.height());
                i == 0 ? path.moveTo(p) : path.lineTo(p);
            }
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(QPen(selected ? ink : opt.palette.color(QPalette::Highlight), 1.2));
            painter->drawPath(path);
        }
    }
    painter->setPen(ink);
    painter->drawText(rect.adjusted(spark.width() + 4, -3, 0, 3), Qt::AlignVCenter | Qt::AlignRight, text);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + kSparkWidth + 8);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 12));
    return size;
}

} // namespace Sandbar::Ui
