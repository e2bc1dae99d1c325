// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/operationtypes.h"

#include <QObject>
#include <QPointer>

namespace Sandbar::Core {

class SandboxProvider;

// Completions and descriptions of names for the editor, from the live context (where the
// service can: Capability::Completion). The newest question wins: an answer to an older one
// is dropped, as typing has moved on.
class CompletionController : public QObject
{
    Q_OBJECT
public:
    explicit CompletionController(SandboxProvider *provider, QObject *parent = nullptr);

    bool available() const;
    // `cursor` counts characters into `code`; `request` comes back with the answer.
    void complete(const QString &sandboxId, const QString &contextId, const QString &language, const QString &code,
                  int cursor, int request);
    void inspect(const QString &sandboxId, const QString &contextId, const QString &language, const QString &code,
                 int cursor, int request);

signals:
    // Failures are empty answers: the editor completes from its own words then.
    void completed(int request, const Sandbar::Api::CodeCompletion &completion);
    void inspected(int request, const Sandbar::Api::CodeInspection &inspection);

private:
    QPointer<SandboxProvider> m_provider;
    quint64 m_completeSeq = 0;
    quint64 m_inspectSeq = 0;
};

} // namespace Sandbar::Core
