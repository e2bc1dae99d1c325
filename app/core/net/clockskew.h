// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The server's clock, estimated from the Date header of its replies, so that countdowns to
// server times (TTL) are right even when this machine's clock is off.

#include <QByteArray>
#include <QDateTime>

namespace Sandbar::Core {

// RFC 7231 IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"); invalid if it is not one.
QDateTime parseHttpDate(const QByteArray &value);

class ClockSkew
{
public:
    // One observation: the Date header of a reply whose request was sent at `sentMs` and whose
    // headers arrived at `receivedMs` (local clock). The header has one-second resolution, so
    // the estimate is the midpoint of the round trip, smoothed over replies.
    void observe(const QDateTime &serverDate, qint64 sentMs, qint64 receivedMs);
    bool known() const { return m_samples > 0; }
    // Server clock minus local clock, in ms; 0 while unknown.
    qint64 offsetMs() const { return m_offsetMs; }
    qint64 serverNowMs(qint64 localNowMs) const { return localNowMs + m_offsetMs; }

private:
    qint64 m_offsetMs = 0;
    int m_samples = 0;
};

} // namespace Sandbar::Core
