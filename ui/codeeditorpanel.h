// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The editor of the selected sandbox: tabs of buffers (scratch code, or files opened from the
// sandbox and saved back), a language, context and timeout selector, Run (Ctrl+Enter: the
// selection or the whole buffer) and Stop, and below them the Output, Commands and History tabs.
// Buffers autosave per sandbox (BufferStore) and come back when the sandbox is selected again.

#include "bufferstore.h"

#include "core/api/apierror.h"
#include "core/api/operationtypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QMessageBox;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QToolButton;

namespace Sandbar::Core {
class RunHistoryModel;
class RunInterrupter;
class SandboxProvider;
} // namespace Sandbar::Core

namespace Sandbar::Ui {

class CodeEditor;
class CommandsPane;
class FindBar;
class HistoryPane;
class OutputView;

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
    FindBar *findBar() const { return m_findBar; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *contextBox() const { return m_context; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    QPushButton *runButton() const { return m_runButton; }
    QPushButton *stopButton() const { return m_stopButton; }
    bool isRunning() const { return m_runId != 0; }
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
    void run(const QString &code);
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
    struct RunRecord
    {
        Core::ApiResult<Api::CodeRunResult> result;
        qint64 durationMs = 0;
        QString failure; // a past run that timed out or failed: why (its reply has what it printed)
    };
    static constexpr int kHistoryCapacity = 500;
    void setStatus(const QString &text);
    void applyIcons();
    // Closes a tab; asks first when its edits, or an untitled buffer's text, would be lost.
    void closeBuffer(int index);
    void removeBuffer(QWidget *page);
    static bool hasUnsavedEdits(const CodeEditor *editor);
    static bool wouldLoseText(const CodeEditor *editor);
    QMessageBox *askSaveDiscardCancel(const QString &title, const QString &text, const QString &details);
    // `done(saved)` runs once the write has answered (or at once when nothing is written).
    void saveBuffer(CodeEditor *editor, const std::function<void(bool)> &done);
    void saveAllThen(const std::function<void(bool)> &done);
    // Why no code can run now (no sandbox, an ended one ...); empty when it can.
    QString whyRunUnavailable() const;
    void clearBuffers();
    void restoreBuffers();
    int addBuffer(const SavedBuffer &buffer);
    void setBufferMessage(CodeEditor *editor, const QString &message);
    void updateTabTitle(CodeEditor *editor);
    void updateActions();
    void onCurrentBufferChanged();
    void startRun(const Api::CodeRunRequest &request);
    // `outputShown`: stdout and stderr were streamed in already; only the rest is added.
    void renderRun(const Core::ApiResult<Api::CodeRunResult> &result, qint64 durationMs, bool outputShown = false,
                   const QString &failure = {});
    void sendRun(const QString &sandbox, const Api::CodeRunRequest &request, int runId);
    void finishRun(const QString &sandbox, int runId, const Core::ApiResult<Api::CodeRunResult> &result, bool streamed);
    void sendInterrupt(int runId, int delivered, int notStarted);
    void showRunOutput(int runId);
    void rerun(int runId);
    Core::RunHistoryModel *historyFor(const QString &sandboxId);
    void loadPastRuns(const QString &sandboxId, Core::RunHistoryModel *model);
    void setHistoryNote(const QString &sandboxId, const QString &text);
    QString selectedContextId() const;

    QPointer<Core::SandboxProvider> m_provider;
    Core::RunInterrupter *m_interrupter;
    BufferStore m_store;
    QString m_sandboxId;
    QTabWidget *m_buffers;
    QComboBox *m_language;
    QComboBox *m_context;
    QSpinBox *m_timeout;
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
    HistoryPane *m_history;
    QTimer m_autosaveTimer;
    QHash<QString, Core::RunHistoryModel *> m_histories;
    QHash<QString, QString> m_historyNotes; // sandbox → the History tab's note
    QHash<QString, QHash<int, RunRecord>> m_records; // sandbox → run id → what came back
    int m_runId = 0;       // the run in flight, 0 when none
    QString m_runSandbox;  // where it runs
    QString m_runLanguage;
    QString m_runContext;
    QElapsedTimer m_runClock;
    QElapsedTimer m_stopClock;     // since Stop was asked
    quint64 m_outputRequest = 0;  // bumped whenever the output view gets another run's output
    bool m_stopping = false;     // Stop was asked: streamed lines are counted, not shown
    bool m_runSent = false;      // the run left (after the pid probe)
    qint64 m_linesAfterStop = 0;
    int m_untitled = 0;
    bool m_restoring = false;
    bool m_sandboxActive = true;
    QSet<CodeEditor *> m_asking; // buffers whose close question is open
    QPointer<QMessageBox> m_quitQuestion;
};

} // namespace Sandbar::Ui
