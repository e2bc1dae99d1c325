// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/tokenstore.h"

#include <QPromise>

#include <qt6keychain/keychain.h>

#include <memory>

namespace Sandbar::Core {

namespace {
// What is missing when QtKeychain finds no keyring: it says only "Unknown error" then.
QString missingKeyring()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return TokenStore::tr("there is no D-Bus session bus, so no Secret Service or KWallet can answer");
    return TokenStore::tr("no Secret Service (GNOME Keyring, KeePassXC) or KWallet answers on the session bus");
}

QString explain(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: {
        const bool vague = detail.isEmpty() || detail.contains(QLatin1String("Unknown error"), Qt::CaseInsensitive);
        return TokenStore::tr("The system keyring is not available: %1. Sandbar keeps API tokens only in the "
                              "keyring and never in plain text: start a keyring service, or pass the token in "
                              "SANDBOX_API_TOKEN.")
            .arg(vague ? missingKeyring() : QStringLiteral("%1 (%2)").arg(missingKeyring(), detail));
    }
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return TokenStore::tr("The keyring refused access to the token (%1).").arg(detail);
    default:
        return TokenStore::tr("Keyring error: %1").arg(detail);
    }
}

// Runs `job`, turning its end into a TokenResult.
QFuture<TokenResult> run(QKeychain::Job *job, QObject *context)
{
    auto promise = std::make_shared<QPromise<TokenResult>>();
    promise->start();
    QFuture<TokenResult> future = promise->future();
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never the plain-text fallback
    QObject::connect(job, &QKeychain::Job::finished, context, [promise](QKeychain::Job *done) {
        TokenResult result;
        if (done->error() == QKeychain::NoError) {
            result.ok = true;
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                result.token = read->binaryData();
        } else if (done->error() == QKeychain::EntryNotFound) {
            result.notFound = true;
            result.error = TokenStore::tr("No token is stored for this profile.");
        } else {
            result.error = explain(done->error(), done->errorString());
        }
        promise->addResult(result);
        promise->finish();
    });
    job->start();
    return future;
}
} // namespace

TokenStore::TokenStore(QObject *parent) : TokenStore(QStringLiteral("io.github.sandbar.Sandbar"), parent) {}

TokenStore::TokenStore(const QString &service, QObject *parent) : QObject(parent), m_service(service) {}

QFuture<TokenResult> TokenStore::readToken(const QString &profileName)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(profileName);
    return run(job, this);
}

QFuture<TokenResult> TokenStore::writeToken(const QString &profileName, const QByteArray &token)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(profileName);
    job->setBinaryData(token);
    return run(job, this);
}

QFuture<TokenResult> TokenStore::deleteToken(const QString &profileName)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(profileName);
    return run(job, this);
}

} // namespace Sandbar::Core
