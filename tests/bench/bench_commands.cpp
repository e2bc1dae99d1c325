// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints figures for commands in sandbar-local: an `echo hi` round trip, and create -> first
// command output, the figure cloud sandboxes are compared on. Not a pass/fail test.
#include "common/benchstats.h"
#include "common/httpclient.h"
#include "common/sandboxapi.h"
#include "common/serverprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    ServerProcess server;
    if (!server.start(dir.path(), "bench", {QStringLiteral("--rate-limit"), QStringLiteral("0")})) {
        std::fprintf(stderr, "cannot start sandbar-local: %s\n", qPrintable(server.errorOutput()));
        return 1;
    }
    HttpClient http(server.url(), "bench");
    SandboxApi api(http);
    std::printf("sandbar-local commands benchmark (%d cores)\n", QThread::idealThreadCount());

    const QString id = api.create();
    std::vector<double> roundTrip;
    QElapsedTimer timer;
    for (int i = 0; i < 210; ++i) {
        timer.start();
        const HttpResult reply = api.exec(id, QStringLiteral("echo"), {QStringLiteral("hi")});
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (reply.json.value(QStringLiteral("stdout")).toString() != QLatin1String("hi\n")) {
            std::fprintf(stderr, "unexpected reply: %s\n", reply.body.constData());
            return 1;
        }
        if (i >= 10) // the first few warm caches
            roundTrip.push_back(ms);
    }
    std::printf("commands/run `echo hi` round trip, 200 runs: p50 %.2f ms, p99 %.2f ms\n",
                percentile(roundTrip, 50), percentile(roundTrip, 99));

    std::vector<double> firstOutput;
    for (int i = 0; i < 50; ++i) {
        timer.start();
        const QString fresh = api.create();
        const HttpResult reply = api.exec(fresh, QStringLiteral("echo"), {QStringLiteral("hi")});
        firstOutput.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (reply.json.value(QStringLiteral("stdout")).toString() != QLatin1String("hi\n")) {
            std::fprintf(stderr, "unexpected reply: %s\n", reply.body.constData());
            return 1;
        }
        api.kill(fresh);
    }
    std::printf("create -> first command output, 50 sandboxes: p50 %.1f ms, p99 %.1f ms\n",
                percentile(firstOutput, 50), percentile(firstOutput, 99));
    return server.stop() == 0 ? 0 : 1;
}
