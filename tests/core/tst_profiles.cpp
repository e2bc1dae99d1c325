// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Connection profiles, tokens and the "This computer" server.
#include "common/futurewait.h"
#include "core/providers/agentsandboxesprovider.h"
#include "core/settings/connectionprofile.h"
#include "core/settings/localserverlauncher.h"
#include "core/settings/tokenstore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Sandbar::Core;

class TstProfiles : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // No keyring in tests: the session bus is pointed nowhere, so a developer's real
        // keyring is never touched and the "no keyring" path is what runs.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_home.filePath(QStringLiteral("no-bus")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
    }

    void thisComputerIsAlwaysFirst()
    {
        QSettings settings(m_home.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
        const QList<ConnectionProfile> profiles = ProfileStore::load(settings);
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.first().kind, ConnectionProfile::Kind::ThisComputer);
        QCOMPARE(profiles.first().name, QStringLiteral("This computer"));
    }

    void profilesRoundTripWithoutTokens()
    {
        const QString path = m_home.filePath(QStringLiteral("profiles.ini"));
        ConnectionProfile remote;
        remote.name = QStringLiteral("Staging");
        remote.apiKind = AgentSandboxesProvider::kind();
        remote.baseUrl = QUrl(QStringLiteral("https://api.example.com"));
        ConnectionProfile fromEnv = remote;
        fromEnv.name = QStringLiteral("env");
        fromEnv.kind = ConnectionProfile::Kind::Environment;
        {
            QSettings settings(path, QSettings::IniFormat);
            ProfileStore::save(settings, {ConnectionProfile::thisComputer(), remote, fromEnv});
        }
        QSettings settings(path, QSettings::IniFormat);
        const QList<ConnectionProfile> loaded = ProfileStore::load(settings);
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(1), remote);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll().toLower();
        QVERIFY(!text.contains("token"));
    }

    void damagedProfilesAreSkipped()
    {
        const QString path = m_home.filePath(QStringLiteral("damaged.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            settings.beginWriteArray(QStringLiteral("profiles"));
            settings.setArrayIndex(0);
            settings.setValue(QStringLiteral("name"), QStringLiteral("bad"));
            settings.setValue(QStringLiteral("baseUrl"), QStringLiteral("ftp://x"));
            settings.endArray();
        }
        QSettings settings(path, QSettings::IniFormat);
        QCOMPARE(ProfileStore::load(settings).size(), 1);
    }

    void environmentGivesAQuickConnection()
    {
        QProcessEnvironment environment;
        QString error;
        QVERIFY(!quickConnectionFromEnvironment(environment, &error));
        QVERIFY(error.isEmpty());
        environment.insert(QStringLiteral("SANDBOX_API_URL"), QStringLiteral("http://127.0.0.1:8000"));
        QVERIFY(!quickConnectionFromEnvironment(environment, &error));
        QVERIFY(error.contains(QLatin1String("SANDBOX_API_TOKEN")));
        environment.insert(QStringLiteral("SANDBOX_API_TOKEN"), QStringLiteral("s3cret\n"));
        const auto connection = quickConnectionFromEnvironment(environment);
        QVERIFY(connection);
        QCOMPARE(connection->token, QByteArray("s3cret"));
        QCOMPARE(connection->profile.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8000")));
        QCOMPARE(connection->profile.kind, ConnectionProfile::Kind::Environment);
        environment.insert(QStringLiteral("SANDBOX_API_URL"), QStringLiteral("file:///etc/passwd"));
        error.clear();
        QVERIFY(!quickConnectionFromEnvironment(environment, &error));
        QVERIFY(!error.isEmpty());
    }

    void noKeyringIsAClearErrorNotPlainText()
    {
        TokenStore store(QStringLiteral("io.github.sandbar.Sandbar.test"));
        QFuture<TokenResult> written = store.writeToken(QStringLiteral("Staging"), "s3cret");
        QTRY_VERIFY_WITH_TIMEOUT(written.isFinished(), 30000);
        const TokenResult result = written.result();
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("keyring")), qPrintable(result.error));
        QFuture<TokenResult> read = store.readToken(QStringLiteral("Staging"));
        QTRY_VERIFY_WITH_TIMEOUT(read.isFinished(), 30000);
        QVERIFY(!read.result().ok);
        QVERIFY(read.result().token.isEmpty());
        // Nothing was written anywhere in the test's home instead.
        const QStringList files = QDir(m_home.path()).entryList(QDir::Files | QDir::NoDotAndDotDot);
        for (const QString &name : files) {
            QFile file(m_home.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("s3cret"), qPrintable(name));
        }
    }

    void thisComputerStartsAndStopsTheBundledServer()
    {
        LocalServerLauncher launcher;
        QCOMPARE(launcher.dataDir(), m_home.filePath(QStringLiteral("data/sandbar-local")));
        launcher.setExecutable(QStringLiteral(SANDBAR_LOCAL_EXECUTABLE));
        QSignalSpy ready(&launcher, &LocalServerLauncher::ready);
        QSignalSpy failed(&launcher, &LocalServerLauncher::failed);
        launcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 30000);
        QCOMPARE(failed.size(), 0);
        QVERIFY(launcher.startedByUs());
        const QUrl url = launcher.url();
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);
        QFile tokenFile(launcher.dataDir() + QStringLiteral("/token"));
        QVERIFY(tokenFile.open(QIODevice::ReadOnly));
        QCOMPARE(launcher.token(), tokenFile.readAll().trimmed());

        AgentSandboxesProvider provider(url, launcher.token());
        QVERIFY(await(provider.listSandboxes(0, 10)).ok());

        launcher.stop();
        QVERIFY(!launcher.isRunning());
        QCOMPARE(await(provider.listSandboxes(0, 10, CallOptions{2000, 1})).error().kind,
                 ApiError::Kind::ConnectionFailed);
    }

    void missingServerFailsClearly()
    {
        LocalServerLauncher launcher;
        launcher.setExecutable(m_home.filePath(QStringLiteral("nothing-here")));
        QSignalSpy failed(&launcher, &LocalServerLauncher::failed);
        launcher.start();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(0).toString().contains(QLatin1String("nothing-here")));
        QVERIFY(!launcher.startedByUs());
        launcher.stop(); // not ours: nothing to do
    }
};

QTEST_GUILESS_MAIN(TstProfiles)
#include "tst_profiles.moc"
