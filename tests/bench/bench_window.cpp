// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints figures for the window against a running sandbar-local holding N sandboxes: start ->
// window painted with the list filled, and the window's RSS and CPU while idle at the default
// polling. Offscreen platform (no display needed). Not a pass/fail test.
//
//   build/tests/bench_window [--sandboxes N] [--idle-seconds S]
#include "common/procstatus.h"
#include "common/httpclient.h"
#include "common/serverprocess.h"

#include "mainwindow.h"

#include "core/sessions/sessionlistmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <sys/resource.h>

namespace {
qint64 rssKiB()
{
    return procStatusKiB(0, "VmRSS");
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

int argument(const QStringList &args, const QString &name, int fallback)
{
    const int at = int(args.indexOf(name));
    return at > 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8()); // no saved layout from a user's run
    QApplication app(argc, argv);
    const int total = std::max(1, argument(app.arguments(), QStringLiteral("--sandboxes"), 1000));
    const int idleSeconds = std::max(10, argument(app.arguments(), QStringLiteral("--idle-seconds"), 60));

    QTemporaryDir dir;
    ServerProcess server;
    if (!server.start(dir.path(), "bench", {QStringLiteral("--rate-limit"), QStringLiteral("0")})) {
        std::fprintf(stderr, "cannot start sandbar-local: %s\n", qPrintable(server.errorOutput()));
        return 1;
    }
    HttpClient http(server.url(), "bench");
    const QJsonObject body{{QStringLiteral("provider"), QStringLiteral("local")},
                           {QStringLiteral("region"), QStringLiteral("here")},
                           {QStringLiteral("timeout"), 3600}};
    for (int i = 0; i < total; ++i) {
        if (http.post(QStringLiteral("/v1/agents/sandboxes"), body).status != 201) {
            std::fprintf(stderr, "create %d failed\n", i);
            return 1;
        }
    }

    QElapsedTimer timer;
    timer.start();
    Sandbar::Ui::MainWindow window;
    window.show();
    window.connectTo({QStringLiteral("bench"), server.url(), "bench", true, {}});
    if (!QTest::qWaitFor([&window, total] { return window.model()->rowCount() == total; }, 30000)) {
        std::fprintf(stderr, "the list did not fill: %d of %d rows\n", window.model()->rowCount(), total);
        return 1;
    }
    (void)window.grab(); // paints the whole window once, list included
    const qint64 startMs = timer.elapsed();
    std::printf("window start -> painted with %d sessions listed: %lld ms (goal <= 500 ms)\n", total, startMs);
    std::fflush(stdout);

    // A plain event loop, as the application runs: QTest::qWait would wake the process every
    // 10 ms on its own and count its own naps as the window's work.
    const auto idleFor = [](int ms) {
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    };
    idleFor(5000); // first metrics and layout settle
    const double cpuBefore = cpuSeconds();
    QElapsedTimer idle;
    idle.start();
    idleFor(idleSeconds * 1000);
    const double cpuPercent = 100.0 * (cpuSeconds() - cpuBefore) / (double(idle.elapsed()) / 1000.0);
    std::printf("window idle with %d sessions, default polling, %d s: RSS %.1f MiB (goal <= 150), CPU %.2f %% of one core "
                "(goal <= 1 %%)\n",
                total, idleSeconds, double(rssKiB()) / 1024.0, cpuPercent);
    std::fflush(stdout);
    server.stop(30000);
    return 0;
}
