// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/filetreemodel.h"
#include "core/net/continuation.h"
#include "core/providers/sandboxprovider.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Sandbar::Core {

using namespace Sandbar::Api;

namespace {
// Folders first, then by name as people read it, ties broken by exact name.
bool before(const FileEntry &a, const FileEntry &b)
{
    if (a.isDir != b.isDir)
        return a.isDir;
    const int byName = QString::compare(a.name, b.name, Qt::CaseInsensitive);
    return byName != 0 ? byName < 0 : a.name < b.name;
}

// What identifies a child across listings: a path that turns from file to folder is new.
QString keyOf(const FileEntry &entry)
{
    return (entry.isDir ? QLatin1Char('d') : QLatin1Char('f')) + entry.path;
}
} // namespace

FileTreeModel::FileTreeModel(SandboxProvider *provider, QObject *parent)
    : QAbstractItemModel(parent), m_provider(provider)
{
}

void FileTreeModel::setRoot(const QString &sandboxId, const QString &rootPath)
{
    beginResetModel();
    m_sandboxId = sandboxId;
    m_byPath.clear();
    m_root = std::make_unique<Node>();
    m_root->entry.path = rootPath;
    m_root->entry.name = rootPath;
    m_root->entry.isDir = true;
    m_byPath.insert(rootPath, m_root.get());
    ++m_requestSeq; // replies for the old tree are dropped
    endResetModel();
}

FileTreeModel::Node *FileTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

void FileTreeModel::renumber(Node *node, size_t from)
{
    for (size_t i = from; i < node->children.size(); ++i)
        node->children[i]->row = int(i);
}

QModelIndex FileTreeModel::indexFor(Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, node);
}

QModelIndex FileTreeModel::indexForPath(const QString &path) const
{
    return indexFor(m_byPath.value(path));
}

QModelIndex FileTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeFor(parent);
    if (!node || row < 0 || column < 0 || column >= ColumnCount || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex FileTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(static_cast<Node *>(child.internalPointer())->parent);
}

int FileTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *node = nodeFor(parent);
    return node ? int(node->children.size()) : 0;
}

int FileTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool FileTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeFor(parent);
    if (!node || !node->entry.isDir)
        return false;
    // Unlisted folders may have children: the view shows an expander and asks.
    return !node->listed || !node->children.empty();
}

bool FileTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeFor(parent);
    return node && node->entry.isDir && !node->listed && !node->listing && !m_sandboxId.isEmpty();
}

void FileTreeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        list(nodeFor(parent));
}

void FileTreeModel::refresh(const QModelIndex &index)
{
    Node *node = nodeFor(index);
    if (node && node->entry.isDir && !node->listing && !m_sandboxId.isEmpty())
        list(node);
}

void FileTreeModel::list(Node *node)
{
    if (!m_provider)
        return;
    node->listing = true;
    node->request = ++m_requestSeq;
    const QString path = node->entry.path;
    const quint64 request = node->request;
    if (node != m_root.get()) {
        const QModelIndex changed = indexFor(node);
        emit dataChanged(changed, changed, {LoadingRole});
    }
    // The node may be gone when the reply comes (its folder was refreshed away, or another
    // sandbox shown): it is found again by path and request number, never by pointer.
    continueIn(this, m_provider->listFiles(m_sandboxId, path), [this, path, request](QFuture<ApiResult<FileList>> future) {
        Node *target = m_byPath.value(path);
        if (!target || target->request != request)
            return; // superseded: newest reply wins
        target->listing = false;
        const ApiResult<FileList> result = Core::resultOf(future);
        if (target != m_root.get()) {
            const QModelIndex changed = indexFor(target);
            emit dataChanged(changed, changed, {LoadingRole});
        }
        if (!result) {
            emit listingFailed(path, result.error());
            return;
        }
        applyListing(target, result->files);
        emit folderLoaded(path);
    });
}

void FileTreeModel::forget(Node *node)
{
    m_byPath.remove(node->entry.path);
    for (const auto &child : node->children)
        forget(child.get());
}

void FileTreeModel::applyListing(Node *node, QList<FileEntry> entries)
{
    // Entries outside the folder, or twice, would break the tree: keep the first of each.
    QSet<QString> keys;
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [&keys](const FileEntry &entry) {
                                     if (entry.name.isEmpty() || keys.contains(keyOf(entry)))
                                         return true;
                                     keys.insert(keyOf(entry));
                                     return false;
                                 }),
                  entries.end());
    std::sort(entries.begin(), entries.end(), before);
    const QModelIndex parentIndex = indexFor(node);
    auto &children = node->children;

    // 1. Gone: removed back to front.
    for (int row = int(children.size()) - 1; row >= 0; --row) {
        if (keys.contains(keyOf(children[size_t(row)]->entry)))
            continue;
        beginRemoveRows(parentIndex, row, row);
        forget(children[size_t(row)].get());
        children.erase(children.begin() + row);
        renumber(node, size_t(row));
        endRemoveRows();
    }
    // 2. Merge: both lists are in the same order now, so one walk inserts the new entries at
    //    their places and updates the ones that stayed (their subtrees untouched).
    size_t row = 0;
    for (const FileEntry &entry : entries) {
        if (row < children.size() && keyOf(children[row]->entry) == keyOf(entry)) {
            if (children[row]->entry != entry) {
                children[row]->entry = entry;
                emit dataChanged(index(int(row), 0, parentIndex), index(int(row), ColumnCount - 1, parentIndex));
            }
            ++row;
            continue;
        }
        auto child = std::make_unique<Node>();
        child->entry = entry;
        child->parent = node;
        beginInsertRows(parentIndex, int(row), int(row));
        m_byPath.insert(entry.path, child.get());
        children.insert(children.begin() + std::ptrdiff_t(row), std::move(child));
        renumber(node, row);
        endInsertRows();
        ++row;
    }
    node->listed = true;
}

QVariant FileTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    const FileEntry &entry = node->entry;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return entry.name;
        case SizeColumn: return entry.isDir ? QString() : QLocale().formattedDataSize(entry.size);
        case ModifiedColumn: return QLocale().toString(entry.modifiedAt.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case PathRole: return entry.path;
    case IsDirRole: return entry.isDir;
    case SizeRole: return entry.size;
    case ModifiedRole: return entry.modifiedAt;
    case LoadingRole: return node->listing;
    }
    return {};
}

QVariant FileTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case SizeColumn: return tr("Size");
    case ModifiedColumn: return tr("Modified");
    }
    return {};
}

} // namespace Sandbar::Core
