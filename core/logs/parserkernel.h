#pragma once

#include "core/logs/entryparser.h"

#include <memory>
#include <optional>
#include <string_view>

namespace gardener::detail {

// One compilation of EntryParser's body (entryparserbody.h) for one simdjson On Demand kernel.
class ParserKernel
{
public:
    virtual ~ParserKernel();
    virtual std::optional<EntryParser::Failure> parse(const char *data, size_t length,
                                                      EntryFields &out, bool strict) = 0;
    virtual const char *name() const = 0;
};

// The text for a simdjson error_code that stops an entry.
QString jsonErrorText(int error);
// Which resource label names the service (lower wins), -1 for none.
int serviceRank(std::string_view key);

// simdjson's builtin kernel: whatever the compiler flags allow (portable on baseline x86-64).
std::unique_ptr<ParserKernel> makeBuiltinParserKernel();
// The AVX2 kernel, or nullptr when it is not compiled in (not x86-64, not GCC/Clang, or the
// builtin kernel already needs AVX2). The caller checks that the processor can run it.
std::unique_ptr<ParserKernel> makeHaswellParserKernel();

} // namespace gardener::detail
