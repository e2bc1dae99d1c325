// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Expiry warnings on a simulated clock, and the window's formatting of time, urgency and rates.
#include "format.h"

#include "core/sessions/expirywatcher.h"
#include "core/sessions/sessionlistmodel.h"

#include <QPalette>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Sandbar;
using Core::ExpiryWatcher;
using Warning = Core::ExpiryWatcher::Warning;

class TstExpiry : public QObject
{
    Q_OBJECT

    Api::Sandbox sandbox(const QDateTime &deadline) const
    {
        Api::Sandbox s;
        s.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
        s.templateName = QStringLiteral("python-base-v1");
        s.status = Api::SandboxStatus::Running;
        s.startedAt = deadline.addSecs(-3600);
        s.timeoutAt = deadline;
        return s;
    }

private slots:
    void warnsOncePerThresholdAndAgainAfterExtending()
    {
        const QDateTime start(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
        qint64 now = start.toMSecsSinceEpoch();
        Core::SessionListModel model;
        model.setClock([&now] { return now; });
        Api::Sandbox s = sandbox(start.addSecs(600));
        model.applyPoll({s});
        ExpiryWatcher watcher(&model);
        QSignalSpy spy(&watcher, &ExpiryWatcher::warning);
        watcher.watch(s.id);

        watcher.check();
        QCOMPARE(spy.count(), 0);
        now += 301'000; // 299 s left
        watcher.check();
        watcher.check();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(1).value<Warning>(), Warning::FiveMinutesLeft);
        now += 240'000; // 59 s left
        watcher.check();
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(1).value<Warning>(), Warning::OneMinuteLeft);

        // Extended by ten minutes: the warnings come again when the new deadline nears.
        s.timeoutAt = s.timeoutAt.addSecs(600);
        model.applyPoll({s});
        watcher.check();
        QCOMPARE(spy.count(), 2);
        now += 400'000;
        watcher.check();
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.at(2).at(1).value<Warning>(), Warning::FiveMinutesLeft);

        s.status = Api::SandboxStatus::TimedOut;
        s.endedAt = s.timeoutAt;
        model.applyPoll({s});
        watcher.check();
        watcher.check();
        QCOMPARE(spy.count(), 4);
        QCOMPARE(spy.at(3).at(1).value<Warning>(), Warning::Expired);
    }

    void unwatchedAndKilledSessionsStayQuiet()
    {
        const QDateTime start(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
        qint64 now = start.toMSecsSinceEpoch();
        Core::SessionListModel model;
        model.setClock([&now] { return now; });
        Api::Sandbox s = sandbox(start.addSecs(30));
        model.applyPoll({s});
        ExpiryWatcher watcher(&model);
        QSignalSpy spy(&watcher, &ExpiryWatcher::warning);
        watcher.check();
        QCOMPARE(spy.count(), 0); // not watched
        s.status = Api::SandboxStatus::Terminated;
        s.endedAt = start;
        model.applyPoll({s});
        watcher.watch(s.id);
        watcher.check();
        QCOMPARE(spy.count(), 0); // killed by the user: no expiry to announce
    }

    void durationsAndUrgency()
    {
        QCOMPARE(Core::formatTtl(0), QStringLiteral("0:00"));
        QCOMPARE(Core::formatTtl(872), QStringLiteral("14:32"));
        QCOMPARE(Core::formatTtl(3723), QStringLiteral("1:02:03"));
        QCOMPARE(Ui::urgencyFor(Api::SandboxStatus::Running, 300), Ui::Urgency::Normal);
        QCOMPARE(Ui::urgencyFor(Api::SandboxStatus::Running, 299), Ui::Urgency::Soon);
        QCOMPARE(Ui::urgencyFor(Api::SandboxStatus::Running, 59), Ui::Urgency::Critical);
        QCOMPARE(Ui::urgencyFor(Api::SandboxStatus::TimedOut, 0), Ui::Urgency::Ended);
        // Never colour alone: every urgent state has words too.
        QVERIFY(!Ui::urgencyText(Ui::Urgency::Soon).isEmpty());
        QVERIFY(!Ui::urgencyText(Ui::Urgency::Critical).isEmpty());
        const QPalette palette;
        QVERIFY(Ui::urgencyColor(Ui::Urgency::Soon, palette) != Ui::urgencyColor(Ui::Urgency::Critical, palette));
    }

    void ratesScale()
    {
        QCOMPARE(Ui::rateScaleFor(512).unit, QStringLiteral("B/s"));
        QCOMPARE(Ui::rateScaleFor(2048).unit, QStringLiteral("KiB/s"));
        QCOMPARE(Ui::rateScaleFor(3.0 * 1024 * 1024).unit, QStringLiteral("MiB/s"));
        QCOMPARE(Ui::rateScaleFor(3.0 * 1024 * 1024).divisor, 1024.0 * 1024);
        QCOMPARE(Ui::formatRate(1536), QStringLiteral("1.5 KiB/s"));
        QCOMPARE(Ui::formatRate(100), QStringLiteral("100 B/s"));
    }
};

QTEST_MAIN(TstExpiry)
#include "tst_expiry.moc"
