// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/roundtabletypes.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

namespace Sandbar::Core {

// One sandbox's messages, newest first: time, direction, the other sandbox, status and the
// content's first line. A refresh is applied as a diff (messages do not change once sent;
// new ones come in at the top, gone ones leave), so the selection stays.
class MessageListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, DirectionColumn, PeerColumn, StatusColumn, ContentColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        MessageIdRole = Qt::UserRole + 1,
        ContentRole,  // QString: the content as indented JSON
        IncomingRole, // bool: sent to the sandbox shown
        ErrorRole,    // QString: why it was not delivered
    };
    Q_ENUM(Role)

    explicit MessageListModel(QObject *parent = nullptr);

    // Whose messages these are; "in"/"out" are seen from it.
    void setSandbox(const QString &sandboxId);
    QString sandbox() const { return m_sandbox; }
    // A name for a sandbox ID (the list's), or the ID itself.
    void setNameLookup(std::function<QString(const QString &)> lookup) { m_names = std::move(lookup); }
    void apply(const QList<Api::AgentMessage> &messages);
    void clear();
    const Api::AgentMessage *message(int row) const;
    int rowOf(const QString &messageId) const { return m_rowById.value(messageId, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The content as a person reads it: indented JSON, or the string itself.
    static QString prettyContent(const QJsonValue &content);

private:
    void reindex();

    QString m_sandbox;
    QList<Api::AgentMessage> m_messages;
    QHash<QString, int> m_rowById;
    std::function<QString(const QString &)> m_names;
};

} // namespace Sandbar::Core
