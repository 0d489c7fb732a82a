#pragma once

#include <QString>
#include <tl/expected.hpp>

namespace gardener {

// A problem reported as data: where it happened and what was wrong. Every fallible function in
// core returns Result<T>; the UI and the command line decide how to show the Error.
struct Error
{
    QString file;       // path or other source name; empty when not tied to a file
    qint64 line = -1;   // 1-based line, -1 when unknown
    qint64 offset = -1; // byte offset in the (decompressed) input, -1 when unknown
    QString what;       // a sentence for people

    // "file:line (byte N): what" with the parts that are known.
    QString toString() const;
};

template <typename T> using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> fail(QString what, QString file = {}, qint64 line = -1,
                                  qint64 offset = -1)
{
    return tl::unexpected<Error>(Error{std::move(file), line, offset, std::move(what)});
}

} // namespace gardener
