// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codeeditor.h"

#include <Qsci/qscilexerbash.h>
#include <Qsci/qscilexerjavascript.h>
#include <Qsci/qscilexerpython.h>

#include <QColor>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPalette>

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

} // namespace Sandbar::Ui
