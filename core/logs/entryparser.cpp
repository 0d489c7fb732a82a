#include "core/logs/entryparser.h"

#include "core/logs/entrytext.h"
#include "core/logs/parserkernel.h"
#include "core/logs/timestamp.h"

#include <QByteArray>
#include <cstring>
#include <simdjson.h>

namespace gardener::detail {

ParserKernel::~ParserKernel() = default;

QString jsonErrorText(int error)
{
    using namespace simdjson;
    const auto code = error_code(error);
    switch (code) {
    case UTF8_ERROR:
        return QStringLiteral("invalid UTF-8");
    case DEPTH_ERROR:
        return QStringLiteral("JSON nested deeper than 1024 levels");
    case UNCLOSED_STRING:
        return QStringLiteral("unclosed string");
    case STRING_ERROR:
        return QStringLiteral("invalid string (bad escape or control character)");
    case INCORRECT_TYPE:
        return QStringLiteral("the entry is not a JSON object");
    default:
        return QStringLiteral("malformed JSON (%1)").arg(QString::fromUtf8(error_message(code)));
    }
}

// Which resource label names the service; lower rank wins.
int serviceRank(std::string_view key)
{
    static constexpr std::string_view kKeys[] = {"service_name", "function_name",  "module_id",
                                                 "job_name",     "container_name", "namespace_name",
                                                 "service"};
    for (int i = 0; i < int(std::size(kKeys)); ++i) {
        if (key == kKeys[i])
            return i;
    }
    return -1;
}

} // namespace gardener::detail

#define GARDENER_PARSER_KERNEL builtin_kernel
#include "core/logs/entryparserbody.h"
#undef GARDENER_PARSER_KERNEL

namespace gardener {

namespace detail {

std::unique_ptr<ParserKernel> makeBuiltinParserKernel()
{
    return builtin_kernel::makeKernel();
}

} // namespace detail

namespace {

bool haswellRuns()
{
    const simdjson::implementation *haswell = simdjson::get_available_implementations()["haswell"];
    return haswell && haswell->supported_by_runtime_system();
}

// GARDENER_JSON_KERNEL=portable (or fallback) keeps the portable kernel even where AVX2 runs:
// to compare the two, and as a way out should the AVX2 kernel ever misbehave.
EntryParser::Kernel kernelFromEnvironment()
{
    const QByteArray wanted = qgetenv("GARDENER_JSON_KERNEL").toLower();
    if (wanted == "portable" || wanted == "fallback" || wanted == "builtin")
        return EntryParser::Kernel::Portable;
    if (wanted == "avx2" || wanted == "haswell")
        return EntryParser::Kernel::Avx2;
    return EntryParser::Kernel::Auto;
}

} // namespace

bool EntryParser::kernelRuns(Kernel kernel)
{
    if (kernel != Kernel::Avx2)
        return true;
    static const bool runs = haswellRuns() && detail::makeHaswellParserKernel() != nullptr;
    return runs;
}

EntryParser::EntryParser(Kernel kernel)
{
    if (kernel == Kernel::Auto) {
        const Kernel fromEnvironment = kernelFromEnvironment(); // once per read, not per entry
        kernel = fromEnvironment == Kernel::Auto ? Kernel::Avx2 : fromEnvironment;
    }
    if (kernel == Kernel::Avx2 && kernelRuns(Kernel::Avx2))
        d = detail::makeHaswellParserKernel();
    if (!d)
        d = detail::makeBuiltinParserKernel();
}

EntryParser::~EntryParser() = default;

const char *EntryParser::kernelName() const
{
    return d->name();
}

std::optional<EntryParser::Failure> EntryParser::parse(const char *data, size_t length,
                                                       EntryFields &out, bool strict)
{
    return d->parse(data, length, out, strict);
}

} // namespace gardener
