// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints figures for sandbar_core. Not a pass/fail test.
//  1. Applying a 10,000-session poll with 1 % changed to SessionListModel (and through a
//     sorting SessionFilterProxy), goal <= 5 ms and no reset.
//  2. Requests per minute the poller sends with 1,000 sessions and a detail pane open
//     (goal <= 100): on a simulated clock against an in-memory provider, and in real time
//     against sandbar-local holding 1,000 sandboxes, through an Agent Sandboxes connection and
//     through a Sandbox Sessions (000) connection.
//
//   build/tests/bench_core [--seconds N]   (N: real-time run length, default 60; 0 skips it)
#include "common/fakeprovider.h"
#include "common/serverprocess.h"
#include "common/httpclient.h"
#include "core/providers/agentsandboxesprovider.h"
#include "core/providers/sandboxsessionsprovider.h"
#include "core/sessions/connectionstate.h"
#include "core/sessions/sessionfilterproxy.h"
#include "core/sessions/sessionlistmodel.h"
#include "core/sessions/sessionpoller.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Sandbar::Core;
using namespace Sandbar::Api;

namespace {
Sandbox make(int n)
{
    Sandbox sandbox;
    sandbox.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    sandbox.templateId = QStringLiteral("ee7ac712-5161-46e8-9e02-22e2c1d1f018");
    sandbox.templateName = n % 3 ? QStringLiteral("python-base-v1") : QStringLiteral("javascript-base-v1");
    sandbox.status = SandboxStatus::Running;
    sandbox.startedAt = QDateTime(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc()).addSecs(n);
    sandbox.timeoutAt = sandbox.startedAt.addSecs(3600);
    sandbox.metadata.insert(QStringLiteral("project"), QStringLiteral("p%1").arg(n % 17));
    sandbox.cpuCount = 2;
    sandbox.memoryMb = 2048;
    return sandbox;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

void benchModelDiff()
{
    constexpr int kSessions = 10000;
    QList<Sandbox> base;
    for (int i = 0; i < kSessions; ++i)
        base.append(make(i));

    for (const bool withProxy : {false, true}) {
        SessionListModel model;
        SessionFilterProxy proxy;
        if (withProxy) {
            proxy.setSourceModel(&model);
            proxy.sort(SessionListModel::CreatedColumn);
        }
        model.applyPoll(base);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        std::vector<double> times;
        QList<Sandbox> current = base;
        for (int round = 0; round < 21; ++round) {
            // 1 % changed: 80 updated in place, 10 ended and gone, 10 new.
            QList<Sandbox> next = current;
            for (int k = 0; k < 80; ++k) {
                Sandbox &sandbox = next[(round * 997 + k * 113) % next.size()];
                sandbox.timeoutAt = sandbox.timeoutAt.addSecs(60);
                sandbox.metadata.insert(QStringLiteral("round"), QString::number(round));
            }
            for (int k = 0; k < 10; ++k)
                next.removeAt((round * 31 + k * 977) % next.size());
            for (int k = 0; k < 10; ++k)
                next.append(make(kSessions + round * 10 + k));
            QElapsedTimer timer;
            timer.start();
            model.applyPoll(next);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (qEnvironmentVariableIsSet("SANDBAR_BENCH_VERBOSE"))
                std::printf("  poll %d: %.2f ms\n", round, times.back());
            current = next;
        }
        std::printf("apply a %d-session poll, 1 %% changed (80 updated, 10 removed, 10 inserted)%s: "
                    "median %.2f ms, max %.2f ms over %zu polls, %d resets (goal <= 5 ms, no reset)\n",
                    kSessions, withProxy ? " through a sorting filter proxy" : " to the model alone",
                    median(times), *std::max_element(times.begin(), times.end()), times.size(), int(resets.size()));
    }
}

QStringList visibleIds(const SessionListModel &model, int count)
{
    QStringList ids;
    for (int row = 0; row < std::min(count, model.rowCount()); ++row)
        ids.append(model.index(row, 0).data(SessionListModel::SandboxIdRole).toString());
    return ids;
}

void benchSimulatedBudget()
{
    FakeProvider provider;
    for (int i = 0; i < 1000; ++i)
        provider.sandboxes.append(make(i));
    SessionListModel model;
    ConnectionState state;
    SessionPoller poller(&provider, &model, &state);
    qint64 now = 0;
    poller.setClock([&now] { return now; });
    poller.setSelectedSession(make(7).id);
    int perMinute[3] = {0, 0, 0};
    for (int minute = 0; minute < 3; ++minute) {
        const int before = provider.calls();
        for (const qint64 end = now + 60000; now < end; now += 250) {
            poller.tick();
            QCoreApplication::processEvents();
            if (model.rowCount() > 0 && now % 5000 == 0)
                poller.setVisibleSessions(visibleIds(model, 40));
        }
        perMinute[minute] = provider.calls() - before;
    }
    std::printf("poller, 1,000 sessions, detail pane open, 40 visible rows, simulated clock (3 minutes): "
                "%d, %d, %d requests per minute (goal <= 100); list %d, selected-session metrics %lld, "
                "rotated metrics %lld\n",
                perMinute[0], perMinute[1], perMinute[2], provider.listCalls,
                (long long)provider.metricsRequested.count(make(7).id),
                (long long)(provider.metricsCalls - provider.metricsRequested.count(make(7).id)));
}

void benchRealBudget(int seconds)
{
    // Filling the server needs 1,000 creates, so its rate limit is off: the figure is what the
    // poller sends on its own, measured on the wire side of the client.
    QTemporaryDir dir;
    const QByteArray token = "bench-core";
    ServerProcess server;
    if (!server.start(dir.path(), token, {QStringLiteral("--rate-limit"), QStringLiteral("0")})) {
        std::printf("real-time run skipped: sandbar-local did not start\n");
        return;
    }
    HttpClient http(server.url(), token);
    for (int i = 0; i < 1000; ++i) {
        const HttpResult reply = http.post(QStringLiteral("/v1/agents/sandboxes"),
                                           QJsonObject{{QStringLiteral("provider"), QStringLiteral("local")},
                                                       {QStringLiteral("region"), QStringLiteral("here")},
                                                       {QStringLiteral("timeout"), 3600}});
        if (reply.status != 201) {
            std::printf("real-time run skipped: create %d failed with %d\n", i, reply.status);
            return;
        }
    }
    // The same 1,000 sandboxes through two APIs: each provider's poller keeps to its budget
    // (the Agent Sandboxes API documents 100/min; Sandbox Sessions documents none and pages by
    // 100, so a full list is 10 requests).
    AgentSandboxesProvider agent(server.url(), token);
    QUrl sessionsUrl = server.url();
    sessionsUrl.setPath(QStringLiteral("/v1"));
    SandboxSessionsProvider sessions(sessionsUrl, token);
    const auto measure = [&](SandboxProvider &provider, const char *label) {
        SessionListModel model;
        ConnectionState state;
        SessionPoller poller(&provider, &model, &state);
        QElapsedTimer clock;
        clock.start();
        poller.start();
        while (model.rowCount() == 0 && clock.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        poller.setSelectedSession(model.index(0, 0).data(SessionListModel::SandboxIdRole).toString());
        poller.setVisibleSessions(visibleIds(model, 40));
        const int startCount = provider.requestsSent();
        QElapsedTimer window;
        window.start();
        while (window.elapsed() < qint64(seconds) * 1000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        const int sent = provider.requestsSent() - startCount;
        std::printf("poller, %s connection to sandbar-local over HTTP (1,000 sessions, server limit off), detail "
                    "pane open, 40 visible rows, %d s real time after the first list: %d requests = %.1f per minute "
                    "(budget %d), %d rows, state \"%s\"\n",
                    label, seconds, sent, sent * 60.0 / seconds, poller.settings().requestsPerMinute > 0
                        ? poller.settings().requestsPerMinute : (provider.documentedRequestsPerMinute() > 0 ? provider.documentedRequestsPerMinute() * 9 / 10 : 90),
                    model.rowCount(), qPrintable(state.describe()));
        if (state.status() != ConnectionState::Status::Connected) {
            std::printf("  the server was lost during the run: running %d, exit code %d, stderr tail: %s\n",
                        int(server.process().state() == QProcess::Running), server.process().exitCode(),
                        qPrintable(server.errorOutput().right(600)));
        }
        poller.stop();
    };
    measure(agent, "Agent Sandboxes (004)");
    measure(sessions, "Sandbox Sessions (000)");
    server.stop(120000);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int seconds = 60;
    const QStringList args = app.arguments();
    const int at = int(args.indexOf(QStringLiteral("--seconds")));
    if (at > 0 && at + 1 < args.size())
        seconds = std::max(0, args.at(at + 1).toInt());
    benchModelDiff();
    benchSimulatedBudget();
    if (seconds > 0)
        benchRealBudget(seconds);
    return 0;
}
