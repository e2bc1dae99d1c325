// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "buffertabs.h"

#include "codeeditor.h"

#include "core/net/continuation.h"
#include "core/providers/sandboxprovider.h"

#include <QFileInfo>
#include <QInputDialog>
#include <QLoggingCategory>
#include <QMessageBox>

#include <memory>

Q_LOGGING_CATEGORY(lcBuffers, "sandbar.ui.buffers", QtInfoMsg)

namespace Sandbar::Ui {

using namespace Sandbar::Api;
using Core::ApiResult;

BufferTabs::BufferTabs(Core::SandboxProvider *provider, const QString &bufferDirectory, QWidget *parent)
    : QTabWidget(parent), m_provider(provider), m_store(bufferDirectory)
{
    setObjectName(QStringLiteral("buffers"));
    setTabsClosable(true);
    setMovable(true);
    setDocumentMode(true);
    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(1000);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &BufferTabs::autosave);
    connect(this, &QTabWidget::tabCloseRequested, this, &BufferTabs::closeBuffer);
}

BufferTabs::~BufferTabs()
{
    autosave();
}

CodeEditor *BufferTabs::currentEditor() const
{
    return qobject_cast<CodeEditor *>(currentWidget());
}

CodeEditor *BufferTabs::editorAt(int index) const
{
    return qobject_cast<CodeEditor *>(widget(index));
}

void BufferTabs::setSandbox(const QString &id)
{
    autosave();
    clearBuffers();
    m_sandboxId = id;
    if (id.isEmpty())
        return;
    restoreBuffers();
    if (count() == 0)
        newBuffer();
}

void BufferTabs::scheduleAutosave()
{
    if (!m_restoring)
        m_autosaveTimer.start();
}

void BufferTabs::clearBuffers()
{
    while (count() > 0) {
        QWidget *page = widget(0);
        removeTab(0);
        delete page;
    }
    m_untitled = 0;
}

void BufferTabs::restoreBuffers()
{
    m_restoring = true;
    const QList<SavedBuffer> buffers = m_store.load(m_sandboxId);
    for (const SavedBuffer &buffer : buffers)
        addBuffer(buffer);
    m_restoring = false;
    if (!buffers.isEmpty())
        qCDebug(lcBuffers) << "restored" << buffers.size() << "buffers of" << m_sandboxId;
}

void BufferTabs::autosave()
{
    m_autosaveTimer.stop();
    if (m_sandboxId.isEmpty())
        return;
    QList<SavedBuffer> buffers;
    for (int i = 0; i < count(); ++i) {
        const CodeEditor *editor = editorAt(i);
        if (!editor)
            continue;
        buffers.append({editor->title(), editor->language(), editor->remotePath(), editor->text(), editor->isModified()});
    }
    QString error;
    if (!m_store.save(m_sandboxId, buffers, &error)) {
        qCWarning(lcBuffers) << "autosave failed:" << error;
        emit status(tr("Buffers could not be saved locally: %1").arg(error));
    }
}

int BufferTabs::newBuffer(const QString &language, const QString &text)
{
    SavedBuffer buffer;
    buffer.language = language;
    buffer.text = text;
    return addBuffer(buffer);
}

int BufferTabs::addBuffer(const SavedBuffer &buffer)
{
    auto *editor = new CodeEditor(this);
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
    const int index = addTab(editor, title);
    setTabToolTip(index, buffer.remotePath);
    updateTabTitle(editor);
    setCurrentIndex(index);
    if (!m_restoring)
        m_autosaveTimer.start();
    return index;
}

void BufferTabs::updateTabTitle(CodeEditor *editor)
{
    const int index = indexOf(editor);
    if (index < 0)
        return;
    // A buffer with unsaved edits to its sandbox file says so in words, not only a symbol.
    const bool unsaved = !editor->remotePath().isEmpty() && editor->isModified();
    setTabText(index, unsaved ? tr("%1 (unsaved)").arg(editor->title()) : editor->title());
}

bool BufferTabs::hasUnsavedEdits(const CodeEditor *editor)
{
    return editor && !editor->remotePath().isEmpty() && editor->isModified();
}

bool BufferTabs::wouldLoseText(const CodeEditor *editor)
{
    // An untitled buffer lives only here: closing it loses what it holds.
    return hasUnsavedEdits(editor) || (editor && editor->remotePath().isEmpty() && !editor->text().trimmed().isEmpty());
}

QMessageBox *BufferTabs::askSaveDiscardCancel(const QString &title, const QString &text, const QString &details)
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

void BufferTabs::closeBuffer(int index)
{
    CodeEditor *editor = editorAt(index);
    if (!wouldLoseText(editor)) {
        removeBuffer(editor ? editor : widget(index));
        return;
    }
    if (m_asking.contains(editor))
        return; // already asked: the question is open
    setCurrentWidget(editor);
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

void BufferTabs::removeBuffer(QWidget *page)
{
    const int index = indexOf(page);
    if (index < 0)
        return;
    removeTab(index);
    delete page;
    autosave();
}

QStringList BufferTabs::unsavedFiles() const
{
    QStringList paths;
    for (int i = 0; i < count(); ++i) {
        if (hasUnsavedEdits(editorAt(i)))
            paths.append(editorAt(i)->remotePath());
    }
    return paths;
}

bool BufferTabs::askBeforeClosing()
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
            for (int i = count() - 1; i >= 0; --i) {
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

void BufferTabs::saveAllThen(const std::function<void(bool)> &done)
{
    QList<QPointer<CodeEditor>> editors;
    for (int i = 0; i < count(); ++i) {
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

void BufferTabs::setBufferMessage(CodeEditor *editor, const QString &message)
{
    if (!editor)
        return;
    editor->setMessage(message);
    emit bufferMessageChanged(editor);
}

void BufferTabs::openFile(const QString &path, const QString &text)
{
    for (int i = 0; i < count(); ++i) {
        CodeEditor *editor = editorAt(i);
        if (editor && editor->remotePath() == path) {
            // Never overwrite unsaved edits with what the sandbox has.
            if (!editor->isModified()) {
                editor->setText(text);
                editor->setModified(false);
            }
            setCurrentIndex(i);
            return;
        }
    }
    SavedBuffer buffer;
    buffer.remotePath = path;
    buffer.language = CodeEditor::languageForPath(path);
    buffer.text = text;
    addBuffer(buffer);
}

void BufferTabs::saveCurrent()
{
    saveBuffer(currentEditor(), [](bool) {});
}

void BufferTabs::saveBuffer(CodeEditor *editor, const std::function<void(bool)> &done)
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
    emit status(tr("Saving %1…").arg(path));
    Core::continueIn(this, m_provider->writeFile(m_sandboxId, path, text),
        [this, guard, path, text, done](QFuture<ApiResult<FileWriteResult>> future) {
            const ApiResult<FileWriteResult> result = Core::resultOf(future);
            if (!result) {
                // The text stays in the buffer (and in the autosave); only the reason is added.
                const QString message = tr("Not saved to %1: %2").arg(path, result.error().message);
                emit status(message);
                if (guard)
                    setBufferMessage(guard, message);
                emit saveFailed(path, result.error().message);
                done(false);
                return;
            }
            emit status(tr("Saved %1").arg(path));
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

} // namespace Sandbar::Ui
