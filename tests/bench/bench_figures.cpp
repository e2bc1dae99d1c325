// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A notebook cell with many figures, against a real sandbar-local, in the code editor panel:
// the time until every figure is shown, the window's longest event-loop stall meanwhile (a
// 5 ms heartbeat) and peak memory. Not a test: it prints figures.
//
//   bench_figures [figures]   (default 200)
#include "common/heartbeat.h"
#include "common/localsandbox.h"

#include "codeeditor.h"
#include "codeeditorpanel.h"
#include "outputview.h"
#include "richoutputlist.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int figures = argc > 1 ? std::max(1, std::atoi(argv[1])) : 200;
    LocalSandbox local;
    const QString id = local.startWithSandbox("bench-figures");
    if (id.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(local.error()));
        return 1;
    }
    QTemporaryDir buffers;
    Sandbar::Ui::CodeEditorPanel panel(local.provider(), nullptr, buffers.path());
    panel.resize(1000, 800);
    panel.show();
    panel.setSandbox(id);
    panel.timeoutBox()->setValue(300);
    QSignalSpy finished(&panel, &Sandbar::Ui::CodeEditorPanel::runFinished);
    // Warm up: the context and matplotlib load before the measured run.
    panel.currentEditor()->setText(QStringLiteral("import matplotlib.pyplot as plt"));
    panel.runCurrent();
    if (!finished.wait(120000)) {
        std::fprintf(stderr, "the warm-up run did not finish\n");
        return 1;
    }
    // Figures left open: the inline backend's flush sends each one as a display at the end.
    panel.currentEditor()->setText(QStringLiteral("for i in range(%1):\n    plt.figure(figsize=(4, 3))\n    plt.plot([0, i, i * i])\n").arg(figures));
    Heartbeat heartbeat;
    QElapsedTimer clock;
    clock.start();
    panel.runCurrent();
    Sandbar::Ui::RichOutputList *outputs = panel.output()->richOutputs();
    double runSeconds = 0;
    while ((finished.count() < 2 || outputs->shownCount() < figures) && clock.elapsed() < 300000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (runSeconds == 0 && finished.count() >= 2)
            runSeconds = clock.elapsed() / 1000.0;
    }
    const double seconds = clock.elapsed() / 1000.0;
    std::printf("%d figures: the run ended %.2f s after Run (its plotting in the sandbox), all shown after %.2f s\n",
                outputs->shownCount(), runSeconds, seconds);
    std::printf("longest event-loop stall meanwhile: %.1f ms (goal 50)\n", heartbeat.worstMs());
    std::printf("peak memory: %lld MiB\n", peakRssKb() / 1024);
    return outputs->shownCount() == figures ? 0 : 1;
}
