// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/apierror.h"

#include <QObject>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace Sandbar::Server {

class CodeContextManager;
class ExecutionStore;
class SandboxManager;

// The Code Execution section of the API (code/run and code contexts), plus three documented
// extensions: listing a sandbox's contexts, interrupting a run, and the history of its runs.
class CodeHandlers : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Result<Reply> &)>;
    // For streaming (Server-Sent Events): `open` once the run starts, then each event.
    struct Stream
    {
        std::function<void()> open;
        std::function<void(const QString &name, const QJsonObject &data)> event;
    };

    CodeHandlers(SandboxManager *sandboxes, CodeContextManager *contexts, ExecutionStore *history,
                 QObject *parent = nullptr);

    void run(const QString &id, const QByteArray &body, Done done, std::optional<Stream> stream);
    void createContext(const QString &id, const QByteArray &body, Done done);
    Result<Reply> getContext(const QString &id, const QString &contextId) const;
    Result<Reply> deleteContext(const QString &id, const QString &contextId);
    Result<Reply> listContexts(const QString &id) const;
    Result<Reply> interrupt(const QString &id, const QByteArray &body);
    // code/complete and code/inspect (extensions): {context_id | language, code, cursor} asked
    // of the live context's interpreter; a context that runs something, or has not started,
    // answers at once with nothing ("busy" / "not_started"): a completion never waits for a run.
    // complete -> {matches, cursor_start, cursor_end, status}; inspect -> {found, name, text, status}
    void complete(const QString &id, const QByteArray &body, std::function<void(const Result<Reply> &)> done);
    void inspect(const QString &id, const QByteArray &body, std::function<void(const Result<Reply> &)> done);
    Result<Reply> listExecutions(const QString &id, const QUrlQuery &query) const;
    Result<Reply> getExecution(const QString &id, const QString &executionId) const;

    static constexpr int kDefaultTimeoutSeconds = 300;
    static constexpr quint32 kOutputCapBytes = 10u << 20;
    // How long a completion's client waits (then: nothing, "timeout"); the interpreter may take
    // up to kAskTimeoutMs before its context is taken for hung (and ended, as a hung run's is).
    static constexpr int kAnswerWaitMs = 3000;
    static constexpr int kAskTimeoutMs = 60000;

private:
    void ask(const QString &op, const QString &id, const QByteArray &body, std::function<void(const Result<Reply> &)> done);
    Result<QString> sandboxOf(const QString &id) const;

    SandboxManager *m_sandboxes;
    CodeContextManager *m_contexts;
    ExecutionStore *m_history;
};

} // namespace Sandbar::Server
