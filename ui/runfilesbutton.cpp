// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runfilesbutton.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMimeData>

namespace Sandbar::Ui {

RunFilesButton::RunFilesButton(QWidget *parent) : QToolButton(parent)
{
    setText(tr("Run with files…"));
    setToolTip(tr("Run the buffer with local files beside it (picked, or dropped here): the code finds them by name"));
    setAcceptDrops(true);
    connect(this, &QToolButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Files to send with the run"));
        if (!paths.isEmpty())
            choose(paths);
    });
}

QList<Api::CodeRunRequest::File> RunFilesButton::read(const QStringList &paths, QString *error)
{
    QList<Api::CodeRunRequest::File> files;
    qint64 total = 0;
    for (const QString &path : paths) {
        QFile file(path);
        const QFileInfo info(path);
        if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
            *error = tr("%1 cannot be read: %2").arg(info.fileName(), info.isFile() ? file.errorString() : tr("not a file"));
            return {};
        }
        total += file.size();
        if (total > kMaxBytes) {
            *error = tr("The files come to more than %1; a run takes at most that much.").arg(QLocale().formattedDataSize(kMaxBytes));
            return {};
        }
        files.append({info.fileName(), file.readAll()});
    }
    return files;
}

void RunFilesButton::choose(const QStringList &paths)
{
    QString error;
    const QList<Api::CodeRunRequest::File> files = read(paths, &error);
    if (!error.isEmpty())
        emit failed(error);
    else
        emit filesChosen(files);
}

void RunFilesButton::dragEnterEvent(QDragEnterEvent *event)
{
    if (isEnabled() && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void RunFilesButton::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    choose(paths);
}

} // namespace Sandbar::Ui
