// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agents/messagelistmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

namespace Sandbar::Core {

MessageListModel::MessageListModel(QObject *parent) : QAbstractTableModel(parent) {}

void MessageListModel::setSandbox(const QString &sandboxId)
{
    if (sandboxId == m_sandbox)
        return;
    clear();
    m_sandbox = sandboxId;
}

void MessageListModel::clear()
{
    if (m_messages.isEmpty())
        return;
    beginResetModel();
    m_messages.clear();
    m_rowById.clear();
    endResetModel();
}

void MessageListModel::reindex()
{
    m_rowById.clear();
    for (int i = 0; i < m_messages.size(); ++i)
        m_rowById.insert(m_messages.at(i).id, i);
}

void MessageListModel::apply(const QList<Api::AgentMessage> &messages)
{
    QSet<QString> incoming;
    for (const Api::AgentMessage &m : messages)
        incoming.insert(m.id);
    // Gone ones leave, from the bottom up so that rows stay valid.
    for (int row = int(m_messages.size()) - 1; row >= 0; --row) {
        if (!incoming.contains(m_messages.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_messages.removeAt(row);
            endRemoveRows();
        }
    }
    reindex();
    // New ones go where the service's order puts them (newest first).
    for (int i = 0; i < messages.size(); ++i) {
        const Api::AgentMessage &m = messages.at(i);
        const int row = rowOf(m.id);
        if (row >= 0) {
            if (m.status != m_messages.at(row).status) {
                m_messages[row] = m;
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            continue;
        }
        const int at = std::min(i, int(m_messages.size()));
        beginInsertRows({}, at, at);
        m_messages.insert(at, m);
        reindex();
        endInsertRows();
    }
}

const Api::AgentMessage *MessageListModel::message(int row) const
{
    return row >= 0 && row < m_messages.size() ? &m_messages.at(row) : nullptr;
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int MessageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MessageListModel::prettyContent(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    if (content.isObject())
        return QString::fromUtf8(QJsonDocument(content.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (content.isArray())
        return QString::fromUtf8(QJsonDocument(content.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    // Numbers, booleans and null: their JSON text.
    const QByteArray wrapped = QJsonDocument(QJsonArray{content}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    const Api::AgentMessage *m = message(index.row());
    if (!m || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const bool incoming = m->toId == m_sandbox && m->fromId != m_sandbox;
    const QString peer = incoming ? m->fromId : m->toId;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return QLocale().toString(m->createdAt.toLocalTime(), QStringLiteral("HH:mm:ss"));
        case DirectionColumn:
            if (!m->broadcastId.isEmpty())
                return incoming ? tr("broadcast in") : tr("broadcast out");
            return incoming ? tr("in") : tr("out");
        case PeerColumn: return m_names ? m_names(peer) : peer;
        case StatusColumn: return m->status;
        case ContentColumn: {
            const QString text = prettyContent(m->content);
            return QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified().left(200);
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == PeerColumn)
            return peer;
        if (index.column() == StatusColumn && !m->error.isEmpty())
            return m->error;
        if (index.column() == TimeColumn)
            return QLocale().toString(m->createdAt.toLocalTime(), QLocale::LongFormat);
        return {};
    case MessageIdRole: return m->id;
    case ContentRole: return prettyContent(m->content);
    case IncomingRole: return incoming;
    case ErrorRole: return m->error;
    }
    return {};
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case DirectionColumn: return tr("Direction");
    case PeerColumn: return tr("From / to");
    case StatusColumn: return tr("Status");
    case ContentColumn: return tr("Content");
    }
    return {};
}

} // namespace Sandbar::Core
