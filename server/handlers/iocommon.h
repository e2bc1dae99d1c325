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
// Where an upload goes: its 'path' field, else /home/user/ and the file's own name (only the
// name: a client's "../../x" or "C:\\dir\\x" names no directory here); checked as pathField.
Result<QString> uploadTarget(const QString &path, const QString &filename);
// A download's Content-Disposition: a name chosen inside the sandbox must not shape the
// response (no control characters; quotes and backslashes replaced; the exact name in filename*).
QByteArray contentDisposition(const QString &name);

} // namespace Sandbar::Server
