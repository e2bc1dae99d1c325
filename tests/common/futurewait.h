// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apierror.h"

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QTimer>

// Runs the event loop until `future` finishes; a future that never does is a Cancelled error.
// A real event loop, not QTest::qWaitFor: that one sleeps 10 ms between rounds, which makes a
// socket that writes a few KiB per round look a hundred times slower than it is.
template <typename T>
Sandbar::Core::ApiResult<T> await(QFuture<Sandbar::Core::ApiResult<T>> future, int timeoutMs = 15000)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<Sandbar::Core::ApiResult<T>> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    if (!future.isFinished() || future.resultCount() == 0) {
        Sandbar::Core::ApiError error;
        error.kind = Sandbar::Core::ApiError::Kind::Cancelled;
        error.message = QStringLiteral("the future did not finish with a result");
        return error;
    }
    return future.result();
}
