// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One buffer: QScintilla with line numbers, folding, brace matching and auto-indent, and a lexer
// for its language (python, javascript, bash; anything else is plain text).

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

    QString m_language;
    QString m_remotePath;
    QString m_title;
    QString m_message;
};

} // namespace Sandbar::Ui
