// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/apierror.h"
#include "roundtable/roundtablestore.h"

#include <QUrlQuery>

namespace Sandbar::Server {

class RoundTableHandlers;
class SandboxManager;

// Round Table's messages between the sandboxes of a workspace. Each is kept in the database
// and delivered into its recipient: appended as one JSON line to /home/user/inbox.jsonl, which
// the sandbox's program can read (and truncate) whether or not it runs at that moment.
class MessageHandlers
{
public:
    MessageHandlers(SandboxManager *sandboxes, RoundTableStore *store, const RoundTableHandlers *roundTable);

    Result<Reply> send(const QByteArray &body);
    Result<Reply> broadcast(const QByteArray &body);
    Result<Reply> list(const QUrlQuery &query) const;
    Result<Reply> get(const QString &id) const;

    static constexpr const char *kInboxName = "inbox.jsonl";
    static constexpr qsizetype kMaxContentBytes = 64 * 1024;
    // An inbox nobody empties stops growing here; later messages are kept as failed.
    static constexpr qint64 kMaxInboxBytes = 16 * 1024 * 1024;

private:
    // The content's compact JSON, or 400.
    static Result<QByteArray> content(const QJsonObject &body);
    // Writes the message into its recipient's inbox and sets its status.
    void deliver(RtMessage &message, const QString &recipientLocalId) const;

    SandboxManager *m_sandboxes;
    RoundTableStore *m_store;
    const RoundTableHandlers *m_roundTable;
};

} // namespace Sandbar::Server
