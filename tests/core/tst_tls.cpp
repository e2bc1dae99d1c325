// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Certificate problems are reported with the certificate's details and fail the request;
// they are never ignored.
#include "common/futurewait.h"
#include "core/providers/agentsandboxesprovider.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTest>

using namespace Sandbar::Core;

class TstTls : public QObject
{
    Q_OBJECT
private slots:
    void selfSignedCertificateIsRefusedWithDetails()
    {
        QFile certFile(QStringLiteral(SANDBAR_TEST_DATA "/selfsigned.crt"));
        QFile keyFile(QStringLiteral(SANDBAR_TEST_DATA "/selfsigned.key"));
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(certFile.readAll(), QSsl::Pem);
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificate);
        configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
        QSslServer server;
        server.setSslConfiguration(configuration);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        AgentSandboxesProvider provider(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort())), "k");
        QSignalSpy rejected(&provider, &SandboxProvider::certificateRejected);
        const auto result = await(provider.listSandboxes(0, 10, CallOptions{5000, 1}));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::TlsError);
        QVERIFY(!result.error().certificates.isEmpty());
        const QString details = result.error().certificates.join(QLatin1Char('\n'));
        QVERIFY2(details.contains(QLatin1String("sandbar-test-server")), qPrintable(details));
        const QString digest = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':'));
        QVERIFY2(details.contains(digest), qPrintable(details));
        QVERIFY(result.error().message.contains(QLatin1String("sandbar-test-server")));
        QCOMPARE(rejected.size(), 1);
        // Refused means refused: no retry went past it either.
        QCOMPARE(provider.requestsSent(), 1);
    }
};

QTEST_GUILESS_MAIN(TstTls)
#include "tst_tls.moc"
