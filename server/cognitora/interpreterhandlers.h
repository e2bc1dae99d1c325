// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apitypes.h"
#include "http/apierror.h"
#include "http/requestparsing.h"

#include <QJsonArray>
#include <QObject>
#include <QUrlQuery>

#include <functional>

namespace Sandbar::Server {

class CodeHandlers;
class ExecutionStore;
class IoHandlers;
class SandboxManager;
class TemplateCatalog;
struct ExecutionRecord;

// Cognitora's code interpreter (shared/api-docs/003) on sandbar-local: a session is a live
// sandbox (containers' sandboxes excepted) whose code runs in the default context of its
// language, so state persists between executions. Sessions have network access, the API's
// documented default for the interpreter; an execution without a session runs in a sandbox of
// its own that honours `networking` and ends with the run. Executions are the history store's.
// Replies use the SDK's {"data": ...} envelope.
class InterpreterHandlers : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Result<Reply> &)>;

    InterpreterHandlers(SandboxManager *sandboxes, const TemplateCatalog *templates, CodeHandlers *code, IoHandlers *io,
                        ExecutionStore *history, QObject *parent = nullptr);

    void execute(const QByteArray &body, Done done);
    Result<Reply> createSession(const QByteArray &body);
    Result<Reply> listSessions() const;
    Result<Reply> getSession(const QString &id) const;
    Result<Reply> deleteSession(const QString &id);
    Result<Reply> sessionLogs(const QString &id, const QUrlQuery &query) const;
    Result<Reply> sessionExecutions(const QString &id, const QUrlQuery &query) const;
    Result<Reply> listExecutions(const QUrlQuery &query) const;
    Result<Reply> getExecution(const QString &executionId) const;

    static constexpr int kDefaultSessionSeconds = 86400; // one day, as documented
    static constexpr int kDefaultRunSeconds = 60;
    static constexpr int kMaxFiles = 100;

    // A stored 004 reply as the API's ordered outputs: stream blocks in time order, the
    // result's richest forms, the error.
    static QJsonArray outputsOf(const QJsonObject &reply);
    static QJsonObject executionJson(const ExecutionRecord &record, bool withOutputs);

private:
    Result<Api::Sandbox> session(const QString &id) const;
    // The page asked of a session's history (live or ended), or why there is none.
    Result<Parse::Page> historyPage(const QString &id, const QUrlQuery &query) const;
    QJsonObject sessionJson(const Api::Sandbox &sandbox) const;
    // Writes the files, then runs; `done` once the run is over.
    void run(const QString &sandboxId, const QString &sessionId, const QJsonArray &files, const QJsonObject &request,
             bool endSandbox, Done done);

    SandboxManager *m_sandboxes;
    const TemplateCatalog *m_templates;
    CodeHandlers *m_code;
    IoHandlers *m_io;
    ExecutionStore *m_history;
};

} // namespace Sandbar::Server
