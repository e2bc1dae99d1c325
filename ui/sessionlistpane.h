// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/providers/sandboxprovider.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTreeView;

namespace Sandbar::Core {
class MetricsHistory;
class SessionFilterProxy;
class SessionListModel;
} // namespace Sandbar::Core

namespace Sandbar::Ui {

// The sessions dock: search, status and template filters, the sortable table with its
// delegates, and, while there are no sessions at all, how to create the first one.
class SessionListPane : public QWidget
{
    Q_OBJECT
public:
    SessionListPane(Core::SessionListModel *model, Core::MetricsHistory *history, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    Core::SessionFilterProxy *proxy() const { return m_proxy; }
    // The menu shown on right click; the window fills it with its actions.
    QMenu *contextMenu() const { return m_menu; }

    // True while the list shows a hint instead of rows: not loaded yet, no sandboxes (how to
    // create the first one), or every session cleared.
    bool showsEmptyHint() const;
    QString emptyText() const;
    // Until the first list arrives the pane says why it has none (connecting, cannot reach...).
    void setNotLoaded(const QString &why);
    void setLoaded();
    bool isLoaded() const { return m_loaded; }
    // Sessions cleared from the list that are still in the model.
    int clearedCount() const;
    QStringList selectedIds() const;
    QString currentId() const;
    // Selects `id` (clearing filters that hide it) and scrolls to it; false if it is not listed.
    bool select(const QString &id);
    // Selects those of `ids` still listed, `current` the current row (a connection shown again).
    void restoreSelection(const QStringList &ids, const QString &current);
    // Ids of the rows on screen, for the poller's metrics rotation.
    QStringList visibleIds() const;
    void setTemplates(const QStringList &names);
    // Columns a service cannot fill are hidden: CPU and memory without metrics, the template
    // when sessions have none, the start time when it is not known.
    void showColumnsFor(Core::SandboxProvider::Capabilities capabilities, bool templates);
    // The Connection column, beside the status, while the list shows several connections.
    void setConnectionColumnShown(bool shown);

    // A bar above the list (the workspace bar), under the filters.
    void addBar(QWidget *bar);

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

signals:
    void selectionChanged(const QStringList &ids);
    void activated(const QString &id);
    void createRequested();

private:
    void updateEmptyState();
    void applyStatusFilter(int index);

    Core::SessionListModel *m_model;
    Core::SessionFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    QComboBox *m_templateFilter;
    QStackedWidget *m_stack;
    QTreeView *m_view;
    QLabel *m_empty;
    QMenu *m_menu;
    bool m_loaded = false;
    QString m_notLoadedWhy;
};

} // namespace Sandbar::Ui
