// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/clockskew.h"

#include <QLocale>
#include <QTimeZone>

#include <cstdlib>

namespace Sandbar::Core {

QDateTime parseHttpDate(const QByteArray &value)
{
    // The C locale: day and month names are English whatever the user's locale.
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return {};
    date.setTimeZone(QTimeZone::utc());
    return date;
}

void ClockSkew::observe(const QDateTime &serverDate, qint64 sentMs, qint64 receivedMs)
{
    if (!serverDate.isValid() || receivedMs < sentMs)
        return;
    // The header truncates to whole seconds: +500 ms centres the estimate.
    const qint64 sample = serverDate.toMSecsSinceEpoch() + 500 - (sentMs + receivedMs) / 2;
    if (m_samples == 0 || std::llabs(sample - m_offsetMs) > 5000) {
        // First sample, or the clock jumped: take it as is.
        m_offsetMs = sample;
        m_samples = 1;
        return;
    }
    // A running mean over the last few replies damps the one-second quantisation.
    const int weight = std::min(m_samples, 7);
    m_offsetMs = (m_offsetMs * weight + sample) / (weight + 1);
    ++m_samples;
}

} // namespace Sandbar::Core
