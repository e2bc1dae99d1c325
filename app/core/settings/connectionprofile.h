// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where Sandbar connects: a name, the kind of API, a base URL. Tokens are not part of a
// profile; they live in the system keyring (TokenStore). Profiles are kept in QSettings.

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <optional>

class QSettings;

namespace Sandbar::Core {

struct ConnectionProfile
{
    enum class Kind {
        ThisComputer, // the bundled sandbar-local, started on demand
        Remote,       // a service at baseUrl, its token in the keyring
        Environment,  // SANDBOX_API_URL and SANDBOX_API_TOKEN, for this run only
    };

    QString name;
    QString apiKind;
    QUrl baseUrl; // empty for ThisComputer: known once the server listens
    Kind kind = Kind::Remote;

    bool operator==(const ConnectionProfile &other) const
    {
        return name == other.name && apiKind == other.apiKind && baseUrl == other.baseUrl && kind == other.kind;
    }

    static ConnectionProfile thisComputer();
};

// A profile with its token, from SANDBOX_API_URL and SANDBOX_API_TOKEN; SANDBOX_API_KIND picks
// the API (a kind of providerregistry.h; default: the Agent Sandboxes API).
struct QuickConnection
{
    ConnectionProfile profile;
    QByteArray token;
};

// nullopt when SANDBOX_API_URL is not set; `error` says what is wrong when it is set badly.
std::optional<QuickConnection> quickConnectionFromEnvironment(const QProcessEnvironment &environment,
                                                              QString *error = nullptr);

// Loads and saves profiles. "This computer" is always there, first. Never reads or writes tokens.
class ProfileStore
{
public:
    static QList<ConnectionProfile> load(QSettings &settings);
    static void save(QSettings &settings, const QList<ConnectionProfile> &profiles);
    // Checks a profile a person entered: a name, an http(s) URL with a host.
    static QString validate(const ConnectionProfile &profile);
};

} // namespace Sandbar::Core
