// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace Sandbar::Resources {

// Sandbar's own icon.
QIcon applicationIcon();

// The icon of an action, icons/actions/<name>.svg, drawn in `color` (the palette's text colour,
// so that it reads in light and dark). Empty for an unknown name.
QIcon actionIcon(const QString &name, const QColor &color);

} // namespace Sandbar::Resources
