// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codeeditorpanel.h"
#include "icons.h"
#include "core/net/continuation.h"

#include "buffertabs.h"
#include "codeeditor.h"
#include "commandspane.h"
#include "findbar.h"
#include "historypane.h"
#include "terminalpane.h"
#include "outputview.h"
#include "runfilesbutton.h"
#include "executionsdialog.h"

#include "core/workspace/runhistorymodel.h"
#include "core/workspace/coderuncontroller.h"
#include "core/workspace/completioncontroller.h"
#include "core/providers/sandboxprovider.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Sandbar::Ui {

using namespace Sandbar::Api;
using Core::ApiResult;
using Core::RunHistoryModel;
using Core::SandboxProvider;

namespace {
const QString kNewContext = QStringLiteral("\x01new");

QStringList tracebackLines(const QJsonValue &traceback)
{
    if (traceback.isString())
        return traceback.toString().split(QLatin1Char('\n'));
    QStringList lines;
    for (const QJsonValue &entry : traceback.toArray())
        lines.append(entry.toString());
    return lines;
}
} // namespace

CodeEditorPanel::CodeEditorPanel(SandboxProvider *provider, QWidget *parent, const QString &bufferDirectory)
    : QWidget(parent), m_provider(provider), m_runs(new Core::CodeRunController(provider, this)),
      m_completion(new Core::CompletionController(provider, this)),
      m_buffers(new BufferTabs(provider, bufferDirectory, this)), m_language(new QComboBox(this)),
      m_context(new QComboBox(this)), m_timeout(new QSpinBox(this)), m_runButton(new QPushButton(tr("Run"), this)),
      m_stopButton(new QPushButton(tr("Stop"), this)), m_status(new QLabel(this)), m_bufferMessage(new QLabel(this)),
      m_findBar(new FindBar(this)), m_bottom(new QTabWidget(this)), m_output(new OutputView(this)),
      m_commands(new CommandsPane(provider, this)), m_history(new HistoryPane(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *bar = new QHBoxLayout;
    m_language->addItem(tr("Python"), QStringLiteral("python"));
    m_language->addItem(tr("JavaScript"), QStringLiteral("javascript"));
    m_language->addItem(tr("Bash"), QStringLiteral("bash"));
    m_language->setAccessibleName(tr("Language"));
    m_context->setAccessibleName(tr("Context"));
    m_context->setMinimumContentsLength(10);
    m_context->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *refreshContexts = new QToolButton(this);
    refreshContexts->setText(tr("⟳"));
    refreshContexts->setToolTip(tr("List the sandbox's contexts again"));
    m_timeout->setRange(1, 3600);
    m_timeout->setValue(30);
    m_timeout->setPrefix(tr("timeout "));
    m_timeout->setSuffix(tr(" s"));
    auto *newButton = m_newButton = new QToolButton(this);
    newButton->setText(tr("+"));
    newButton->setToolTip(tr("New buffer"));
    auto *saveButton = m_saveButton = new QToolButton(this);
    saveButton->setText(tr("Save"));
    saveButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    saveButton->setToolTip(tr("Save the buffer to its sandbox file (Ctrl+S)"));
    // Two rows, so that a narrow dock (1024 px screens) cuts nothing off: what the buffer is
    // (new, save, language, context), then running it (Run, Stop, timeout) with its status,
    // which takes the rest of the width.
    bar->addWidget(newButton);
    bar->addWidget(saveButton);
    bar->addWidget(m_language);
    bar->addWidget(new QLabel(tr("Context:"), this));
    bar->addWidget(m_context, 1);
    bar->addWidget(refreshContexts);
    layout->addLayout(bar);
    auto *runBar = new QHBoxLayout;
    runBar->addWidget(m_runButton);
    runBar->addWidget(m_stopButton);
    runBar->addWidget(m_timeout);
    // What a run may take with it, where the service offers it.
    if (provider && provider->capabilities().testFlag(SandboxProvider::Capability::RunNetworking)) {
        m_network = new QCheckBox(tr("Network"), this);
        m_network->setChecked(true); // the interpreter's documented default
        m_network->setToolTip(tr("Whether this run may reach the network"));
        runBar->addWidget(m_network);
    }
    if (provider && provider->capabilities().testFlag(SandboxProvider::Capability::ExecutionListing)) {
        m_history->setAllRunsAvailable(true);
        connect(m_history, &HistoryPane::allRunsRequested, this, [this] {
            auto *dialog = new ExecutionsDialog(m_provider, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
    }
    if (provider && provider->capabilities().testFlag(SandboxProvider::Capability::RunFiles)) {
        m_runFiles = new RunFilesButton(this);
        runBar->addWidget(m_runFiles);
        connect(m_runFiles, &RunFilesButton::filesChosen, this, [this](const QList<CodeRunRequest::File> &files) {
            if (CodeEditor *editor = currentEditor())
                run(editor->text(), files);
        });
        connect(m_runFiles, &RunFilesButton::failed, this, &CodeEditorPanel::setStatus);
    }
    // Messages can be long; they must not make the panel (and so the window) wider.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setObjectName(QStringLiteral("runStatus"));
    runBar->addWidget(m_status, 1);
    layout->addLayout(runBar);

    m_bufferMessage->setWordWrap(true);
    m_bufferMessage->setStyleSheet(QStringLiteral("QLabel { background: #fde8e8; color: #8a1010; padding: 4px; }"));
    m_bufferMessage->hide();
    layout->addWidget(m_bufferMessage);
    layout->addWidget(m_findBar);

    m_bottom->addTab(m_output, tr("Output"));
    m_bottom->addTab(m_commands, tr("Commands"));
    if (provider && provider->capabilities().testFlag(SandboxProvider::Capability::Terminal)) {
        m_terminals = new TerminalPane(provider, this);
        m_bottom->addTab(m_terminals, tr("Terminal"));
    }
    m_bottom->addTab(m_history, tr("History"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_buffers);
    splitter->addWidget(m_bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // The output's size hint is large (rich results): without sizes the editor would start as
    // a sliver. Half and half.
    splitter->setSizes({500, 500});
    layout->addWidget(splitter, 1);

    connect(m_buffers, &BufferTabs::status, this, &CodeEditorPanel::setStatus);
    connect(m_buffers, &BufferTabs::fileSaved, this, &CodeEditorPanel::fileSaved);
    connect(m_buffers, &BufferTabs::saveFailed, this, &CodeEditorPanel::saveFailed);
    connect(m_buffers, &BufferTabs::readyToClose, this, &CodeEditorPanel::readyToClose);
    connect(m_buffers, &BufferTabs::bufferMessageChanged, this, [this](CodeEditor *editor) {
        if (editor == currentEditor())
            showBufferMessage();
    });

    connect(newButton, &QToolButton::clicked, this, [this] { newBuffer(m_language->currentData().toString()); });
    connect(saveButton, &QToolButton::clicked, this, &CodeEditorPanel::saveCurrent);
    connect(refreshContexts, &QToolButton::clicked, this, &CodeEditorPanel::refreshContexts);
    connect(m_runButton, &QPushButton::clicked, this, &CodeEditorPanel::runCurrent);
    connect(m_stopButton, &QPushButton::clicked, this, &CodeEditorPanel::stop);
    connect(m_buffers, &QTabWidget::currentChanged, this, &CodeEditorPanel::onCurrentBufferChanged);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        if (CodeEditor *editor = currentEditor()) {
            editor->setLanguage(m_language->currentData().toString());
            m_buffers->scheduleAutosave();
        }
        updateActions();
    });
    connect(m_context, &QComboBox::currentIndexChanged, this, [this] {
        // An existing context has its language: follow it.
        const QString language = m_context->currentData(Qt::UserRole + 1).toString();
        const int index = m_language->findData(language);
        if (!language.isEmpty() && index >= 0)
            m_language->setCurrentIndex(index);
    });
    connect(m_history, &HistoryPane::showOutputRequested, this, &CodeEditorPanel::showRunOutput);
    connect(m_history, &HistoryPane::rerunRequested, this, &CodeEditorPanel::rerun);
    connectRuns();

    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &CodeEditorPanel::runCurrent);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), &CodeEditorPanel::runCurrent);
    shortcut(QKeySequence::Save, &CodeEditorPanel::saveCurrent);
    shortcut(QKeySequence::Find, [this] { m_findBar->showFind(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_H), [this] { m_findBar->showReplace(); });

    applyIcons();
    setSandbox({});
}

void CodeEditorPanel::applyIcons()
{
    const QColor ink = palette().color(QPalette::ButtonText);
    m_newButton->setIcon(Resources::actionIcon(QStringLiteral("new"), ink));
    m_saveButton->setIcon(Resources::actionIcon(QStringLiteral("save"), ink));
    m_runButton->setIcon(Resources::actionIcon(QStringLiteral("run"), ink));
    m_stopButton->setIcon(Resources::actionIcon(QStringLiteral("stop"), ink));
}

void CodeEditorPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyIcons();
    QWidget::changeEvent(event);
}

CodeEditorPanel::~CodeEditorPanel() = default;

int CodeEditorPanel::bufferCount() const
{
    return m_buffers->count();
}

CodeEditor *CodeEditorPanel::currentEditor() const
{
    return m_buffers->currentEditor();
}

CodeEditor *CodeEditorPanel::editorAt(int index) const
{
    return m_buffers->editorAt(index);
}

QStringList CodeEditorPanel::unsavedFiles() const
{
    return m_buffers->unsavedFiles();
}

bool CodeEditorPanel::askBeforeClosing()
{
    return m_buffers->askBeforeClosing();
}

void CodeEditorPanel::openFile(const QString &path, const QString &text)
{
    m_buffers->openFile(path, text);
}

int CodeEditorPanel::newBuffer(const QString &language, const QString &text)
{
    return m_buffers->newBuffer(language, text);
}

void CodeEditorPanel::saveCurrent()
{
    m_buffers->saveCurrent();
}

void CodeEditorPanel::autosave()
{
    m_buffers->autosave();
}

QString CodeEditorPanel::remotePathAt(int index) const
{
    const CodeEditor *editor = editorAt(index);
    return editor ? editor->remotePath() : QString();
}

QString CodeEditorPanel::statusText() const
{
    return m_status->text();
}

void CodeEditorPanel::setStatus(const QString &text)
{
    // The label gives way to the buttons when the dock is narrow: the tooltip has it whole.
    m_status->setText(text);
    m_status->setToolTip(text);
}

QString CodeEditorPanel::bufferMessage() const
{
    const CodeEditor *editor = currentEditor();
    return editor ? editor->message() : QString();
}

void CodeEditorPanel::setSandbox(const QString &id)
{
    if (id == m_sandboxId && !id.isEmpty())
        return;
    m_sandboxId = id;
    m_buffers->setSandbox(id);
    m_output->clear();
    m_commands->setSandbox(id);
    if (m_terminals)
        m_terminals->setSandbox(id);
    m_history->setModel(id.isEmpty() ? nullptr : m_runs->history(id));
    m_history->setNote(m_runs->historyNote(id));
    m_context->clear();
    const bool contexts = m_provider && m_provider->capabilities().testFlag(SandboxProvider::Capability::CodeContexts);
    const bool sessionState = m_provider && m_provider->capabilities().testFlag(SandboxProvider::Capability::SessionState);
    m_context->addItem(contexts       ? tr("Default context")
                       : sessionState ? tr("The session (its state persists)")
                                      : tr("Each run stands alone"),
                       QString());
    if (contexts)
        m_context->addItem(tr("New context"), kNewContext);
    m_context->setEnabled(contexts);
    m_context->setToolTip(contexts       ? tr("Where the code runs: variables and imports persist within a context")
                          : sessionState ? tr("The session is the context: variables and imports persist from one run to the next.")
                                         : tr("This service has no code contexts: nothing is kept from one run to the next."));
    if (!id.isEmpty())
        refreshContexts();
    setStatus(id.isEmpty() ? tr("Select a sandbox to edit and run code in it.") : QString());
    updateActions();
}

void CodeEditorPanel::refreshContexts()
{
    if (!m_provider || m_sandboxId.isEmpty() ||
        !m_provider->capabilities().testFlag(SandboxProvider::Capability::ContextListing))
        return;
    const QString sandbox = m_sandboxId;
    Core::continueIn(this, m_provider->listCodeContexts(sandbox), [this, sandbox](QFuture<ApiResult<QList<CodeContext>>> future) {
        if (sandbox != m_sandboxId || future.resultCount() == 0)
            return;
        const ApiResult<QList<CodeContext>> result = future.result();
        if (!result) {
            setStatus(tr("Could not list contexts: %1").arg(result.error().message));
            return;
        }
        const QString selected = m_context->currentData().toString();
        for (const CodeContext &context : *result) {
            if (m_context->findData(context.contextId) >= 0)
                continue;
            m_context->addItem(tr("%1 (%2)").arg(context.contextId, context.language), context.contextId);
            m_context->setItemData(m_context->count() - 1, context.language, Qt::UserRole + 1);
        }
        // Contexts that ended (expired, deleted) go, unless selected: a run there then says why.
        for (int i = m_context->count() - 1; i >= 2; --i) {
            const QString contextId = m_context->itemData(i).toString();
            const bool alive = std::any_of(result->cbegin(), result->cend(),
                                           [&contextId](const CodeContext &c) { return c.contextId == contextId; });
            if (!alive && contextId != selected)
                m_context->removeItem(i);
        }
    });
}

void CodeEditorPanel::onCurrentBufferChanged()
{
    CodeEditor *editor = currentEditor();
    m_findBar->setEditor(editor);
    if (editor) {
        editor->setAsksContext(m_completion->available());
        connect(editor, &CodeEditor::completionRequested, this, &CodeEditorPanel::askCompletion, Qt::UniqueConnection);
        connect(editor, &CodeEditor::calltipRequested, this, &CodeEditorPanel::askCalltip, Qt::UniqueConnection);
        const int index = m_language->findData(editor->language());
        if (index >= 0) {
            const QSignalBlocker blocker(m_language);
            m_language->setCurrentIndex(index);
        }
    }
    showBufferMessage();
    updateActions();
}

void CodeEditorPanel::showBufferMessage()
{
    const CodeEditor *editor = currentEditor();
    const QString message = editor ? editor->message() : QString();
    m_bufferMessage->setText(message);
    m_bufferMessage->setVisible(!message.isEmpty());
}

void CodeEditorPanel::askCompletion(int request)
{
    if (CodeEditor *editor = currentEditor())
        m_completion->complete(m_sandboxId, selectedContextId(), m_language->currentData().toString(), editor->text(),
                               editor->cursorCharacter(), request);
}

void CodeEditorPanel::askCalltip(int request)
{
    if (CodeEditor *editor = currentEditor())
        m_completion->inspect(m_sandboxId, selectedContextId(), m_language->currentData().toString(), editor->text(),
                              editor->cursorCharacter(), request);
}

QString CodeEditorPanel::selectedContextId() const
{
    return m_context->currentData().toString();
}

void CodeEditorPanel::setSandboxActive(bool active)
{
    if (m_terminals)
        m_terminals->setSandboxActive(active);
    if (active == m_sandboxActive)
        return;
    m_sandboxActive = active;
    updateActions();
}

void CodeEditorPanel::updateActions()
{
    // Run stays clickable while a click would only say why nothing runs (empty buffer); where
    // it cannot run at all, it is disabled and the tooltip says why.
    const QString why = whyRunUnavailable();
    m_runButton->setEnabled(why.isEmpty() && !m_runs->isBusy() && currentEditor());
    m_runButton->setToolTip(why.isEmpty() ? tr("Run the selection, or the whole buffer (Ctrl+Enter)") : why);
    if (m_runFiles)
        m_runFiles->setEnabled(m_runButton->isEnabled());
    const bool running = m_runs->currentRun() != 0;
    const bool canStop = m_runs->canInterrupt(running ? m_runs->runLanguage() : m_language->currentData().toString());
    m_stopButton->setEnabled(running && canStop);
    // Why Stop may not work is said, not left to guess.
    m_stopButton->setToolTip(canStop ? tr("Interrupt the run (SIGINT to the context's interpreter; the context keeps its state)")
                                     : tr("This service cannot interrupt runs; a run ends at its timeout."));
}

void CodeEditorPanel::runCurrent()
{
    CodeEditor *editor = currentEditor();
    if (!editor) {
        setStatus(tr("Nothing to run: open a buffer first."));
        return;
    }
    const QString code = editor->codeToRun();
    if (code.trimmed().isEmpty() && !editor->text().trimmed().isEmpty()) {
        setStatus(tr("Nothing to run: the selection is empty."));
        return;
    }
    run(code);
}

QString CodeEditorPanel::whyRunUnavailable() const
{
    if (!m_provider)
        return tr("Not connected to a sandbox service.");
    if (m_sandboxId.isEmpty())
        return tr("Select a sandbox to run code in it.");
    if (!m_provider->capabilities().testFlag(SandboxProvider::Capability::CodeRuns))
        return tr("This service cannot run code.");
    if (!m_sandboxActive)
        return tr("The sandbox has ended: code cannot run in it any more.");
    return {};
}

void CodeEditorPanel::run(const QString &code, const QList<CodeRunRequest::File> &files)
{
    // Whenever Run does nothing, the run status says why.
    QString why = whyRunUnavailable();
    if (why.isEmpty() && m_runs->isBusy())
        why = tr("A run is in progress: wait for it or Stop it first.");
    if (why.isEmpty() && code.trimmed().isEmpty())
        why = tr("Nothing to run: the buffer is empty.");
    if (!why.isEmpty()) {
        setStatus(why);
        return;
    }
    CodeRunRequest request;
    request.code = code;
    request.language = m_language->currentData().toString();
    request.timeoutSeconds = m_timeout->value();
    request.files = files;
    if (m_network)
        request.networking = m_network->isChecked();
    const bool newContext = selectedContextId() == kNewContext;
    if (!newContext)
        request.contextId = selectedContextId();
    m_runs->run(m_sandboxId, request, newContext);
}

void CodeEditorPanel::stop()
{
    if (m_runs->currentRun() == 0 || m_runs->isStopping())
        return;
    m_output->discardPending();
    m_runs->stop();
}

void CodeEditorPanel::connectRuns()
{
    connect(m_runs, &Core::CodeRunController::busyChanged, this, &CodeEditorPanel::updateActions);
    connect(m_runs, &Core::CodeRunController::message, this, &CodeEditorPanel::setStatus);
    connect(m_runs, &Core::CodeRunController::runSent, this, &CodeEditorPanel::runSent);
    connect(m_runs, &Core::CodeRunController::historyNoteChanged, this, [this](const QString &sandbox, const QString &note) {
        if (sandbox == m_sandboxId)
            m_history->setNote(note);
    });
    connect(m_runs, &Core::CodeRunController::contextCreated, this, [this](const QString &sandbox, const CodeContext &context) {
        if (sandbox != m_sandboxId)
            return;
        m_context->addItem(tr("%1 (%2)").arg(context.contextId, context.language), context.contextId);
        m_context->setItemData(m_context->count() - 1, context.language, Qt::UserRole + 1);
        m_context->setCurrentIndex(m_context->count() - 1);
    });
    connect(m_runs, &Core::CodeRunController::runStarted, this,
            [this](const QString &sandbox, int, const CodeRunRequest &request) {
                if (sandbox != m_sandboxId)
                    return;
                m_output->clear();
                const SandboxProvider::Capabilities capabilities = m_provider ? m_provider->capabilities() : SandboxProvider::Capabilities();
                QString info = capabilities.testFlag(SandboxProvider::Capability::CodeContexts)
                                   ? tr("Running in the %1 %2 context…").arg(request.contextId.isEmpty() ? tr("default") : request.contextId, request.language)
                               : capabilities.testFlag(SandboxProvider::Capability::SessionState)
                                   ? tr("Running %1 in the session…").arg(request.language)
                                   : tr("Running %1 (each run stands alone)…").arg(request.language);
                if (!request.files.isEmpty()) {
                    QStringList names;
                    for (const CodeRunRequest::File &file : request.files)
                        names.append(file.name);
                    info += QLatin1Char(' ') + tr("With %1.").arg(names.join(QStringLiteral(", ")));
                }
                m_output->appendInfo(info);
                m_bottom->setCurrentWidget(m_output);
                setStatus(tr("Running…"));
            });
    connect(m_runs, &Core::CodeRunController::outputLine, this, [this](const QString &sandbox, int, const OutputLine &line) {
        if (sandbox != m_sandboxId)
            return;
        QString text = line.line;
        if (text.endsWith(QLatin1Char('\n')))
            text.chop(1);
        m_output->appendLine(line.type == QLatin1String("stderr") ? OutputView::Stream::Stderr : OutputView::Stream::Stdout,
                             text, line.timestamp.toLocalTime());
    });
    connect(m_completion, &Core::CompletionController::completed, this, [this](int request, const Api::CodeCompletion &completion) {
        if (CodeEditor *editor = currentEditor())
            editor->showCompletions(request, completion);
    });
    connect(m_completion, &Core::CompletionController::inspected, this, [this](int request, const Api::CodeInspection &inspection) {
        if (CodeEditor *editor = currentEditor())
            editor->showCalltip(request, inspection.text);
    });
    connect(m_runs, &Core::CodeRunController::display, this, [this](const QString &sandbox, int, const QJsonObject &output) {
        if (sandbox == m_sandboxId)
            m_output->addOutput(output);
    });
    connect(m_runs, &Core::CodeRunController::runFinished, this,
            [this](const QString &sandbox, int runId, const RunHistoryModel::Record &record, bool streamed, qint64 linesAfterStop) {
                if (sandbox == m_sandboxId) {
                    if (linesAfterStop > 0)
                        m_output->appendInfo(tr("%n line(s) printed after Stop are not shown here (History → Show output has them)",
                                                nullptr, int(std::min<qint64>(linesAfterStop, INT_MAX))));
                    renderRun(record, streamed);
                }
                emit runFinished(runId);
            });
    connect(m_runs, &Core::CodeRunController::outputReady, this,
            [this](const QString &sandbox, int runId, const RunHistoryModel::Record &record) {
                if (sandbox != m_sandboxId)
                    return;
                m_output->clear();
                m_output->appendInfo(record.startedAt.isValid()
                                         ? tr("Output of run %1, %2:").arg(runId).arg(QLocale().toString(record.startedAt.toLocalTime(), QLocale::ShortFormat))
                                         : tr("Output of run %1 again:").arg(runId));
                renderRun(record, false);
                m_bottom->setCurrentWidget(m_output);
            });
    connect(m_runs, &Core::CodeRunController::outputFailed, this, [this](const QString &sandbox, int, const QString &message) {
        if (sandbox != m_sandboxId)
            return;
        m_output->appendLine(OutputView::Stream::Error, message);
        m_output->flush();
    });
}

void CodeEditorPanel::renderRun(const RunHistoryModel::Record &record, bool outputShown)
{
    const QString duration = tr("%1 s").arg(double(record.durationMs) / 1000.0, 0, 'f', 2);
    const ApiResult<CodeRunResult> &result = record.result;
    if (!result) {
        m_output->appendLine(OutputView::Stream::Error, tr("The run failed: %1").arg(result.error().message));
        m_output->appendInfo(tr("✗ request failed after %1").arg(duration));
        setStatus(tr("Failed after %1").arg(duration));
        m_output->flush();
        return;
    }
    // stdout and stderr in the order they were printed (unless streamed in already).
    if (!outputShown) {
        for (const OutputLine &line : Core::CodeRunController::orderedOutput(*result)) {
            QString text = line.line;
            if (text.endsWith(QLatin1Char('\n')))
                text.chop(1);
            m_output->appendLine(line.type == QLatin1String("stderr") ? OutputView::Stream::Stderr : OutputView::Stream::Stdout,
                                 text, line.timestamp.toLocalTime());
        }
    }
    // Every display and the value, in order (those of a streamed run came as they were made);
    // the value's text goes in the text too, where the run's prints are.
    for (const QJsonObject &output : result->richOutputs()) {
        const bool isValue = output.value(QStringLiteral("type")).toString() == QLatin1String("execution_result");
        if (isValue) {
            const QString text = output.value(QStringLiteral("data")).toObject().value(QStringLiteral("text/plain")).toString();
            for (const QString &line : text.split(QLatin1Char('\n')))
                m_output->appendLine(OutputView::Stream::Result, line);
        }
        if (!outputShown)
            m_output->addOutput(output);
    }
    if (result->outputs.isEmpty() && !result->result.isEmpty() && outputShown)
        m_output->addOutput(result->result); // a stream whose value came only in its last event
    if (!record.failure.isEmpty()) {
        // What it printed before it ended; the run itself did not complete.
        m_output->appendLine(OutputView::Stream::Error, tr("The run failed: %1").arg(record.failure));
        m_output->appendInfo(tr("✗ %1 after %2").arg(record.failure, duration));
        setStatus(tr("Failed after %1").arg(duration));
    } else if (result->failed()) {
        const QString name = result->error.value(QStringLiteral("name")).toString();
        m_output->appendError(name, result->error.value(QStringLiteral("value")).toString(),
                              tracebackLines(result->error.value(QStringLiteral("traceback"))));
        m_output->appendInfo(tr("✗ %1 after %2").arg(name.isEmpty() ? tr("error") : name, duration));
        setStatus(tr("Failed (%1) after %2").arg(name, duration));
    } else {
        m_output->appendInfo(tr("✓ finished in %1").arg(duration));
        setStatus(tr("Finished in %1").arg(duration));
    }
    m_output->flush();
}

void CodeEditorPanel::showRunOutput(int runId)
{
    if (m_runs->requestOutput(m_sandboxId, runId) != Core::CodeRunController::Output::Loading)
        return;
    m_output->clear();
    m_bottom->setCurrentWidget(m_output);
    m_output->appendInfo(tr("Loading the output of run %1…").arg(runId));
    m_output->flush();
}

void CodeEditorPanel::rerun(int runId)
{
    QStringList liveContexts;
    for (int i = 0; i < m_context->count(); ++i)
        liveContexts.append(m_context->itemData(i).toString());
    QString note;
    if (m_runs->rerun(m_sandboxId, runId, m_timeout->value(), liveContexts, &note) && !note.isEmpty())
        m_output->appendInfo(note);
}

bool CodeEditorPanel::isRunning() const
{
    return m_runs->currentRun() != 0;
}

} // namespace Sandbar::Ui
