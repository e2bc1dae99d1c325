// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPixmap>
#include <QWidget>

namespace Sandbar::Ui {

// An image drawn whole in whatever room there is: scaled down to fit, keeping its aspect ratio,
// never enlarged; centred. A plot stays readable in a short output pane.
class FittedImage : public QWidget
{
    Q_OBJECT
public:
    explicit FittedImage(const QPixmap &image, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // Where the image is drawn, in this widget's coordinates.
    QRect imageRect() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QPixmap m_image;
};

} // namespace Sandbar::Ui
