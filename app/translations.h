// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace Sandbar::App {

// Loads Sandbar's and Qt's own translations for the system locale.
void installTranslations(QCoreApplication &app);

} // namespace Sandbar::App
