// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/requestparsing.h"

#include <QTest>

using namespace Sandbar::Server;

class TstRequestParsing : public QObject
{
    Q_OBJECT
private slots:
    void sandboxIds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("canonical") << QStringLiteral("550e8400-e29b-41d4-a716-446655440000") << true;
        QTest::newRow("upper case") << QStringLiteral("550E8400-E29B-41D4-A716-446655440000") << true;
        QTest::newRow("braces") << QStringLiteral("{550e8400-e29b-41d4-a716-446655440000}") << false;
        QTest::newRow("short") << QStringLiteral("550e8400") << false;
        QTest::newRow("dot dot") << QStringLiteral("..") << false;
        QTest::newRow("not hex") << QStringLiteral("550e8400-e29b-41d4-a716-44665544000g") << false;
        QTest::newRow("trailing") << QStringLiteral("550e8400-e29b-41d4-a716-446655440000x") << false;
    }
    void sandboxIds()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto id = Parse::sandboxId(text);
        QCOMPARE(id.ok(), valid);
        if (valid)
            QCOMPARE(id.value(), text.toLower());
        else
            QCOMPARE(id.error().kind, ApiError::Kind::BadRequest);
    }

    void integers_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("1") << QJsonValue(1) << true;
        QTest::newRow("3600") << QJsonValue(3600) << true;
        QTest::newRow("0") << QJsonValue(0) << false;
        QTest::newRow("3601") << QJsonValue(3601) << false;
        QTest::newRow("fraction") << QJsonValue(1.5) << false;
        QTest::newRow("string") << QJsonValue(QStringLiteral("60")) << false;
        QTest::newRow("bool") << QJsonValue(true) << false;
        QTest::newRow("null") << QJsonValue() << false;
    }
    void integers()
    {
        QFETCH(QJsonValue, value);
        QFETCH(bool, valid);
        QCOMPARE(Parse::integer(value, QStringLiteral("timeout"), 1, 3600).ok(), valid);
    }

    void queryAndPathIntegers()
    {
        QUrlQuery query(QStringLiteral("limit=50&bad=1e3&neg=-1&space=%2010"));
        QCOMPARE(Parse::queryInteger(query, QStringLiteral("limit"), 100, 1, 1000).value(), 50);
        QCOMPARE(Parse::queryInteger(query, QStringLiteral("absent"), 100, 1, 1000).value(), 100);
        QVERIFY(!Parse::queryInteger(query, QStringLiteral("bad"), 100, 1, 1000).ok());
        QVERIFY(!Parse::queryInteger(query, QStringLiteral("neg"), 0, 0, 10).ok());
        QVERIFY(!Parse::queryInteger(query, QStringLiteral("space"), 0, 0, 100).ok());
        QVERIFY(!Parse::pathInteger(QStringLiteral("65536"), QStringLiteral("port"), 1, 65535).ok());
        QVERIFY(!Parse::pathInteger(QStringLiteral("99999999999999999999"), QStringLiteral("port"), 1, 65535).ok());
        QCOMPARE(Parse::pathInteger(QStringLiteral("8000"), QStringLiteral("port"), 1, 65535).value(), 8000);
    }

    void jsonBodies()
    {
        QVERIFY(Parse::jsonObject("{\"a\":1}").ok());
        const auto malformed = Parse::jsonObject("{\"a\":");
        QVERIFY(!malformed.ok());
        QVERIFY(malformed.error().message.contains(QStringLiteral("malformed JSON")));
        QVERIFY(!Parse::jsonObject("[1,2]").ok());
        QVERIFY(!Parse::jsonObject("").ok());
    }
};

QTEST_GUILESS_MAIN(TstRequestParsing)
#include "tst_requestparsing.moc"
