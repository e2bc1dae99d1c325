// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcServer, "sandbar.local.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "sandbar.local.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "sandbar.local.store", QtInfoMsg)
