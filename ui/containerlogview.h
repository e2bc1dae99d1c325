// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/containertypes.h"

#include <QPlainTextEdit>
#include <QTimer>

namespace Sandbar::Ui {

// A container's log lines as they come: time, stream (stderr marked) and message. Lines are
// shown in slices of kSliceLines, one insertion per turn of the event loop, so a flood never
// stalls the window; the view follows the end unless the user scrolled up; it keeps the last
// kMaxLines.
class ContainerLogView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ContainerLogView(QWidget *parent = nullptr);

    void appendLines(const QList<Api::ContainerLogLine> &lines);
    // Lines shown so far (not those still waiting for their slice).
    int lineCount() const { return m_lines; }
    void clearLines();

    static constexpr int kMaxLines = 200000;
    static constexpr int kSliceLines = 500;

signals:
    void linesShown(int count);

private:
    void showSlice();

    int m_lines = 0;
    QStringList m_pending;
    QTimer m_slice;
};

} // namespace Sandbar::Ui
