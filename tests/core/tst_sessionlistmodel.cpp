// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sessions/sessionfilterproxy.h"
#include "core/sessions/sessionlistmodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Sandbar::Core;
using namespace Sandbar::Api;

namespace {
const QDateTime kEpoch(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());

Sandbox make(int n, const QString &templateName = QStringLiteral("python-base-v1"))
{
    Sandbox sandbox;
    sandbox.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    sandbox.templateId = QStringLiteral("t");
    sandbox.templateName = templateName;
    sandbox.status = SandboxStatus::Running;
    sandbox.startedAt = kEpoch.addSecs(n);
    sandbox.timeoutAt = kEpoch.addSecs(300 + n);
    sandbox.cpuCount = 2;
    sandbox.memoryMb = 2048;
    return sandbox;
}

QList<Sandbox> range(int from, int to)
{
    QList<Sandbox> list;
    for (int i = from; i < to; ++i)
        list.append(make(i));
    return list;
}
} // namespace

class TstSessionListModel : public QObject
{
    Q_OBJECT
private slots:
    void pollIsAppliedAsADiff()
    {
        SessionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.applyPoll(range(0, 10));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(inserted.size(), 1);

        // 2 and 3 go (one contiguous run), 7 goes, 5 changes, 10 and 11 arrive.
        QList<Sandbox> next = range(0, 12);
        next.removeAt(7);
        next.removeAt(3);
        next.removeAt(2);
        next[3].status = SandboxStatus::Stopped; // id 5
        next[3].endedAt = kEpoch.addSecs(100);
        inserted.clear();
        changed.clear();
        const int row5Before = model.rowOf(make(5).id);
        model.applyPoll(next);
        QCOMPARE(removed.size(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model.rowCount(), 9);
        const int row5 = model.rowOf(make(5).id);
        // Changes are announced before the removals, so in the rows as they were then.
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), row5Before);
        QCOMPARE(model.index(row5, SessionListModel::StatusColumn).data().toString(), QStringLiteral("stopped"));
        QCOMPARE(model.rowOf(make(7).id), -1);
        QCOMPARE(model.rowOf(make(11).id), 8);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowOf(model.index(row, 0).data(SessionListModel::SandboxIdRole).toString()), row);

        // The same poll again changes nothing.
        changed.clear();
        model.applyPoll(next);
        QCOMPARE(changed.size(), 0);
    }

    void selectionSurvivesAPoll()
    {
        SessionListModel model;
        model.applyPoll(range(0, 5));
        QItemSelectionModel selection(&model);
        selection.setCurrentIndex(model.index(model.rowOf(make(3).id), 0), QItemSelectionModel::ClearAndSelect);
        QList<Sandbox> next = range(0, 6);
        next.removeAt(1);
        next[2].metadata.insert(QStringLiteral("k"), QStringLiteral("v")); // id 3 changes
        model.applyPoll(next);
        QVERIFY(selection.currentIndex().isValid());
        QCOMPARE(selection.currentIndex().data(SessionListModel::SandboxIdRole).toString(), make(3).id);
    }

    void ttlCountsByTheServersClock()
    {
        SessionListModel model;
        qint64 now = kEpoch.toMSecsSinceEpoch();
        model.setClock([&now] { return now; });
        model.applyPoll({make(0)}); // times out 300 s after kEpoch
        const QModelIndex ttl = model.index(0, SessionListModel::TtlColumn);
        QCOMPARE(ttl.data(SessionListModel::TtlSecondsRole).toLongLong(), 300);
        QCOMPARE(ttl.data().toString(), QStringLiteral("5:00"));
        // This machine is 100 s behind the server: 100 s less are left.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setServerClockOffsetMs(100000);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(ttl.data(SessionListModel::TtlSecondsRole).toLongLong(), 200);
        now += 250000;
        QCOMPARE(ttl.data(SessionListModel::TtlSecondsRole).toLongLong(), 0);
    }

    void metricsFillCpuAndMemory()
    {
        SessionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.applyPoll(range(0, 3));
        QVERIFY(!model.index(1, SessionListModel::CpuColumn).data(SessionListModel::CpuRole).isValid());
        SandboxMetrics metrics;
        metrics.cpuUsage = 45.5;
        metrics.memoryUsage = 1024;
        metrics.memoryTotal = 2048;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setMetrics(make(1).id, metrics);
        // One cell each (views repaint a cell, but all of themselves for a range).
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, SessionListModel::CpuColumn));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1, SessionListModel::CpuColumn));
        QCOMPARE(changed.at(1).at(0).toModelIndex(), model.index(1, SessionListModel::MemoryColumn));
        QCOMPARE(model.index(1, SessionListModel::CpuColumn).data().toString(), QStringLiteral("45.5 %"));
        QCOMPARE(model.index(1, SessionListModel::MemoryColumn).data(SessionListModel::MemoryRole).toDouble(), 1024.0);
        // A poll that changes the sandbox keeps its metrics.
        QList<Sandbox> next = range(0, 3);
        next[1].status = SandboxStatus::Stopped;
        model.applyPoll(next);
        QCOMPARE(model.index(1, SessionListModel::CpuColumn).data(SessionListModel::CpuRole).toDouble(), 45.5);
    }

    // The tick tells about the rows in view only, one cell each; without ids, the whole column.
    void countdownsOfTheRowsInView()
    {
        SessionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.applyPoll(range(0, 10));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refreshCountdowns({make(3).id, make(4).id, QStringLiteral("gone")});
        QCOMPARE(changed.size(), 2);
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            QCOMPARE(signal.at(0).toModelIndex(), signal.at(1).toModelIndex());
            QCOMPARE(signal.at(0).toModelIndex().column(), int(SessionListModel::TtlColumn));
        }
        changed.clear();
        model.refreshCountdowns();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 9);
        // A clock estimate that moves by milliseconds changes no countdown.
        changed.clear();
        model.setServerClockOffsetMs(120);
        QCOMPARE(changed.size(), 0);
        model.setServerClockOffsetMs(2000);
        QCOMPARE(changed.size(), 1);
    }

    void proxySearchesAndFilters()
    {
        SessionListModel model;
        SessionFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Sandbox> sandboxes = range(0, 6);
        sandboxes[1].templateName = QStringLiteral("javascript-base-v1");
        sandboxes[2].metadata.insert(QStringLiteral("project"), QStringLiteral("ML-Training"));
        sandboxes[3].status = SandboxStatus::Failed;
        sandboxes[4].metadata.insert(QStringLiteral("owner"), QStringLiteral("ada"));
        model.applyPoll(sandboxes);
        QCOMPARE(proxy.rowCount(), 6);

        proxy.setSearchText(QStringLiteral("ml-train"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(SessionListModel::SandboxIdRole).toString(), sandboxes[2].id);
        proxy.setSearchText(QStringLiteral("JAVASCRIPT"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QStringLiteral("000000000004 ada"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QStringLiteral("000000000004 nobody"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearchText({});

        proxy.setStatusFilter({SandboxStatus::Failed});
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setStatusFilter({});
        proxy.setTemplateFilter(QStringLiteral("python-base-v1"));
        QCOMPARE(proxy.rowCount(), 5);

        // A new matching session shows up through the diff.
        Sandbox later = make(9);
        sandboxes.append(later);
        model.applyPoll(sandboxes);
        QCOMPARE(proxy.rowCount(), 6);
    }

    void proxySortsByValueNotText()
    {
        SessionListModel model;
        SessionFilterProxy proxy;
        proxy.setSourceModel(&model);
        QList<Sandbox> sandboxes = range(0, 3);
        model.applyPoll(sandboxes);
        const double cpu[] = {9.5, 100.0, 20.0};
        for (int i = 0; i < 3; ++i) {
            SandboxMetrics metrics;
            metrics.cpuUsage = cpu[i];
            model.setMetrics(sandboxes[i].id, metrics);
        }
        proxy.sort(SessionListModel::CpuColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(SessionListModel::SandboxIdRole).toString(), sandboxes[1].id);
        QCOMPARE(proxy.index(2, 0).data(SessionListModel::SandboxIdRole).toString(), sandboxes[0].id);
    }

    // Two connections in one list: each poll replaces its own rows only; each keeps its clock,
    // its kept-alive sessions and its name in the Connection column.
    void originsShareTheListWithoutTouchingEachOther()
    {
        SessionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SessionFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        qint64 now = kEpoch.toMSecsSinceEpoch();
        model.setClock([&now] { return now; });
        const QString here = QStringLiteral("This computer");
        const QString cloud = QStringLiteral("Cloud");
        model.applyPoll(range(0, 3), here);
        model.applyPoll(range(10, 12), cloud);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.originOf(make(1).id), here);
        QCOMPARE(model.originOf(make(11).id), cloud);
        QCOMPARE(model.index(model.rowOf(make(11).id), SessionListModel::ConnectionColumn).data().toString(), cloud);
        QCOMPARE(model.index(model.rowOf(make(1).id), 0).data(SessionListModel::OriginRole).toString(), here);

        // Whoever hears of a removal finds every row by its id (the index is current).
        connect(&model, &QAbstractItemModel::rowsRemoved, this, [&model] {
            for (const QString &id : model.ids())
                QVERIFY(model.sandbox(id) && model.sandbox(id)->id == id);
        });
        // Cloud's next poll lost a session: only that row goes.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.applyPoll({make(10)}, cloud);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.rowOf(make(11).id) < 0);
        for (int i = 0; i < 3; ++i)
            QVERIFY(model.rowOf(make(i).id) >= 0);
        // An empty poll of one connection leaves the other's rows alone.
        model.applyPoll({}, here);
        QCOMPARE(model.ids(), QStringList{make(10).id});

        // The same server shown twice lists a sandbox twice: it stays the first one's row.
        model.applyPoll({make(10)}, here);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.originOf(make(10).id), cloud);
        model.applyPoll({}, cloud);
        model.applyPoll({make(10)}, here);
        QCOMPARE(model.originOf(make(10).id), here);

        // Clocks: the cloud's server runs 100 s ahead; this computer's does not.
        model.applyPoll({make(20)}, cloud);
        model.setServerClockOffsetMs(100000, cloud);
        QCOMPARE(model.index(model.rowOf(make(10).id), 0).data(SessionListModel::TtlSecondsRole).toLongLong(), 310);
        QCOMPARE(model.index(model.rowOf(make(20).id), 0).data(SessionListModel::TtlSecondsRole).toLongLong(), 220);

        // Kept alive per connection: one connection's set does not clear the other's.
        model.setKeptAlive({make(10).id}, here);
        model.setKeptAlive({}, cloud);
        QVERIFY(model.index(model.rowOf(make(10).id), 0).data(SessionListModel::KeptAliveRole).toBool());

        // A snapshot is one connection's; restoring it leaves the other's rows.
        const SessionListModel::Snapshot cloudRows = model.snapshot(cloud);
        QCOMPARE(cloudRows.sandboxes.size(), 1);
        model.applyPoll({}, cloud);
        QCOMPARE(model.rowCount(), 1);
        model.restore(cloudRows, cloud);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.originOf(make(20).id), cloud);

        // A search finds sessions by their connection's name.
        proxy.setSearchText(QStringLiteral("cloud"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(SessionListModel::SandboxIdRole).toString(), make(20).id);
    }
};

QTEST_GUILESS_MAIN(TstSessionListModel)
#include "tst_sessionlistmodel.moc"
