// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints figures for code execution: a warm context's `x += 1` round trip over HTTP, and the
// first run in a new context (cold start), for Python and JavaScript. Not a pass/fail test.
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
    const QString id = api.create();
    const QString runPath = SandboxApi::sandboxPath(id) + QStringLiteral("/code/run");
    const QString contextsPath = SandboxApi::sandboxPath(id) + QStringLiteral("/code/contexts");
    std::printf("sandbar-local code execution benchmark (%d cores)\n", QThread::idealThreadCount());

    const QList<QPair<QString, QString>> languages = {{QStringLiteral("python"), QStringLiteral("x = 0")},
                                                      {QStringLiteral("javascript"), QStringLiteral("var x = 0")}};
    for (const auto &[language, setup] : languages) {
        QElapsedTimer timer;
        std::vector<double> cold;
        for (int i = 0; i < 10; ++i) {
            timer.start();
            const QString context = http.post(contextsPath, QJsonObject{{QStringLiteral("language"), language}})
                                        .json.value(QStringLiteral("context_id")).toString();
            const HttpResult first = http.post(runPath, QJsonObject{{QStringLiteral("code"), setup},
                                                                    {QStringLiteral("context_id"), context}});
            cold.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (first.status != 200) {
                std::fprintf(stderr, "cold run failed: %s\n", first.body.constData());
                return 1;
            }
            http.del(contextsPath + QLatin1Char('/') + context);
        }
        const QString context = http.post(contextsPath, QJsonObject{{QStringLiteral("language"), language}})
                                    .json.value(QStringLiteral("context_id")).toString();
        http.post(runPath, QJsonObject{{QStringLiteral("code"), setup}, {QStringLiteral("context_id"), context}});
        std::vector<double> warm;
        for (int i = 0; i < 520; ++i) {
            timer.start();
            const HttpResult reply = http.post(runPath, QJsonObject{{QStringLiteral("code"), QStringLiteral("x += 1")},
                                                                    {QStringLiteral("context_id"), context}});
            if (i >= 20)
                warm.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (reply.status != 200) {
                std::fprintf(stderr, "warm run failed: %s\n", reply.body.constData());
                return 1;
            }
        }
        std::printf("%-10s warm `x += 1` round trip, 500 runs: p50 %.2f ms, p99 %.2f ms; cold start (new context + first run), 10: p50 %.0f ms\n",
                    qPrintable(language), percentile(warm, 50), percentile(warm, 99), percentile(cold, 50));
    }
    return server.stop() == 0 ? 0 : 1;
}
