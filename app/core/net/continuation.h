// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// QFuture::then(context, f) for objects that may go first. Qt 6.4 asserts (in debug builds)
// when the context is destroyed before the future finishes, which is an ordinary event here: a
// pane closes while its request is in flight. continueIn() runs `f` in `context`'s thread once
// `future` finishes with a result, and not at all once `context` is gone; the future it returns
// is then cancelled. `f` takes the QFuture, or its result, as with then().

#include <QFuture>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QPromise>

#include <memory>
#include <type_traits>

namespace Sandbar::Core {

namespace Detail {
template <typename T, typename F> decltype(auto) callWith(F &fn, const QFuture<T> &future)
{
    if constexpr (std::is_invocable_v<F &, QFuture<T>>)
        return fn(future);
    else
        return fn(future.result());
}

template <typename T, typename F> struct ContinuationResult
{
    using Type = std::decay_t<decltype(callWith<T>(std::declval<F &>(), std::declval<const QFuture<T> &>()))>;
};
} // namespace Detail

template <typename T, typename F>
QFuture<typename Detail::ContinuationResult<T, F>::Type> continueIn(QObject *context, QFuture<T> future, F fn)
{
    using R = typename Detail::ContinuationResult<T, F>::Type;
    auto promise = std::make_shared<QPromise<R>>();
    promise->start();
    QFuture<R> result = promise->future();
    // A cancelled `future` never runs this, and the promise it holds cancels `result`.
    future.then(QtFuture::Launch::Sync, [guard = QPointer<QObject>(context), promise,
                                         fn = std::move(fn)](QFuture<T> finished) mutable {
        if (!guard)
            return; // the promise goes with this lambda: `result` is cancelled
        QMetaObject::invokeMethod(guard.data(), [promise, fn = std::move(fn), finished]() mutable {
            if constexpr (std::is_void_v<R>) {
                Detail::callWith<T>(fn, finished);
            } else {
                promise->addResult(Detail::callWith<T>(fn, finished));
            }
            promise->finish();
        });
    });
    return result;
}

} // namespace Sandbar::Core
