// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/containertypes.h"

#include <QPlainTextEdit>

namespace Sandbar::Ui {

// A container's log lines as they come: time, stream (stderr marked) and message. Lines come
// in batches, each one insertion; the view follows the end unless the user scrolled up; it
// keeps the last kMaxLines.
class ContainerLogView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ContainerLogView(QWidget *parent = nullptr);

    void appendLines(const QList<Api::ContainerLogLine> &lines);
    int lineCount() const { return m_lines; }

    static constexpr int kMaxLines = 200000;

private:
    int m_lines = 0;
};

} // namespace Sandbar::Ui
