// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The editor's tabs of buffers for one sandbox at a time: scratch code, or files opened from
// the sandbox and saved back. Buffers autosave (BufferStore) and come back when the sandbox is
// selected again; closing one with edits that would be lost, or quitting, asks first.

#include "bufferstore.h"

#include <QPointer>
#include <QSet>
#include <QTabWidget>
#include <QTimer>

#include <functional>

class QMessageBox;

namespace Sandbar::Core {
class SandboxProvider;
}

namespace Sandbar::Ui {

class CodeEditor;

class BufferTabs : public QTabWidget
{
    Q_OBJECT
public:
    // `bufferDirectory` empty: the app's data directory (see BufferStore).
    BufferTabs(Core::SandboxProvider *provider, const QString &bufferDirectory, QWidget *parent = nullptr);
    ~BufferTabs() override;

    CodeEditor *currentEditor() const;
    CodeEditor *editorAt(int index) const;
    // The sandbox paths of buffers with edits not saved to the sandbox.
    QStringList unsavedFiles() const;
    // Before the window closes: true when nothing would be lost. Otherwise asks Save / Discard /
    // Cancel and returns false; readyToClose() follows once the edits are saved or discarded.
    bool askBeforeClosing();

public slots:
    // Autosaves the buffers shown and shows those of sandbox `id` (one scratch buffer at least).
    void setSandbox(const QString &id);
    // Opens `text` read from sandbox file `path` in a buffer (the existing one if it is open).
    void openFile(const QString &path, const QString &text);
    int newBuffer(const QString &language = QStringLiteral("python"), const QString &text = {});
    // Writes the current buffer back to its sandbox file; a failure keeps the text and says why.
    void saveCurrent();
    // Writes the buffers of the sandbox to the data directory now, or in a second.
    void autosave();
    void scheduleAutosave();
    // Closes a tab; asks first when its edits, or an untitled buffer's text, would be lost.
    void closeBuffer(int index);

signals:
    void fileSaved(const QString &path);
    void saveFailed(const QString &path, const QString &message);
    void readyToClose();
    // What the status line should say ("Saving…", "Saved …", why a save failed).
    void status(const QString &text);
    // A buffer's inline message changed (CodeEditor::message()).
    void bufferMessageChanged(CodeEditor *editor);

private:
    void clearBuffers();
    void restoreBuffers();
    int addBuffer(const SavedBuffer &buffer);
    void removeBuffer(QWidget *page);
    void updateTabTitle(CodeEditor *editor);
    void setBufferMessage(CodeEditor *editor, const QString &message);
    static bool hasUnsavedEdits(const CodeEditor *editor);
    static bool wouldLoseText(const CodeEditor *editor);
    QMessageBox *askSaveDiscardCancel(const QString &title, const QString &text, const QString &details);
    // `done(saved)` runs once the write has answered (or at once when nothing is written).
    void saveBuffer(CodeEditor *editor, const std::function<void(bool)> &done);
    void saveAllThen(const std::function<void(bool)> &done);

    QPointer<Core::SandboxProvider> m_provider;
    BufferStore m_store;
    QString m_sandboxId;
    QTimer m_autosaveTimer;
    int m_untitled = 0;
    bool m_restoring = false;
    QSet<CodeEditor *> m_asking; // buffers whose close question is open
    QPointer<QMessageBox> m_quitQuestion;
};

} // namespace Sandbar::Ui
