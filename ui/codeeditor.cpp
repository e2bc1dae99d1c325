// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codeeditor.h"

#include <Qsci/qscilexerbash.h>
#include <Qsci/qscilexerjavascript.h>
#include <Qsci/qscilexerpython.h>

#include <QColor>
#include <QFileInfo>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QSet>
#include <QPalette>

#include <algorithm>
#include <cctype>

namespace Sandbar::Ui {

CodeEditor::CodeEditor(QWidget *parent) : QsciScintilla(parent)
{
    setUtf8(true);
    const QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(font);
    setMarginsFont(font);
    setMarginType(0, QsciScintilla::NumberMargin);
    setMarginLineNumbers(0, true);
    setFolding(QsciScintilla::BoxedTreeFoldStyle, 2);
    setBraceMatching(QsciScintilla::SloppyBraceMatch);
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setIndentationWidth(4);
    setTabWidth(4);
    setIndentationGuides(true);
    setCaretLineVisible(true);
    // QScintilla's default caret line is bright yellow: a faint tint of the selection colour.
    const QColor base = palette().color(QPalette::Base);
    const QColor accent = palette().color(QPalette::Highlight);
    setCaretLineBackgroundColor(QColor::fromRgbF(base.redF() * 0.92f + accent.redF() * 0.08f,
                                                 base.greenF() * 0.92f + accent.greenF() * 0.08f,
                                                 base.blueF() * 0.92f + accent.blueF() * 0.08f));
    setEolMode(QsciScintilla::EolUnix);
    // Completion is asked for (Tab, Ctrl+Space), never popped up while typing.
    setAutoCompletionSource(QsciScintilla::AcsNone);
    SendScintilla(SCI_AUTOCSETSEPARATOR, long('\n'));
    SendScintilla(SCI_AUTOCSETTYPESEPARATOR, long('\x1e')); // '?' is a file name's character
    updateMarginWidth();
    connect(this, &QsciScintilla::linesChanged, this, &CodeEditor::updateMarginWidth);
}

void CodeEditor::updateMarginWidth()
{
    setMarginWidth(0, QStringLiteral("0%1").arg(lines()));
}

QString CodeEditor::languageForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("py") || suffix == QLatin1String("pyw"))
        return QStringLiteral("python");
    if (suffix == QLatin1String("js") || suffix == QLatin1String("mjs") || suffix == QLatin1String("cjs") ||
        suffix == QLatin1String("json") || suffix == QLatin1String("ts"))
        return QStringLiteral("javascript");
    if (suffix == QLatin1String("sh") || suffix == QLatin1String("bash"))
        return QStringLiteral("bash");
    return {};
}

void CodeEditor::setLanguage(const QString &language)
{
    if (language == m_language && lexer())
        return;
    m_language = language;
    QsciLexer *old = lexer();
    QsciLexer *next = nullptr;
    if (language == QLatin1String("python"))
        next = new QsciLexerPython(this);
    else if (language == QLatin1String("javascript"))
        next = new QsciLexerJavaScript(this);
    else if (language == QLatin1String("bash"))
        next = new QsciLexerBash(this);
    if (next)
        next->setDefaultFont(font());
    setLexer(next);
    if (!next)
        setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    delete old;
}

QString CodeEditor::codeToRun() const
{
    // Asks Scintilla itself: QsciScintilla::hasSelectedText() is a cached flag that typing over
    // a selection does not clear, and its selectedText() of that empty selection is "".
    if (SendScintilla(SCI_GETSELECTIONEMPTY))
        return text();
    // The length includes the terminating NUL.
    QByteArray bytes(int(SendScintilla(SCI_GETSELTEXT)) + 1, '\0');
    SendScintilla(SCI_GETSELTEXT, 0UL, static_cast<void *>(bytes.data()));
    return bytesAsText(bytes.constData());
}

QString CodeEditor::textBeforeCursor() const
{
    const long position = SendScintilla(SCI_GETCURRENTPOS);
    return QString::fromUtf8(text().toUtf8().left(int(position)));
}

int CodeEditor::cursorCharacter() const
{
    return int(textBeforeCursor().toUcs4().size());
}

void CodeEditor::showList(const QString &typed, QStringList matches)
{
    matches.sort();
    matches.removeDuplicates();
    m_shownList = matches;
    // SC_ORDER_PERFORMSORT: Scintilla sorts for its prefix search; `typed` (bytes, as Scintilla
    // counts) is what a choice replaces.
    SendScintilla(SCI_AUTOCSETORDER, 1L);
    SendScintilla(SCI_AUTOCSHOW, static_cast<unsigned long>(typed.toUtf8().size()),
                  matches.join(QLatin1Char('\n')).toUtf8().constData());
}

bool CodeEditor::afterName() const
{
    const long position = SendScintilla(SCI_GETCURRENTPOS);
    if (position <= 0 || !SendScintilla(SCI_GETSELECTIONEMPTY))
        return false;
    const char before = char(SendScintilla(SCI_GETCHARAT, position - 1));
    return std::isalnum(static_cast<unsigned char>(before)) || before == '_' || before == '.' || before == '/' ||
           before == '$' || (static_cast<unsigned char>(before) & 0x80);
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    const bool tab = event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier;
    const bool space = event->key() == Qt::Key_Space && event->modifiers() == Qt::ControlModifier;
    const bool shiftTab = event->key() == Qt::Key_Backtab;
    if (!isListActive() && ((tab && afterName()) || space)) {
        m_indentIfNothing = tab;
        complete();
        return;
    }
    if (shiftTab && afterName()) {
        m_request = nextRequest();
        m_requestPosition = int(SendScintilla(SCI_GETCURRENTPOS));
        if (m_asksContext)
            emit calltipRequested(m_request);
        return;
    }
    QsciScintilla::keyPressEvent(event);
}

int CodeEditor::nextRequest()
{
    // Unique across editors: an answer reaches the current editor, which may have changed.
    static int last = 0;
    return ++last;
}

void CodeEditor::complete()
{
    m_request = nextRequest();
    m_requestPosition = int(SendScintilla(SCI_GETCURRENTPOS));
    if (m_asksContext)
        emit completionRequested(m_request);
    else
        completeLocally();
}

bool CodeEditor::completeLocally()
{
    // The word before the cursor, completed from the lexer's keywords and the buffer's words.
    static const QRegularExpression tail(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*$"));
    const QString prefix = tail.match(textBeforeCursor()).captured(0);
    if (prefix.isEmpty())
        return indentInstead();
    QSet<QString> words;
    if (lexer()) {
        for (const QString &keyword : QString::fromLatin1(lexer()->keywords(1)).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            words.insert(keyword);
    }
    static const QRegularExpression word(QStringLiteral("[A-Za-z_][A-Za-z0-9_]{2,}"));
    for (auto it = word.globalMatch(text()); it.hasNext();)
        words.insert(it.next().captured(0));
    QStringList matches;
    for (const QString &candidate : std::as_const(words)) {
        if (candidate.startsWith(prefix) && candidate != prefix)
            matches.append(candidate);
    }
    if (matches.isEmpty())
        return indentInstead();
    showList(prefix, matches);
    return true;
}

bool CodeEditor::indentInstead()
{
    // Tab with nothing to complete does what Tab does.
    if (std::exchange(m_indentIfNothing, false))
        SendScintilla(SCI_TAB);
    return false;
}

void CodeEditor::showCompletions(int request, const Api::CodeCompletion &completion)
{
    // Typing went on meanwhile: the answer is about text that is not there any more.
    if (request != m_request || int(SendScintilla(SCI_GETCURRENTPOS)) != m_requestPosition)
        return;
    if (completion.matches.isEmpty()) {
        completeLocally();
        return;
    }
    // What a choice replaces: the characters from cursor_start to the cursor.
    const QVector<uint> before = textBeforeCursor().toUcs4();
    const qsizetype start = std::clamp<qsizetype>(completion.cursorStart, 0, before.size());
    m_indentIfNothing = false;
    showList(QString::fromUcs4(reinterpret_cast<const char32_t *>(before.constData() + start), before.size() - start),
             completion.matches);
}

void CodeEditor::showCalltip(int request, const QString &text)
{
    if (request != m_request || text.isEmpty())
        return;
    // A few lines: the signature and the start of its documentation.
    QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.size() > 16) {
        lines = lines.mid(0, 16);
        lines.append(QStringLiteral("…"));
    }
    m_calltip = lines.join(QLatin1Char('\n'));
    SendScintilla(SCI_CALLTIPSHOW, static_cast<unsigned long>(m_requestPosition), m_calltip.toUtf8().constData());
}

} // namespace Sandbar::Ui
