// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalview.h"

#include "terminalemulator.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QtMath>

#include <vterm_keycodes.h>

namespace Sandbar::Ui {

namespace {
const QColor kBackground(0x1d, 0x1f, 0x21);
const QColor kForeground(0xd0, 0xd3, 0xd0);
const QColor kSelection(0x44, 0x6e, 0xa8);

int vtermKeyFor(int key)
{
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter: return VTERM_KEY_ENTER;
    case Qt::Key_Tab:
    case Qt::Key_Backtab: return VTERM_KEY_TAB;
    case Qt::Key_Backspace: return VTERM_KEY_BACKSPACE;
    case Qt::Key_Escape: return VTERM_KEY_ESCAPE;
    case Qt::Key_Up: return VTERM_KEY_UP;
    case Qt::Key_Down: return VTERM_KEY_DOWN;
    case Qt::Key_Left: return VTERM_KEY_LEFT;
    case Qt::Key_Right: return VTERM_KEY_RIGHT;
    case Qt::Key_Insert: return VTERM_KEY_INS;
    case Qt::Key_Delete: return VTERM_KEY_DEL;
    case Qt::Key_Home: return VTERM_KEY_HOME;
    case Qt::Key_End: return VTERM_KEY_END;
    case Qt::Key_PageUp: return VTERM_KEY_PAGEUP;
    case Qt::Key_PageDown: return VTERM_KEY_PAGEDOWN;
    default: break;
    }
    if (key >= Qt::Key_F1 && key <= Qt::Key_F12)
        return VTERM_KEY_FUNCTION(key - Qt::Key_F1 + 1);
    return VTERM_KEY_NONE;
}

// The byte xterm sends for Ctrl with this key, or -1.
int controlByte(int key)
{
    if (key >= Qt::Key_A && key <= Qt::Key_Z)
        return key - Qt::Key_A + 1;
    switch (key) {
    case Qt::Key_BracketLeft: return 0x1b;
    case Qt::Key_Backslash: return 0x1c;
    case Qt::Key_BracketRight: return 0x1d;
    case Qt::Key_AsciiCircum:
    case Qt::Key_6: return 0x1e;
    case Qt::Key_Underscore:
    case Qt::Key_Minus: return 0x1f;
    case Qt::Key_At:
    case Qt::Key_Space:
    case Qt::Key_2: return 0x00;
    default: return -1;
    }
}

bool isWordChar(char32_t c)
{
    return c != 0 && (QChar::isLetterOrNumber(c) || QStringView(u"-_./~:@%+=").contains(QChar(c)));
}
} // namespace

TerminalView::TerminalView(QWidget *parent)
    : QAbstractScrollArea(parent), m_emulator(new TerminalEmulator(24, 80, this)),
      m_font(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
    m_font.setStyleHint(QFont::TypeWriter);
    m_font.setKerning(false);
    m_boldFont = m_font;
    m_boldFont.setBold(true);
    // Fractional: a run of text drawn in one call advances by the font's real width, and the
    // grid must agree with it or colours drift off their characters.
    const QFontMetricsF metrics(m_font);
    m_cellWidth = std::max<qreal>(1, metrics.horizontalAdvance(QLatin1Char('M')));
    m_cell = QSize(qCeil(m_cellWidth), std::max(1, qCeil(metrics.height())));
    m_ascent = metrics.ascent();
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled, false);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAutoFillBackground(false);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setMinimumSize(m_cell.width() * 20, m_cell.height() * 4);
    setAccessibleName(tr("Terminal"));

    m_repaint.setSingleShot(true);
    m_repaint.setInterval(16);
    connect(&m_repaint, &QTimer::timeout, this, [this] {
        updateScrollBar();
        viewport()->update();
    });
    connect(m_emulator, &TerminalEmulator::changed, this, &TerminalView::scheduleRepaint);
    connect(m_emulator, &TerminalEmulator::output, this, &TerminalView::input);
    connect(m_emulator, &TerminalEmulator::bell, this, [] { QApplication::beep(); });
}

void TerminalView::setInputEnabled(bool enabled)
{
    m_inputEnabled = enabled;
    viewport()->update();
}

void TerminalView::scheduleRepaint()
{
    if (!m_repaint.isActive())
        m_repaint.start();
}

int TerminalView::scrollOffset() const
{
    return m_emulator->historyLines() - topLine();
}

int TerminalView::topLine() const
{
    const int history = m_emulator->historyLines();
    if (m_followOutput)
        return history;
    return std::clamp(verticalScrollBar()->value(), 0, history);
}

int TerminalView::historyLineOf(qint64 stableLine) const
{
    return int(stableLine - (m_emulator->linesScrolledOff() - m_emulator->historyLines()));
}

void TerminalView::updateScrollBar()
{
    QScrollBar *bar = verticalScrollBar();
    const int history = m_emulator->historyLines();
    const qint64 scrolled = m_emulator->linesScrolledOff();
    // Scrolled back, the view stays on its text while output scrolls in underneath: lines only
    // move up in the history when the oldest are dropped.
    const qint64 dropped = (scrolled - m_lastScrolledOff) - (history - m_lastHistory);
    const int value = m_followOutput ? history : std::clamp(int(bar->value() - dropped), 0, history);
    const QSignalBlocker blocker(bar);
    bar->setRange(0, history);
    bar->setPageStep(m_emulator->rows());
    bar->setSingleStep(1);
    bar->setValue(value);
    m_lastScrolledOff = scrolled;
    m_lastHistory = history;
}

void TerminalView::scrollContentsBy(int, int)
{
    m_followOutput = verticalScrollBar()->value() >= m_emulator->historyLines();
    viewport()->update();
}

void TerminalView::fitGrid()
{
    const int cols = std::max(2, int(viewport()->width() / m_cellWidth));
    const int rows = std::max(1, viewport()->height() / m_cell.height());
    if (cols == m_emulator->cols() && rows == m_emulator->rows())
        return;
    m_emulator->resize(rows, cols);
    updateScrollBar();
    emit sizeChanged(cols, rows);
}

void TerminalView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    fitGrid();
}

QPoint TerminalView::cellAt(const QPoint &pos) const
{
    const int col = std::clamp(int(pos.x() / m_cellWidth), 0, m_emulator->cols() - 1);
    const int row = std::clamp(pos.y() / m_cell.height(), 0, m_emulator->rows() - 1);
    const qint64 firstKept = m_emulator->linesScrolledOff() - m_emulator->historyLines();
    return QPoint(col, int(firstKept + topLine() + row));
}

bool TerminalView::isSelected(int line, int col) const
{
    if (m_selectionStart == m_selectionEnd)
        return false;
    QPoint from = m_selectionStart, to = m_selectionEnd;
    const qint64 firstKept = m_emulator->linesScrolledOff() - m_emulator->historyLines();
    if (to.y() < from.y() || (to.y() == from.y() && to.x() < from.x()))
        std::swap(from, to);
    const qint64 stable = firstKept + line;
    if (stable < from.y() || stable > to.y())
        return false;
    if (stable == from.y() && col < from.x())
        return false;
    if (stable == to.y() && col > to.x())
        return false;
    return true;
}

QString TerminalView::selectedText() const
{
    if (m_selectionStart == m_selectionEnd)
        return {};
    const QPoint from(m_selectionStart.x(), std::max(0, historyLineOf(m_selectionStart.y())));
    const QPoint to(m_selectionEnd.x(), std::max(0, historyLineOf(m_selectionEnd.y())));
    return m_emulator->text(from, to);
}

void TerminalView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const bool reverse = m_emulator->reverseVideo();
    painter.fillRect(viewport()->rect(), reverse ? kForeground : kBackground);
    const int top = topLine();
    const int last = m_emulator->historyLines() + m_emulator->rows();
    for (int row = 0; row < m_emulator->rows() && top + row < last; ++row)
        paintLine(painter, top + row, row * m_cell.height());
    drawCursor(painter);
}

void TerminalView::paintLine(QPainter &painter, int line, int y)
{
    const bool reverse = m_emulator->reverseVideo();
    const int cols = m_emulator->cols();
    std::vector<TerminalCell> cells(static_cast<size_t>(cols));
    for (int col = 0; col < cols; ++col)
        cells[size_t(col)] = m_emulator->cell(line, col);
    int col = 0;
    while (col < cols) {
        const TerminalCell &first = cells[size_t(col)];
        const bool selected = isSelected(line, col);
        // A run: cells that look the same, so that one fill and one drawText cover them.
        int end = col + 1;
        bool ascii = first.ch < 0x80 && first.width == 1;
        if (ascii) {
            while (end < cols && cells[size_t(end)].sameLook(first) && cells[size_t(end)].width == 1 &&
                   cells[size_t(end)].ch < 0x80 && isSelected(line, end) == selected)
                ++end;
        } else if (first.width == 2) {
            end = std::min(cols, col + 2);
        }
        QColor fg = (first.attrs & TerminalCell::DefaultFg) ? (reverse ? kBackground : kForeground) : QColor(first.fg);
        QColor bg = (first.attrs & TerminalCell::DefaultBg) ? (reverse ? kForeground : kBackground) : QColor(first.bg);
        if (first.attrs & TerminalCell::Reverse)
            std::swap(fg, bg);
        if (selected) {
            bg = kSelection;
            fg = Qt::white;
        }
        const QRectF rect(col * m_cellWidth, y, (end - col) * m_cellWidth, m_cell.height());
        if (bg != (reverse ? kForeground : kBackground))
            painter.fillRect(rect, bg);
        QString text;
        for (int i = col; i < end; ++i) {
            const char32_t ch = cells[size_t(i)].ch;
            if (cells[size_t(i)].width == 0)
                continue;
            text += ch == 0 ? QString(QLatin1Char(' ')) : QString::fromUcs4(&ch, 1);
        }
        if (!text.trimmed().isEmpty() || (first.attrs & (TerminalCell::Underline | TerminalCell::Strike))) {
            QFont font = (first.attrs & TerminalCell::Bold) ? m_boldFont : m_font;
            font.setItalic(first.attrs & TerminalCell::Italic);
            font.setUnderline(first.attrs & TerminalCell::Underline);
            font.setStrikeOut(first.attrs & TerminalCell::Strike);
            painter.setFont(font);
            painter.setPen(fg);
            painter.drawText(QPointF(rect.x(), y + m_ascent), text);
        }
        col = end;
    }
}

void TerminalView::drawCursor(QPainter &painter)
{
    if (!m_emulator->cursorVisible() || !m_inputEnabled)
        return;
    const int line = m_emulator->historyLines() + m_emulator->cursor().y() - topLine();
    if (line < 0 || line >= m_emulator->rows())
        return;
    const QRectF cell(m_emulator->cursor().x() * m_cellWidth, line * m_cell.height(), m_cellWidth, m_cell.height());
    const QColor colour(0xe0, 0xe0, 0x90);
    if (!hasFocus()) {
        painter.setPen(colour);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cell.adjusted(0.5, 0.5, -0.5, -0.5));
        return;
    }
    switch (m_emulator->cursorShape()) {
    case TerminalEmulator::CursorShape::Underline:
        painter.fillRect(QRectF(cell.left(), cell.bottom() - 2, cell.width(), 2), colour);
        break;
    case TerminalEmulator::CursorShape::Bar:
        painter.fillRect(QRectF(cell.left(), cell.top(), 2, cell.height()), colour);
        break;
    case TerminalEmulator::CursorShape::Block: {
        painter.fillRect(cell, colour);
        const TerminalCell under = m_emulator->cell(m_emulator->historyLines() + m_emulator->cursor().y(), m_emulator->cursor().x());
        if (under.ch != 0) {
            painter.setFont((under.attrs & TerminalCell::Bold) ? m_boldFont : m_font);
            painter.setPen(kBackground);
            painter.drawText(QPointF(cell.x(), cell.y() + m_ascent), QString::fromUcs4(&under.ch, 1));
        }
        break;
    }
    }
}

bool TerminalView::event(QEvent *event)
{
    // The terminal takes every key it has focus for (Ctrl+S, Ctrl+Return...) before the
    // window's shortcuts do, except its own copy and paste.
    if (event->type() == QEvent::ShortcutOverride && m_inputEnabled) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool ownShortcut = key->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier) &&
                                 (key->key() == Qt::Key_C || key->key() == Qt::Key_V);
        if (!ownShortcut) {
            event->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

bool TerminalView::focusNextPrevChild(bool)
{
    return false; // Tab is the shell's
}

void TerminalView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    if (modifiers == (Qt::ControlModifier | Qt::ShiftModifier) && key == Qt::Key_C) {
        copy();
        return;
    }
    if (modifiers == (Qt::ControlModifier | Qt::ShiftModifier) && key == Qt::Key_V) {
        pasteClipboard();
        return;
    }
    if (modifiers == Qt::ShiftModifier && (key == Qt::Key_PageUp || key == Qt::Key_PageDown)) {
        QScrollBar *bar = verticalScrollBar();
        bar->setValue(bar->value() + (key == Qt::Key_PageUp ? -1 : 1) * std::max(1, m_emulator->rows() - 1));
        return;
    }
    if (!m_inputEnabled)
        return;
    // Typing returns to the output.
    if (!m_followOutput) {
        m_followOutput = true;
        updateScrollBar();
        viewport()->update();
    }
    const int vtermKey = vtermKeyFor(key);
    if (vtermKey != VTERM_KEY_NONE) {
        m_emulator->key(vtermKey, key == Qt::Key_Backtab ? modifiers | Qt::ShiftModifier : modifiers);
        return;
    }
    if (modifiers & Qt::ControlModifier) {
        const int byte = controlByte(key);
        if (byte >= 0) {
            QByteArray bytes;
            if (modifiers & Qt::AltModifier)
                bytes += '\x1b';
            bytes += char(byte);
            emit input(bytes);
            return;
        }
    }
    const QString text = event->text();
    if (text.isEmpty())
        return;
    for (const char32_t c : text.toUcs4()) {
        if (c < 0x20 || c == 0x7f)
            emit input(QByteArray(1, char(c)));
        else
            m_emulator->character(c, modifiers & Qt::AltModifier);
    }
}

void TerminalView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 40; // three lines a notch
    if (steps == 0)
        return;
    if (m_emulator->altScreen()) {
        // Full-screen programs scroll themselves.
        if (m_inputEnabled) {
            for (int i = 0; i < std::abs(steps); ++i)
                m_emulator->key(steps > 0 ? VTERM_KEY_UP : VTERM_KEY_DOWN, Qt::NoModifier);
        }
        return;
    }
    verticalScrollBar()->setValue(verticalScrollBar()->value() - steps);
}

void TerminalView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_selectionStart = m_selectionEnd = cellAt(event->position().toPoint());
        m_selecting = true;
        viewport()->update();
    } else if (event->button() == Qt::MiddleButton && m_inputEnabled) {
        m_emulator->paste(QGuiApplication::clipboard()->text(QClipboard::Selection));
    }
}

void TerminalView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting)
        return;
    m_selectionEnd = cellAt(event->position().toPoint());
    viewport()->update();
}

void TerminalView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_selecting)
        return;
    m_selecting = false;
    if (QGuiApplication::clipboard()->supportsSelection() && m_selectionStart != m_selectionEnd)
        QGuiApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
}

void TerminalView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint at = cellAt(event->position().toPoint());
    const int line = historyLineOf(at.y());
    int from = at.x(), to = at.x();
    while (from > 0 && isWordChar(m_emulator->cell(line, from - 1).ch))
        --from;
    while (to + 1 < m_emulator->cols() && isWordChar(m_emulator->cell(line, to + 1).ch))
        ++to;
    m_selectionStart = QPoint(from, at.y());
    m_selectionEnd = QPoint(to, at.y());
    m_selecting = false;
    viewport()->update();
    if (QGuiApplication::clipboard()->supportsSelection())
        QGuiApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
}

void TerminalView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void TerminalView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

void TerminalView::copy()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void TerminalView::pasteClipboard()
{
    if (m_inputEnabled)
        m_emulator->paste(QGuiApplication::clipboard()->text());
}

} // namespace Sandbar::Ui
