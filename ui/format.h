// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Words, units and urgency for what the window shows; one place so list, pane and charts agree.

#include "core/api/apitypes.h"

#include <QColor>
#include <QString>
#include <QVariant>

#include <optional>

class QPalette;

namespace Sandbar::Ui {

enum class Urgency { Normal, Soon, Critical, Ended };

// SessionListModel::TtlSecondsRole's value: nullopt for a session without a deadline.
std::optional<qint64> secondsLeftOf(const QVariant &ttl);
// Under 5 minutes: Soon; under 1 minute: Critical; without a deadline (nullopt) never urgent.
Urgency urgencyFor(Api::SandboxStatus status, std::optional<qint64> secondsLeft);
// Colour for an urgency that reads on `palette`'s base (never the only signal: see urgencyText).
QColor urgencyColor(Urgency urgency, const QPalette &palette);
// "under 5 minutes left", "under 1 minute left"; empty otherwise.
QString urgencyText(Urgency urgency);

// A span in words and units: "6 s", "15 min", "14 min 52 s", "1 h 5 min".
QString formatSpan(qint64 seconds);
QString statusText(Api::SandboxStatus status);

// A unit for byte rates whose largest value is `maxBytesPerSecond`: B/s, KiB/s, MiB/s, GiB/s.
struct RateScale
{
    double divisor = 1;
    QString unit;
};
RateScale rateScaleFor(double maxBytesPerSecond);
// The top of an axis from 0 that holds `top` and splits into `intervals` round steps (1, 2,
// 2.5 or 5 times a power of ten): 15 with 2 intervals gives 20 (ticks 0, 10, 20).
double niceAxisMax(double top, int intervals);
QString formatRate(double bytesPerSecond);

} // namespace Sandbar::Ui
