// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codeeditorpanel.h"
#include "icons.h"
#include "core/net/continuation.h"

#include "codeeditor.h"
#include "commandspane.h"
#include "findbar.h"
#include "historypane.h"
#include "outputview.h"

#include "core/providers/coderunstream.h"
#include "core/workspace/runhistorymodel.h"
#include "core/workspace/runinterrupter.h"
#include "core/providers/sandboxprovider.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

Q_LOGGING_CATEGORY(lcEditor, "sandbar.ui.editor")

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
    : QWidget(parent), m_provider(provider), m_interrupter(new Core::RunInterrupter(provider, this)),
      m_store(bufferDirectory), m_buffers(new QTabWidget(this)), m_language(new QComboBox(this)),
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

    m_buffers->setObjectName(QStringLiteral("buffers"));
    m_buffers->setTabsClosable(true);
    m_buffers->setMovable(true);
    m_buffers->setDocumentMode(true);
    m_bottom->addTab(m_output, tr("Output"));
    m_bottom->addTab(m_commands, tr("Commands"));
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

    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(1000);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &CodeEditorPanel::autosave);

    connect(newButton, &QToolButton::clicked, this, [this] { newBuffer(m_language->currentData().toString()); });
    connect(saveButton, &QToolButton::clicked, this, &CodeEditorPanel::saveCurrent);
    connect(refreshContexts, &QToolButton::clicked, this, &CodeEditorPanel::refreshContexts);
    connect(m_runButton, &QPushButton::clicked, this, &CodeEditorPanel::runCurrent);
    connect(m_stopButton, &QPushButton::clicked, this, &CodeEditorPanel::stop);
    connect(m_buffers, &QTabWidget::tabCloseRequested, this, &CodeEditorPanel::closeBuffer);
    connect(m_buffers, &QTabWidget::currentChanged, this, &CodeEditorPanel::onCurrentBufferChanged);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        if (CodeEditor *editor = currentEditor()) {
            editor->setLanguage(m_language->currentData().toString());
            m_autosaveTimer.start();
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

CodeEditorPanel::~CodeEditorPanel()
{
    autosave();
}

int CodeEditorPanel::bufferCount() const
{
    return m_buffers->count();
}

CodeEditor *CodeEditorPanel::currentEditor() const
{
    return qobject_cast<CodeEditor *>(m_buffers->currentWidget());
}

CodeEditor *CodeEditorPanel::editorAt(int index) const
{
    return qobject_cast<CodeEditor *>(m_buffers->widget(index));
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

RunHistoryModel *CodeEditorPanel::historyFor(const QString &sandboxId)
{
    RunHistoryModel *&model = m_histories[sandboxId];
    if (!model) {
        model = new RunHistoryModel(kHistoryCapacity, this);
        loadPastRuns(sandboxId, model);
    }
    return model;
}

void CodeEditorPanel::loadPastRuns(const QString &sandboxId, RunHistoryModel *model)
{
    // The service's own history has the runs of earlier sessions (and of other clients).
    if (!m_provider || !m_provider->capabilities().testFlag(SandboxProvider::Capability::RunHistory)) {
        setHistoryNote(sandboxId, tr("Only runs since Sandbar started: this service keeps no run history."));
        return;
    }
    setHistoryNote(sandboxId, tr("Loading earlier runs…"));
    Core::continueIn(this, m_provider->listExecutions(sandboxId, 0, kHistoryCapacity),
        [this, sandboxId, model = QPointer<RunHistoryModel>(model)](QFuture<ApiResult<ExecutionPage>> future) {
            if (!model)
                return;
            const ApiResult<ExecutionPage> page = Core::resultOf(future);
            if (!page) {
                qCInfo(lcEditor) << "cannot load the run history of" << sandboxId << ":" << page.error().message;
                setHistoryNote(sandboxId, tr("Earlier runs could not be loaded: %1").arg(page.error().message));
                return;
            }
            model->addPastRuns(page->executions);
            setHistoryNote(sandboxId, page->total > page->executions.size()
                                          ? tr("The latest %1 of %2 runs of this sandbox.").arg(page->executions.size()).arg(page->total)
                                          : QString());
        });
}

void CodeEditorPanel::setHistoryNote(const QString &sandboxId, const QString &text)
{
    m_historyNotes.insert(sandboxId, text);
    if (sandboxId == m_sandboxId)
        m_history->setNote(text);
}

void CodeEditorPanel::setSandbox(const QString &id)
{
    if (id == m_sandboxId && !id.isEmpty())
        return;
    autosave();
    clearBuffers();
    m_sandboxId = id;
    m_output->clear();
    m_commands->setSandbox(id);
    m_history->setModel(id.isEmpty() ? nullptr : historyFor(id));
    m_history->setNote(m_historyNotes.value(id));
    m_context->clear();
    m_context->addItem(tr("Default context"), QString());
    if (m_provider && m_provider->capabilities().testFlag(SandboxProvider::Capability::CodeContexts))
        m_context->addItem(tr("New context"), kNewContext);
    if (!id.isEmpty()) {
        restoreBuffers();
        if (bufferCount() == 0)
            newBuffer();
        refreshContexts();
    }
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

void CodeEditorPanel::clearBuffers()
{
    while (m_buffers->count() > 0) {
        QWidget *page = m_buffers->widget(0);
        m_buffers->removeTab(0);
        delete page;
    }
    m_untitled = 0;
}

void CodeEditorPanel::restoreBuffers()
{
    m_restoring = true;
    const QList<SavedBuffer> buffers = m_store.load(m_sandboxId);
    for (const SavedBuffer &buffer : buffers)
        addBuffer(buffer);
    m_restoring = false;
    if (!buffers.isEmpty())
        qCDebug(lcEditor) << "restored" << buffers.size() << "buffers of" << m_sandboxId;
}

void CodeEditorPanel::autosave()
{
    m_autosaveTimer.stop();
    if (m_sandboxId.isEmpty())
        return;
    QList<SavedBuffer> buffers;
    for (int i = 0; i < m_buffers->count(); ++i) {
        const CodeEditor *editor = editorAt(i);
        if (!editor)
            continue;
        buffers.append({editor->title(), editor->language(), editor->remotePath(), editor->text(), editor->isModified()});
    }
    QString error;
    if (!m_store.save(m_sandboxId, buffers, &error)) {
        qCWarning(lcEditor) << "autosave failed:" << error;
        setStatus(tr("Buffers could not be saved locally: %1").arg(error));
    }
}

int CodeEditorPanel::newBuffer(const QString &language, const QString &text)
{
    SavedBuffer buffer;
    buffer.language = language;
    buffer.text = text;
    return addBuffer(buffer);
}

int CodeEditorPanel::addBuffer(const SavedBuffer &buffer)
{
    auto *editor = new CodeEditor(m_buffers);
    editor->setLanguage(buffer.language);
    editor->setText(buffer.text);
    editor->setRemotePath(buffer.remotePath);
    QString title = buffer.title;
    if (title.isEmpty())
        title = buffer.remotePath.isEmpty() ? tr("untitled %1").arg(++m_untitled) : QFileInfo(buffer.remotePath).fileName();
    editor->setTitle(title);
    editor->setModified(buffer.modified);
    connect(editor, &QsciScintilla::textChanged, this, [this] {
        if (!m_restoring)
            m_autosaveTimer.start();
    });
    connect(editor, &QsciScintilla::modificationChanged, this, [this, editor] { updateTabTitle(editor); });
    const int index = m_buffers->addTab(editor, title);
    m_buffers->setTabToolTip(index, buffer.remotePath);
    updateTabTitle(editor);
    m_buffers->setCurrentIndex(index);
    if (!m_restoring)
        m_autosaveTimer.start();
    return index;
}

void CodeEditorPanel::updateTabTitle(CodeEditor *editor)
{
    const int index = m_buffers->indexOf(editor);
    if (index < 0)
        return;
    // A buffer with unsaved edits to its sandbox file says so in words, not only a symbol.
    const bool unsaved = !editor->remotePath().isEmpty() && editor->isModified();
    m_buffers->setTabText(index, unsaved ? tr("%1 (unsaved)").arg(editor->title()) : editor->title());
}

bool CodeEditorPanel::hasUnsavedEdits(const CodeEditor *editor)
{
    return editor && !editor->remotePath().isEmpty() && editor->isModified();
}

bool CodeEditorPanel::wouldLoseText(const CodeEditor *editor)
{
    // An untitled buffer lives only here: closing it loses what it holds.
    return hasUnsavedEdits(editor) || (editor && editor->remotePath().isEmpty() && !editor->text().trimmed().isEmpty());
}

QMessageBox *CodeEditorPanel::askSaveDiscardCancel(const QString &title, const QString &text, const QString &details)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text,
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedQuestion"));
    box->setInformativeText(details);
    box->setDefaultButton(QMessageBox::Save);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    return box;
}

void CodeEditorPanel::closeBuffer(int index)
{
    CodeEditor *editor = editorAt(index);
    if (!wouldLoseText(editor)) {
        removeBuffer(editor ? editor : m_buffers->widget(index));
        return;
    }
    if (m_asking.contains(editor))
        return; // already asked: the question is open
    m_buffers->setCurrentWidget(editor);
    // Until the user answers, the buffer and its autosaved copy stay as they are.
    QMessageBox *box = hasUnsavedEdits(editor)
        ? askSaveDiscardCancel(tr("Close %1").arg(editor->title()),
                               tr("%1 has edits that are not saved to the sandbox.").arg(editor->title()),
                               tr("Save writes them to %1. Discard closes the buffer and loses them.").arg(editor->remotePath()))
        : askSaveDiscardCancel(tr("Close %1").arg(editor->title()), tr("%1 holds text that is not saved anywhere else.").arg(editor->title()),
                               tr("Save writes it to a file in the sandbox. Discard closes the buffer and loses it."));
    m_asking.insert(editor);
    QPointer<CodeEditor> guard(editor);
    connect(box, &QMessageBox::finished, this, [this, box, guard] {
        m_asking.remove(guard.data());
        if (!guard)
            return;
        switch (box->standardButton(box->clickedButton())) {
        case QMessageBox::Save:
            saveBuffer(guard, [this, guard](bool saved) {
                if (saved && guard)
                    removeBuffer(guard);
            });
            break;
        case QMessageBox::Discard:
            removeBuffer(guard);
            break;
        default:
            break; // Cancel, or the question was closed: nothing changes
        }
    });
    box->open();
}

void CodeEditorPanel::removeBuffer(QWidget *page)
{
    const int index = m_buffers->indexOf(page);
    if (index < 0)
        return;
    m_buffers->removeTab(index);
    delete page;
    autosave();
}

QStringList CodeEditorPanel::unsavedFiles() const
{
    QStringList paths;
    for (int i = 0; i < m_buffers->count(); ++i) {
        if (hasUnsavedEdits(editorAt(i)))
            paths.append(editorAt(i)->remotePath());
    }
    return paths;
}

bool CodeEditorPanel::askBeforeClosing()
{
    const QStringList paths = unsavedFiles();
    if (paths.isEmpty())
        return true;
    if (m_quitQuestion && m_quitQuestion->isVisible())
        return false; // the question is open already
    QMessageBox *box = m_quitQuestion = askSaveDiscardCancel(
        tr("Quit Sandbar"),
        tr("%n file(s) have edits that are not saved to the sandbox.", nullptr, int(paths.size())),
        tr("Save writes them to the sandbox before Sandbar quits. Discard quits and loses them.\n\n%1")
            .arg(paths.join(QLatin1Char('\n'))));
    connect(box, &QMessageBox::finished, this, [this, box] {
        switch (box->standardButton(box->clickedButton())) {
        case QMessageBox::Save:
            saveAllThen([this](bool allSaved) {
                if (allSaved)
                    emit readyToClose();
            });
            break;
        case QMessageBox::Discard:
            for (int i = m_buffers->count() - 1; i >= 0; --i) {
                if (hasUnsavedEdits(editorAt(i)))
                    removeBuffer(editorAt(i));
            }
            emit readyToClose();
            break;
        default:
            break;
        }
    });
    box->open();
    return false;
}

void CodeEditorPanel::saveAllThen(const std::function<void(bool)> &done)
{
    QList<QPointer<CodeEditor>> editors;
    for (int i = 0; i < m_buffers->count(); ++i) {
        if (hasUnsavedEdits(editorAt(i)))
            editors.append(editorAt(i));
    }
    // Counts down as the saves answer; any failure keeps the window open with its reason shown.
    auto pending = std::make_shared<int>(int(editors.size()));
    auto allSaved = std::make_shared<bool>(true);
    if (editors.isEmpty()) {
        done(true);
        return;
    }
    for (const QPointer<CodeEditor> &editor : std::as_const(editors)) {
        saveBuffer(editor, [pending, allSaved, done](bool saved) {
            *allSaved = *allSaved && saved;
            if (--*pending == 0)
                done(*allSaved);
        });
    }
}

void CodeEditorPanel::onCurrentBufferChanged()
{
    CodeEditor *editor = currentEditor();
    m_findBar->setEditor(editor);
    if (editor) {
        const int index = m_language->findData(editor->language());
        if (index >= 0) {
            const QSignalBlocker blocker(m_language);
            m_language->setCurrentIndex(index);
        }
    }
    setBufferMessage(editor, editor ? editor->message() : QString());
    updateActions();
}

void CodeEditorPanel::setBufferMessage(CodeEditor *editor, const QString &message)
{
    if (editor)
        editor->setMessage(message);
    if (editor == currentEditor()) {
        m_bufferMessage->setText(message);
        m_bufferMessage->setVisible(!message.isEmpty());
    }
}

void CodeEditorPanel::openFile(const QString &path, const QString &text)
{
    for (int i = 0; i < m_buffers->count(); ++i) {
        CodeEditor *editor = editorAt(i);
        if (editor && editor->remotePath() == path) {
            // Never overwrite unsaved edits with what the sandbox has.
            if (!editor->isModified()) {
                editor->setText(text);
                editor->setModified(false);
            }
            m_buffers->setCurrentIndex(i);
            return;
        }
    }
    SavedBuffer buffer;
    buffer.remotePath = path;
    buffer.language = CodeEditor::languageForPath(path);
    buffer.text = text;
    addBuffer(buffer);
}

void CodeEditorPanel::saveCurrent()
{
    saveBuffer(currentEditor(), [](bool) {});
}

void CodeEditorPanel::saveBuffer(CodeEditor *editor, const std::function<void(bool)> &done)
{
    if (!editor || !m_provider || m_sandboxId.isEmpty()) {
        done(false);
        return;
    }
    if (editor->remotePath().isEmpty()) {
        bool ok = false;
        const QString path = QInputDialog::getText(this, tr("Save to the sandbox"), tr("Path in the sandbox:"),
                                                   QLineEdit::Normal, QStringLiteral("/home/user/"), &ok);
        if (!ok || path.trimmed().isEmpty()) {
            done(false);
            return;
        }
        editor->setRemotePath(path.trimmed());
        editor->setTitle(QFileInfo(path.trimmed()).fileName());
    }
    const QString path = editor->remotePath();
    const QString text = editor->text();
    QPointer<CodeEditor> guard(editor);
    setStatus(tr("Saving %1…").arg(path));
    Core::continueIn(this, m_provider->writeFile(m_sandboxId, path, text),
        [this, guard, path, text, done](QFuture<ApiResult<FileWriteResult>> future) {
            const ApiResult<FileWriteResult> result = Core::resultOf(future);
            if (!result) {
                // The text stays in the buffer (and in the autosave); only the reason is added.
                const QString message = tr("Not saved to %1: %2").arg(path, result.error().message);
                setStatus(message);
                if (guard)
                    setBufferMessage(guard, message);
                emit saveFailed(path, result.error().message);
                done(false);
                return;
            }
            setStatus(tr("Saved %1").arg(path));
            if (guard) {
                if (guard->text() == text)
                    guard->setModified(false);
                setBufferMessage(guard, QString());
                updateTabTitle(guard);
            }
            autosave();
            emit fileSaved(path);
            done(true);
        });
}

QString CodeEditorPanel::selectedContextId() const
{
    return m_context->currentData().toString();
}

void CodeEditorPanel::setSandboxActive(bool active)
{
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
    m_runButton->setEnabled(why.isEmpty() && m_runId == 0 && currentEditor());
    m_runButton->setToolTip(why.isEmpty() ? tr("Run the selection, or the whole buffer (Ctrl+Enter)") : why);
    const bool canStop = m_interrupter->canInterrupt(m_runId != 0 ? m_runLanguage : m_language->currentData().toString());
    m_stopButton->setEnabled(m_runId != 0 && canStop);
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

void CodeEditorPanel::run(const QString &code)
{
    // Whenever Run does nothing, the run status says why.
    QString why = whyRunUnavailable();
    if (why.isEmpty() && m_runId != 0)
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
    if (selectedContextId() != kNewContext) {
        request.contextId = selectedContextId();
        startRun(request);
        return;
    }
    const QString sandbox = m_sandboxId;
    setStatus(tr("Creating a context…"));
    m_runButton->setEnabled(false);
    Core::continueIn(this, m_provider->createCodeContext(sandbox, request.language, QString()),
        [this, sandbox, request](QFuture<ApiResult<CodeContext>> future) mutable {
            if (sandbox != m_sandboxId)
                return;
            const ApiResult<CodeContext> context = Core::resultOf(future);
            if (!context) {
                setStatus(tr("Could not create a context: %1").arg(context.error().message));
                updateActions();
                return;
            }
            m_context->addItem(tr("%1 (%2)").arg(context->contextId, context->language), context->contextId);
            m_context->setItemData(m_context->count() - 1, context->language, Qt::UserRole + 1);
            m_context->setCurrentIndex(m_context->count() - 1);
            request.contextId = context->contextId;
            startRun(request);
        });
}

void CodeEditorPanel::startRun(const CodeRunRequest &request)
{
    const QString sandbox = m_sandboxId;
    const int runId = historyFor(sandbox)->startRun(request);
    m_runId = runId;
    ++m_outputRequest; // an earlier run's output still loading must not replace this one's
    m_runSandbox = sandbox;
    m_runLanguage = request.language;
    m_runContext = request.contextId;
    m_output->clear();
    m_output->appendInfo(tr("Running in the %1 %2 context…")
                             .arg(request.contextId.isEmpty() ? tr("default") : request.contextId, request.language));
    m_bottom->setCurrentWidget(m_output);
    setStatus(tr("Running…"));
    updateActions();

    m_stopping = false;
    m_runSent = false;
    m_linesAfterStop = 0;
    const auto send = [this, sandbox, request, runId] {
        if (m_stopping && runId == m_runId) {
            // Stopped while the pid probe ran: the code is never sent.
            Core::ApiError error;
            error.kind = Core::ApiError::Kind::Cancelled;
            error.message = tr("Stopped before it started.");
            m_runClock.start();
            finishRun(sandbox, runId, error, false);
            return;
        }
        m_runSent = true;
        sendRun(sandbox, request, runId);
    };
    if (!m_interrupter->canInterrupt(request.language) || !m_interrupter->needsPreparation()) {
        send();
        return;
    }
    // Learn the interpreter's pid first (once per context) so that Stop can signal it.
    Core::continueIn(this, m_interrupter->prepare(sandbox, request.language, request.contextId),
        [this, send](QFuture<ApiResult<qint64>> future) {
            if (future.resultCount() && !future.result())
                qCInfo(lcEditor) << "Stop will not work for this run:" << future.result().error().message;
            if (m_provider)
                send();
        });
}

void CodeEditorPanel::sendRun(const QString &sandbox, const CodeRunRequest &request, int runId)
{
    m_runClock.start();
    Core::CodeRunStream *stream = m_provider->capabilities().testFlag(SandboxProvider::Capability::StreamingRuns)
                                      ? m_provider->runCodeStreaming(sandbox, request)
                                      : nullptr;
    if (!stream) {
        Core::continueIn(this, m_provider->runCode(sandbox, request), [this, sandbox, runId](QFuture<ApiResult<CodeRunResult>> future) {
            finishRun(sandbox, runId, Core::resultOf(future), false);
        });
        emit runSent(runId);
        return;
    }
    stream->setParent(this);
    const auto shown = [this, sandbox, runId] { return runId == m_runId && sandbox == m_sandboxId; };
    connect(stream, &Core::CodeRunStream::output, this, [this, shown](const OutputLine &line) {
        if (!shown())
            return;
        if (m_stopping) {
            ++m_linesAfterStop;
            return;
        }
        QString text = line.line;
        if (text.endsWith(QLatin1Char('\n')))
            text.chop(1);
        m_output->appendLine(line.type == QLatin1String("stderr") ? OutputView::Stream::Stderr : OutputView::Stream::Stdout,
                             text, line.timestamp.toLocalTime());
    });
    connect(stream, &Core::CodeRunStream::display, this, [this, shown](const QJsonObject &display) {
        if (shown())
            m_output->showResult(display.value(QStringLiteral("data")).toObject());
    });
    connect(stream, &Core::CodeRunStream::finished, this,
            [this, sandbox, runId, stream](const ApiResult<CodeRunResult> &result) {
                stream->deleteLater();
                finishRun(sandbox, runId, result, true);
            });
    emit runSent(runId);
}

void CodeEditorPanel::finishRun(const QString &sandbox, int runId, const ApiResult<CodeRunResult> &result, bool streamed)
{
    const qint64 ms = m_runClock.elapsed();
    historyFor(sandbox)->finishRun(runId, result, ms);
    m_records[sandbox].insert(runId, {result, ms, {}});
    if (runId == m_runId) {
        m_runId = 0;
        if (sandbox == m_sandboxId) {
            if (m_linesAfterStop > 0)
                m_output->appendInfo(tr("%n line(s) printed after Stop are not shown here (History → Show output has them)",
                                        nullptr, int(std::min<qint64>(m_linesAfterStop, INT_MAX))));
            renderRun(result, ms, streamed);
        }
        updateActions();
    }
    emit runFinished(runId);
}

void CodeEditorPanel::stop()
{
    if (m_runId == 0 || m_stopping)
        return; // nothing to stop, or asked already: one interrupt sequence per run
    m_stopping = true;
    m_output->discardPending();
    setStatus(tr("Stopping…"));
    if (!m_runSent)
        return; // not sent yet: it will not be
    m_stopClock.start();
    sendInterrupt(m_runId, 0, 0);
}

void CodeEditorPanel::sendInterrupt(int runId, int delivered, int notStarted)
{
    // The service may not have started the run yet (queued behind another, or its interpreter
    // still starting): then it is asked again, less and less often. A delivered interrupt is
    // repeated once, a while later, in case the signal landed just as a shell command began;
    // the Python runner takes one interrupt per cell, so its error is never cut short.
    constexpr int kMaxDelivered = 2;
    constexpr int kDeliveredRetryMs = 2000;
    constexpr qint64 kGiveUpMs = 30000;
    Core::continueIn(this, m_interrupter->interrupt(m_runSandbox, m_runLanguage, m_runContext),
        [this, runId, delivered, notStarted](QFuture<ApiResult<bool>> future) {
            if (runId != m_runId)
                return; // the run ended meanwhile
            const ApiResult<bool> result = Core::resultOf(future);
            if (!result) {
                setStatus(tr("Stop failed: %1").arg(result.error().message));
                return;
            }
            const int nowDelivered = delivered + (*result ? 1 : 0);
            if (nowDelivered >= kMaxDelivered || m_stopClock.elapsed() > kGiveUpMs) {
                setStatus(tr("The run does not stop; it ends at its timeout."));
                return;
            }
            const int delayMs = *result ? kDeliveredRetryMs : std::min(100 << std::min(notStarted, 4), 1000);
            QTimer::singleShot(delayMs, this, [this, runId, nowDelivered, notStarted, started = *result] {
                if (runId == m_runId)
                    sendInterrupt(runId, nowDelivered, started ? notStarted : notStarted + 1);
            });
        });
}

void CodeEditorPanel::renderRun(const ApiResult<CodeRunResult> &result, qint64 durationMs, bool outputShown,
                                const QString &failure)
{
    const QString duration = tr("%1 s").arg(double(durationMs) / 1000.0, 0, 'f', 2);
    if (!result) {
        m_output->appendLine(OutputView::Stream::Error, tr("The run failed: %1").arg(result.error().message));
        m_output->appendInfo(tr("✗ request failed after %1").arg(duration));
        setStatus(tr("Failed after %1").arg(duration));
        m_output->flush();
        return;
    }
    // stdout and stderr in the order they were printed.
    struct Line
    {
        OutputLine line;
        bool err;
    };
    QList<Line> lines;
    for (const OutputLine &line : result->stdoutEvents)
        lines.append({line, false});
    for (const OutputLine &line : result->stderrEvents)
        lines.append({line, true});
    std::stable_sort(lines.begin(), lines.end(),
                     [](const Line &a, const Line &b) { return a.line.timestamp < b.line.timestamp; });
    if (outputShown) {
        lines.clear();
    } else if (lines.isEmpty()) {
        for (const QString &text : result->logStdout)
            lines.append({OutputLine{QStringLiteral("stdout"), text, {}}, false});
        for (const QString &text : result->logStderr)
            lines.append({OutputLine{QStringLiteral("stderr"), text, {}}, true});
    }
    for (const Line &line : std::as_const(lines)) {
        QString text = line.line.line;
        if (text.endsWith(QLatin1Char('\n')))
            text.chop(1);
        m_output->appendLine(line.err ? OutputView::Stream::Stderr : OutputView::Stream::Stdout, text,
                             line.line.timestamp.toLocalTime());
    }
    const QJsonObject mime = result->result.value(QStringLiteral("data")).toObject();
    if (!mime.isEmpty()) {
        const QString text = mime.value(QStringLiteral("text/plain")).toString();
        for (const QString &line : text.split(QLatin1Char('\n')))
            m_output->appendLine(OutputView::Stream::Result, line);
        m_output->showResult(mime);
    }
    if (!failure.isEmpty()) {
        // What it printed before it ended; the run itself did not complete.
        m_output->appendLine(OutputView::Stream::Error, tr("The run failed: %1").arg(failure));
        m_output->appendInfo(tr("✗ %1 after %2").arg(failure, duration));
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
    const auto records = m_records.value(m_sandboxId);
    if (records.contains(runId)) {
        ++m_outputRequest;
        const RunRecord record = records.value(runId);
        m_output->clear();
        m_output->appendInfo(tr("Output of run %1 again:").arg(runId));
        renderRun(record.result, record.durationMs, false, record.failure);
        m_bottom->setCurrentWidget(m_output);
        return;
    }
    // A run of an earlier session: its reply is in the service's history.
    RunHistoryModel *model = historyFor(m_sandboxId);
    const int row = model->rowOfRun(runId);
    if (row < 0 || runId == m_runId)
        return; // unknown, or still running: its output is the one shown
    const QModelIndex index = model->index(row, 0);
    const QString executionId = index.data(RunHistoryModel::ExecutionIdRole).toString();
    m_output->clear();
    m_bottom->setCurrentWidget(m_output);
    if (executionId.isEmpty() || !m_provider ||
        !m_provider->capabilities().testFlag(SandboxProvider::Capability::RunHistory)) {
        m_output->appendInfo(tr("The output of this run was not kept."));
        m_output->flush();
        return;
    }
    m_output->appendInfo(tr("Loading the output of run %1…").arg(runId));
    m_output->flush();
    const QString sandbox = m_sandboxId;
    const quint64 request = ++m_outputRequest;
    const bool failed = index.data(RunHistoryModel::StatusRole).toInt() == int(RunHistoryModel::RunStatus::RequestFailed);
    const QString failure = failed ? index.data(RunHistoryModel::ErrorRole).toString() : QString();
    Core::continueIn(this, m_provider->getExecution(sandbox, executionId),
        [this, sandbox, runId, failure, request, model = QPointer<RunHistoryModel>(model)](
                        QFuture<ApiResult<Execution>> future) {
            // Another run or another output was shown meanwhile: this one would replace it.
            if (sandbox != m_sandboxId || !model || request != m_outputRequest)
                return;
            const ApiResult<Execution> execution = Core::resultOf(future);
            if (!execution) {
                m_output->appendLine(OutputView::Stream::Error,
                                     tr("Cannot load the output of run %1: %2").arg(runId).arg(execution.error().message));
                m_output->flush();
                return;
            }
            if (!execution->reply) {
                m_output->appendInfo(tr("The service kept no output for this run."));
                m_output->flush();
                return;
            }
            model->setPastRunReply(runId, *execution->reply);
            m_records[sandbox].insert(runId, {*execution->reply, execution->durationMs, failure});
            m_output->clear();
            m_output->appendInfo(tr("Output of run %1, %2:")
                                     .arg(runId)
                                     .arg(QLocale().toString(execution->startedAt.toLocalTime(), QLocale::ShortFormat)));
            renderRun(*execution->reply, execution->durationMs, false, failure);
        });
}

void CodeEditorPanel::rerun(int runId)
{
    RunHistoryModel *model = historyFor(m_sandboxId);
    const int row = model->rowOfRun(runId);
    if (row < 0 || m_runId != 0)
        return;
    const QModelIndex index = model->index(row, 0);
    CodeRunRequest request;
    request.code = index.data(RunHistoryModel::CodeRole).toString();
    request.language = index.data(RunHistoryModel::LanguageRole).toString();
    request.contextId = index.data(RunHistoryModel::ContextIdRole).toString();
    request.timeoutSeconds = m_timeout->value();
    // A run of an earlier session may name a context that has ended since (contexts do not
    // outlive the server): then it runs in the default context of its language.
    const bool contextGone = !request.contextId.isEmpty() && m_context->findData(request.contextId) < 0;
    if (contextGone)
        request.contextId.clear();
    startRun(request);
    if (contextGone)
        m_output->appendInfo(tr("The run's context %1 has ended; this run uses the default context.")
                                 .arg(index.data(RunHistoryModel::ContextIdRole).toString()));
}

} // namespace Sandbar::Ui
