// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/apitypes.h"

#include <QJsonDocument>
#include <QTest>

using namespace Sandbar::Api;

class TstApiTypes : public QObject
{
    Q_OBJECT
private slots:
    void sandboxRoundTrip()
    {
        Sandbox sandbox;
        sandbox.id = QStringLiteral("550e8400-e29b-41d4-a716-446655440000");
        sandbox.templateId = QStringLiteral("ee7ac712-5161-46e8-9e02-22e2c1d1f018");
        sandbox.templateName = QStringLiteral("python-base-v1");
        sandbox.status = SandboxStatus::TimedOut;
        sandbox.startedAt = *parseTimestamp(QStringLiteral("2025-10-23T12:30:00Z"));
        sandbox.endedAt = *parseTimestamp(QStringLiteral("2025-10-23T12:40:00Z"));
        sandbox.timeoutAt = *parseTimestamp(QStringLiteral("2025-10-23T12:40:00Z"));
        sandbox.metadata = {{QStringLiteral("project"), QStringLiteral("ml")}};
        sandbox.cpuCount = 2;
        sandbox.memoryMb = 2048;
        const QJsonObject json = sandbox.toJson();
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("timed_out"));
        QCOMPARE(json.value(QStringLiteral("started_at")).toString(), QStringLiteral("2025-10-23T12:30:00Z"));
        QString error;
        const auto back = Sandbox::fromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->toJson(), json);
    }

    void runningSandboxHasNullEndedAt()
    {
        Sandbox sandbox;
        sandbox.status = SandboxStatus::Running;
        sandbox.startedAt = QDateTime::currentDateTimeUtc();
        sandbox.timeoutAt = sandbox.startedAt.addSecs(60);
        const QJsonObject json = sandbox.toJson();
        QVERIFY(json.contains(QStringLiteral("ended_at")));
        QVERIFY(json.value(QStringLiteral("ended_at")).isNull());
        const auto back = Sandbox::fromJson(json);
        QVERIFY(back);
        QVERIFY(!back->endedAt.isValid());
    }

    void documentExampleParses()
    {
        // The list example of the document, which omits ended_at for a running sandbox.
        const QByteArray text = R"({"sandbox_id": "550e8400-e29b-41d4-a716-446655440000",
            "template_id": "ee7ac712-5161-46e8-9e02-22e2c1d1f018", "template": "python-base-v1",
            "status": "running", "started_at": "2025-10-23T12:30:00Z",
            "timeout_at": "2025-10-23T12:40:00Z", "metadata": {"project": "ml-training"},
            "cpu_count": 2, "memory_mb": 2048})";
        QString error;
        const auto sandbox = Sandbox::fromJson(QJsonDocument::fromJson(text).object(), &error);
        QVERIFY2(sandbox, qPrintable(error));
        QCOMPARE(sandbox->timeoutAt.toSecsSinceEpoch() - sandbox->startedAt.toSecsSinceEpoch(), 600);
    }

    void strictness_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("extra key") << QStringLiteral("surprise") << QJsonValue(1) << QStringLiteral("unexpected key 'surprise'");
        QTest::newRow("cpu as string") << QStringLiteral("cpu_count") << QJsonValue(QStringLiteral("2")) << QStringLiteral("cpu_count");
        QTest::newRow("cpu fractional") << QStringLiteral("cpu_count") << QJsonValue(1.5) << QStringLiteral("cpu_count");
        QTest::newRow("bad status") << QStringLiteral("status") << QJsonValue(QStringLiteral("zombie")) << QStringLiteral("unknown status");
        QTest::newRow("bad time") << QStringLiteral("timeout_at") << QJsonValue(QStringLiteral("soon")) << QStringLiteral("timeout_at");
        QTest::newRow("metadata number") << QStringLiteral("metadata") << QJsonValue(QJsonObject{{QStringLiteral("a"), 1}}) << QStringLiteral("metadata");
    }

    void strictness()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        Sandbox sandbox;
        sandbox.startedAt = QDateTime::currentDateTimeUtc();
        sandbox.timeoutAt = sandbox.startedAt;
        QJsonObject json = sandbox.toJson();
        json.insert(key, value);
        QString error;
        QVERIFY(!Sandbox::fromJson(json, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void missingKeyIsAnError()
    {
        SandboxMetrics metrics;
        metrics.timestamp = QDateTime::currentDateTimeUtc();
        QJsonObject json = metrics.toJson();
        QVERIFY(SandboxMetrics::fromJson(json));
        json.remove(QStringLiteral("network_tx"));
        QString error;
        QVERIFY(!SandboxMetrics::fromJson(json, &error));
        QVERIFY(error.contains(QStringLiteral("network_tx")));
    }

    void timestamps()
    {
        QVERIFY(!parseTimestamp(QStringLiteral("yesterday")));
        const auto withOffset = parseTimestamp(QStringLiteral("2025-10-23T14:30:00+02:00"));
        QVERIFY(withOffset);
        QCOMPARE(formatTimestamp(*withOffset), QStringLiteral("2025-10-23T12:30:00Z"));
        const auto withMs = parseTimestamp(QStringLiteral("2025-10-23T12:30:00.250Z"));
        QVERIFY(withMs);
        QCOMPARE(withMs->time().msec(), 250);
        // The API's own form, read by the fast path, agrees with Qt's parser.
        const auto plain = parseTimestamp(QStringLiteral("2025-12-31T23:59:58Z"));
        QVERIFY(plain);
        QCOMPARE(*plain, QDateTime::fromString(QStringLiteral("2025-12-31T23:59:58Z"), Qt::ISODate));
        QCOMPARE(plain->timeSpec(), Qt::UTC);
        QVERIFY(!parseTimestamp(QStringLiteral("2025-13-31T23:59:58Z")));
        QVERIFY(!parseTimestamp(QStringLiteral("2025-12-31T24:59:58Z")));
        QVERIFY(!parseTimestamp(QStringLiteral("2025-1x-31T23:59:58Z")));
    }
};

QTEST_GUILESS_MAIN(TstApiTypes)
#include "tst_apitypes.moc"
