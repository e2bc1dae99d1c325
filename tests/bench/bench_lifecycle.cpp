// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints figures for sandbar-local's lifecycle: create -> ready latency, listing 1,000
// sandboxes, and the server's memory while it holds them. Not a pass/fail test.
//
//   build/tests/bench_lifecycle [--sandboxes N]
#include "common/procstatus.h"
#include "common/benchstats.h"
#include "common/httpclient.h"
#include "common/serverprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace {

qint64 rssKiB(qint64 pid)
{
    return procStatusKiB(pid, "VmRSS");
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int total = 1000;
    const QStringList args = app.arguments();
    const int at = int(args.indexOf(QStringLiteral("--sandboxes")));
    if (at > 0 && at + 1 < args.size())
        total = std::max(50, args.at(at + 1).toInt());

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

    std::printf("sandbar-local lifecycle benchmark (%d cores)\n", QThread::idealThreadCount());
    std::vector<double> createMs;
    QElapsedTimer timer;
    for (int i = 0; i < total; ++i) {
        timer.start();
        const HttpResult reply = http.post(QStringLiteral("/v1/agents/sandboxes"), body);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (reply.status != 201) {
            std::fprintf(stderr, "create %d failed: %d %s\n", i, reply.status, reply.body.constData());
            return 1;
        }
        if (i < 50)
            createMs.push_back(ms);
        if (i == 49)
            std::printf("create -> ready (HTTP 201 after bubblewrap reported the sandbox), 50 sandboxes: p50 %.1f ms, p99 %.1f ms\n",
                        percentile(createMs, 50), percentile(createMs, 99));
    }
    std::printf("sandbar-local RSS holding %d running sandboxes: %.1f MiB\n", total,
                double(rssKiB(server.pid())) / 1024.0);

    std::vector<double> listMs;
    for (int i = 0; i < 30; ++i) {
        timer.start();
        const HttpResult reply = http.get(QStringLiteral("/v1/agents/sandboxes?limit=1000"));
        listMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (reply.json.value(QStringLiteral("sandboxes")).toArray().size() != std::min(total, 1000)) {
            std::fprintf(stderr, "list returned a short page\n");
            return 1;
        }
    }
    std::printf("list of %d sandboxes (limit=1000), 30 requests: p50 %.1f ms, p99 %.1f ms\n",
                std::min(total, 1000), percentile(listMs, 50), percentile(listMs, 99));

    timer.start();
    const int code = server.stop(120000);
    std::printf("shutdown with %d running sandboxes: %.0f ms (exit code %d)\n", total,
                double(timer.nsecsElapsed()) / 1e6, code);
    return code == 0 ? 0 : 1;
}
