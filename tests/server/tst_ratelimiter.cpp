// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/ratelimiter.h"

#include <QTest>

using Sandbar::Server::RateLimiter;

class TstRateLimiter : public QObject
{
    Q_OBJECT
private slots:
    void burstPerSecond()
    {
        RateLimiter limiter(100, 10);
        const qint64 t0 = 1'700'000'040'000; // on a minute boundary (1700000040 % 60 == 0)
        for (int i = 0; i < 10; ++i)
            QCOMPARE(limiter.consume(QStringLiteral("k"), t0 + i).retryAfter, 0);
        const auto refused = limiter.consume(QStringLiteral("k"), t0 + 500);
        QCOMPARE(refused.retryAfter, 1);
        QCOMPARE(refused.remaining, 90);
        // The next second has room again, and other keys are unaffected throughout.
        QCOMPARE(limiter.consume(QStringLiteral("other"), t0 + 600).retryAfter, 0);
        QCOMPARE(limiter.consume(QStringLiteral("k"), t0 + 1000).retryAfter, 0);
    }

    void perMinuteAndReset()
    {
        RateLimiter limiter(100, 10);
        const qint64 t0 = 1'700'000'040'000;
        int accepted = 0;
        for (int second = 0; second < 15; ++second) {
            for (int i = 0; i < 10; ++i) {
                if (limiter.consume(QStringLiteral("k"), t0 + second * 1000 + i).retryAfter == 0)
                    ++accepted;
            }
        }
        QCOMPARE(accepted, 100);
        const auto refused = limiter.consume(QStringLiteral("k"), t0 + 15'000);
        QCOMPARE(refused.retryAfter, 45);
        QCOMPARE(refused.remaining, 0);
        QCOMPARE(refused.resetEpoch, (t0 + 60'000) / 1000);
        const auto peek = limiter.peek(QStringLiteral("k"), t0 + 15'000);
        QCOMPARE(peek.limit, 100);
        QCOMPARE(peek.remaining, 0);
        // A new minute starts afresh.
        const auto fresh = limiter.consume(QStringLiteral("k"), t0 + 60'000);
        QCOMPARE(fresh.retryAfter, 0);
        QCOMPARE(fresh.remaining, 99);
    }

    void disabled()
    {
        RateLimiter limiter(0, 10);
        QVERIFY(!limiter.enabled());
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(limiter.consume(QStringLiteral("k"), 1000).retryAfter, 0);
    }
};

QTEST_GUILESS_MAIN(TstRateLimiter)
#include "tst_ratelimiter.moc"
