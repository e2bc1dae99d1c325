// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusdelegate.h"

#include "format.h"
#include "statusicon.h"

#include "core/sessions/sessionlistmodel.h"

#include <QApplication>
#include <QPainter>

namespace Sandbar::Ui {

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const auto status = Api::SandboxStatus(index.data(Core::SessionListModel::StatusRole).toInt());
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QRect rect = opt.rect.adjusted(4, 0, -2, 0);
    const int size = std::min(rect.height() - 6, 12);
    const QRect iconRect(rect.left(), rect.center().y() - size / 2, size, size);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QColor ink = selected ? opt.palette.color(QPalette::HighlightedText) : opt.palette.color(QPalette::Text);
    painter->save();
    paintStatusIcon(painter, iconRect, status, ink, opt.palette);
    painter->setPen(Api::isFinal(status) && !selected ? opt.palette.color(QPalette::Disabled, QPalette::Text) : ink);
    const QRect textRect = rect.adjusted(size + 6, 0, 0, 0);
    const QString own = index.data(Core::SessionListModel::StateTextRole).toString();
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(own.isEmpty() ? statusText(status) : own, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const auto status = Api::SandboxStatus(index.data(Core::SessionListModel::StatusRole).toInt());
    const QString own = index.data(Core::SessionListModel::StateTextRole).toString();
    size.setWidth(option.fontMetrics.horizontalAdvance(own.isEmpty() ? statusText(status) : own) + 28);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 12));
    return size;
}

} // namespace Sandbar::Ui
