// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The editor's buffers of one sandbox, kept in a JSON file under the app's data directory
// (QStandardPaths::AppDataLocation/buffers/<sandbox>.json), so they come back after a restart
// or a crash. Written atomically (QSaveFile).

#include <QList>
#include <QString>

namespace Sandbar::Ui {

struct SavedBuffer
{
    QString title;
    QString language;
    QString remotePath; // the sandbox file it was opened from; empty for a scratch buffer
    QString text;
    bool modified = false; // edits not saved to remotePath yet
};

class BufferStore
{
public:
    // `directory` empty: AppDataLocation/buffers.
    explicit BufferStore(const QString &directory = {});

    QString directory() const { return m_directory; }
    QString fileFor(const QString &sandboxId) const;
    QList<SavedBuffer> load(const QString &sandboxId) const;
    bool save(const QString &sandboxId, const QList<SavedBuffer> &buffers, QString *error = nullptr) const;

private:
    QString m_directory;
};

} // namespace Sandbar::Ui
