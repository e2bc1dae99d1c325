// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A container printing 100,000 log lines, followed by the window's Containers view against a
// real sandbar-local (Cognitora API): the time until every line is shown, the longest
// event-loop stall meanwhile (a 5 ms heartbeat), and peak memory. Not a test: it prints figures.
//
//   bench_containers [lines]   default 100000
#include "common/heartbeat.h"
#include "common/serverprocess.h"
#include "core/containers/containercontroller.h"
#include "core/providers/cognitoraprovider.h"

#include "containerlogview.h"
#include "containerspane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int lines = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 100000;
    QTemporaryDir data;
    ServerProcess server;
    if (!server.start(data.path(), "cgk_bench", {QStringLiteral("--rate-limit"), QStringLiteral("0")})) {
        std::fprintf(stderr, "sandbar-local did not start: %s\n", qPrintable(server.errorOutput()));
        return 1;
    }
    Sandbar::Core::CognitoraProvider provider(server.url(), "cgk_bench");
    Sandbar::Ui::ContainersPane pane(&provider);
    pane.resize(1000, 800);
    pane.show();

    Sandbar::Api::ContainerRequest request;
    request.image = QStringLiteral("python:3.11");
    request.command = {QStringLiteral("python"), QStringLiteral("-c"),
                       QStringLiteral("for i in range(%1): print('line', i, 'of the flood: some words to make it a realistic length')").arg(lines)};
    QSignalSpy created(pane.controller(), &Sandbar::Core::ContainerController::created);
    Heartbeat heartbeat;
    QElapsedTimer clock;
    clock.start();
    pane.controller()->create(request);
    if (!created.wait(30000)) {
        std::fprintf(stderr, "the container was not created\n");
        return 1;
    }
    const QString id = created.first().first().toString();
    QElapsedTimer follow;
    follow.start();
    pane.controller()->follow(id);
    while (pane.logView()->lineCount() < lines && follow.elapsed() < 300000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const double shownSeconds = follow.elapsed() / 1000.0;
    std::printf("container with %d log lines, followed by the Containers view (Cognitora API on sandbar-local)\n", lines);
    std::printf("lines shown: %d of %d in %.2f s after creating (%.0f lines/s)\n", pane.logView()->lineCount(), lines,
                shownSeconds, pane.logView()->lineCount() / std::max(0.001, shownSeconds));
    std::printf("longest event-loop stall: %.1f ms (goal <= 50 ms)\n", heartbeat.worstMs());
    std::printf("peak memory (VmHWM): %.1f MiB\n", double(peakRssKb()) / 1024.0);
    return server.stop() == 0 ? 0 : 1;
}
