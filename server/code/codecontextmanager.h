// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/apierror.h"
#include "code/codecontext.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Sandbar::Server {

class SandboxManager;

// Every code context of every sandbox: creation, the default context per sandbox and language,
// lookup, deletion and expiry.
class CodeContextManager : public QObject
{
    Q_OBJECT
public:
    using Created = std::function<void(const Result<CodeContext *> &)>;

    explicit CodeContextManager(SandboxManager *sandboxes, QObject *parent = nullptr);
    // Ends every interpreter while this object is still whole: their callbacks reach it.
    ~CodeContextManager() override;

    static QStringList languages();
    static constexpr int kDefaultLifetimeSeconds = 3600;

    // Starts a context; `done` gets it once its interpreter is ready.
    void create(const QString &sandboxId, const QString &language, const QString &cwd, int lifetimeSeconds,
                Created done);
    // The sandbox's default context for `language`, started on first use.
    void defaultContext(const QString &sandboxId, const QString &language, Created done);
    Result<CodeContext *> find(const QString &sandboxId, const QString &contextId) const;
    // The sandbox's default context for `language` if one has started; never starts one.
    Result<CodeContext *> findDefault(const QString &sandboxId, const QString &language) const;
    QList<CodeContext *> contextsOf(const QString &sandboxId) const;
    Result<bool> remove(const QString &sandboxId, const QString &contextId);
    // The sandbox ended: so did its interpreters.
    void closeAllOf(const QString &sandboxId);

private:
    void expire();
    void forget(const QString &id);

    SandboxManager *m_sandboxes;
    QHash<QString, CodeContext *> m_contexts;       // by context ID
    QHash<QString, QString> m_defaults;             // "sandbox/language" -> context ID
    QHash<QString, QList<Created>> m_waitingForDefault; // "sandbox/language" -> callers
    QTimer m_expiryTimer;
};

} // namespace Sandbar::Server
