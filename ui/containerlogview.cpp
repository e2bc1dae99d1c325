// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "containerlogview.h"

#include <QFontDatabase>
#include <QScrollBar>

namespace Sandbar::Ui {

ContainerLogView::ContainerLogView(QWidget *parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setMaximumBlockCount(kMaxLines);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setAccessibleName(tr("Container logs"));
}

void ContainerLogView::appendLines(const QList<Api::ContainerLogLine> &lines)
{
    if (lines.isEmpty())
        return;
    QScrollBar *bar = verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    QString text;
    text.reserve(lines.size() * 48);
    for (const Api::ContainerLogLine &line : lines) {
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += line.timestamp.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        text += line.stream == QLatin1String("stderr") ? QStringLiteral("  err │ ") : QStringLiteral("      │ ");
        text += line.message;
    }
    m_lines += int(lines.size());
    appendPlainText(text); // one insertion for the batch
    if (atEnd)
        bar->setValue(bar->maximum());
}

} // namespace Sandbar::Ui
