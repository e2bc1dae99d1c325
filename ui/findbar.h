// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Find and replace in the current buffer (Ctrl+F / Ctrl+H), with QScintilla's own search.

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Sandbar::Ui {

class CodeEditor;

class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    void setEditor(CodeEditor *editor);
    void setFindText(const QString &text);
    void setReplaceText(const QString &text);

public slots:
    void showFind();
    void showReplace();
    bool findNext();
    bool replaceOne();
    int replaceAll();

private:
    bool find(bool fromStart);

    QPointer<CodeEditor> m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_caseSensitive;
    QCheckBox *m_regex;
    QLabel *m_status;
    QWidget *m_replaceRow;
};

} // namespace Sandbar::Ui
