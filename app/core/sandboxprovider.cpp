// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Gives the interface's moc output a translation unit of its own.
#include "core/sandboxprovider.h"
