// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filebrowserpane.h"
#include "icons.h"
#include "core/net/continuation.h"

#include "core/workspace/filetreemodel.h"
#include "core/workspace/sandboxpaths.h"
#include "core/providers/sandboxprovider.h"
#include "core/workspace/transferqueue.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

Q_LOGGING_CATEGORY(lcFiles, "sandbar.ui.files")

namespace Sandbar::Ui {

using namespace Sandbar::Api;
using Core::ApiResult;
using Core::FileTreeModel;
using Core::SandboxProvider;

namespace {
QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files.append(url.toLocalFile());
    }
    return files;
}
} // namespace

FileBrowserPane::FileBrowserPane(SandboxProvider *provider, QWidget *parent)
    : QWidget(parent), m_provider(provider), m_model(new FileTreeModel(provider, this)),
      m_pathEdit(new QLineEdit(this)), m_view(new QTreeView(this)), m_message(new QLabel(this)),
      m_downloadOffer(new QPushButton(tr("Download…"), this)), m_progress(new QProgressBar(this)),
      m_cancel(new QToolButton(this)), m_newFolder(new QToolButton(this)), m_delete(new QToolButton(this)),
      m_download(new QToolButton(this)), m_upload(new QToolButton(this)),
      m_transfers(new Core::TransferQueue(provider, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *pathRow = new QHBoxLayout;
    m_pathEdit->setPlaceholderText(tr("Go to path, e.g. /tmp"));
    m_pathEdit->setAccessibleName(tr("Go to path"));
    auto *go = new QToolButton(this);
    go->setText(tr("Go"));
    auto *refresh = new QToolButton(this);
    refresh->setText(tr("⟳"));
    refresh->setToolTip(tr("List the selected folder again"));
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(go);
    pathRow->addWidget(refresh);
    layout->addLayout(pathRow);

    auto *messageRow = new QHBoxLayout;
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_downloadOffer);
    layout->addLayout(messageRow);
    m_message->hide();
    m_downloadOffer->hide();

    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setSectionResizeMode(FileTreeModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    // Size and Modified as wide as their longest forms (not measured row by row: folders can
    // be long); the name takes the rest.
    const QFontMetrics metrics(m_view->font());
    const int padding = 3 * metrics.averageCharWidth() + m_view->style()->pixelMetric(QStyle::PM_HeaderMargin) * 2;
    const QDateTime sample(QDate(2026, 12, 28), QTime(23, 58, 59));
    const auto headerWidth = [&](int column) {
        return metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + padding +
               m_view->style()->pixelMetric(QStyle::PM_HeaderMarkSize);
    };
    m_view->header()->resizeSection(FileTreeModel::SizeColumn,
        std::max(headerWidth(FileTreeModel::SizeColumn), metrics.horizontalAdvance(QLocale().formattedDataSize(1023 * 1024 * 1024 + 1023 * 1024)) + padding));
    m_view->header()->resizeSection(FileTreeModel::ModifiedColumn,
        std::max(headerWidth(FileTreeModel::ModifiedColumn), metrics.horizontalAdvance(QLocale().toString(sample, QLocale::ShortFormat)) + padding));
    m_view->setAccessibleName(tr("Sandbox files"));
    m_view->viewport()->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);
    setAcceptDrops(true);
    layout->addWidget(m_view, 1);

    auto *progressRow = new QHBoxLayout;
    m_cancel->setText(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelTransfers"));
    m_cancel->setToolTip(tr("Stop this transfer and drop the ones waiting"));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);
    m_progress->hide();
    m_cancel->hide();

    auto *buttons = new QHBoxLayout;
    m_upload->setText(tr("Upload"));
    m_newFolder->setText(tr("Folder"));
    m_download->setText(tr("Download"));
    m_delete->setText(tr("Delete"));
    applyIcons();
    for (QToolButton *button : {m_upload, m_newFolder, m_download, m_delete}) {
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(go, &QToolButton::clicked, this, [this] { goToPath(m_pathEdit->text().trimmed()); });
    connect(m_pathEdit, &QLineEdit::returnPressed, this, [this] { goToPath(m_pathEdit->text().trimmed()); });
    connect(refresh, &QToolButton::clicked, this, &FileBrowserPane::refreshSelected);
    connect(m_cancel, &QToolButton::clicked, this, &FileBrowserPane::cancelTransfers);
    connect(m_upload, &QToolButton::clicked, this, &FileBrowserPane::uploadDialog);
    connect(m_newFolder, &QToolButton::clicked, this, &FileBrowserPane::newFolderDialog);
    connect(m_download, &QToolButton::clicked, this, &FileBrowserPane::downloadSelectedDialog);
    connect(m_delete, &QToolButton::clicked, this, &FileBrowserPane::deleteSelectedConfirmed);
    connect(m_downloadOffer, &QPushButton::clicked, this, [this] {
        const QString local = QFileDialog::getSaveFileName(this, tr("Download"), QFileInfo(m_offeredPath).fileName());
        if (!local.isEmpty())
            downloadTo(m_offeredPath, local);
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (!index.data(FileTreeModel::IsDirRole).toBool())
            openPath(index.data(FileTreeModel::PathRole).toString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FileBrowserPane::updateButtons);
    connect(m_model, &FileTreeModel::listingFailed, this,
            [this](const QString &path, const Sandbar::Core::ApiError &error) {
                showMessage(tr("Cannot list %1: %2").arg(path, error.message), true);
            });
    connect(m_model, &FileTreeModel::modelReset, this, &FileBrowserPane::updateButtons);
    connect(m_transfers, &Core::TransferQueue::jobStarted, this, &FileBrowserPane::onTransferStarted);
    connect(m_transfers, &Core::TransferQueue::progress, this, &FileBrowserPane::onTransferProgress);
    connect(m_transfers, &Core::TransferQueue::jobFinished, this, &FileBrowserPane::onTransferFinished);
    connect(m_transfers, &Core::TransferQueue::cancelled, this, &FileBrowserPane::onTransfersCancelled);
    connect(m_transfers, &Core::TransferQueue::idle, this, [this] {
        m_progress->hide();
        m_cancel->hide();
    });
    setSandbox({});
}

QString FileBrowserPane::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void FileBrowserPane::showMessage(const QString &message, bool error, const QString &downloadOffer)
{
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { background: #fde8e8; color: #8a1010; padding: 3px; }")
                                   : QString());
    m_message->setVisible(!message.isEmpty());
    m_offeredPath = downloadOffer;
    m_downloadOffer->setVisible(!downloadOffer.isEmpty());
    if (error)
        emit errorShown(message);
}

void FileBrowserPane::setSandbox(const QString &id)
{
    // Transfers go on: they belong to the sandbox they were started for.
    ++m_generation;
    m_sandboxId = id;
    showMessage({}, false);
    const bool files = m_provider && m_provider->capabilities().testFlag(SandboxProvider::Capability::Files);
    if (id.isEmpty() || !files) {
        m_model->setRoot(QString(), QString());
        m_pathEdit->clear();
        if (!id.isEmpty())
            showMessage(tr("This service does not offer file access."), false);
    } else {
        goToPath(QStringLiteral("/home/user"));
    }
    updateButtons();
}

void FileBrowserPane::goToPath(const QString &path)
{
    if (m_sandboxId.isEmpty() || path.isEmpty())
        return;
    QString clean = path;
    if (!clean.startsWith(QLatin1Char('/')))
        clean = Core::joinSandboxPath(QStringLiteral("/home/user"), clean);
    while (clean.size() > 1 && clean.endsWith(QLatin1Char('/')))
        clean.chop(1);
    m_pathEdit->setText(clean);
    m_model->setRoot(m_sandboxId, clean);
    // The root is listed right away; its children as they are expanded.
    m_model->fetchMore({});
    showMessage({}, false);
}

QString FileBrowserPane::selectedPath() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(FileTreeModel::PathRole).toString();
}

QString FileBrowserPane::targetFolder() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return m_model->rootPath();
    const QModelIndex index = rows.first();
    const QString path = index.data(FileTreeModel::PathRole).toString();
    return index.data(FileTreeModel::IsDirRole).toBool() ? path : Core::sandboxParentOf(path);
}

void FileBrowserPane::refreshFolder(const QString &folder)
{
    const QModelIndex index = m_model->indexForPath(folder);
    m_model->refresh(index.isValid() ? index : QModelIndex());
}

void FileBrowserPane::refreshSelected()
{
    refreshFolder(targetFolder());
}

void FileBrowserPane::updateButtons()
{
    const bool ready = m_provider && !m_sandboxId.isEmpty() &&
                       m_provider->capabilities().testFlag(SandboxProvider::Capability::Files);
    const bool transfers = ready && m_provider->capabilities().testFlag(SandboxProvider::Capability::Transfers);
    const QString selected = selectedPath();
    const bool isFile = !selected.isEmpty() && !m_view->selectionModel()->selectedRows().first().data(FileTreeModel::IsDirRole).toBool();
    // An ended sandbox's files cannot change: the buttons say so instead of failing when clicked.
    const QString ended = m_sandboxActive ? QString() : tr("The sandbox has ended: its files cannot change any more.");
    m_newFolder->setEnabled(ready && m_sandboxActive);
    m_newFolder->setToolTip(ended.isEmpty() ? tr("Make a folder in the selected folder") : ended);
    m_delete->setEnabled(ready && m_sandboxActive && !selected.isEmpty());
    m_delete->setToolTip(ended.isEmpty() ? tr("Delete the selected file or folder") : ended);
    m_download->setEnabled(transfers && isFile);
    m_upload->setEnabled(transfers && m_sandboxActive);
    m_upload->setToolTip(ended.isEmpty() ? tr("Upload files from this computer (or drop them on the tree)") : ended);
    setAcceptDrops(transfers && m_sandboxActive);
}

void FileBrowserPane::setSandboxActive(bool active)
{
    if (active == m_sandboxActive)
        return;
    m_sandboxActive = active;
    updateButtons();
}

void FileBrowserPane::openPath(const QString &path)
{
    if (!m_provider || m_sandboxId.isEmpty())
        return;
    const quint64 generation = m_generation;
    showMessage(tr("Opening %1…").arg(path), false);
    Core::continueIn(this, m_provider->readFile(m_sandboxId, path), [this, generation, path](QFuture<ApiResult<FileContent>> future) {
        if (generation != m_generation)
            return;
        const ApiResult<FileContent> file = Core::resultOf(future);
        if (!file) {
            qCInfo(lcFiles) << "opening" << path << "failed:" << file.error().message;
            showMessage(tr("Cannot open %1: %2").arg(path, file.error().message), true);
            return;
        }
        // The reply does not say whether content is text or base64; text's UTF-8 length is the
        // file's size exactly, base64's never is (except for an empty file, which is text).
        if (file->content.toUtf8().size() != file->size) {
            showMessage(tr("%1 is a binary file; it cannot be edited here.").arg(path), false, path);
            emit binaryFileOpened(path);
            return;
        }
        showMessage({}, false);
        emit fileOpened(path, file->content);
    });
}

void FileBrowserPane::makeFolder(const QString &parentPath, const QString &name)
{
    if (!m_provider || m_sandboxId.isEmpty() || name.isEmpty())
        return;
    if (name.contains(QLatin1Char('/'))) {
        showMessage(tr("A folder name cannot contain \"/\"."), true);
        return;
    }
    const QString path = Core::joinSandboxPath(parentPath, name);
    const quint64 generation = m_generation;
    Core::continueIn(this, m_provider->makeDirectory(m_sandboxId, path),
        [this, generation, path, parentPath](QFuture<ApiResult<Confirmation>> future) {
            if (generation != m_generation)
                return;
            const ApiResult<Confirmation> result = Core::resultOf(future);
            if (!result) {
                showMessage(tr("Cannot create %1: %2").arg(path, result.error().message), true);
                return;
            }
            showMessage({}, false);
            refreshFolder(parentPath);
        });
}

void FileBrowserPane::deletePath(const QString &path)
{
    if (!m_provider || m_sandboxId.isEmpty() || path.isEmpty())
        return;
    const quint64 generation = m_generation;
    Core::continueIn(this, m_provider->deleteFile(m_sandboxId, path), [this, generation, path](QFuture<ApiResult<Confirmation>> future) {
        if (generation != m_generation)
            return;
        const ApiResult<Confirmation> result = Core::resultOf(future);
        if (!result) {
            showMessage(tr("Cannot delete %1: %2").arg(path, result.error().message), true);
            return;
        }
        showMessage(tr("Deleted %1").arg(path), false);
        refreshFolder(Core::sandboxParentOf(path));
    });
}

void FileBrowserPane::downloadTo(const QString &remotePath, const QString &localPath)
{
    if (!m_provider || m_sandboxId.isEmpty())
        return;
    m_transfers->download(m_sandboxId, remotePath, localPath);
}

void FileBrowserPane::uploadLocalFiles(const QStringList &localPaths, const QString &folder)
{
    if (!m_provider || m_sandboxId.isEmpty() || localPaths.isEmpty())
        return;
    m_transfers->upload(m_sandboxId, localPaths, folder.isEmpty() ? m_model->rootPath() : folder);
}

void FileBrowserPane::cancelTransfers()
{
    m_transfers->cancelAll();
}

bool FileBrowserPane::isTransferring() const
{
    return m_transfers->isBusy();
}

QString FileBrowserPane::transferLabel(const Core::TransferQueue::Job &job) const
{
    const bool upload = job.kind == Core::TransferQueue::Job::Kind::Upload;
    QString label = upload ? tr("↑ %1").arg(QFileInfo(job.localPath).fileName())
                           : tr("↓ %1").arg(QFileInfo(job.remotePath).fileName());
    if (m_transfers->batchSize() > 1)
        label = tr("%1 (%2 of %3)").arg(label).arg(m_transfers->batchDone() + 1).arg(m_transfers->batchSize());
    return label;
}

QString FileBrowserPane::whereText(const Core::TransferQueue::Job &job) const
{
    // A transfer may end after another sandbox was selected: say which one it was for.
    return job.sandboxId == m_sandboxId ? job.remotePath
                                        : tr("%1 in sandbox %2").arg(job.remotePath, job.sandboxId.left(8));
}

void FileBrowserPane::onTransferStarted(const Core::TransferQueue::Job &job)
{
    m_progress->setRange(0, 0); // busy until the first bytes move
    m_progress->setValue(0);
    m_progress->setFormat(transferLabel(job));
    m_progress->setTextVisible(true);
    m_progress->show();
    m_cancel->show();
}

void FileBrowserPane::onTransferProgress(int value, int maximum, const QString &text)
{
    if (!m_transfers->isBusy())
        return;
    m_progress->setRange(0, maximum);
    m_progress->setValue(value);
    const Core::TransferQueue::Job job = m_transfers->current();
    const QString label = transferLabel(job);
    if (job.kind == Core::TransferQueue::Job::Kind::Upload && maximum > 0 && value >= maximum) {
        // Everything is sent; the server still writes it into the sandbox.
        m_progress->setFormat(tr("%1 — sent, the sandbox is storing it…").arg(label));
        return;
    }
    m_progress->setFormat(text.isEmpty() ? label : tr("%1 — %2").arg(label, text));
}

void FileBrowserPane::onTransferFinished(const Core::TransferQueue::Job &job, const QString &error)
{
    const bool upload = job.kind == Core::TransferQueue::Job::Kind::Upload;
    if (!error.isEmpty()) {
        showMessage(upload ? tr("Cannot upload to %1: %2").arg(whereText(job), error)
                           : tr("Cannot download %1: %2").arg(whereText(job), error),
                    true);
    } else {
        showMessage(upload ? tr("Uploaded %1").arg(whereText(job))
                           : tr("Downloaded %1 to %2").arg(whereText(job), job.localPath),
                    false);
    }
    if (upload && job.sandboxId == m_sandboxId)
        refreshFolder(job.remoteFolder);
    emit transferFinished(job.remotePath, error.isEmpty());
}

void FileBrowserPane::onTransfersCancelled(const Core::TransferQueue::Job &inFlight, bool hadInFlight, int dropped)
{
    QString text;
    if (hadInFlight) {
        text = inFlight.kind == Core::TransferQueue::Job::Kind::Upload ? tr("Cancelled the upload of %1.").arg(whereText(inFlight))
                                                                      : tr("Cancelled the download of %1.").arg(whereText(inFlight));
    }
    if (dropped > 0)
        text = (text.isEmpty() ? QString() : text + QLatin1Char(' ')) + tr("%n waiting transfer(s) dropped.", nullptr, dropped);
    showMessage(text, false);
    // An upload cancelled as its last bytes went out may have landed: show what is there.
    if (hadInFlight && inFlight.kind == Core::TransferQueue::Job::Kind::Upload && inFlight.sandboxId == m_sandboxId)
        refreshFolder(inFlight.remoteFolder);
    if (hadInFlight)
        emit transferFinished(inFlight.remotePath, false);
}

void FileBrowserPane::newFolderDialog()
{
    const QString folder = targetFolder();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New folder"), tr("Name of the new folder in %1:").arg(folder),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        makeFolder(folder, name.trimmed());
}

void FileBrowserPane::deleteSelectedConfirmed()
{
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    const auto answer = QMessageBox::question(this, tr("Delete"),
                                              tr("Delete %1 from the sandbox? This cannot be undone.").arg(path),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        deletePath(path);
}

void FileBrowserPane::downloadSelectedDialog()
{
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    const QString local = QFileDialog::getSaveFileName(this, tr("Download"), QFileInfo(path).fileName());
    if (!local.isEmpty())
        downloadTo(path, local);
}

void FileBrowserPane::uploadDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Upload to %1").arg(targetFolder()));
    uploadLocalFiles(files, targetFolder());
}

void FileBrowserPane::dragEnterEvent(QDragEnterEvent *event)
{
    if (acceptsFiles(event->mimeData()))
        event->acceptProposedAction();
}

void FileBrowserPane::dragMoveEvent(QDragMoveEvent *event)
{
    if (acceptsFiles(event->mimeData()))
        event->acceptProposedAction();
}

void FileBrowserPane::applyIcons()
{
    const QColor ink = palette().color(QPalette::ButtonText);
    m_upload->setIcon(Resources::actionIcon(QStringLiteral("upload"), ink));
    m_newFolder->setIcon(Resources::actionIcon(QStringLiteral("folder-new"), ink));
    m_download->setIcon(Resources::actionIcon(QStringLiteral("download"), ink));
    m_delete->setIcon(Resources::actionIcon(QStringLiteral("delete"), ink));
}

void FileBrowserPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyIcons();
    QWidget::changeEvent(event);
}

bool FileBrowserPane::acceptsFiles(const QMimeData *mime) const
{
    return !m_sandboxId.isEmpty() && m_sandboxActive && !localFiles(mime).isEmpty();
}

void FileBrowserPane::dropEvent(QDropEvent *event)
{
    if (!acceptsFiles(event->mimeData()))
        return;
    const QStringList files = localFiles(event->mimeData());
    event->acceptProposedAction();
    uploadLocalFiles(files, targetFolder());
}

bool FileBrowserPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (acceptsFiles(drag->mimeData()))
            drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (!acceptsFiles(drop->mimeData()))
            return true;
        const QStringList files = localFiles(drop->mimeData());
        // Dropped on a folder: into it; on a file: next to it; elsewhere: the root.
        const QModelIndex index = m_view->indexAt(drop->position().toPoint());
        QString folder = m_model->rootPath();
        if (index.isValid()) {
            const QString path = index.data(FileTreeModel::PathRole).toString();
            folder = index.data(FileTreeModel::IsDirRole).toBool() ? path : Core::sandboxParentOf(path);
        }
        drop->acceptProposedAction();
        uploadLocalFiles(files, folder);
        return true;
    }
    default:
        return QWidget::eventFilter(watched, event);
    }
}

} // namespace Sandbar::Ui
