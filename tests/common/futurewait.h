// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/apierror.h"

#include <QFuture>
#include <QTest>

// Spins the event loop until `future` finishes; a future that never does is a Cancelled error.
template <typename T>
Sandbar::Core::ApiResult<T> await(QFuture<Sandbar::Core::ApiResult<T>> future, int timeoutMs = 15000)
{
    (void)QTest::qWaitFor([future] { return future.isFinished(); }, timeoutMs);
    if (!future.isFinished() || future.resultCount() == 0) {
        Sandbar::Core::ApiError error;
        error.kind = Sandbar::Core::ApiError::Kind::Cancelled;
        error.message = QStringLiteral("the future did not finish with a result");
        return error;
    }
    return future.result();
}
