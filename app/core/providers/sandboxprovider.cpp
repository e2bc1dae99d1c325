// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Gives the interface's moc output a translation unit of its own.
#include "core/providers/sandboxprovider.h"

namespace Sandbar::Core {

namespace {
ApiError unsupported(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::Unsupported;
    error.message = message;
    return error;
}
} // namespace

QFuture<ApiResult<QList<Api::CodeContext>>> SandboxProvider::listCodeContexts(const QString &)
{
    return QtFuture::makeReadyFuture(ApiResult<QList<Api::CodeContext>>(unsupported(tr("This service cannot list code contexts."))));
}

QFuture<ApiResult<Api::InterruptResult>> SandboxProvider::interruptRun(const QString &, const QString &, const QString &)
{
    return QtFuture::makeReadyFuture(ApiResult<Api::InterruptResult>(unsupported(tr("This service cannot interrupt runs."))));
}

QFuture<ApiResult<Api::ExecutionPage>> SandboxProvider::listExecutions(const QString &, int, int)
{
    return QtFuture::makeReadyFuture(ApiResult<Api::ExecutionPage>(unsupported(tr("This service keeps no run history."))));
}

QFuture<ApiResult<Api::Execution>> SandboxProvider::getExecution(const QString &, const QString &)
{
    return QtFuture::makeReadyFuture(ApiResult<Api::Execution>(unsupported(tr("This service keeps no run history."))));
}

CodeRunStream *SandboxProvider::runCodeStreaming(const QString &, const Api::CodeRunRequest &)
{
    return nullptr;
}

} // namespace Sandbar::Core
