#pragma once

#include "core/logs/logstore.h"

#include <QString>
#include <memory>
#include <optional>

namespace gardener {

namespace detail {
class ParserKernel;
}

// Turns the JSON text of one Cloud Logging LogEntry into EntryFields (simdjson On Demand, one
// pass over the object's members, in any order).
//
// Display message (EntryFields::message), first that is present and non-empty:
//  1. textPayload;
//  2. jsonPayload.message;
//  3. jsonPayload.msg, .error, .event, .log (string values only), then protoPayload
//     status.message, then protoPayload.methodName;
//  4. an httpRequest summary "METHOD /path STATUS" (query string and host dropped), e.g.
//     "POST /ws/beacon 405";
//  5. a compact rendering of jsonPayload (whitespace removed, at most 512 bytes), else of
//     protoPayload.
// Messages longer than 16 KiB are cut at a UTF-8 boundary and end in "…"; rawJson has the rest.
//
// Source location: sourceLocation.file/function/line, else jsonPayload.labels.module/function/
// line, else jsonPayload.context.name as the file (module). Service: resource.labels.service_name,
// else function_name, module_id, job_name, container_name, namespace_name, service. Revision:
// revision_name, else version_id. Location: location, else region, else zone. The timestamp
// falls back to receiveTimestamp when absent.
//
// Strict mode (the default) rejects an entry whose fields we use have the wrong type (e.g.
// "severity": 5.5, "timestamp": {}), an unknown severity name, or a timestamp that is not
// RFC 3339. Lenient mode treats such fields as absent and keeps the entry. Invalid UTF-8 and
// malformed JSON always reject the entry (never replaced with U+FFFD). Members we do not read
// are only checked for structure, not fully validated.
//
// Not thread-safe: use one parser per thread. The views put into EntryFields point into this
// parser or into the entry's bytes, and stay valid until the next parse() while those bytes do.
class EntryParser
{
public:
    // Bytes after the entry that must be readable (simdjson reads ahead in blocks).
    static constexpr size_t kPadding = 64;
    static constexpr size_t kMaxMessageBytes = 16 * 1024;

    struct Failure
    {
        qint64 offset = 0; // relative to the start of the entry
        QString what;
    };

    // Which simdjson On Demand kernel parses. The code is compiled twice: simdjson's builtin
    // kernel (portable on baseline x86-64, "fallback") and, on x86-64, again for AVX2
    // ("haswell"). Auto takes AVX2 when the processor has it, unless the environment variable
    // GARDENER_JSON_KERNEL is "portable". Both give the same fields, problems and offsets.
    enum class Kernel
    {
        Auto,
        Portable,
        Avx2
    };

    explicit EntryParser(Kernel kernel = Kernel::Auto);
    ~EntryParser();
    EntryParser(const EntryParser &) = delete;
    EntryParser &operator=(const EntryParser &) = delete;

    // `data` must be followed by kPadding readable bytes. rawSource/rawOffset/rawLength are
    // left for the caller to fill.
    std::optional<Failure> parse(const char *data, size_t length, EntryFields &out,
                                 bool strict = true);

    // simdjson's name of the kernel in use: "fallback", "haswell", ...
    const char *kernelName() const;
    // Whether this build and this processor can run `kernel` (Avx2 falls back to Portable).
    static bool kernelRuns(Kernel kernel);

private:
    std::unique_ptr<detail::ParserKernel> d;
};

// Position of the first invalid UTF-8 sequence in [data, data + length), or -1 if valid.
qint64 firstInvalidUtf8(const char *data, size_t length);

} // namespace gardener
