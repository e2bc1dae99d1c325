// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the server said about its rate limit, and when the client may send again. Pure logic
// over a millisecond clock so that it can be tested without waiting.

#include <QByteArray>
#include <QtGlobal>

#include <optional>

namespace Sandbar::Core {

struct RateLimitInfo
{
    int limit = -1;     // X-RateLimit-Limit; -1: not sent
    int remaining = -1; // X-RateLimit-Remaining
    qint64 resetEpochS = 0; // X-RateLimit-Reset, the server's clock
};

class RateLimitGate
{
public:
    // Records a reply's headers. `nowMs` is the local clock, `skewMs` the server's clock
    // minus ours, used to turn the server's reset time into a local one.
    void noteHeaders(const RateLimitInfo &info, qint64 nowMs, qint64 skewMs);
    // A 429: nothing is sent until Retry-After (seconds) or else the reset time has passed.
    // Returns the local time when sending may resume.
    qint64 noteRefused(std::optional<int> retryAfterS, qint64 nowMs, qint64 skewMs);
    // 0 when a request may go now, otherwise how long to hold it.
    qint64 holdMs(qint64 nowMs) const;
    RateLimitInfo last() const { return m_last; }

private:
    RateLimitInfo m_last;
    qint64 m_blockedUntilMs = 0;
};

// Exponential backoff with full jitter: a random delay in [0, min(cap, base * 2^failures)].
// A success resets the failure count.
class Backoff
{
public:
    Backoff(int baseMs = 500, int capMs = 10000) : m_baseMs(baseMs), m_capMs(capMs) {}
    // Counts one failure and returns the delay before the next attempt.
    int nextDelayMs();
    // Counts one failure when no further attempt follows.
    void noteFailure() { ++m_failures; }
    // The ceiling nextDelayMs() draws under for the current failure count.
    int ceilingMs() const;
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    int m_baseMs;
    int m_capMs;
    int m_failures = 0;
};

std::optional<int> parseRetryAfter(const QByteArray &value, qint64 nowMs, qint64 skewMs);
RateLimitInfo parseRateLimitHeaders(const QByteArray &limit, const QByteArray &remaining,
                                    const QByteArray &reset);

} // namespace Sandbar::Core
