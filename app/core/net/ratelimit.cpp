// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/ratelimit.h"
#include "core/net/clockskew.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Sandbar::Core {

void RateLimitGate::noteHeaders(const RateLimitInfo &info, qint64 nowMs, qint64 skewMs)
{
    if (info.limit < 0)
        return;
    m_last = info;
    // An exhausted window blocks like a 429 would, without spending a request to learn it.
    if (info.remaining == 0 && info.resetEpochS > 0)
        m_blockedUntilMs = std::max(m_blockedUntilMs,
                                    std::max(nowMs, info.resetEpochS * 1000 - skewMs));
}

qint64 RateLimitGate::noteRefused(std::optional<int> retryAfterS, qint64 nowMs, qint64 skewMs)
{
    qint64 until = nowMs + 1000; // a 429 without any hint: wait a second
    if (retryAfterS)
        until = nowMs + qint64(*retryAfterS) * 1000;
    else if (m_last.resetEpochS > 0)
        until = std::max(until, m_last.resetEpochS * 1000 - skewMs);
    m_blockedUntilMs = std::max(m_blockedUntilMs, until);
    return m_blockedUntilMs;
}

qint64 RateLimitGate::holdMs(qint64 nowMs) const
{
    return std::max<qint64>(0, m_blockedUntilMs - nowMs);
}

int Backoff::ceilingMs() const
{
    const int shift = std::min(m_failures, 20);
    return int(std::min<qint64>(m_capMs, qint64(m_baseMs) << shift));
}

int Backoff::nextDelayMs()
{
    const int ceiling = ceilingMs();
    ++m_failures;
    return int(QRandomGenerator::global()->bounded(ceiling + 1));
}

std::optional<int> parseRetryAfter(const QByteArray &value, qint64 nowMs, qint64 skewMs)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int seconds = text.toInt(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<int>(std::min(seconds, 3600)) : std::nullopt;
    // The HTTP-date form, in the server's clock.
    const QDateTime date = parseHttpDate(text);
    if (!date.isValid())
        return std::nullopt;
    const qint64 localMs = date.toMSecsSinceEpoch() - skewMs;
    return int(std::clamp<qint64>((localMs - nowMs + 999) / 1000, 0, 3600));
}

RateLimitInfo parseRateLimitHeaders(const QByteArray &limit, const QByteArray &remaining,
                                    const QByteArray &reset)
{
    RateLimitInfo info;
    bool okLimit = false, okRemaining = false, okReset = false;
    const int parsedLimit = limit.trimmed().toInt(&okLimit);
    const int parsedRemaining = remaining.trimmed().toInt(&okRemaining);
    const qint64 parsedReset = reset.trimmed().toLongLong(&okReset);
    if (!okLimit || !okRemaining || parsedLimit < 0 || parsedRemaining < 0)
        return info;
    info.limit = parsedLimit;
    info.remaining = parsedRemaining;
    info.resetEpochS = okReset && parsedReset > 0 ? parsedReset : 0;
    return info;
}

} // namespace Sandbar::Core
