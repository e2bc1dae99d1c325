// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apitypes.h"

#include <QColor>
#include <QRect>

class QPainter;
class QPalette;

namespace Sandbar::Ui {

// Draws the shape of a status into `rect`: the list and the detail pane use the same shapes.
void paintStatusIcon(QPainter *painter, const QRect &rect, Api::SandboxStatus status, const QColor &ink,
                     const QPalette &palette);

} // namespace Sandbar::Ui
