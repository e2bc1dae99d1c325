// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A demo host for the file browser and the code editor panel, as the main window will dock
// them: a real sandbar-local, one sandbox. Not the app. `--screenshot FILE` runs a cell that
// prints, plots and returns, saves a grab of the window and quits. `--outputs FILE` runs a
// notebook cell with several outputs, asks for a completion, and saves the whole screen (the
// completion list is a window of its own; run it under Xvfb).
#include "common/localsandbox.h"
#include "core/providers/agentsandboxesprovider.h"

#include "codeeditor.h"
#include "codeeditorpanel.h"
#include "filebrowserpane.h"
#include "outputview.h"

#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QScreen>
#include <QSplitter>
#include <QTimer>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int shotAt = int(args.indexOf(QStringLiteral("--screenshot")));
    const QString screenshot = shotAt > 0 ? args.value(shotAt + 1) : QString();
    const int outputsAt = int(args.indexOf(QStringLiteral("--outputs")));
    const QString outputsShot = outputsAt > 0 ? args.value(outputsAt + 1) : QString();

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
    if (!outputsShot.isEmpty()) {
        const QString cell = QStringLiteral(
            "import numpy as np, pandas as pd, matplotlib.pyplot as plt\n"
            "from IPython.display import display\n"
            "print('quarters:', 4)\n"
            "display(pd.DataFrame({'quarter': ['Q1', 'Q2', 'Q3', 'Q4'], 'sales': [120, 135, 128, 160]}))\n"
            "x = np.linspace(0, 6, 200)\n"
            "plt.figure(figsize=(5, 2.6)); plt.plot(x, np.sin(x)); plt.title('sin')\n"
            "plt.figure(figsize=(5, 2.6)); plt.bar(['Q1', 'Q2', 'Q3', 'Q4'], [120, 135, 128, 160]); plt.title('sales')\n"
            "np.mean([120, 135, 128, 160])\n");
        editor->currentEditor()->setText(cell);
        QObject::connect(editor, &Sandbar::Ui::CodeEditorPanel::runFinished, &window, [&window, editor, cell, outputsShot] {
            window.resize(1440, 880);
            // Room for the outputs: the editor gets what its lines need.
            for (QSplitter *splitter : editor->findChildren<QSplitter *>()) {
                if (splitter->orientation() == Qt::Vertical && splitter->count() == 2 && splitter->widget(0)->isAncestorOf(editor->currentEditor()))
                    splitter->setSizes({250, 600});
            }
            for (QSplitter *splitter : editor->output()->findChildren<QSplitter *>())
                splitter->setSizes({70, 530});
            Sandbar::Ui::CodeEditor *code = editor->currentEditor();
            code->setText(cell + QStringLiteral("np.lin"));
            code->setCursorPosition(code->lines() - 1, 6);
            code->setFocus();
            QTimer::singleShot(500, &window, [&window, code, outputsShot] {
                QTest::keyClick(code, Qt::Key_Tab);
                QTimer::singleShot(1500, &window, [outputsShot] {
                    QGuiApplication::primaryScreen()->grabWindow(0).save(outputsShot);
                    QApplication::quit();
                });
            });
        });
        editor->runCurrent();
    }
    const int code = app.exec();
    local.stop();
    return code;
}
