// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Completion from a warm context against a real sandbar-local, as the editor asks it: the time
// to an answer (p50, p95) for Python, JavaScript and Bash, and while a run is in progress (it
// answers at once, with nothing, never waiting for the run). Not a test: it prints figures.
#include "common/futurewait.h"
#include "common/localsandbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

namespace {
using namespace Sandbar;

void measure(Core::AgentSandboxesProvider &provider, const QString &id, const QString &language, const QString &code,
             const QString &expected)
{
    QList<double> ms;
    bool found = false;
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer clock;
        clock.start();
        const auto completion = await(provider.completeCode(id, {}, language, code, int(code.size())));
        ms.append(clock.nsecsElapsed() / 1e6);
        found = found || (completion && completion->matches.contains(expected));
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%-10s p50 %.1f ms, p95 %.1f ms%s\n", qPrintable(language), ms.at(ms.size() / 2), ms.at(ms.size() * 95 / 100),
                found ? "" : "  (the expected name was not among the matches!)");
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    LocalSandbox local;
    const QString id = local.startWithSandbox("bench-completion");
    if (id.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(local.error()));
        return 1;
    }
    Core::AgentSandboxesProvider &provider = *local.provider();
    const auto run = [&](const QString &language, const QString &code) {
        Api::CodeRunRequest request;
        request.language = language;
        request.code = code;
        return await(provider.runCode(id, request), 120000).ok();
    };
    if (!run(QStringLiteral("python"), QStringLiteral("import os\nvalue_alpha = 1")) ||
        !run(QStringLiteral("javascript"), QStringLiteral("var myObject = {alpha: 1}")) ||
        !run(QStringLiteral("bash"), QStringLiteral("touch notes.txt"))) {
        std::fprintf(stderr, "the warm-up runs failed\n");
        return 1;
    }
    measure(provider, id, QStringLiteral("python"), QStringLiteral("os.pa"), QStringLiteral("os.path"));
    measure(provider, id, QStringLiteral("javascript"), QStringLiteral("myObject.al"), QStringLiteral("alpha"));
    measure(provider, id, QStringLiteral("bash"), QStringLiteral("ech"), QStringLiteral("echo"));
    // A run in progress: completion answers "busy" at once.
    Api::CodeRunRequest busy;
    busy.language = QStringLiteral("python");
    busy.code = QStringLiteral("import time\ntime.sleep(3)");
    auto running = provider.runCode(id, busy);
    QElapsedTimer wait;
    wait.start();
    while (wait.elapsed() < 500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QElapsedTimer clock;
    clock.start();
    const auto duringRun = await(provider.completeCode(id, {}, QStringLiteral("python"), QStringLiteral("os.pa"), 5));
    std::printf("during a 3 s run: answered in %.1f ms (%s)\n", clock.nsecsElapsed() / 1e6,
                duringRun ? qPrintable(duringRun->status) : qPrintable(duringRun.error().message));
    await(running, 30000);
    return 0;
}
