// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The editor of the selected sandbox: tabs of buffers (scratch code, or files opened from the
// sandbox and saved back), a language, context and timeout selector, Run (Ctrl+Enter: the
// selection or the whole buffer) and Stop, and below them the Output, Commands and History tabs.
// The buffers are BufferTabs; the runs belong to Core::CodeRunController, whose reports this shows.

#include "core/api/apierror.h"
#include "core/api/operationtypes.h"
#include "core/workspace/runhistorymodel.h"

#include <QPointer>
#include <QWidget>


class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QToolButton;

namespace Sandbar::Core {
class CompletionController;
class CodeRunController;
class SandboxProvider;
} // namespace Sandbar::Core

namespace Sandbar::Ui {

class RunFilesButton;

class BufferTabs;
class CodeEditor;
class CommandsPane;
class FindBar;
class HistoryPane;
class OutputView;
class TerminalPane;

class CodeEditorPanel : public QWidget
{
    Q_OBJECT
public:
    // `bufferDirectory` empty: the app's data directory (see BufferStore).
    explicit CodeEditorPanel(Core::SandboxProvider *provider, QWidget *parent = nullptr,
                             const QString &bufferDirectory = {});
    ~CodeEditorPanel() override;

    QString sandboxId() const { return m_sandboxId; }
    int bufferCount() const;
    CodeEditor *currentEditor() const;
    CodeEditor *editorAt(int index) const;
    // The sandbox path a buffer was opened from (empty for a scratch buffer).
    QString remotePathAt(int index) const;
    OutputView *output() const { return m_output; }
    CommandsPane *commands() const { return m_commands; }
    HistoryPane *history() const { return m_history; }
    // The Terminal tab; null where the service has no terminal.
    TerminalPane *terminals() const { return m_terminals; }
    FindBar *findBar() const { return m_findBar; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *contextBox() const { return m_context; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    QCheckBox *networkBox() const { return m_network; }
    RunFilesButton *runFilesButton() const { return m_runFiles; }
    QPushButton *runButton() const { return m_runButton; }
    QPushButton *stopButton() const { return m_stopButton; }
    bool isRunning() const;
    Core::CodeRunController *runs() const { return m_runs; }
    QString statusText() const;
    // The sandbox paths of buffers with edits not saved to the sandbox.
    QStringList unsavedFiles() const;
    // Before the window closes: true when nothing would be lost. Otherwise asks Save / Discard /
    // Cancel and returns false; readyToClose() follows once the edits are saved or discarded.
    bool askBeforeClosing();
    // The inline message of the current buffer (why a save failed ...), empty if none.
    QString bufferMessage() const;

public slots:
    void setSandbox(const QString &id);
    // Opens `text` read from sandbox file `path` in a buffer (the existing one if it is open).
    void openFile(const QString &path, const QString &text);
    int newBuffer(const QString &language = QStringLiteral("python"), const QString &text = {});
    // Writes the current buffer back to its sandbox file; a failure keeps the text and says why.
    void saveCurrent();
    // Whether the selected sandbox still runs: an ended one takes no runs and no saves.
    void setSandboxActive(bool active);
    void runCurrent();
    // `files` go with the run (services with RunFiles).
    void run(const QString &code, const QList<Api::CodeRunRequest::File> &files = {});
    void stop();
    void refreshContexts();
    // Writes the buffers of the sandbox to the data directory now.
    void autosave();

protected:
    void changeEvent(QEvent *event) override;

signals:
    // The run left for the sandbox (after the one-time pid probe, see RunInterrupter).
    void runSent(int runId);
    void runFinished(int runId);
    void fileSaved(const QString &path);
    void saveFailed(const QString &path, const QString &message);
    // The unsaved edits asked about by askBeforeClosing() are saved or discarded.
    void readyToClose();

private:
    // The current editor's questions to the live context (Tab, Shift+Tab).
    void askCompletion(int request);
    void askCalltip(int request);
    void setStatus(const QString &text);
    void applyIcons();
    // Why no code can run now (no sandbox, an ended one ...); empty when it can.
    QString whyRunUnavailable() const;
    void updateActions();
    void onCurrentBufferChanged();
    void showBufferMessage();
    void connectRuns();
    // `outputShown`: stdout and stderr were streamed in already; only the rest is added.
    void renderRun(const Core::RunHistoryModel::Record &record, bool outputShown);
    void showRunOutput(int runId);
    void rerun(int runId);
    QString selectedContextId() const;

    QPointer<Core::SandboxProvider> m_provider;
    Core::CodeRunController *m_runs;
    Core::CompletionController *m_completion;
    QString m_sandboxId;
    BufferTabs *m_buffers;
    QComboBox *m_language;
    QComboBox *m_context;
    QSpinBox *m_timeout;
    QCheckBox *m_network = nullptr;       // RunNetworking services
    RunFilesButton *m_runFiles = nullptr; // RunFiles services
    QToolButton *m_newButton = nullptr;
    QToolButton *m_saveButton = nullptr;
    QPushButton *m_runButton;
    QPushButton *m_stopButton;
    QLabel *m_status;
    QLabel *m_bufferMessage;
    FindBar *m_findBar;
    QTabWidget *m_bottom;
    OutputView *m_output;
    CommandsPane *m_commands;
    TerminalPane *m_terminals = nullptr;
    HistoryPane *m_history;
    bool m_sandboxActive = true;
};

} // namespace Sandbar::Ui
