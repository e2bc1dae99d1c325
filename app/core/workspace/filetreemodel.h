// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A sandbox's files as a tree, listed lazily: a folder is asked for when a view expands it
// (canFetchMore/fetchMore). Folders come first, then files, each by name. refresh() lists one
// folder again and applies the difference, so expanded subfolders stay expanded.

#include "core/api/apierror.h"
#include "core/api/operationtypes.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

#include <memory>
#include <vector>

namespace Sandbar::Core {

class SandboxProvider;

class FileTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SizeColumn, ModifiedColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { PathRole = Qt::UserRole + 1, IsDirRole, SizeRole, ModifiedRole, LoadingRole };
    Q_ENUM(Role)

    explicit FileTreeModel(SandboxProvider *provider, QObject *parent = nullptr);

    // Shows `rootPath` of sandbox `sandboxId` (a reset: a different sandbox is a new tree).
    void setRoot(const QString &sandboxId, const QString &rootPath = QStringLiteral("/home/user"));
    QString sandboxId() const { return m_sandboxId; }
    QString rootPath() const { return m_root ? m_root->entry.path : QString(); }

    // Lists the folder at `index` again (the root for an invalid index), if it was listed.
    void refresh(const QModelIndex &index = {});
    QModelIndex indexForPath(const QString &path) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void listingFailed(const QString &path, const Sandbar::Core::ApiError &error);
    void folderLoaded(const QString &path);

private:
    struct Node
    {
        Api::FileEntry entry;
        Node *parent = nullptr;
        int row = 0; // position among its siblings, kept current so parent() is O(1)
        std::vector<std::unique_ptr<Node>> children;
        bool listed = false;
        bool listing = false;
        quint64 request = 0;
    };

    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(Node *node, int column = 0) const;
    static void renumber(Node *node, size_t from);
    void list(Node *node);
    void applyListing(Node *node, QList<Api::FileEntry> entries);
    void forget(Node *node);

    QPointer<SandboxProvider> m_provider;
    QString m_sandboxId;
    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_byPath;
    quint64 m_requestSeq = 0;
};

} // namespace Sandbar::Core
