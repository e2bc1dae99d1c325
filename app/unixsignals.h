// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace Sandbar::App {

// SIGTERM, SIGINT and SIGHUP end the event loop normally instead of killing the process, so
// the window saves its layout and a sandbar-local it started is stopped, not orphaned.
void quitOnTerminationSignals(QCoreApplication &app);

} // namespace Sandbar::App
