// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace Sandbar::Server {

// Fixed windows per key: `perMinute` requests in each wall-clock minute and `perSecond` in
// each second (the documented 100/min with bursts of 10/s). Fixed windows make the
// X-RateLimit-Reset header exact: it is the end of the current minute window.
class RateLimiter
{
public:
    struct State
    {
        int limit = 0;         // per minute; 0 means unlimited
        int remaining = 0;     // in the current minute window
        qint64 resetEpoch = 0; // seconds since the epoch when the minute window ends
        int retryAfter = 0;    // seconds to wait; > 0 only when the request was refused
    };

    RateLimiter(int perMinute, int perSecond);

    bool enabled() const { return m_perMinute > 0; }
    // Counts one request for `key` at `nowMs` unless a window is full.
    State consume(const QString &key, qint64 nowMs);
    // The state for headers, without counting.
    State peek(const QString &key, qint64 nowMs) const;

private:
    struct Window
    {
        qint64 minuteStart = -1;
        int minuteCount = 0;
        qint64 secondStart = -1;
        int secondCount = 0;
    };
    State stateOf(const Window &window, qint64 nowMs) const;
    void prune(qint64 nowMs);

    int m_perMinute;
    int m_perSecond;
    QHash<QString, Window> m_windows;
    qint64 m_lastPruneMs = 0;
};

} // namespace Sandbar::Server
