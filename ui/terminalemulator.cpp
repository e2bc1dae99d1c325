// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalemulator.h"

#include <vterm.h>

namespace Sandbar::Ui {

namespace {
TerminalCell toCell(const VTermScreen *screen, const VTermScreenCell &in)
{
    TerminalCell cell;
    cell.ch = in.chars[0] == 0xFFFFFFFFu ? 0 : in.chars[0];
    cell.width = quint8(in.chars[0] == 0xFFFFFFFFu ? 0 : std::max<int>(1, in.width));
    quint8 attrs = 0;
    if (in.attrs.bold)
        attrs |= TerminalCell::Bold;
    if (in.attrs.italic)
        attrs |= TerminalCell::Italic;
    if (in.attrs.underline)
        attrs |= TerminalCell::Underline;
    if (in.attrs.reverse)
        attrs |= TerminalCell::Reverse;
    if (in.attrs.strike)
        attrs |= TerminalCell::Strike;
    VTermColor fg = in.fg;
    VTermColor bg = in.bg;
    if (VTERM_COLOR_IS_DEFAULT_FG(&fg)) {
        attrs |= TerminalCell::DefaultFg;
    } else {
        vterm_screen_convert_color_to_rgb(screen, &fg);
        cell.fg = qRgb(fg.rgb.red, fg.rgb.green, fg.rgb.blue);
    }
    if (VTERM_COLOR_IS_DEFAULT_BG(&bg)) {
        attrs |= TerminalCell::DefaultBg;
    } else {
        vterm_screen_convert_color_to_rgb(screen, &bg);
        cell.bg = qRgb(bg.rgb.red, bg.rgb.green, bg.rgb.blue);
    }
    cell.attrs = attrs;
    return cell;
}

VTermModifier toModifier(Qt::KeyboardModifiers modifiers)
{
    int mod = VTERM_MOD_NONE;
    if (modifiers & Qt::ShiftModifier)
        mod |= VTERM_MOD_SHIFT;
    if (modifiers & Qt::AltModifier)
        mod |= VTERM_MOD_ALT;
    if (modifiers & Qt::ControlModifier)
        mod |= VTERM_MOD_CTRL;
    return VTermModifier(mod);
}
} // namespace

struct TerminalCallbacks
{
    static TerminalEmulator *self(void *user) { return static_cast<TerminalEmulator *>(user); }

    static int damage(VTermRect, void *user)
    {
        self(user)->m_changed = true;
        return 1;
    }
    static int moveRect(VTermRect, VTermRect, void *user)
    {
        self(user)->m_changed = true;
        return 1;
    }
    static int moveCursor(VTermPos pos, VTermPos, int visible, void *user)
    {
        self(user)->m_cursor = QPoint(pos.col, pos.row);
        self(user)->m_cursorVisible = visible;
        self(user)->m_changed = true;
        return 1;
    }
    static int setTermProp(VTermProp prop, VTermValue *value, void *user)
    {
        TerminalEmulator *t = self(user);
        switch (prop) {
        case VTERM_PROP_CURSORVISIBLE: t->m_cursorVisible = value->boolean; break;
        case VTERM_PROP_ALTSCREEN: t->m_altScreen = value->boolean; break;
        case VTERM_PROP_REVERSE: t->m_reverse = value->boolean; break;
        case VTERM_PROP_CURSORSHAPE:
            t->m_cursorShape = value->number == VTERM_PROP_CURSORSHAPE_UNDERLINE ? TerminalEmulator::CursorShape::Underline
                               : value->number == VTERM_PROP_CURSORSHAPE_BAR_LEFT ? TerminalEmulator::CursorShape::Bar
                                                                                  : TerminalEmulator::CursorShape::Block;
            break;
        case VTERM_PROP_TITLE:
            t->m_title = QString::fromUtf8(value->string ? value->string : "").left(200);
            emit t->titleChanged(t->m_title);
            break;
        default: return 0;
        }
        t->m_changed = true;
        return 1;
    }
    static int bell(void *user)
    {
        emit self(user)->bell();
        return 1;
    }
    static int pushLine(int cols, const VTermScreenCell *cells, void *user)
    {
        TerminalEmulator *t = self(user);
        if (t->m_dropPushes > 0) {
            --t->m_dropPushes;
            return 1;
        }
        std::vector<TerminalCell> line = t->recycledLine();
        line.resize(size_t(cols));
        for (int i = 0; i < cols; ++i)
            line[size_t(i)] = toCell(t->m_screen, cells[i]);
        t->keepLine(std::move(line));
        return 1;
    }
    static int popLine(int cols, VTermScreenCell *cells, void *user)
    {
        TerminalEmulator *t = self(user);
        if (t->m_scrollback.empty())
            return 0;
        const std::vector<TerminalCell> line = std::move(t->m_scrollback.back());
        t->m_scrollback.pop_back();
        --t->m_scrolledOff;
        VTermScreenCell blank{};
        blank.width = 1;
        vterm_color_indexed(&blank.fg, 7);
        blank.fg.type |= VTERM_COLOR_DEFAULT_FG;
        vterm_color_indexed(&blank.bg, 0);
        blank.bg.type |= VTERM_COLOR_DEFAULT_BG;
        for (int i = 0; i < cols; ++i) {
            cells[i] = blank;
            if (size_t(i) >= line.size())
                continue;
            const TerminalCell &cell = line[size_t(i)];
            cells[i].chars[0] = cell.width == 0 ? 0xFFFFFFFFu : cell.ch;
            cells[i].width = char(std::max<int>(1, cell.width));
            cells[i].attrs.bold = (cell.attrs & TerminalCell::Bold) != 0;
            cells[i].attrs.italic = (cell.attrs & TerminalCell::Italic) != 0;
            cells[i].attrs.underline = (cell.attrs & TerminalCell::Underline) ? 1 : 0;
            cells[i].attrs.reverse = (cell.attrs & TerminalCell::Reverse) != 0;
            cells[i].attrs.strike = (cell.attrs & TerminalCell::Strike) != 0;
            if (!(cell.attrs & TerminalCell::DefaultFg))
                vterm_color_rgb(&cells[i].fg, quint8(qRed(cell.fg)), quint8(qGreen(cell.fg)), quint8(qBlue(cell.fg)));
            if (!(cell.attrs & TerminalCell::DefaultBg))
                vterm_color_rgb(&cells[i].bg, quint8(qRed(cell.bg)), quint8(qGreen(cell.bg)), quint8(qBlue(cell.bg)));
        }
        return 1;
    }
    static void output(const char *bytes, size_t length, void *user)
    {
        self(user)->m_pending.append(bytes, qsizetype(length));
    }
};

namespace {
const VTermScreenCallbacks kCallbacks = {
    &TerminalCallbacks::damage,    &TerminalCallbacks::moveRect, &TerminalCallbacks::moveCursor,
    &TerminalCallbacks::setTermProp, &TerminalCallbacks::bell,   nullptr,
    &TerminalCallbacks::pushLine,  &TerminalCallbacks::popLine,
};
} // namespace

TerminalEmulator::TerminalEmulator(int rows, int cols, QObject *parent)
    : QObject(parent), m_rows(std::max(1, rows)), m_cols(std::max(2, cols))
{
    m_vterm = vterm_new(m_rows, m_cols);
    vterm_set_utf8(m_vterm, 1);
    vterm_output_set_callback(m_vterm, &TerminalCallbacks::output, this);
    m_screen = vterm_obtain_screen(m_vterm);
    vterm_screen_set_callbacks(m_screen, &kCallbacks, this);
    vterm_screen_set_damage_merge(m_screen, VTERM_DAMAGE_SCROLL);
    vterm_screen_enable_altscreen(m_screen, 1);
    vterm_screen_reset(m_screen, 1);
    // The 16 basic colours, readable on the dark background (libvterm's own blue is not).
    static const QRgb basic[16] = {0x2e3436, 0xcc0000, 0x4e9a06, 0xc4a000, 0x5f87d7, 0xb678c4, 0x06989a, 0xd3d7cf,
                                   0x555753, 0xef2929, 0x8ae234, 0xfce94f, 0x8cb4ea, 0xd3a0ce, 0x34e2e2, 0xeeeeec};
    VTermState *state = vterm_obtain_state(m_vterm);
    for (int i = 0; i < 16; ++i) {
        VTermColor colour;
        vterm_color_rgb(&colour, quint8(qRed(basic[i])), quint8(qGreen(basic[i])), quint8(qBlue(basic[i])));
        vterm_state_set_palette_color(state, i, &colour);
    }
}

TerminalEmulator::~TerminalEmulator()
{
    vterm_free(m_vterm);
}

void TerminalEmulator::feed(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    // Runs of plain lines long enough to scroll the screen several times take the fast path.
    // Lines count only where libvterm's parser is sure to be in its ground state, drawing ASCII.
    const size_t minimumRun = size_t(m_rows) * 4 + 16;
    const char *data = bytes.constData();
    const qsizetype size = bytes.size();
    qsizetype written = 0;  // fed up to here
    qsizetype runStart = 0; // the run of plain lines being scanned starts here
    std::vector<qsizetype> lineEnds; // where its complete lines end (after CR LF)
    qsizetype lineLength = 0;
    bool counting = m_scan == Scan::Ground && m_asciiCharset && !m_shiftedOut;
    const auto endRun = [&] {
        if (lineEnds.size() >= minimumRun) {
            write(data + written, runStart - written);
            writePlainLines(data, runStart, lineEnds);
            written = lineEnds.back();
        }
        lineEnds.clear();
        lineLength = 0;
    };
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = quint8(data[i]);
        if (counting) {
            if (byte >= 0x20 && byte < 0x7f && lineLength < m_cols) {
                ++lineLength;
                continue;
            }
            if (byte == '\r' && i + 1 < size && data[i + 1] == '\n') {
                ++i;
                lineEnds.push_back(i + 1);
                lineLength = 0;
                continue;
            }
            // Not plain: the run ends with its last complete line.
            endRun();
            counting = false;
        }
        scan(byte);
        // Another run may start after the next line break in the ground state.
        if (byte == '\n' && i > 0 && data[i - 1] == '\r' && m_scan == Scan::Ground && m_asciiCharset && !m_shiftedOut) {
            counting = true;
            runStart = i + 1;
        }
    }
    endRun();
    write(data + written, size - written);
    vterm_screen_flush_damage(m_screen);
    // Answers to the shell's queries (cursor position, device attributes) go back at once.
    flushOutput();
    if (std::exchange(m_changed, false))
        emit changed();
}

void TerminalEmulator::scan(quint8 byte)
{
    if (byte == 0x18 || byte == 0x1a) { // CAN, SUB: a sequence is abandoned
        m_scan = Scan::Ground;
        return;
    }
    switch (m_scan) {
    case Scan::Ground:
        if (byte == 0x1b)
            m_scan = Scan::Escape;
        else if (byte == 0x0e)
            m_shiftedOut = true; // SO: G1 from here
        else if (byte == 0x0f)
            m_shiftedOut = false; // SI
        break;
    case Scan::Escape:
        if (byte == '[')
            m_scan = Scan::Csi;
        else if (byte == ']' || byte == 'P' || byte == '_' || byte == '^' || byte == 'X')
            m_scan = Scan::String;
        else if (byte == '(')
            m_scan = Scan::Charset;
        else if (byte >= 0x20 && byte <= 0x2f)
            m_scan = Scan::Intermediate;
        else if (byte == 'c') { // full reset
            m_asciiCharset = true;
            m_shiftedOut = false;
            m_scan = Scan::Ground;
        } else if (byte >= 0x30)
            m_scan = Scan::Ground;
        break; // ESC again, or a C0 control: still in the escape
    case Scan::Charset:
        if (byte >= 0x20 && byte <= 0x2f)
            break;
        m_asciiCharset = byte == 'B';
        m_scan = Scan::Ground;
        break;
    case Scan::Intermediate:
        if (byte >= 0x30)
            m_scan = Scan::Ground;
        break;
    case Scan::Csi:
        if (byte >= 0x40 && byte <= 0x7e)
            m_scan = Scan::Ground;
        else if (byte == 0x1b)
            m_scan = Scan::Escape;
        break;
    case Scan::String:
        if (byte == 0x07)
            m_scan = Scan::Ground;
        else if (byte == 0x1b)
            m_scan = Scan::StringEscape;
        break;
    case Scan::StringEscape:
        if (byte == '\\') {
            m_scan = Scan::Ground;
        } else {
            m_scan = Scan::Escape; // another sequence begins
            scan(byte);
        }
        break;
    }
}

void TerminalEmulator::write(const char *bytes, qsizetype length)
{
    if (length > 0)
        vterm_input_write(m_vterm, bytes, size_t(length));
}

bool TerminalEmulator::plainLinesScrollAsUsual()
{
    if (m_altScreen)
        return false;
    VTermState *state = vterm_obtain_state(m_vterm);
    VTermPos cursor;
    vterm_state_get_cursorpos(state, &cursor);
    if (cursor.col != 0 || cursor.row != m_rows - 1 || !vterm_screen_is_eol(m_screen, VTermPos{m_rows - 1, 0}))
        return false;
    for (int col = 0; col < m_cols; ++col) { // blank, and in the default colours
        VTermScreenCell cell;
        if (!vterm_screen_get_cell(m_screen, VTermPos{m_rows - 1, col}, &cell) || !VTERM_COLOR_IS_DEFAULT_BG(&cell.bg))
            return false;
    }
    // The pen must be the default one: the lines go to the scrollback as plain cells.
    VTermValue value;
    for (VTermAttr attr : {VTERM_ATTR_BOLD, VTERM_ATTR_UNDERLINE, VTERM_ATTR_ITALIC, VTERM_ATTR_BLINK,
                           VTERM_ATTR_REVERSE, VTERM_ATTR_STRIKE, VTERM_ATTR_FONT}) {
        if (!vterm_state_get_penattr(state, attr, &value) || value.number != 0)
            return false;
    }
    if (!vterm_state_get_penattr(state, VTERM_ATTR_FOREGROUND, &value) || !VTERM_COLOR_IS_DEFAULT_FG(&value.color))
        return false;
    if (!vterm_state_get_penattr(state, VTERM_ATTR_BACKGROUND, &value) || !VTERM_COLOR_IS_DEFAULT_BG(&value.color))
        return false;
    // And the scrolling region the whole screen, top to bottom (DECRQSS) and without left and
    // right margins (DECRQM 69); the answers are not output.
    const QByteArray before = std::exchange(m_pending, {});
    write("\x1bP$qr\x1b\\", 7);
    write("\x1b[?69$p", 7);
    const QByteArray answer = std::exchange(m_pending, before);
    return answer.contains(QStringLiteral("$r1;%1r").arg(m_rows).toLatin1()) &&
           (answer.contains("?69;2$y") || answer.contains("?69;0$y"));
}

void TerminalEmulator::pushPlainLine(const char *text, qsizetype length)
{
    std::vector<TerminalCell> line = recycledLine();
    line.assign(size_t(length), TerminalCell{});
    for (qsizetype i = 0; i < length; ++i)
        line[size_t(i)].ch = char32_t(quint8(text[i])); // a printed space is a space, as libvterm keeps it
    keepLine(std::move(line));
}

std::vector<TerminalCell> TerminalEmulator::recycledLine()
{
    if (int(m_scrollback.size()) < kScrollbackLines)
        return {};
    std::vector<TerminalCell> line = std::move(m_scrollback.front()); // reuse the oldest line's storage
    m_scrollback.pop_front();
    return line;
}

void TerminalEmulator::keepLine(std::vector<TerminalCell> line)
{
    // Trailing blanks cost memory and nothing else.
    while (!line.empty() && line.back().ch == 0 && (line.back().attrs & TerminalCell::DefaultBg))
        line.pop_back();
    m_scrollback.push_back(std::move(line));
    ++m_scrolledOff;
}

void TerminalEmulator::flushOutput()
{
    if (!m_pending.isEmpty())
        emit output(std::exchange(m_pending, {}));
}

void TerminalEmulator::writePlainLines(const char *chunk, qsizetype runStart, const std::vector<qsizetype> &lineEnds)
{
    const auto lineStart = [&](size_t k) { return k == 0 ? runStart : lineEnds[k - 1]; };
    // From line k to the end of the run, line breaks included.
    const auto writeFrom = [&](size_t k) { write(chunk + lineStart(k), lineEnds.back() - lineStart(k)); };
    const size_t count = lineEnds.size();
    const size_t onScreen = size_t(m_rows - 1);
    // Lines go through libvterm until the cursor sits at the bottom of a scrolling screen.
    size_t next = 0;
    while (next < count && next <= size_t(m_rows) && !plainLinesScrollAsUsual()) {
        write(chunk + lineStart(next), lineEnds[next] - lineStart(next));
        ++next;
    }
    if (next > size_t(m_rows) || count - next <= onScreen) {
        if (next < count)
            writeFrom(next);
        return;
    }
    // As if each line had been written at the bottom and scrolled: first the screen's lines
    // above the cursor scroll off (libvterm pushes them), then every line but the last
    // screenful passes straight into the scrollback, then the last screenful is written with
    // the blank lines it scrolls off dropped.
    const QByteArray breaks = QByteArray("\r\n").repeated(m_rows - 1);
    write(breaks.constData(), breaks.size());
    const size_t toScreen = count - onScreen;
    const size_t passing = toScreen - next;
    const size_t kept = std::min<size_t>(passing, size_t(kScrollbackLines));
    m_scrolledOff += qint64(passing - kept);
    for (size_t k = toScreen - kept; k < toScreen; ++k)
        pushPlainLine(chunk + lineStart(k), lineEnds[k] - lineStart(k) - 2);
    m_dropPushes = int(onScreen);
    writeFrom(toScreen);
    m_dropPushes = 0;
}

void TerminalEmulator::resize(int rows, int cols)
{
    rows = std::clamp(rows, 1, 1000);
    cols = std::clamp(cols, 2, 1000);
    if (rows == m_rows && cols == m_cols)
        return;
    m_rows = rows;
    m_cols = cols;
    vterm_set_size(m_vterm, rows, cols);
    vterm_screen_flush_damage(m_screen);
    m_changed = false;
    emit changed();
}

TerminalCell TerminalEmulator::cell(int line, int col) const
{
    const int history = historyLines();
    if (line < 0 || col < 0)
        return {};
    if (line < history) {
        const std::vector<TerminalCell> &kept = m_scrollback[size_t(line)];
        return size_t(col) < kept.size() ? kept[size_t(col)] : TerminalCell{};
    }
    const int row = line - history;
    if (row >= m_rows || col >= m_cols)
        return {};
    VTermScreenCell in;
    if (!vterm_screen_get_cell(m_screen, VTermPos{row, col}, &in))
        return {};
    return toCell(m_screen, in);
}

QString TerminalEmulator::lineText(int line) const
{
    return text(QPoint(0, line), QPoint(m_cols - 1, line));
}

QString TerminalEmulator::text(QPoint from, QPoint to) const
{
    if (to.y() < from.y() || (to.y() == from.y() && to.x() < from.x()))
        std::swap(from, to);
    QString out;
    for (int line = from.y(); line <= to.y(); ++line) {
        const int first = line == from.y() ? from.x() : 0;
        const int last = line == to.y() ? to.x() : m_cols - 1;
        QString row;
        for (int col = first; col <= last; ++col) {
            const TerminalCell c = cell(line, col);
            if (c.width == 0)
                continue;
            if (c.ch == 0)
                row += QLatin1Char(' ');
            else
                row += QString::fromUcs4(&c.ch, 1);
        }
        while (row.endsWith(QLatin1Char(' ')))
            row.chop(1);
        out += row;
        if (line != to.y())
            out += QLatin1Char('\n');
    }
    return out;
}

void TerminalEmulator::key(int vtermKey, Qt::KeyboardModifiers modifiers)
{
    vterm_keyboard_key(m_vterm, VTermKey(vtermKey), toModifier(modifiers));
    flushOutput();
}

void TerminalEmulator::character(char32_t c, Qt::KeyboardModifiers modifiers)
{
    vterm_keyboard_unichar(m_vterm, uint32_t(c), toModifier(modifiers));
    flushOutput();
}

void TerminalEmulator::paste(const QString &text)
{
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\r")).replace(QLatin1Char('\n'), QLatin1Char('\r'));
    // Pasted text is text: no escape sequence (which could end a bracketed paste early and have
    // the rest taken as typed keys) and no other control character but tab and return.
    normalised.removeIf([](QChar c) { return (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\r')) || c.unicode() == 0x7f; });
    vterm_keyboard_start_paste(m_vterm); // writes nothing unless the program asked for it
    m_pending += normalised.toUtf8();
    vterm_keyboard_end_paste(m_vterm);
    flushOutput();
}

} // namespace Sandbar::Ui
