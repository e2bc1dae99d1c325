// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A demo host for the file browser and the code editor panel, as the main window will dock
// them: a real sandbar-local, one sandbox. Not the app. `--screenshot FILE` runs a cell that
// prints, plots and returns, saves a grab of the window and quits.
#include "common/localsandbox.h"
#include "core/providers/agentsandboxesprovider.h"

#include "codeeditor.h"
#include "codeeditorpanel.h"
#include "filebrowserpane.h"

#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int shotAt = int(args.indexOf(QStringLiteral("--screenshot")));
    const QString screenshot = shotAt > 0 ? args.value(shotAt + 1) : QString();

    LocalSandbox local;
    const QString id = local.start("demo-token") ? local.createSandbox(3600) : QString();
    if (id.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(local.error()));
        return 1;
    }
    Sandbar::Core::AgentSandboxesProvider &provider = *local.provider();
    auto written = provider.writeFile(id, QStringLiteral("/home/user/main.py"),
                                      QStringLiteral("import numpy as np\nprint(np.arange(5).mean())\n"));
    (void)QTest::qWaitFor([&written] { return written.isFinished(); }, 15000);

    QMainWindow window;
    window.setWindowTitle(QObject::tr("Sandbar panes demo"));
    QTemporaryDir buffers;
    auto *editor = new Sandbar::Ui::CodeEditorPanel(&provider, &window, buffers.path());
    auto *files = new Sandbar::Ui::FileBrowserPane(&provider, &window);
    auto *dock = new QDockWidget(QObject::tr("Files"), &window);
    dock->setObjectName(QStringLiteral("files"));
    dock->setWidget(files);
    window.addDockWidget(Qt::LeftDockWidgetArea, dock);
    window.setCentralWidget(editor);
    QObject::connect(files, &Sandbar::Ui::FileBrowserPane::fileOpened, editor, &Sandbar::Ui::CodeEditorPanel::openFile);
    files->setSandbox(id);
    editor->setSandbox(id);
    window.resize(1300, 850);
    window.show();

    if (!screenshot.isEmpty()) {
        editor->currentEditor()->setText(QStringLiteral(
            "import matplotlib.pyplot as plt\nprint('mean:', 2.0)\nplt.plot([1, 3, 2, 4])\nplt.title('demo')\nplt.show()\n"));
        QObject::connect(editor, &Sandbar::Ui::CodeEditorPanel::runFinished, &window, [&window, screenshot] {
            QTimer::singleShot(300, &window, [&window, screenshot] {
                window.grab().save(screenshot);
                QApplication::quit();
            });
        });
        editor->runCurrent();
    }
    const int code = app.exec();
    local.stop();
    return code;
}
