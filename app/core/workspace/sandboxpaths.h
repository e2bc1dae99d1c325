// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Paths inside a sandbox: always '/'-separated and absolute, whatever this computer uses.

#include <QString>

namespace Sandbar::Core {

// `name` in sandbox folder `folder`.
inline QString joinSandboxPath(const QString &folder, const QString &name)
{
    return folder.endsWith(QLatin1Char('/')) ? folder + name : folder + QLatin1Char('/') + name;
}

// The folder holding `path` ("/" for a top-level entry).
inline QString sandboxParentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

} // namespace Sandbar::Core
