// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Sorting and filtering of SessionListModel: free-text search over id, template and metadata
// (every word must occur), plus optional status and template filters, minus the sessions the
// user cleared.

#include "core/api/apitypes.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace Sandbar::Core {

class SessionFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SessionFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    // Empty: every status.
    void setStatusFilter(const QSet<Api::SandboxStatus> &statuses);
    // Empty: every template.
    void setTemplateFilter(const QString &templateName);
    // Only the rows of `origin` in this workspace (services that group sandboxes in
    // workspaces); other connections' rows are not filtered. Empty: every workspace.
    void setWorkspaceFilter(const QString &origin, const QString &workspaceId);
    QString workspaceFilter() const { return m_workspace; }
    // Sessions the user cleared from the list (ended ones); they stay on the server.
    void setClearedIds(const QSet<QString> &ids);
    QSet<QString> clearedIds() const { return m_cleared; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_searchText;
    QStringList m_terms;
    QSet<int> m_statuses;
    QString m_template;
    QString m_workspace;
    QString m_workspaceOrigin;
    QSet<QString> m_cleared;
};

} // namespace Sandbar::Core
