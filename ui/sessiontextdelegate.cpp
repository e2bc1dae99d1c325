// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiontextdelegate.h"

#include "format.h"

#include "core/sessions/sessionlistmodel.h"

namespace Sandbar::Ui {

using Core::SessionListModel;

void SessionTextDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto status = Api::SandboxStatus(index.data(SessionListModel::StatusRole).toInt());
    const Urgency urgency = urgencyFor(status, secondsLeftOf(index.data(SessionListModel::TtlSecondsRole)));
    if (urgency == Urgency::Ended) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
        return;
    }
    if (index.column() == SessionListModel::TtlColumn && urgency != Urgency::Normal) {
        option->palette.setColor(QPalette::Text, urgencyColor(urgency, option->palette));
        option->text = QStringLiteral("⚠ ") + option->text;
        option->font.setBold(urgency == Urgency::Critical);
    }
}

QSize SessionTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Room to breathe: rows are read all day and clicked often.
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 12));
    return size;
}

} // namespace Sandbar::Ui
