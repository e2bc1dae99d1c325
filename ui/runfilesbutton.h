// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/operationtypes.h"

#include <QToolButton>

namespace Sandbar::Ui {

// "Run with files…": local files picked in a dialog, or dropped on the button, go with the
// next run (a service that takes files with a run, e.g. Cognitora's execute).
class RunFilesButton : public QToolButton
{
    Q_OBJECT
public:
    explicit RunFilesButton(QWidget *parent = nullptr);

    // Reads the files (at most kMaxBytes together); the error says which one failed and why.
    static QList<Api::CodeRunRequest::File> read(const QStringList &paths, QString *error);
    static constexpr qint64 kMaxBytes = 20 * 1024 * 1024;

signals:
    void filesChosen(const QList<Sandbar::Api::CodeRunRequest::File> &files);
    void failed(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void choose(const QStringList &paths);
};

} // namespace Sandbar::Ui
