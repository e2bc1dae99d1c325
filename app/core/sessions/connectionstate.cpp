// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sessions/connectionstate.h"

#include <QLocale>

namespace Sandbar::Core {

QString ConnectionState::describe(const QDateTime &now) const
{
    const QString since = QLocale().toString(m_staleSince.toLocalTime().time(), QLocale::LongFormat);
    switch (m_status) {
    case Status::Connecting: return tr("Connecting…");
    case Status::Connected: return tr("Connected");
    case Status::Stale:
        return m_staleSince.isValid() ? tr("Stale since %1, reconnecting…").arg(since) : tr("Not connected, retrying…");
    case Status::Reconnecting: {
        const qint64 seconds = std::max<qint64>(0, (now.msecsTo(m_reconnectAt) + 999) / 1000);
        return m_staleSince.isValid() ? tr("Stale since %1, reconnecting in %2 s").arg(since).arg(seconds)
                                      : tr("Not connected, reconnecting in %1 s").arg(seconds);
    }
    case Status::Unauthorized: return tr("The API key was refused: %1").arg(m_lastError);
    }
    return {};
}

void ConnectionState::update(Status status, const QDateTime &since, const QDateTime &at, const QString &error)
{
    if (status == m_status && since == m_staleSince && at == m_reconnectAt && error == m_lastError)
        return;
    m_status = status;
    m_staleSince = since;
    m_reconnectAt = at;
    m_lastError = error;
    emit changed();
}

void ConnectionState::setConnected()
{
    update(Status::Connected, {}, {}, {});
}

void ConnectionState::setConnecting()
{
    update(Status::Connecting, {}, {}, {});
}

void ConnectionState::setStale(const QDateTime &since, const QString &error)
{
    update(Status::Stale, since, {}, error);
}

void ConnectionState::setReconnecting(const QDateTime &since, const QDateTime &at, const ApiError &error)
{
    m_lastErrorKind = error.kind;
    update(Status::Reconnecting, since, at, error.message);
}

void ConnectionState::setUnauthorized(const QString &error)
{
    update(Status::Unauthorized, m_staleSince, {}, error);
}

} // namespace Sandbar::Core
