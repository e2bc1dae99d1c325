// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The poller on a simulated clock against an in-memory provider: paging, budget, newest reply
// wins, connection states and reconnecting.
#include "common/fakeprovider.h"
#include "common/serverprocess.h"
#include "core/providers/agentsandboxesprovider.h"
#include "core/sessions/connectionstate.h"
#include "core/sessions/sessionlistmodel.h"
#include "core/sessions/sessionpoller.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Sandbar::Core;
using namespace Sandbar::Api;
using Status = ConnectionState::Status;

namespace {
Sandbox make(int n)
{
    Sandbox sandbox;
    sandbox.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    sandbox.templateId = QStringLiteral("t");
    sandbox.templateName = QStringLiteral("python-base-v1");
    sandbox.status = SandboxStatus::Running;
    sandbox.startedAt = QDateTime(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
    sandbox.timeoutAt = sandbox.startedAt.addSecs(3600);
    return sandbox;
}

ApiError connectionError()
{
    ApiError error;
    error.kind = ApiError::Kind::ConnectionFailed;
    error.message = QStringLiteral("Connection refused");
    return error;
}

// A poller with its collaborators, on a clock the test moves.
struct Rig
{
    FakeProvider provider;
    SessionListModel model;
    ConnectionState state;
    SessionPoller poller{&provider, &model, &state};
    qint64 now = 1000;

    explicit Rig(int sessions = 0)
    {
        for (int i = 0; i < sessions; ++i)
            provider.sandboxes.append(make(i));
        poller.setClock([this] { return now; });
    }

    // Ticks every 250 ms for `ms`, letting continuations run.
    void run(qint64 ms)
    {
        for (qint64 end = now + ms; now < end; now += 250) {
            poller.tick();
            QCoreApplication::processEvents();
        }
    }
};
} // namespace

class TstSessionPoller : public QObject
{
    Q_OBJECT
private slots:
    void pagesThroughTotal()
    {
        Rig rig(2500);
        rig.provider.pageSize = 1000;
        QAbstractItemModelTester tester(&rig.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy applied(&rig.poller, &SessionPoller::listApplied);
        rig.run(2000);
        QCOMPARE(applied.size(), 1);
        QCOMPARE(rig.model.rowCount(), 2500);
        QCOMPARE(rig.provider.listCalls, 3);
        QCOMPARE(rig.state.status(), Status::Connected);
    }

    void listIsPolledOnItsInterval()
    {
        Rig rig(10);
        rig.run(1000);
        QCOMPARE(rig.provider.listCalls, 1);
        rig.provider.sandboxes.append(make(99));
        rig.run(5000);
        QCOMPARE(rig.provider.listCalls, 2);
        QCOMPARE(rig.model.rowCount(), 11);
    }

    void budgetWithAThousandSessionsAndADetailPane()
    {
        Rig rig(1000);
        QStringList visible;
        for (int i = 0; i < 40; ++i)
            visible.append(make(i).id);
        rig.poller.setSelectedSession(make(5).id);
        rig.poller.setVisibleSessions(visible);
        rig.run(60000);
        const int perMinute = rig.provider.calls();
        qInfo("requests in the first simulated minute: %d (list %d, metrics %d)", perMinute, rig.provider.listCalls,
              rig.provider.metricsCalls);
        QVERIFY2(perMinute <= 100, qPrintable(QString::number(perMinute)));
        // And in a steady-state minute, after the initial burst.
        const int before = rig.provider.calls();
        rig.run(60000);
        QVERIFY(rig.provider.calls() - before <= 90);
        // The selected session every 5 s, the list every 5 s.
        QVERIFY(rig.provider.metricsRequested.count(make(5).id) >= 23);
        QVERIFY(rig.provider.listCalls >= 23);
        // Every other visible row had its turn.
        for (const QString &id : visible)
            QVERIFY2(rig.provider.metricsRequested.contains(id), qPrintable(id));
        // Rows not on screen are left alone.
        QVERIFY(!rig.provider.metricsRequested.contains(make(500).id));
    }

    void newestListReplyWins()
    {
        Rig rig(3);
        rig.provider.holdReplies = true;
        rig.run(250);
        QCOMPARE(rig.provider.held.size(), 1); // the old list, 3 sessions
        rig.provider.sandboxes.append(make(3));
        rig.poller.pollSoon();
        rig.run(250);
        QCOMPARE(rig.provider.held.size(), 2); // the new list, 4 sessions
        rig.provider.releaseHeld(1);
        QCoreApplication::processEvents();
        QCOMPARE(rig.model.rowCount(), 4);
        rig.provider.releaseHeld(0); // the stale reply arrives last and is dropped
        QCoreApplication::processEvents();
        QCOMPARE(rig.model.rowCount(), 4);
    }

    void newestMetricsReplyWins()
    {
        Rig rig(3);
        rig.run(250);
        const QString id = make(1).id;
        rig.provider.holdReplies = true;
        rig.provider.metricsById[id].cpuUsage = 10; // the old sample
        rig.poller.setVisibleSessions({id});
        rig.run(250);
        QCOMPARE(rig.provider.metricsCalls, 1);
        rig.provider.metricsById[id].cpuUsage = 90; // the new sample
        rig.poller.setSelectedSession(id);
        rig.run(250);
        QCOMPARE(rig.provider.metricsCalls, 2);
        rig.provider.releaseHeld(1);
        QCoreApplication::processEvents();
        const QModelIndex cpu = rig.model.index(rig.model.rowOf(id), SessionListModel::CpuColumn);
        QCOMPARE(cpu.data(SessionListModel::CpuRole).toDouble(), 90.0);
        rig.provider.releaseHeld(0);
        QCoreApplication::processEvents();
        QCOMPARE(cpu.data(SessionListModel::CpuRole).toDouble(), 90.0);
    }

    void staleAfterTwoFailuresThenReconnects()
    {
        Rig rig(5);
        rig.run(250);
        QCOMPARE(rig.state.status(), Status::Connected);
        rig.provider.listError = connectionError();
        QSignalSpy changed(&rig.state, &ConnectionState::changed);
        rig.run(4751); // up to and including the next poll (at 6000), which fails: still connected
        QCOMPARE(rig.provider.listCalls, 2);
        QCOMPARE(rig.state.status(), Status::Connected);
        rig.run(12000); // second failure
        QCOMPARE(rig.state.status(), Status::Reconnecting);
        QVERIFY(rig.state.staleSince().isValid());
        QVERIFY(rig.state.reconnectAt().isValid());
        QVERIFY(rig.state.describe().contains(QLatin1String("reconnecting in")));
        QCOMPARE(rig.model.rowCount(), 5); // the last picture stays
        // While an attempt is on its way the state is "stale", without a countdown.
        rig.provider.holdReplies = true;
        while (rig.provider.held.isEmpty())
            rig.run(250);
        QCOMPARE(rig.state.status(), Status::Stale);
        QVERIFY(rig.state.describe().contains(QLatin1String("Stale since")));
        rig.provider.holdReplies = false;
        rig.provider.releaseAll();
        QCoreApplication::processEvents();
        QCOMPARE(rig.state.status(), Status::Reconnecting);
        // Gone for a minute: attempts continue at most every 10 s (plus jitter below that).
        const int before = rig.provider.listCalls;
        rig.run(60000);
        const int attempts = rig.provider.listCalls - before;
        QVERIFY2(attempts >= 6 && attempts <= 60, qPrintable(QString::number(attempts)));
        // Back: seen within 15 s.
        rig.provider.listError.reset();
        const qint64 back = rig.now;
        while (rig.state.status() != Status::Connected && rig.now - back < 20000)
            rig.run(250);
        QCOMPARE(rig.state.status(), Status::Connected);
        QVERIFY2(rig.now - back <= 15000, qPrintable(QString::number(rig.now - back)));
    }

    void noMetricsWhileDisconnected()
    {
        Rig rig(5);
        rig.poller.setSelectedSession(make(1).id);
        rig.run(250);
        rig.provider.listError = connectionError();
        rig.run(6000);
        const int metrics = rig.provider.metricsCalls;
        rig.run(30000);
        QCOMPARE(rig.provider.metricsCalls, metrics);
    }

    void unauthorizedStopsPolling()
    {
        Rig rig(5);
        ApiError error;
        error.kind = ApiError::Kind::Unauthorized;
        error.message = QStringLiteral("missing or invalid API key");
        rig.provider.listError = error;
        rig.run(1000);
        QCOMPARE(rig.state.status(), Status::Unauthorized);
        QVERIFY(rig.state.describe().contains(QLatin1String("invalid API key")));
        const int calls = rig.provider.calls();
        rig.run(30000);
        QCOMPARE(rig.provider.calls(), calls);
        rig.provider.listError.reset();
        rig.poller.resume();
        rig.run(250);
        QCOMPARE(rig.state.status(), Status::Connected);
    }

    void realServerVanishesAndReturns()
    {
        // Real time, real HTTP: sandbar-local stops, the state goes stale, it comes back on the
        // same port and is picked up again within 15 s.
        QTemporaryDir dir;
        ServerProcess server;
        const QByteArray token = "poller-token";
        QVERIFY(server.start(dir.path(), token, {QStringLiteral("--rate-limit"), QStringLiteral("0")}));
        const QUrl url = server.url();
        AgentSandboxesProvider provider(url, token);
        SessionListModel model;
        ConnectionState state;
        SessionPoller poller(&provider, &model, &state);
        SessionPoller::Settings settings;
        settings.listIntervalMs = 1000;
        poller.setSettings(settings);
        poller.start();
        QTRY_COMPARE(state.status(), Status::Connected);
        QCOMPARE(server.stop(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(state.status(), Status::Reconnecting, 10000);
        QVERIFY(state.staleSince().isValid());
        ServerProcess again;
        QVERIFY(again.start(dir.path(), token,
                            {QStringLiteral("--rate-limit"), QStringLiteral("0"), QStringLiteral("--listen"),
                             QStringLiteral("127.0.0.1:%1").arg(url.port())}));
        QCOMPARE(again.url(), url);
        QElapsedTimer back;
        back.start();
        QTRY_COMPARE_WITH_TIMEOUT(state.status(), Status::Connected, 15000);
        qInfo("picked up again after %lld ms", back.elapsed());
        poller.stop();
        QCOMPARE(again.stop(), 0);
    }

    void endedSessionsAreNotRotated()
    {
        Rig rig(3);
        rig.provider.sandboxes[1].status = SandboxStatus::Stopped;
        rig.run(250);
        rig.poller.setVisibleSessions({make(0).id, make(1).id, make(2).id});
        rig.run(3000);
        QVERIFY(!rig.provider.metricsRequested.contains(make(1).id));
        QVERIFY(rig.provider.metricsRequested.contains(make(2).id));
    }
};

QTEST_GUILESS_MAIN(TstSessionPoller)
#include "tst_sessionpoller.moc"
