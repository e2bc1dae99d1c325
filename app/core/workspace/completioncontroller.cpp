// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/completioncontroller.h"

#include "core/net/continuation.h"
#include "core/providers/sandboxprovider.h"

namespace Sandbar::Core {

using namespace Sandbar::Api;

CompletionController::CompletionController(SandboxProvider *provider, QObject *parent) : QObject(parent), m_provider(provider) {}

bool CompletionController::available() const
{
    return m_provider && m_provider->capabilities().testFlag(SandboxProvider::Capability::Completion);
}

void CompletionController::complete(const QString &sandboxId, const QString &contextId, const QString &language,
                                    const QString &code, int cursor, int request)
{
    const quint64 seq = ++m_completeSeq;
    if (!available() || sandboxId.isEmpty())
        return emit completed(request, CodeCompletion{{}, cursor, cursor, QStringLiteral("unavailable")});
    continueIn(this, m_provider->completeCode(sandboxId, contextId, language, code, cursor),
               [this, seq, request, cursor](const ApiResult<CodeCompletion> &completion) {
                   if (seq != m_completeSeq)
                       return;
                   emit completed(request, completion ? *completion : CodeCompletion{{}, cursor, cursor, completion.error().message});
               });
}

void CompletionController::inspect(const QString &sandboxId, const QString &contextId, const QString &language,
                                   const QString &code, int cursor, int request)
{
    const quint64 seq = ++m_inspectSeq;
    if (!available() || sandboxId.isEmpty())
        return emit inspected(request, CodeInspection{});
    continueIn(this, m_provider->inspectCode(sandboxId, contextId, language, code, cursor),
               [this, seq, request](const ApiResult<CodeInspection> &inspection) {
                   if (seq != m_inspectSeq)
                       return;
                   emit inspected(request, inspection ? *inspection : CodeInspection{});
               });
}

} // namespace Sandbar::Core
