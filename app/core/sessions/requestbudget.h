// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A token bucket: `perMinute` requests a minute on average, at most `burst` at once. Over any
// 60 s it allows at most perMinute + burst requests.

#include <QtGlobal>

namespace Sandbar::Core {

class RequestBudget
{
public:
    RequestBudget(int perMinute = 90, int burst = 5) { configure(perMinute, burst); }

    void configure(int perMinute, int burst);
    // Refills for the time passed and takes one token if there is one.
    bool tryTake(qint64 nowMs);
    // Tokens available at `nowMs`, refilled.
    double available(qint64 nowMs);

private:
    void refill(qint64 nowMs);

    double m_perMs = 0;
    double m_burst = 0;
    double m_tokens = 0;
    qint64 m_lastMs = -1;
};

} // namespace Sandbar::Core
