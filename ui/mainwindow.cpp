// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Sandbar::Ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Sandbar"));
    resize(1280, 800);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *heading = new QLabel(tr("Sandbar"), central);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 2);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);
    auto *body = new QLabel(tr("The session list, detail pane, file browser and code editor are "
                               "not part of this build yet. sandbar-local already serves the "
                               "sandbox lifecycle API; see the README for how to use it."),
                            central);
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignCenter);
    layout->addStretch();
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addStretch();
    setCentralWidget(central);

    const QString apiUrl = qEnvironmentVariable("SANDBOX_API_URL");
    statusBar()->showMessage(apiUrl.isEmpty() ? tr("No API configured (SANDBOX_API_URL is not set)")
                                              : tr("API: %1").arg(apiUrl));
}

} // namespace Sandbar::Ui
