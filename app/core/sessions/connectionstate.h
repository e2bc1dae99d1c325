// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How the connection to a sandbox service is doing, for the GUI to show: connected, stale
// since T (two list polls in a row failed), reconnecting in N s, or unauthorized.

#include "core/api/apierror.h"

#include <QDateTime>
#include <QObject>

namespace Sandbar::Core {

class ConnectionState : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Status status READ status NOTIFY changed)
    Q_PROPERTY(QDateTime staleSince READ staleSince NOTIFY changed)
    Q_PROPERTY(QDateTime reconnectAt READ reconnectAt NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)
public:
    enum class Status {
        Connecting,   // nothing heard yet
        Connected,
        Stale,        // polls fail; the shown data is from `staleSince`; a retry is under way
        Reconnecting, // polls fail; the next attempt is at `reconnectAt`
        Unauthorized, // the token was refused; polling stopped until it changes
    };
    Q_ENUM(Status)

    using QObject::QObject;

    Status status() const { return m_status; }
    QDateTime staleSince() const { return m_staleSince; }
    QDateTime reconnectAt() const { return m_reconnectAt; }
    QString lastError() const { return m_lastError; }
    // What kind of trouble the last error was (could not connect, no answer in time, a reply
    // not understood ...), for words that fit it.
    ApiError::Kind lastErrorKind() const { return m_lastErrorKind; }
    // A line for a status bar, e.g. "Stale since 12:03:04, reconnecting in 7 s".
    QString describe(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    void setConnected();
    void setConnecting();
    void setStale(const QDateTime &since, const QString &error);
    void setReconnecting(const QDateTime &since, const QDateTime &at, const ApiError &error);
    void setUnauthorized(const QString &error);

signals:
    void changed();

private:
    void update(Status status, const QDateTime &since, const QDateTime &at, const QString &error);

    Status m_status = Status::Connecting;
    QDateTime m_staleSince;
    QDateTime m_reconnectAt;
    QString m_lastError;
    ApiError::Kind m_lastErrorKind = ApiError::Kind::ConnectionFailed;
};

} // namespace Sandbar::Core
