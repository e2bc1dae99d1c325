// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

namespace Sandbar::Ui {

// The main window. The session list, detail pane, file browser and editor arrive as their
// own widgets; until then it says which API it would talk to.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace Sandbar::Ui
