// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusicon.h"

#include <QPainter>
#include <QPalette>

namespace Sandbar::Ui {

void paintStatusIcon(QPainter *painter, const QRect &rect, Api::SandboxStatus status, const QColor &ink,
                     const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const QColor green = dark ? QColor(0x57, 0xe3, 0x89) : QColor(0x26, 0xa2, 0x69);
    const QColor red = dark ? QColor(0xff, 0x7a, 0x70) : QColor(0xc0, 0x1c, 0x28);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect).adjusted(1, 1, -1, -1);
    switch (status) {
    case Api::SandboxStatus::Running:
        painter->setPen(Qt::NoPen);
        painter->setBrush(green);
        painter->drawEllipse(r);
        break;
    case Api::SandboxStatus::Paused: {
        // Two bars, as a media player's pause.
        painter->setPen(Qt::NoPen);
        painter->setBrush(green.darker(130));
        const qreal w = r.width() / 3.0;
        painter->drawRect(QRectF(r.left() + w * 0.4, r.top() + 1, w * 0.8, r.height() - 2));
        painter->drawRect(QRectF(r.right() - w * 1.2, r.top() + 1, w * 0.8, r.height() - 2));
        break;
    }
    case Api::SandboxStatus::Creating:
        painter->setPen(QPen(ink, 1.5, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(r);
        break;
    case Api::SandboxStatus::Failed:
        painter->setPen(QPen(red, 2));
        painter->drawLine(r.topLeft(), r.bottomRight());
        painter->drawLine(r.topRight(), r.bottomLeft());
        break;
    case Api::SandboxStatus::TimedOut: {
        // An hourglass-like ring with a hand: ran out of time.
        painter->setPen(QPen(palette.color(QPalette::Disabled, QPalette::Text), 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(r);
        painter->drawLine(r.center(), QPointF(r.center().x(), r.top() + 2));
        painter->drawLine(r.center(), QPointF(r.right() - 2, r.center().y()));
        break;
    }
    case Api::SandboxStatus::Terminated:
    case Api::SandboxStatus::Stopped:
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette.color(QPalette::Disabled, QPalette::Text));
        painter->drawRect(r.adjusted(1, 1, -1, -1));
        break;
    }
    painter->restore();
}

} // namespace Sandbar::Ui
