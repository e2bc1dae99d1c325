// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// API tokens in the system keyring (Secret Service or KWallet, through QtKeychain), one per
// profile name. When there is no keyring the calls fail with a message saying so: tokens are
// never written anywhere else.

#include <QFuture>
#include <QObject>

namespace Sandbar::Core {

struct TokenResult
{
    bool ok = false;
    bool notFound = false; // the keyring works but holds no token for this profile
    QByteArray token;      // read: the token
    QString error;
};

class TokenStore : public QObject
{
    Q_OBJECT
public:
    explicit TokenStore(QObject *parent = nullptr);
    explicit TokenStore(const QString &service, QObject *parent = nullptr);

    QFuture<TokenResult> readToken(const QString &profileName);
    QFuture<TokenResult> writeToken(const QString &profileName, const QByteArray &token);
    QFuture<TokenResult> deleteToken(const QString &profileName);

private:
    QString m_service;
};

} // namespace Sandbar::Core
