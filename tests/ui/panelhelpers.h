// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the offscreen tests of the file browser and the editor panel do alike: make a window
// active (shortcuts need it), run code with Ctrl+Enter, find a run, answer the unsaved-text
// question.

#include "codeeditor.h"
#include "codeeditorpanel.h"

#include "core/workspace/runhistorymodel.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

namespace PanelTest {

constexpr int kRunWaitMs = 60000;

inline bool activate(QWidget &widget)
{
    widget.resize(900, 700);
    widget.show();
    QApplication::setActiveWindow(&widget);
    return QTest::qWaitForWindowActive(&widget);
}

// The last row of `history` whose code contains `text`, or -1.
inline int rowWithCode(const Sandbar::Core::RunHistoryModel *history, const QString &text)
{
    int found = -1;
    for (int r = 0; r < history->rowCount(); ++r) {
        if (history->index(r, 0).data(Sandbar::Core::RunHistoryModel::CodeRole).toString().contains(text))
            found = r;
    }
    return found;
}

// Runs `code` in `panel` with Ctrl+Enter and waits for it to finish.
inline bool runAndWait(Sandbar::Ui::CodeEditorPanel &panel, const QString &code)
{
    if (!panel.isActiveWindow() && !activate(panel))
        return false;
    QSignalSpy finished(&panel, &Sandbar::Ui::CodeEditorPanel::runFinished);
    panel.currentEditor()->setText(code);
    QTest::keyClick(panel.currentEditor(), Qt::Key_Return, Qt::ControlModifier);
    return finished.wait(kRunWaitMs) || finished.count() > 0;
}

// The Save / Discard / Cancel question `panel` shows about unsaved text, once it is open.
inline QMessageBox *unsavedQuestion(QWidget &panel)
{
    for (QDeadlineTimer deadline(5000); !deadline.hasExpired(); QTest::qWait(10)) {
        // An answered question is hidden at once and deleted later.
        for (QMessageBox *box : panel.findChildren<QMessageBox *>(QStringLiteral("unsavedQuestion")))
            if (box->isVisible())
                return box;
    }
    return nullptr;
}

inline void answer(QMessageBox *box, QMessageBox::StandardButton button)
{
    QVERIFY(box && box->button(button));
    box->button(button)->click();
}

inline QTabWidget *bufferTabs(Sandbar::Ui::CodeEditorPanel &panel)
{
    return panel.findChild<QTabWidget *>(QStringLiteral("buffers"));
}

} // namespace PanelTest
