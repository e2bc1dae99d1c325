// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the file routes share, buffered (IoHandlers) and streamed (TransferHandlers).

#include "http/apierror.h"

#include <QJsonObject>

namespace Sandbar::Server {

constexpr int kMaxPathBytes = 4096;

// What the agent reported (errno and message; -1 for a transport failure), as an API error.
ApiError agentError(int code, const QString &message);
// `body[key]` as a sandbox path: a non-empty string without NUL, at most kMaxPathBytes.
Result<QString> pathField(const QJsonObject &body, const QString &key = QStringLiteral("path"));
// A download's Content-Disposition: a name chosen inside the sandbox must not shape the
// response (no control characters; quotes and backslashes replaced; the exact name in filename*).
QByteArray contentDisposition(const QString &name);

} // namespace Sandbar::Server
