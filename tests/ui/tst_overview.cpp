// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The connection's overview (what the Details dock shows with no session selected): its
// figures from a real session list model on a fixed clock, and activating a session in it.
#include "detailpane.h"
#include "overviewpane.h"

#include "core/sessions/metricshistory.h"
#include "core/sessions/sessionlistmodel.h"
#include "core/sessions/sessionoverview.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

using namespace Sandbar;
using Api::SandboxStatus;

namespace {
const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc());

Api::Sandbox session(int n, SandboxStatus status, int secondsLeft, int cpus = 2, int memoryMb = 2048)
{
    Api::Sandbox s;
    s.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    s.templateName = n % 2 ? QStringLiteral("python-base-v1") : QStringLiteral("javascript-base-v1");
    s.status = status;
    s.startedAt = kNow.addSecs(-60);
    s.timeoutAt = kNow.addSecs(secondsLeft);
    s.cpuCount = cpus;
    s.memoryMb = memoryMb;
    return s;
}

Api::SandboxMetrics metrics(double cpu, double memory)
{
    Api::SandboxMetrics m;
    m.timestamp = kNow;
    m.cpuUsage = cpu;
    m.memoryUsage = memory;
    m.memoryTotal = 2048;
    return m;
}
} // namespace

class TstOverview : public QObject
{
    Q_OBJECT
private:
    // Seven sessions: five live (one paused, one without a deadline), two ended; three with metrics.
    void fill(Core::SessionListModel &model)
    {
        model.setClock([] { return kNow.toMSecsSinceEpoch(); });
        Api::Sandbox noDeadline = session(6, SandboxStatus::Running, 0);
        noDeadline.timeoutAt = QDateTime();
        model.applyPoll({session(1, SandboxStatus::Running, 1800), session(2, SandboxStatus::Running, 90),
                         session(3, SandboxStatus::Paused, 600, 4, 4096), session(4, SandboxStatus::TimedOut, 0),
                         session(5, SandboxStatus::Terminated, 0), noDeadline, session(7, SandboxStatus::Creating, 3000)});
        model.setMetrics(session(1, SandboxStatus::Running, 0).id, metrics(50, 100));   // 1 of 2 vCPUs
        model.setMetrics(session(2, SandboxStatus::Running, 0).id, metrics(100, 300));  // 2 of 2
        model.setMetrics(session(3, SandboxStatus::Running, 0).id, metrics(25, 600));   // 1 of 4
    }

private slots:
    void figures()
    {
        Core::SessionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(model);
        const Core::SessionOverview overview = Core::SessionOverview::of(model, 3);
        QCOMPARE(overview.total, 7);
        QCOMPARE(overview.running, 4); // running and creating
        QCOMPARE(overview.paused, 1);
        QCOMPARE(overview.ended, 2);
        // Soonest first; the session without a deadline is not among them.
        QCOMPARE(overview.expiring.size(), 3);
        QCOMPARE(overview.expiring.at(0).id, session(2, SandboxStatus::Running, 0).id);
        QCOMPARE(overview.expiring.at(0).secondsLeft, 90);
        QCOMPARE(overview.expiring.at(1).id, session(3, SandboxStatus::Running, 0).id);
        QCOMPARE(overview.expiring.at(2).id, session(1, SandboxStatus::Running, 0).id);
        QCOMPARE(overview.sampled, 3);
        QCOMPARE(overview.vcpus, 8);
        QCOMPARE(overview.cpuPercent, 50.0); // (1 + 2 + 1) of 8 vCPUs
        QCOMPARE(overview.memoryMib, 1000.0);
        QCOMPARE(overview.memoryLimitMib, 8192.0);
        const Api::SandboxMetrics total = overview.totalSample(kNow);
        QCOMPARE(total.cpuUsage, 50.0);
        QCOMPARE(total.memoryUsage, 1000.0);
    }

    void paneShowsTheFiguresAndSelects()
    {
        Core::SessionListModel model;
        fill(model);
        Core::MetricsHistory history;
        Ui::DetailPane detail(&model, &history);
        detail.resize(800, 700);
        detail.show();
        QVERIFY(QTest::qWaitForWindowExposed(&detail));
        Ui::OverviewPane *overview = detail.overview();
        // Nothing selected: the overview is what the pane shows.
        QVERIFY(overview->isVisible());
        overview->setConnection({QStringLiteral("Work"), QStringLiteral("Agent Sandboxes API"), QUrl(QStringLiteral("http://127.0.0.1:1234")), true},
                                nullptr, nullptr);
        QVERIFY(overview->factsLabel()->text().contains(QStringLiteral("Work")));
        QVERIFY(overview->factsLabel()->text().contains(QStringLiteral("sandbar-local")));
        QCOMPARE(overview->statusLabel()->text(), QStringLiteral("Sessions: 7 · running: 4 · ended: 2 · paused: 1"));
        QVERIFY(overview->usageLabel()->text().contains(QStringLiteral("Sessions with metrics: 3, using 50.0 % of their 8 vCPUs")));
        // Only three of the five live sessions have metrics: it says what the figures cover.
        QVERIFY(overview->usageLabel()->text().contains(QStringLiteral("of 5 live")));
        QTreeWidget *list = overview->expiringList();
        QCOMPARE(list->topLevelItemCount(), 4);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("1 min"));
        QCOMPARE(list->topLevelItem(0)->text(1), session(2, SandboxStatus::Running, 0).id);

        QSignalSpy activated(overview, &Ui::OverviewPane::sessionActivated);
        emit list->itemActivated(list->topLevelItem(1), 0);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), session(3, SandboxStatus::Running, 0).id);

        overview->addError(QStringLiteral("Kill 00000000 failed: gone"));
        overview->addError(QStringLiteral("Cannot reach the server"));
        overview->addError(QStringLiteral("Cannot reach the server")); // a repeat is one line
        QCOMPARE(overview->errorsLabel()->text().count(QLatin1Char('\n')), 1);
        QVERIFY(overview->errorsLabel()->text().startsWith(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat).left(2)));

        // A session ends: the figures follow the model.
        Api::Sandbox ended = session(2, SandboxStatus::Terminated, 0);
        model.updateSandbox(ended);
        overview->refresh();
        QCOMPARE(overview->statusLabel()->text(), QStringLiteral("Sessions: 7 · running: 3 · ended: 3 · paused: 1"));
        QCOMPARE(list->topLevelItemCount(), 3);

        // Selecting a session shows it instead.
        detail.setSession(session(1, SandboxStatus::Running, 0).id);
        QVERIFY(!overview->isVisible());
        detail.setSession(QString());
        QVERIFY(overview->isVisible());
    }

    // The totals chart gets a point per sample, from the sessions with metrics.
    void totalsChart()
    {
        Core::SessionListModel model;
        fill(model);
        Ui::OverviewPane overview(&model);
        overview.sampleTotals();
        QTest::qWait(5); // a later sample time: MetricsHistory ignores one not newer than the last
        model.setMetrics(session(1, SandboxStatus::Running, 0).id, metrics(100, 200));
        overview.sampleTotals();
        overview.refresh();
        QVERIFY(overview.usageLabel()->text().contains(QStringLiteral("62.5 %")));
    }
};

QTEST_MAIN(TstOverview)
#include "tst_overview.moc"
