// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/ratelimiter.h"

#include <algorithm>

namespace Sandbar::Server {

namespace {
constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kSecondMs = 1'000;

qint64 windowStart(qint64 nowMs, qint64 lengthMs) { return nowMs - nowMs % lengthMs; }
int secondsUntil(qint64 fromMs, qint64 toMs) { return int((toMs - fromMs + 999) / 1000); }
} // namespace

RateLimiter::RateLimiter(int perMinute, int perSecond)
    : m_perMinute(std::max(0, perMinute)), m_perSecond(std::max(1, perSecond))
{
}

RateLimiter::State RateLimiter::stateOf(const Window &window, qint64 nowMs) const
{
    State state;
    state.limit = m_perMinute;
    const qint64 minute = windowStart(nowMs, kMinuteMs);
    const int used = window.minuteStart == minute ? window.minuteCount : 0;
    state.remaining = std::max(0, m_perMinute - used);
    state.resetEpoch = (minute + kMinuteMs) / 1000;
    return state;
}

RateLimiter::State RateLimiter::consume(const QString &key, qint64 nowMs)
{
    if (!enabled())
        return {};
    prune(nowMs);
    Window &window = m_windows[key];
    const qint64 minute = windowStart(nowMs, kMinuteMs);
    const qint64 second = windowStart(nowMs, kSecondMs);
    if (window.minuteStart != minute) {
        window.minuteStart = minute;
        window.minuteCount = 0;
    }
    if (window.secondStart != second) {
        window.secondStart = second;
        window.secondCount = 0;
    }
    State state = stateOf(window, nowMs);
    if (window.minuteCount >= m_perMinute) {
        state.retryAfter = std::max(1, secondsUntil(nowMs, minute + kMinuteMs));
        return state;
    }
    if (window.secondCount >= m_perSecond) {
        state.retryAfter = std::max(1, secondsUntil(nowMs, second + kSecondMs));
        return state;
    }
    ++window.minuteCount;
    ++window.secondCount;
    return stateOf(window, nowMs);
}

RateLimiter::State RateLimiter::peek(const QString &key, qint64 nowMs) const
{
    if (!enabled())
        return {};
    return stateOf(m_windows.value(key), nowMs);
}

void RateLimiter::prune(qint64 nowMs)
{
    // Forget keys idle for a whole window, so a scan of random tokens cannot grow the table.
    if (nowMs - m_lastPruneMs < kMinuteMs)
        return;
    m_lastPruneMs = nowMs;
    const qint64 minute = windowStart(nowMs, kMinuteMs);
    m_windows.removeIf([minute](const auto &it) { return it.value().minuteStart < minute; });
}

} // namespace Sandbar::Server
