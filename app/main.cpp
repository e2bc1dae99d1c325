// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"
#include "mainwindow.h"
#include "translations.h"
#include "unixsignals.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Sandbar"));
    QApplication::setOrganizationName(QStringLiteral("Sandbar"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.sandbar.Sandbar"));
    QApplication::setWindowIcon(Sandbar::Resources::applicationIcon());
    Sandbar::App::installTranslations(app);
    Sandbar::App::quitOnTerminationSignals(app);

    Sandbar::Ui::MainWindow window;
    window.show();
    window.startDefaultConnection();
    return app.exec();
}
