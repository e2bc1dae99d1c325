// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPalette>

#include <cmath>

namespace Sandbar::Ui {

namespace {
// Gives the free functions below a translation context of their own.
class Format
{
    Q_DECLARE_TR_FUNCTIONS(Format)
};
} // namespace

std::optional<qint64> secondsLeftOf(const QVariant &ttl)
{
    return ttl.isValid() ? std::optional<qint64>(ttl.toLongLong()) : std::nullopt;
}

Urgency urgencyFor(Api::SandboxStatus status, std::optional<qint64> secondsLeft)
{
    if (Api::isFinal(status))
        return Urgency::Ended;
    if (!secondsLeft)
        return Urgency::Normal;
    if (*secondsLeft < 60)
        return Urgency::Critical;
    if (*secondsLeft < 300)
        return Urgency::Soon;
    return Urgency::Normal;
}

QColor urgencyColor(Urgency urgency, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (urgency) {
    case Urgency::Soon: return dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0xa8, 0x5c, 0x00);
    case Urgency::Critical: return dark ? QColor(0xff, 0x7a, 0x70) : QColor(0xc0, 0x1c, 0x28);
    case Urgency::Ended: return palette.color(QPalette::Disabled, QPalette::Text);
    case Urgency::Normal: break;
    }
    return palette.color(QPalette::Text);
}

QString urgencyText(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Soon: return Format::tr("under 5 minutes left");
    case Urgency::Critical: return Format::tr("under 1 minute left");
    case Urgency::Normal:
    case Urgency::Ended: break;
    }
    return {};
}

double niceAxisMax(double top, int intervals)
{
    if (!(top > 0) || intervals < 1)
        return 1;
    const double raw = top / intervals;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor * magnitude >= raw * (1 - 1e-9))
            return factor * magnitude * intervals;
    }
    return 10 * magnitude * intervals;
}

QString formatSpan(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    const qint64 h = seconds / 3600, m = (seconds / 60) % 60, s = seconds % 60;
    if (h > 0)
        return m > 0 ? Format::tr("%1 h %2 min").arg(h).arg(m) : Format::tr("%1 h").arg(h);
    if (m > 0)
        return s > 0 ? Format::tr("%1 min %2 s").arg(m).arg(s) : Format::tr("%1 min").arg(m);
    return Format::tr("%1 s").arg(s);
}

QString statusText(Api::SandboxStatus status)
{
    switch (status) {
    case Api::SandboxStatus::Creating: return Format::tr("creating");
    case Api::SandboxStatus::Running: return Format::tr("running");
    case Api::SandboxStatus::Stopped: return Format::tr("stopped");
    case Api::SandboxStatus::Failed: return Format::tr("failed");
    case Api::SandboxStatus::Terminated: return Format::tr("terminated");
    case Api::SandboxStatus::TimedOut: return Format::tr("timed out");
    case Api::SandboxStatus::Paused: return Format::tr("paused");
    }
    return {};
}

RateScale rateScaleFor(double maxBytesPerSecond)
{
    if (maxBytesPerSecond >= 1024.0 * 1024 * 1024)
        return {1024.0 * 1024 * 1024, Format::tr("GiB/s")};
    if (maxBytesPerSecond >= 1024.0 * 1024)
        return {1024.0 * 1024, Format::tr("MiB/s")};
    if (maxBytesPerSecond >= 1024.0)
        return {1024.0, Format::tr("KiB/s")};
    return {1, Format::tr("B/s")};
}

QString formatRate(double bytesPerSecond)
{
    const RateScale scale = rateScaleFor(bytesPerSecond);
    const double value = bytesPerSecond / scale.divisor;
    return QStringLiteral("%1 %2").arg(QLocale().toString(value, 'f', value < 10 && scale.divisor > 1 ? 1 : 0), scale.unit);
}

} // namespace Sandbar::Ui
