// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sessions/sessionfilterproxy.h"
#include "core/sessions/sessionlistmodel.h"

namespace Sandbar::Core {

SessionFilterProxy::SessionFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SessionListModel::SortRole);
    setDynamicSortFilter(true);
}

void SessionFilterProxy::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_terms = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void SessionFilterProxy::setStatusFilter(const QSet<Api::SandboxStatus> &statuses)
{
    QSet<int> values;
    for (Api::SandboxStatus status : statuses)
        values.insert(int(status));
    if (values == m_statuses)
        return;
    m_statuses = values;
    invalidateFilter();
}

void SessionFilterProxy::setTemplateFilter(const QString &templateName)
{
    if (templateName == m_template)
        return;
    m_template = templateName;
    invalidateFilter();
}

void SessionFilterProxy::setWorkspaceFilter(const QString &origin, const QString &workspaceId)
{
    if (workspaceId == m_workspace && origin == m_workspaceOrigin)
        return;
    m_workspace = workspaceId;
    m_workspaceOrigin = origin;
    invalidateFilter();
}

void SessionFilterProxy::setClearedIds(const QSet<QString> &ids)
{
    if (ids == m_cleared)
        return;
    m_cleared = ids;
    invalidateFilter();
}

bool SessionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_cleared.isEmpty() && m_cleared.contains(index.data(SessionListModel::SandboxIdRole).toString()))
        return false;
    if (!m_statuses.isEmpty() && !m_statuses.contains(index.data(SessionListModel::StatusRole).toInt()))
        return false;
    if (!m_template.isEmpty() && index.data(SessionListModel::TemplateRole).toString() != m_template)
        return false;
    if (!m_workspace.isEmpty() && index.data(SessionListModel::OriginRole).toString() == m_workspaceOrigin &&
        index.data(SessionListModel::WorkspaceRole).toString() != m_workspace)
        return false;
    if (m_terms.isEmpty())
        return true;
    const QString text = index.data(SessionListModel::SearchTextRole).toString();
    for (const QString &term : m_terms) {
        if (!text.contains(term))
            return false;
    }
    return true;
}

} // namespace Sandbar::Core
