// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The terminal's screen, kept by libvterm: bytes from the shell go in (feed), cells come out
// (cell, lineText) with their colours resolved to RGB, and keys go back as xterm sends them
// (output). Lines that scroll off the top are kept (kScrollbackLines); line numbers below are
// "history" numbers: 0 is the oldest line kept, historyLines() + row is a screen row, so a
// position stays on its text while more scrolls in. No widgets: TerminalView paints it.

#include <QByteArray>
#include <QObject>
#include <QPoint>
#include <QRgb>
#include <QString>

#include <deque>
#include <vector>

struct VTerm;
struct VTermScreen;

namespace Sandbar::Ui {

struct TerminalCell
{
    enum Attr : quint8 {
        Bold = 0x01,
        Italic = 0x02,
        Underline = 0x04,
        Reverse = 0x08,
        Strike = 0x10,
        DefaultFg = 0x20,
        DefaultBg = 0x40,
    };
    char32_t ch = 0; // 0: blank
    quint8 width = 1; // 2 for a wide character; its right half is a cell of width 0
    quint8 attrs = DefaultFg | DefaultBg;
    QRgb fg = 0;
    QRgb bg = 0;
    bool sameLook(const TerminalCell &other) const { return attrs == other.attrs && fg == other.fg && bg == other.bg; }
};

class TerminalEmulator : public QObject
{
    Q_OBJECT
public:
    static constexpr int kScrollbackLines = 10000;
    enum class CursorShape { Block, Underline, Bar };

    TerminalEmulator(int rows, int cols, QObject *parent = nullptr);
    ~TerminalEmulator() override;

    void feed(const QByteArray &bytes);
    void resize(int rows, int cols);
    int rows() const { return m_rows; }
    int cols() const { return m_cols; }

    // Scrolled-off lines kept; a screen row `r` is history line historyLines() + r.
    int historyLines() const { return int(m_scrollback.size()); }
    TerminalCell cell(int line, int col) const;
    QString lineText(int line) const;
    // The text from (line, col) to (line, col) inclusive, lines joined with '\n', trailing
    // blanks of each line dropped.
    QString text(QPoint from, QPoint to) const;
    // Lines ever pushed to the scrollback (also those dropped since): what keeps a selection on
    // its text.
    qint64 linesScrolledOff() const { return m_scrolledOff; }

    QPoint cursor() const { return m_cursor; } // (col, row) on the screen
    bool cursorVisible() const { return m_cursorVisible; }
    CursorShape cursorShape() const { return m_cursorShape; }
    bool altScreen() const { return m_altScreen; }
    bool reverseVideo() const { return m_reverse; }
    QString title() const { return m_title; }

    // Keys as the terminal sends them; `modifiers` are Qt's.
    void key(int vtermKey, Qt::KeyboardModifiers modifiers);
    void character(char32_t c, Qt::KeyboardModifiers modifiers);
    // Text pasted: in bracketed-paste mode marked as such; newlines sent as Return.
    void paste(const QString &text);

signals:
    // Bytes for the shell.
    void output(const QByteArray &bytes);
    // The screen changed (once per feed, however much it changed).
    void changed();
    void titleChanged(const QString &title);
    void bell();

private:
    friend struct TerminalCallbacks; // libvterm's callbacks (terminalemulator.cpp)

    void write(const char *bytes, qsizetype length);
    // Follows libvterm's parser well enough to know when it is surely in its ground state
    // drawing ASCII (where a line of printable bytes is plain text).
    void scan(quint8 byte);
    // A flood of plain lines (each printable ASCII no wider than
    // the screen, then CR LF): the lines that only pass through go straight to the scrollback
    // instead of scrolling libvterm's screen one by one, which costs rows x cols per line.
    // Falls back to write() unless the result is the same.
    // `lineEnds` are offsets in `chunk` after each line's CR LF; the first line starts at runStart.
    void writePlainLines(const char *chunk, qsizetype runStart, const std::vector<qsizetype> &lineEnds);
    bool plainLinesScrollAsUsual();
    void pushPlainLine(const char *text, qsizetype length);
    // A line's storage for the scrollback: the oldest line's once the scrollback is full.
    std::vector<TerminalCell> recycledLine();
    // Into the scrollback, trailing blanks dropped.
    void keepLine(std::vector<TerminalCell> line);
    // What the terminal answered or the keys produced, to the shell.
    void flushOutput();

    VTerm *m_vterm = nullptr;
    VTermScreen *m_screen = nullptr;
    int m_rows;
    int m_cols;
    std::deque<std::vector<TerminalCell>> m_scrollback;
    qint64 m_scrolledOff = 0;
    QPoint m_cursor;
    bool m_cursorVisible = true;
    CursorShape m_cursorShape = CursorShape::Block;
    bool m_altScreen = false;
    bool m_reverse = false;
    QString m_title;
    QByteArray m_pending; // output collected during one call, emitted once
    enum class Scan : quint8 { Ground, Escape, Charset, Intermediate, Csi, String, StringEscape };
    Scan m_scan = Scan::Ground;
    bool m_asciiCharset = true; // G0 is ASCII
    bool m_shiftedOut = false;  // SO: G1 is in use
    bool m_changed = false; // the screen changed during this feed: changed() once at its end
    int m_dropPushes = 0; // blank lines the fast path scrolls off, not kept
};

} // namespace Sandbar::Ui
