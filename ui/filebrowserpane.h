// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The selected sandbox's files as a lazily listed tree (FileTreeModel), rooted at /home/user
// or any path typed in. Opens text files into the editor (fileOpened), offers a download for
// binary ones, and does new folder, delete (confirmed), download and upload. Upload by button
// and by dropping files from the desktop go through the same uploadLocalFiles(). Errors show
// inline above the tree.

#include "core/api/apierror.h"
#include "core/workspace/transferqueue.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QMimeData;
class QProgressBar;
class QPushButton;
class QToolButton;
class QTreeView;

namespace Sandbar::Core {
class FileTreeModel;
class SandboxProvider;
} // namespace Sandbar::Core

namespace Sandbar::Ui {

class FileBrowserPane : public QWidget
{
    Q_OBJECT
public:
    explicit FileBrowserPane(Core::SandboxProvider *provider, QWidget *parent = nullptr);

    Core::FileTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QString sandboxId() const { return m_sandboxId; }
    QString message() const;
    bool isTransferring() const;
    Core::TransferQueue *transfers() const { return m_transfers; }
    QProgressBar *progressBar() const { return m_progress; }
    QToolButton *uploadButton() const { return m_upload; }
    QToolButton *newFolderButton() const { return m_newFolder; }
    // The folder new files go to: the selected folder, the selected file's folder, or the root.
    QString targetFolder() const;
    QString selectedPath() const;

public slots:
    void setSandbox(const QString &id);
    // Whether the sandbox still runs: an ended one's files cannot change (Upload, + Folder and
    // Delete are disabled, with the reason as tooltip).
    void setSandboxActive(bool active);
    void goToPath(const QString &path);
    // Lists the selected folder (or the root) again; the rest of the tree stays as it is.
    void refreshSelected();
    // Reads `path`: text goes to fileOpened(), binary shows a download offer instead.
    void openPath(const QString &path);
    void makeFolder(const QString &parentPath, const QString &name);
    void deletePath(const QString &path);
    void downloadTo(const QString &remotePath, const QString &localPath);
    // Uploads local files into sandbox folder `folder`, one after another (drag and drop too).
    void uploadLocalFiles(const QStringList &localPaths, const QString &folder);
    // Stops the transfer in flight and drops the waiting ones.
    void cancelTransfers();

signals:
    void fileOpened(const QString &path, const QString &text);
    void binaryFileOpened(const QString &path);
    void transferFinished(const QString &path, bool ok);
    void errorShown(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMessage(const QString &message, bool error, const QString &downloadOffer = {});
    void onTransferStarted(const Core::TransferQueue::Job &job);
    void onTransferProgress(int value, int maximum, const QString &text);
    void onTransferFinished(const Core::TransferQueue::Job &job, const QString &error);
    void onTransfersCancelled(const Core::TransferQueue::Job &inFlight, bool hadInFlight, int dropped);
    QString transferLabel(const Core::TransferQueue::Job &job) const;
    QString whereText(const Core::TransferQueue::Job &job) const;
    void updateButtons();
    bool acceptsFiles(const QMimeData *mime) const;
    // The buttons' icons in the palette's colours (again when the palette changes).
    void applyIcons();
    void newFolderDialog();
    void deleteSelectedConfirmed();
    void downloadSelectedDialog();
    void uploadDialog();
    void refreshFolder(const QString &folder);

    QPointer<Core::SandboxProvider> m_provider;
    Core::FileTreeModel *m_model;
    QString m_sandboxId;
    QLineEdit *m_pathEdit;
    QTreeView *m_view;
    QLabel *m_message;
    QPushButton *m_downloadOffer;
    QString m_offeredPath;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QToolButton *m_newFolder;
    QToolButton *m_delete;
    QToolButton *m_download;
    QToolButton *m_upload;
    Core::TransferQueue *m_transfers;
    quint64 m_generation = 0;
    bool m_sandboxActive = true;
};

} // namespace Sandbar::Ui
