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
    m_slice.setSingleShot(true);
    m_slice.setInterval(0);
    connect(&m_slice, &QTimer::timeout, this, &ContainerLogView::showSlice);
}

void ContainerLogView::clearLines()
{
    m_pending.clear();
    m_slice.stop();
    m_lines = 0;
    clear();
}

void ContainerLogView::appendLines(const QList<Api::ContainerLogLine> &lines)
{
    QDateTime lastTime;
    QString lastText;
    for (const Api::ContainerLogLine &line : lines) {
        if (line.timestamp != lastTime) { // lines of one second share their time's text
            lastTime = line.timestamp;
            lastText = line.timestamp.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        }
        m_pending.append(lastText + (line.stream == QLatin1String("stderr") ? QStringLiteral("  err │ ") : QStringLiteral("      │ ")) +
                         line.message);
    }
    if (!m_pending.isEmpty() && !m_slice.isActive())
        m_slice.start();
}

void ContainerLogView::showSlice()
{
    if (m_pending.isEmpty())
        return;
    QScrollBar *bar = verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    const qsizetype count = std::min<qsizetype>(kSliceLines, m_pending.size());
    appendPlainText(m_pending.mid(0, count).join(QLatin1Char('\n'))); // one insertion for the slice
    m_pending.remove(0, count);
    m_lines += int(count);
    if (atEnd)
        bar->setValue(bar->maximum());
    emit linesShown(m_lines);
    if (!m_pending.isEmpty())
        m_slice.start();
}

} // namespace Sandbar::Ui
