// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One buffer: QScintilla with line numbers, folding, brace matching and auto-indent, and a lexer
// for its language (python, javascript, bash; anything else is plain text). Tab after a name
// (or Ctrl+Space) completes it: from the live context where the panel can ask it
// (completionRequested, answered by showCompletions), else, or when it knows nothing, from the
// lexer's keywords and the buffer's words. Shift+Tab after a name shows its signature and
// documentation as a calltip (calltipRequested, showCalltip).

#include "core/api/operationtypes.h"

#include <Qsci/qsciscintilla.h>

namespace Sandbar::Ui {

class CodeEditor : public QsciScintilla
{
    Q_OBJECT
public:
    explicit CodeEditor(QWidget *parent = nullptr);

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    // The language a file's extension suggests ("" for none we highlight).
    static QString languageForPath(const QString &path);
    // The selection the user sees if there is one, else the whole buffer.
    QString codeToRun() const;

    // The panel answers completionRequested() and calltipRequested().
    void setAsksContext(bool asks) { m_asksContext = asks; }
    // The cursor as a character offset into text(), as the interpreters count.
    int cursorCharacter() const;
    // Asked by Tab or Ctrl+Space (Shift+Tab for the calltip); `request` identifies the ask.
    void complete();
    void showCompletions(int request, const Api::CodeCompletion &completion);
    void showCalltip(int request, const QString &text);
    int pendingRequest() const { return m_request; }
    // What the completion list shows now (empty when none is shown).
    QStringList completionList() const { return isListActive() ? m_shownList : QStringList(); }
    QString calltipText() const { return m_calltip; }

signals:
    void completionRequested(int request);
    void calltipRequested(int request);

protected:
    void keyPressEvent(QKeyEvent *event) override;

public:

    // The sandbox file this buffer edits; empty for a scratch buffer.
    QString remotePath() const { return m_remotePath; }
    void setRemotePath(const QString &path) { m_remotePath = path; }
    QString title() const { return m_title; }
    void setTitle(const QString &title) { m_title = title; }
    // An inline message about this buffer (why its save failed ...).
    QString message() const { return m_message; }
    void setMessage(const QString &message) { m_message = message; }

private:
    void updateMarginWidth();
    // The word characters before the cursor could be completed (else Tab indents).
    bool afterName() const;
    // The lexer's keywords and the buffer's words (QScintilla's own completion).
    // False when nothing completes (then a Tab that asked indents instead).
    bool completeLocally();
    bool indentInstead();
    // The text from the start of the buffer to the cursor.
    QString textBeforeCursor() const;
    // Shows `matches` (sorted, once each); a choice replaces `typed`, just before the cursor.
    void showList(const QString &typed, QStringList matches);
    static int nextRequest();

    QString m_language;
    QString m_remotePath;
    QString m_title;
    QString m_message;
    bool m_asksContext = false;
    bool m_indentIfNothing = false; // the question came from Tab
    int m_request = 0;
    int m_requestPosition = -1; // where the cursor was when asked (bytes)
    QStringList m_shownList;
    QString m_calltip;
};

} // namespace Sandbar::Ui
