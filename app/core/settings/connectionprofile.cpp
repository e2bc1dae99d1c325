// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/connectionprofile.h"
#include "core/providers/agentsandboxesprovider.h"
#include "core/providers/providerregistry.h"

#include <QCoreApplication>
#include <QSettings>

namespace Sandbar::Core {

namespace {
const QString kGroup = QStringLiteral("profiles");

QString kindName(ConnectionProfile::Kind kind)
{
    switch (kind) {
    case ConnectionProfile::Kind::ThisComputer: return QStringLiteral("this-computer");
    case ConnectionProfile::Kind::Remote: return QStringLiteral("remote");
    case ConnectionProfile::Kind::Environment: return QStringLiteral("environment");
    }
    return QStringLiteral("remote");
}

QString urlProblem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("Sandbar::Core::ProfileStore", "'%1' is not a URL with a host.")
            .arg(url.toString());
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return QCoreApplication::translate("Sandbar::Core::ProfileStore", "The URL must start with https:// or http://.");
    return {};
}
} // namespace

ConnectionProfile ConnectionProfile::thisComputer()
{
    ConnectionProfile profile;
    profile.name = QCoreApplication::translate("Sandbar::Core::ConnectionProfile", "This computer");
    profile.apiKind = AgentSandboxesProvider::kind();
    profile.kind = Kind::ThisComputer;
    return profile;
}

std::optional<QuickConnection> quickConnectionFromEnvironment(const QProcessEnvironment &environment, QString *error)
{
    QString urlText = environment.value(QStringLiteral("SANDBOX_API_URL")).trimmed();
    QByteArray token = environment.value(QStringLiteral("SANDBOX_API_TOKEN")).trimmed().toUtf8();
    QString kindText = environment.value(QStringLiteral("SANDBOX_API_KIND")).trimmed();
    // The Cognitora and Round Table SDKs' own variables, when the generic ones are not set.
    const QByteArray cognitoraKey = environment.value(QStringLiteral("COGNITORA_API_KEY")).trimmed().toUtf8();
    const QByteArray roundTableKey = environment.value(QStringLiteral("ROUND_TABLE_API_KEY")).trimmed().toUtf8();
    if (urlText.isEmpty() && !cognitoraKey.isEmpty()) {
        urlText = environment.value(QStringLiteral("COGNITORA_BASE_URL"), QStringLiteral("https://api.cognitora.dev")).trimmed();
        token = cognitoraKey;
        kindText = QStringLiteral("cognitora");
    } else if (urlText.isEmpty() && !roundTableKey.isEmpty()) {
        // The SDK's default base URL.
        urlText = environment.value(QStringLiteral("ROUND_TABLE_BASE_URL"), QStringLiteral("http://localhost:8000/api/v1")).trimmed();
        token = roundTableKey;
        kindText = QStringLiteral("round-table");
    }
    if (urlText.isEmpty())
        return std::nullopt;
    const QUrl url(urlText, QUrl::StrictMode);
    QString problem = urlProblem(url);
    if (problem.isEmpty() && token.isEmpty())
        problem = QCoreApplication::translate("Sandbar::Core::ProfileStore",
                                              "SANDBOX_API_URL is set but SANDBOX_API_TOKEN is not.");
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    const QString kind = kindText.isEmpty() ? AgentSandboxesProvider::kind() : canonicalKind(kindText);
    if (!providerKind(kind)) {
        QStringList known;
        for (const ProviderKind &each : providerKinds())
            known.append(each.id);
        if (error)
            *error = QCoreApplication::translate("Sandbar::Core::ProfileStore", "SANDBOX_API_KIND '%1' is not one of %2.")
                         .arg(kindText, known.join(QLatin1String(", ")));
        return std::nullopt;
    }
    QuickConnection connection;
    connection.profile.name = url.host();
    connection.profile.apiKind = kind;
    connection.profile.baseUrl = url;
    connection.profile.kind = ConnectionProfile::Kind::Environment;
    connection.token = token;
    return connection;
}

QList<ConnectionProfile> ProfileStore::load(QSettings &settings)
{
    QList<ConnectionProfile> profiles{ConnectionProfile::thisComputer()};
    const int count = settings.beginReadArray(kGroup);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile profile;
        profile.name = settings.value(QStringLiteral("name")).toString();
        profile.apiKind = canonicalKind(settings.value(QStringLiteral("apiKind"), AgentSandboxesProvider::kind()).toString());
        profile.baseUrl = QUrl(settings.value(QStringLiteral("baseUrl")).toString());
        profile.kind = ConnectionProfile::Kind::Remote;
        // Damaged entries are skipped rather than shown half-filled.
        if (validate(profile).isEmpty())
            profiles.append(profile);
    }
    settings.endArray();
    return profiles;
}

void ProfileStore::save(QSettings &settings, const QList<ConnectionProfile> &profiles)
{
    settings.remove(kGroup);
    settings.beginWriteArray(kGroup);
    int index = 0;
    for (const ConnectionProfile &profile : profiles) {
        // "This computer" is built in and environment profiles last one run: neither is saved.
        if (profile.kind != ConnectionProfile::Kind::Remote)
            continue;
        settings.setArrayIndex(index++);
        settings.setValue(QStringLiteral("name"), profile.name);
        settings.setValue(QStringLiteral("apiKind"), profile.apiKind);
        settings.setValue(QStringLiteral("baseUrl"), profile.baseUrl.toString());
        settings.setValue(QStringLiteral("kind"), kindName(profile.kind));
    }
    settings.endArray();
}

QString ProfileStore::validate(const ConnectionProfile &profile)
{
    if (profile.name.trimmed().isEmpty())
        return QCoreApplication::translate("Sandbar::Core::ProfileStore", "A profile needs a name.");
    if (!providerKind(profile.apiKind))
        return QCoreApplication::translate("Sandbar::Core::ProfileStore", "Unknown API kind '%1'.").arg(profile.apiKind);
    if (profile.kind == ConnectionProfile::Kind::ThisComputer)
        return {};
    return urlProblem(profile.baseUrl);
}

} // namespace Sandbar::Core
