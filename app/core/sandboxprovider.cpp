// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Gives the interface's moc output a translation unit of its own.
#include "core/sandboxprovider.h"

namespace Sandbar::Core {

QFuture<ApiResult<QList<Api::CodeContext>>> SandboxProvider::listCodeContexts(const QString &)
{
    ApiError error;
    error.kind = ApiError::Kind::Unsupported;
    error.message = tr("This service cannot list code contexts.");
    return readyFuture<QList<Api::CodeContext>>(error);
}

CodeRunStream *SandboxProvider::runCodeStreaming(const QString &, const Api::CodeRunRequest &)
{
    return nullptr;
}

} // namespace Sandbar::Core
