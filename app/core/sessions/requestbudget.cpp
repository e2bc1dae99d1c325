// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sessions/requestbudget.h"

#include <algorithm>

namespace Sandbar::Core {

void RequestBudget::configure(int perMinute, int burst)
{
    m_perMs = std::max(1, perMinute) / 60000.0;
    m_burst = std::max(1, burst);
    m_tokens = m_burst;
    m_lastMs = -1;
}

void RequestBudget::refill(qint64 nowMs)
{
    if (m_lastMs >= 0 && nowMs > m_lastMs)
        m_tokens = std::min(m_burst, m_tokens + double(nowMs - m_lastMs) * m_perMs);
    if (m_lastMs < 0 || nowMs > m_lastMs)
        m_lastMs = nowMs;
}

bool RequestBudget::tryTake(qint64 nowMs)
{
    refill(nowMs);
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

double RequestBudget::available(qint64 nowMs)
{
    refill(nowMs);
    return m_tokens;
}

} // namespace Sandbar::Core
