// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ANSI SGR colour codes (as IPython tracebacks and many tools print them) turned into text
// formats. Other escape sequences are dropped so they never show as garbage.

#include <QList>
#include <QString>
#include <QTextCharFormat>

namespace Sandbar::Ui {

struct AnsiSpan
{
    QString text;
    QTextCharFormat format;
};

// Splits `line` into spans; `base` is the format with no codes in effect. `state` carries the
// format across lines (a colour may be set on one line and reset on a later one).
QList<AnsiSpan> parseAnsi(const QString &line, const QTextCharFormat &base, QTextCharFormat *state = nullptr);
// `line` without any escape sequences.
QString stripAnsi(const QString &line);

} // namespace Sandbar::Ui
