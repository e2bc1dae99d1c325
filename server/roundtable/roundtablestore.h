// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Sandbar::Server {

// Round Table (shared/api-docs/001) keeps workspaces, agent sandboxes and messages; on
// sandbar-local each agent sandbox is backed by a real sandbox (`localId`).
struct RtWorkspace
{
    QString id; // "ws_…"
    QString name;
    QString description;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct RtSandbox
{
    QString id; // "sb_…"
    QString workspaceId;
    QString name;
    QString description;
    QJsonObject agentConfig;
    QString localId; // the sandbox that runs it
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime startedAt; // its last start; invalid until started once
};

struct RtMessage
{
    QString id; // "msg_…"
    QString workspaceId;
    QString fromId;
    QString toId;
    QString broadcastId; // empty unless it is one copy of a broadcast
    QByteArray content;  // compact JSON
    QString status;      // delivered, failed
    QString error;       // why it could not be delivered
    QDateTime createdAt;
};

// In the same SQLite database as the sandboxes; every list is newest first.
class RoundTableStore
{
public:
    explicit RoundTableStore(QString connectionName);
    bool prepare(QString *error);

    bool saveWorkspace(const RtWorkspace &workspace); // insert or replace
    std::optional<RtWorkspace> workspace(const QString &id) const;
    QList<RtWorkspace> workspaces(int limit, int offset, int *total) const;
    // The workspace, its sandboxes and its messages.
    bool removeWorkspace(const QString &id);

    bool saveSandbox(const RtSandbox &sandbox);
    std::optional<RtSandbox> sandbox(const QString &id) const;
    // `workspaceId` empty for every workspace's.
    QList<RtSandbox> sandboxes(const QString &workspaceId, int limit, int offset, int *total) const;
    bool removeSandbox(const QString &id);

    bool saveMessages(const QList<RtMessage> &messages); // one transaction
    std::optional<RtMessage> message(const QString &id) const;
    // Messages from or to `sandboxId`, or all of `workspaceId`'s (either may be empty).
    QList<RtMessage> messages(const QString &sandboxId, const QString &workspaceId, int limit, int offset,
                              int *total) const;
    int sentBy(const QString &sandboxId) const;
    int receivedBy(const QString &sandboxId) const;
    int messagesIn(const QString &workspaceId) const;

private:
    QString m_connectionName;
};

} // namespace Sandbar::Server
