// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorbanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace Sandbar::Ui {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_button(new QPushButton(this)),
      m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    // One compact line: the toolbar it sits in is as tall as the button.
    layout->setContentsMargins(8, 1, 4, 1);
    const int iconSize = fontMetrics().height();
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss"));
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button);
    layout->addWidget(m_close);
    connect(m_button, &QPushButton::clicked, this, [this] { emit actionTriggered(m_action); });
    connect(m_close, &QToolButton::clicked, this, [this] {
        m_source.clear();
        hide();
    });
    updateColors();
    hide();
}

void ErrorBanner::showMessage(const QString &source, const QString &message, Action action)
{
    m_source = source;
    m_action = action;
    m_message = message;
    layoutText();
    m_button->setVisible(action != Action::None);
    m_button->setText(action == Action::Retry ? tr("Retry") : action == Action::EnterToken ? tr("Enter token…") : QString());
    setAccessibleDescription(message);
    show();
}

void ErrorBanner::clear(const QString &source)
{
    if (m_source != source)
        return;
    m_source.clear();
    m_message.clear();
    m_text->clear();
    hide();
}

void ErrorBanner::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutText();
}

void ErrorBanner::layoutText()
{
    const QString shown = m_text->fontMetrics().elidedText(m_message, Qt::ElideRight, std::max(40, m_text->width()));
    m_text->setText(shown);
    m_text->setToolTip(shown == m_message ? QString() : m_message);
}

QString ErrorBanner::message() const
{
    return isHidden() ? QString() : m_message;
}

void ErrorBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateColors();
    QWidget::changeEvent(event);
}

void ErrorBanner::updateColors()
{
    // A warm tint of the current theme's base, so it reads in light and dark alike.
    QPalette pal = palette();
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    const QColor tint = dark ? QColor(0x5c, 0x3a, 0x10) : QColor(0xfd, 0xf0, 0xc8);
    if (pal.color(QPalette::Window) == tint)
        return;
    pal.setColor(QPalette::Window, tint);
    pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xf0, 0xd8) : QColor(0x3d, 0x2a, 0x00));
    setPalette(pal);
}

} // namespace Sandbar::Ui
