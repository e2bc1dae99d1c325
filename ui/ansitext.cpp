// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ansitext.h"

#include <QColor>
#include <QStringList>

namespace Sandbar::Ui {

namespace {
QColor paletteColour(int index, bool bright)
{
    // The xterm default palette: readable on light and dark backgrounds alike.
    static const QColor normal[8] = {QColor(0, 0, 0),       QColor(205, 0, 0),   QColor(0, 160, 0),
                                     QColor(180, 140, 0),   QColor(30, 80, 230), QColor(190, 0, 190),
                                     QColor(0, 160, 170),   QColor(140, 140, 140)};
    static const QColor light[8] = {QColor(100, 100, 100), QColor(235, 50, 50), QColor(40, 190, 40),
                                    QColor(200, 170, 0),   QColor(80, 120, 255), QColor(220, 60, 220),
                                    QColor(0, 190, 200),   QColor(200, 200, 200)};
    return bright ? light[index & 7] : normal[index & 7];
}

QColor extendedColour(const QStringList &codes, int *i)
{
    // 38;5;N (256 colours) or 38;2;R;G;B
    if (*i + 1 >= codes.size())
        return {};
    const int mode = codes.at(*i + 1).toInt();
    if (mode == 5 && *i + 2 < codes.size()) {
        const int n = codes.at(*i + 2).toInt();
        *i += 2;
        if (n < 8)
            return paletteColour(n, false);
        if (n < 16)
            return paletteColour(n - 8, true);
        if (n < 232) {
            const int v = n - 16;
            auto level = [](int c) { return c == 0 ? 0 : 55 + c * 40; };
            return QColor(level(v / 36), level((v / 6) % 6), level(v % 6));
        }
        const int grey = 8 + (n - 232) * 10;
        return QColor(grey, grey, grey);
    }
    if (mode == 2 && *i + 4 < codes.size()) {
        const QColor colour(codes.at(*i + 2).toInt(), codes.at(*i + 3).toInt(), codes.at(*i + 4).toInt());
        *i += 4;
        return colour;
    }
    return {};
}

void applySgr(const QString &params, const QTextCharFormat &base, QTextCharFormat *format)
{
    const QStringList codes = params.isEmpty() ? QStringList{QStringLiteral("0")} : params.split(QLatin1Char(';'));
    for (int i = 0; i < codes.size(); ++i) {
        const int code = codes.at(i).toInt();
        if (code == 0) {
            *format = base;
        } else if (code == 1) {
            format->setFontWeight(QFont::Bold);
        } else if (code == 3) {
            format->setFontItalic(true);
        } else if (code == 4) {
            format->setFontUnderline(true);
        } else if (code == 22) {
            format->setFontWeight(base.fontWeight());
        } else if (code == 23) {
            format->setFontItalic(false);
        } else if (code == 24) {
            format->setFontUnderline(false);
        } else if (code >= 30 && code <= 37) {
            format->setForeground(paletteColour(code - 30, false));
        } else if (code >= 90 && code <= 97) {
            format->setForeground(paletteColour(code - 90, true));
        } else if (code == 39) {
            format->setForeground(base.foreground());
        } else if (code >= 40 && code <= 47) {
            format->setBackground(paletteColour(code - 40, false));
        } else if (code >= 100 && code <= 107) {
            format->setBackground(paletteColour(code - 100, true));
        } else if (code == 49) {
            format->setBackground(base.background());
        } else if (code == 38 || code == 48) {
            const QColor colour = extendedColour(codes, &i);
            if (colour.isValid()) {
                if (code == 38)
                    format->setForeground(colour);
                else
                    format->setBackground(colour);
            }
        }
    }
}

// Length of the escape sequence starting at `pos` (an ESC), and its SGR parameters if it is one.
int escapeLength(const QString &line, int pos, QString *sgr, bool *isSgr)
{
    *isSgr = false;
    if (pos + 1 >= line.size())
        return 1;
    const QChar kind = line.at(pos + 1);
    if (kind == QLatin1Char('[')) {
        int end = pos + 2;
        while (end < line.size() && !(line.at(end).unicode() >= 0x40 && line.at(end).unicode() <= 0x7e))
            ++end;
        if (end >= line.size())
            return line.size() - pos;
        if (line.at(end) == QLatin1Char('m')) {
            *isSgr = true;
            *sgr = line.mid(pos + 2, end - pos - 2);
        }
        return end - pos + 1;
    }
    if (kind == QLatin1Char(']')) { // OSC: up to BEL or ESC backslash
        int end = pos + 2;
        while (end < line.size() && line.at(end) != QChar(0x07) && line.at(end) != QChar(0x1b))
            ++end;
        return std::min<int>(line.size(), end + (end < line.size() && line.at(end) == QChar(0x1b) ? 2 : 1)) - pos;
    }
    return 2;
}
} // namespace

QList<AnsiSpan> parseAnsi(const QString &line, const QTextCharFormat &base, QTextCharFormat *state)
{
    QTextCharFormat format = state && state->isValid() ? *state : base;
    QList<AnsiSpan> spans;
    if (!line.contains(QChar(0x1b))) {
        spans.append({line, format});
        return spans;
    }
    QString text;
    for (int pos = 0; pos < line.size();) {
        if (line.at(pos) != QChar(0x1b)) {
            text += line.at(pos++);
            continue;
        }
        QString sgr;
        bool isSgr = false;
        const int length = escapeLength(line, pos, &sgr, &isSgr);
        if (isSgr) {
            if (!text.isEmpty())
                spans.append({text, format});
            text.clear();
            applySgr(sgr, base, &format);
        }
        pos += length;
    }
    if (!text.isEmpty() || spans.isEmpty())
        spans.append({text, format});
    if (state)
        *state = format;
    return spans;
}

QString stripAnsi(const QString &line)
{
    QString text;
    for (const AnsiSpan &span : parseAnsi(line, QTextCharFormat()))
        text += span.text;
    return text;
}

} // namespace Sandbar::Ui
