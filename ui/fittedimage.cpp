// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fittedimage.h"

#include <QPainter>

namespace Sandbar::Ui {

FittedImage::FittedImage(const QPixmap &image, QWidget *parent) : QWidget(parent), m_image(image)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize FittedImage::sizeHint() const
{
    return m_image.deviceIndependentSize().toSize();
}

QSize FittedImage::minimumSizeHint() const
{
    return {48, 48};
}

QRect FittedImage::imageRect() const
{
    const QSize natural = m_image.deviceIndependentSize().toSize();
    if (natural.isEmpty())
        return {};
    const QSize size = natural.width() <= width() && natural.height() <= height()
                           ? natural
                           : natural.scaled(this->size(), Qt::KeepAspectRatio);
    return QRect(QPoint((width() - size.width()) / 2, (height() - size.height()) / 2), size);
}

void FittedImage::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawPixmap(imageRect(), m_image);
}

} // namespace Sandbar::Ui
