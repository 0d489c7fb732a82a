#pragma once

#include <QEventLoop>

#include <functional>
#include <optional>

namespace gardener {

// Runs a nested event loop until an asynchronous call reports its result. Only for the command
// line, which may block; the app never waits this way. `start` receives the callback to call
// once; a synchronous answer returns without entering the loop.
template <typename T> T waitFor(const std::function<void(std::function<void(T)>)> &start)
{
    std::optional<T> result;
    QEventLoop loop;
    start([&](T value) {
        result.emplace(std::move(value));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace gardener
