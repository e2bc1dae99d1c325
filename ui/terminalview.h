// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Paints a TerminalEmulator's screen and scrollback in the system's monospace font and sends
// keys as xterm does. Scrollback with the wheel, the scroll bar and Shift+PageUp/PageDown (in
// the alternate screen the wheel sends arrow keys, as less and vim expect); selection with the
// mouse, copied with Ctrl+Shift+C (and to the X11 selection), pasted with Ctrl+Shift+V or the
// middle button. The grid follows the widget's size (sizeChanged). Repaints are coalesced to
// one per frame, however much output arrives.

#include <QAbstractScrollArea>
#include <QFont>
#include <QPoint>
#include <QTimer>

namespace Sandbar::Ui {

class TerminalEmulator;

class TerminalView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TerminalView(QWidget *parent = nullptr);

    TerminalEmulator *emulator() const { return m_emulator; }
    // Keys typed go nowhere while false (a closed terminal stays readable).
    void setInputEnabled(bool enabled);
    bool inputEnabled() const { return m_inputEnabled; }
    QString selectedText() const;
    QSize cellSize() const { return m_cell; }
    // Lines scrolled back from the bottom (0: following the output).
    int scrollOffset() const;

    void copy();
    void pasteClipboard();

signals:
    // Bytes the keys (and the terminal's answers) produce, for the shell.
    void input(const QByteArray &bytes);
    void sizeChanged(int cols, int rows);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void scrollContentsBy(int dx, int dy) override;
    bool event(QEvent *event) override;

private:
    void scheduleRepaint();
    void updateScrollBar();
    void fitGrid();
    // The history line at the top of the viewport.
    int topLine() const;
    // A viewport point as (col, stable line): lines counted from the first ever scrolled off.
    QPoint cellAt(const QPoint &pos) const;
    int historyLineOf(qint64 stableLine) const;
    void paintLine(QPainter &painter, int line, int y);
    void drawCursor(QPainter &painter);
    bool isSelected(int line, int col) const;

    TerminalEmulator *m_emulator;
    QFont m_font;
    QFont m_boldFont;
    QSize m_cell; // rounded up, for sizes
    qreal m_cellWidth = 1;
    int m_ascent = 0;
    QTimer m_repaint;
    bool m_inputEnabled = true;
    bool m_followOutput = true;
    qint64 m_lastScrolledOff = 0;
    int m_lastHistory = 0;
    // The selection in (col, stable line) coordinates; empty when both ends are equal.
    QPoint m_selectionStart;
    QPoint m_selectionEnd;
    bool m_selecting = false;
};

} // namespace Sandbar::Ui
