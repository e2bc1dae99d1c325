// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A print flood into the output view: the longest event-loop stall (a 5 ms heartbeat timer),
// the time from Stop to quiet, and peak memory (VmHWM). Not a test: it prints figures.
//
//   bench_output [lines]      feeds an OutputView directly, 10,000 lines every 5 ms
//                             (2 M lines/s, faster than the server's streams deliver), then Stop
//   bench_output --server [s] a real sandbar-local and CodeEditorPanel with a streamed Python
//                             flood; Stop after `s` seconds (default 5)
#include "common/heartbeat.h"
#include "common/localsandbox.h"
#include "core/providers/agentsandboxesprovider.h"

#include "codeeditor.h"
#include "codeeditorpanel.h"
#include "outputview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

int direct(qint64 total)
{
    Sandbar::Ui::OutputView view;
    view.resize(1000, 700);
    view.show();
    Heartbeat heartbeat;
    const int perTick = 10000;
    qint64 sent = 0;
    QElapsedTimer clock;
    clock.start();
    QTimer generator;
    generator.setInterval(5);
    QObject::connect(&generator, &QTimer::timeout, &view, [&view, &sent, total, perTick, &generator] {
        for (int i = 0; i < perTick && sent < total; ++i, ++sent)
            view.appendStdout(QStringLiteral("line %1 of the flood: some words to make it a realistic length").arg(sent));
        if (sent >= total)
            generator.stop();
    });
    generator.start();
    while (generator.isActive())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const double floodSeconds = clock.elapsed() / 1000.0;
    const double worstFlood = heartbeat.worstMs();

    // Stop as it happens on a flood: the producer stops and what is queued is dropped.
    for (int i = 0; i < perTick; ++i)
        view.appendStdout(QStringLiteral("tail %1").arg(i));
    QElapsedTimer stop;
    stop.start();
    view.discardPending();
    const qint64 linesAtStop = view.totalLines();
    const QString textAtStop = view.visibleText().right(200);
    QCoreApplication::processEvents();
    const bool quiet = view.pendingLines() == 0 && view.visibleText().right(200) == textAtStop &&
                       view.totalLines() == linesAtStop;
    const double stopMs = stop.nsecsElapsed() / 1e6;

    std::printf("mode: direct feed of the OutputView (no HTTP), %lld lines, %d lines every 5 ms\n",
                static_cast<long long>(total), perTick);
    std::printf("flood took %.1f s (%.0f lines/s), lines shown at the end: %d (bound %d)\n", floodSeconds,
                double(total) / floodSeconds, int(view.visibleText().count(QLatin1Char('\n')) + 1), view.maximumLines());
    std::printf("longest event-loop stall: %.1f ms (goal <= 50 ms)\n", worstFlood);
    std::printf("Stop to quiet: %.2f ms (goal <= 200 ms)%s\n", stopMs, quiet ? "" : " — NOT quiet");
    std::printf("peak memory (VmHWM): %.1f MiB\n", double(peakRssKb()) / 1024.0);
    return 0;
}

int server(int stopAfterSeconds)
{
    LocalSandbox local;
    const QString id = local.start("bench-output") ? local.createSandbox(600) : QString();
    if (id.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(local.error()));
        return 1;
    }
    Sandbar::Core::AgentSandboxesProvider &provider = *local.provider();
    QTemporaryDir buffers;
    Sandbar::Ui::CodeEditorPanel panel(&provider, nullptr, buffers.path());
    panel.resize(1000, 800);
    panel.show();
    panel.setSandbox(id);
    panel.timeoutBox()->setValue(300);
    QSignalSpy finished(&panel, &Sandbar::Ui::CodeEditorPanel::runFinished);
    // Warm the context (start its interpreter) before measuring.
    panel.currentEditor()->setText(QStringLiteral("1"));
    panel.runCurrent();
    finished.wait(60000);

    Heartbeat heartbeat;
    panel.currentEditor()->setText(QStringLiteral("for i in range(10_000_000):\n    print('line', i, 'of the flood: some words to make it a realistic length')"));
    panel.runCurrent();
    QElapsedTimer clock;
    clock.start();
    (void)QTest::qWaitFor([] { return false; }, stopAfterSeconds * 1000);
    const qint64 linesBeforeStop = panel.output()->totalLines();
    const double worstFlood = heartbeat.worstMs();

    // Quiet: no line is added to the view any more.
    QElapsedTimer stop;
    stop.start();
    panel.stop();
    qint64 lastChangeNs = 0;
    qint64 lines = panel.output()->totalLines();
    while (panel.isRunning() && stop.elapsed() < 30000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        // The lines the run's end adds (the interrupt, the status) are not the flood.
        if (panel.isRunning() && panel.output()->totalLines() != lines) {
            lines = panel.output()->totalLines();
            lastChangeNs = stop.nsecsElapsed();
        }
    }
    const double runEndedMs = stop.nsecsElapsed() / 1e6;
    std::printf("mode: real sandbar-local, streamed Python print flood into CodeEditorPanel, Stop after %d s\n",
                stopAfterSeconds);
    std::printf("lines received before Stop: %lld (%.0f lines/s; the server caps a run's stdout at 10 MiB)\n",
                static_cast<long long>(linesBeforeStop), double(linesBeforeStop) / (clock.elapsed() / 1000.0));
    std::printf("longest event-loop stall during the flood: %.1f ms (goal <= 50 ms)\n", worstFlood);
    std::printf("Stop to quiet (last flood line added to the view after Stop): %.1f ms (goal <= 200 ms)\n",
                double(lastChangeNs) / 1e6);
    std::printf("Stop to the run's end (KeyboardInterrupt and the complete reply, ~10 MiB, parsed): %.1f ms%s\n", runEndedMs,
                panel.isRunning() ? " — still running after 30 s" : "");
    std::printf("longest event-loop stall over the whole run, its end included: %.1f ms\n", heartbeat.worstMs());
    std::printf("peak memory of this process (VmHWM): %.1f MiB\n", double(peakRssKb()) / 1024.0);
    local.stop();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (!args.isEmpty() && args.first() == QLatin1String("--server"))
        return server(args.value(1, QStringLiteral("5")).toInt());
    return direct(args.isEmpty() ? 10'000'000 : args.first().toLongLong());
}
