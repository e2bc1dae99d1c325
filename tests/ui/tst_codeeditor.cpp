// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The editor widget, find/replace and the buffer store, without a server.
#include "bufferstore.h"
#include "codeeditor.h"
#include "findbar.h"

#include <Qsci/qscilexerbash.h>
#include <Qsci/qscilexerpython.h>

#include <QTemporaryDir>
#include <QTest>

using namespace Sandbar::Ui;

class TstCodeEditor : public QObject
{
    Q_OBJECT
private slots:
    // Without a context to ask, Tab completes from the language's keywords and the buffer's
    // words; switching languages at once is safe.
    void completesFromItsOwnWords()
    {
        CodeEditor editor;
        editor.setLanguage(QStringLiteral("python"));
        editor.setLanguage(QStringLiteral("bash"));
        editor.setLanguage(QStringLiteral("python"));
        editor.show();
        editor.setText(QStringLiteral("alphabet_soup = 1\nalph"));
        editor.setCursorPosition(1, 4);
        QTest::keyClick(&editor, Qt::Key_Tab);
        QCOMPARE(editor.completionList(), QStringList{QStringLiteral("alphabet_soup")});
        QTest::keyClick(&editor, Qt::Key_Return);
        QCOMPARE(editor.text(), QStringLiteral("alphabet_soup = 1\nalphabet_soup"));
        editor.setText(QStringLiteral("whi"));
        editor.setCursorPosition(0, 3);
        QTest::keyClick(&editor, Qt::Key_Space, Qt::ControlModifier);
        QVERIFY(editor.completionList().contains(QStringLiteral("while"))); // a keyword of the lexer
    }

    void languageByExtension()
    {
        QCOMPARE(CodeEditor::languageForPath(QStringLiteral("/a/b.py")), QStringLiteral("python"));
        QCOMPARE(CodeEditor::languageForPath(QStringLiteral("x.MJS")), QStringLiteral("javascript"));
        QCOMPARE(CodeEditor::languageForPath(QStringLiteral("run.sh")), QStringLiteral("bash"));
        QCOMPARE(CodeEditor::languageForPath(QStringLiteral("notes.txt")), QString());
    }

    void lexerFollowsLanguage()
    {
        CodeEditor editor;
        editor.setLanguage(QStringLiteral("python"));
        QVERIFY(qobject_cast<QsciLexerPython *>(editor.lexer()));
        editor.setLanguage(QStringLiteral("bash"));
        QVERIFY(qobject_cast<QsciLexerBash *>(editor.lexer()));
        editor.setLanguage(QString());
        QVERIFY(!editor.lexer());
        QVERIFY(editor.autoIndent());
        QCOMPARE(editor.braceMatching(), QsciScintilla::SloppyBraceMatch);
        QCOMPARE(editor.folding(), QsciScintilla::BoxedTreeFoldStyle);
    }

    void runsSelectionOrAll()
    {
        CodeEditor editor;
        editor.setText(QStringLiteral("a = 1\nb = 2\n"));
        QCOMPARE(editor.codeToRun(), QStringLiteral("a = 1\nb = 2\n"));
        editor.setSelection(1, 0, 1, 5);
        QCOMPARE(editor.codeToRun(), QStringLiteral("b = 2"));
    }

    void typingOverSelectionRunsWhatIsShown()
    {
        // Ctrl+A, then typing: the selection is replaced, and what runs is the new text, not
        // the (now empty) selection QScintilla still remembered.
        CodeEditor editor;
        editor.setText(QStringLiteral("old = 1\nprint(old)\n"));
        QTest::keyClick(&editor, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(editor.codeToRun(), QStringLiteral("old = 1\nprint(old)\n"));
        QTest::keyClicks(&editor, QStringLiteral("print(42)"));
        QCOMPARE(editor.text(), QStringLiteral("print(42)"));
        QCOMPARE(editor.codeToRun(), QStringLiteral("print(42)"));
        // Selecting with the keyboard afterwards still runs just the selection.
        QTest::keyClick(&editor, Qt::Key_Home, Qt::ShiftModifier);
        QCOMPARE(editor.codeToRun(), QStringLiteral("print(42)"));
        QTest::keyClick(&editor, Qt::Key_End);
        QTest::keyClick(&editor, Qt::Key_Left, Qt::ShiftModifier);
        QCOMPARE(editor.codeToRun(), QStringLiteral(")"));
    }

    void findAndReplace()
    {
        CodeEditor editor;
        editor.setText(QStringLiteral("foo bar foo\nFoo\n"));
        FindBar bar;
        bar.setEditor(&editor);
        bar.setFindText(QStringLiteral("foo"));
        QVERIFY(bar.findNext());
        QCOMPARE(editor.selectedText(), QStringLiteral("foo"));
        bar.setReplaceText(QStringLiteral("baz"));
        QCOMPARE(bar.replaceAll(), 3); // case-insensitive by default
        QCOMPARE(editor.text(), QStringLiteral("baz bar baz\nbaz\n"));
        bar.setFindText(QStringLiteral("nothing"));
        QVERIFY(!bar.findNext());
    }

    void bufferStoreRoundTrip()
    {
        QTemporaryDir dir;
        BufferStore store(dir.path());
        QVERIFY(store.load(QStringLiteral("sbx-1")).isEmpty());
        QList<SavedBuffer> buffers{{QStringLiteral("a"), QStringLiteral("python"), QString(), QStringLiteral("x = 'ü'\n"), false},
                                   {QStringLiteral("main.js"), QStringLiteral("javascript"),
                                    QStringLiteral("/home/user/main.js"), QStringLiteral("1"), true}};
        QString error;
        QVERIFY2(store.save(QStringLiteral("sbx-1"), buffers, &error), qPrintable(error));
        const QList<SavedBuffer> back = store.load(QStringLiteral("sbx-1"));
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(0).text, QStringLiteral("x = 'ü'\n"));
        QCOMPARE(back.at(1).remotePath, QStringLiteral("/home/user/main.js"));
        QVERIFY(back.at(1).modified);
        QVERIFY(store.load(QStringLiteral("sbx-2")).isEmpty());
        // A hostile sandbox id cannot name a file outside the store.
        QVERIFY(store.fileFor(QStringLiteral("../../etc/passwd")).startsWith(dir.path() + QLatin1Char('/')));
        QVERIFY(!store.fileFor(QStringLiteral("../../etc/passwd")).contains(QStringLiteral("..")));
    }
};

QTEST_MAIN(TstCodeEditor)
#include "tst_codeeditor.moc"
