// The body of EntryParser, compiled once per simdjson On Demand kernel. No include guard on
// purpose: entryparser.cpp includes it for simdjson's builtin kernel (the portable one in a
// baseline x86-64 build) and entryparser_haswell.cpp includes it again inside an AVX2 target
// region. Each includer first includes <simdjson.h> and defines GARDENER_PARSER_KERNEL, the
// namespace everything here goes into, so no inline function is compiled with two different
// target flags under one name.
#ifndef GARDENER_PARSER_KERNEL
#error "define GARDENER_PARSER_KERNEL (a namespace name) before including entryparserbody.h"
#endif

#include "core/logs/entryparserstrings.h"

namespace gardener::GARDENER_PARSER_KERNEL {

using namespace simdjson;
using ondemand::json_type;

namespace {

const char *typeName(json_type t)
{
    switch (t) {
    case json_type::array:
        return "an array";
    case json_type::object:
        return "an object";
    case json_type::number:
        return "a number";
    case json_type::string:
        return "a string";
    case json_type::boolean:
        return "a boolean";
    case json_type::null:
        return "null";
    }
    return "a value";
}

// Shared by both kernels, compiled for the baseline (entryparser.cpp).
QString jsonError(error_code code)
{
    return detail::jsonErrorText(int(code));
}

using detail::serviceRank;

} // namespace

struct Kernel final : detail::ParserKernel
{
    // Written out: implicitly defined members would be compiled for the command line's
    // target, not the includer's target region, and could not inline simdjson's.
    Kernel() {}
    ~Kernel() override {}

    ondemand::parser parser;
    const char *data = nullptr;
    const char *dataEnd = nullptr;
    bool strict = true;
    using Failure = EntryParser::Failure;
    static constexpr size_t kPadding = EntryParser::kPadding;
    static constexpr size_t kMaxMessageBytes = EntryParser::kMaxMessageBytes;
    std::optional<Failure> failure;

    // Everything collected in one pass; the message rule runs at the end.
    struct Collected
    {
        std::string_view text, jsonMessage, jsonAlt[4], protoStatus, protoMethod;
        std::string_view httpMethod, httpUrl;
        qint32 httpStatus = 0;
        const char *jsonPayload = nullptr, *protoPayload = nullptr;
        std::string_view labelModule, labelFunction, contextName;
        qint32 labelLine = 0;
        int serviceRank = 100, revisionRank = 100, locationRank = 100;
        bool haveTimestamp = false;
    } c;
    std::string scratch;   // http summary or compact payload rendering
    std::string truncated; // a message cut to kMaxMessageBytes

    qint64 offsetOf(ondemand::value &v)
    {
        const std::string_view token = v.raw_json_token();
        if (token.data() >= data && token.data() < dataEnd + kPadding)
            return token.data() - data;
        return -1;
    }

    // Records the first problem; returns false so callers can `return fail(...)`.
    bool fail(ondemand::value &v, QString what)
    {
        if (!failure)
            failure = Failure{offsetOf(v), std::move(what)};
        return false;
    }
    bool fail(error_code code, qint64 offset = -1)
    {
        if (!failure)
            failure = Failure{offset, jsonError(code)};
        return false;
    }

    // A wrong type is an error in strict mode and "absent" otherwise; null is always absent.
    bool wrongType(ondemand::value &v, std::string_view field, const char *expected,
                   json_type found)
    {
        if (!strict)
            return true;
        return fail(v, QStringLiteral("field '%1' should be %2, found %3")
                           .arg(QString::fromUtf8(field.data(), qsizetype(field.size())),
                                QLatin1String(expected), QLatin1String(typeName(found))));
    }

    // A string value, read in place when it holds no escape (entryparserstrings.h).
    bool anyString(ondemand::value &v, std::string_view &out)
    {
        if (plainString(v, out))
            return true;
        if (auto e = v.get_string().get(out))
            return fail(e, offsetOf(v));
        return true;
    }

    // Reads a string member; `out` untouched when absent/null. False stops the entry.
    bool string(ondemand::value v, std::string_view field, std::string_view &out)
    {
        json_type t;
        if (auto e = v.type().get(t))
            return fail(e, offsetOf(v));
        if (t == json_type::string)
            return anyString(v, out);
        if (t == json_type::null)
            return true;
        return wrongType(v, field, "a string", t);
    }

    // A string only when it is one (payload members written by arbitrary loggers).
    bool optionalString(ondemand::value v, std::string_view &out)
    {
        json_type t;
        if (auto e = v.type().get(t))
            return fail(e, offsetOf(v));
        if (t == json_type::string)
            return anyString(v, out);
        return true;
    }

    // An integer written as a JSON number or as a decimal string (proto3 int64 mapping).
    bool integer(ondemand::value v, std::string_view field, qint32 &out, bool lenient)
    {
        json_type t;
        if (auto e = v.type().get(t))
            return fail(e, offsetOf(v));
        std::string_view text;
        if (t == json_type::number) {
            text = v.raw_json_token();
        } else if (t == json_type::string) {
            if (auto e = v.get_string().get(text))
                return fail(e, offsetOf(v));
        } else if (t == json_type::null) {
            return true;
        } else {
            return lenient ? true : wrongType(v, field, "an integer", t);
        }
        while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\r' ||
                                 text.back() == '\t'))
            text.remove_suffix(1); // raw number tokens carry trailing whitespace
        qint64 value = 0;
        bool ok = !text.empty() && text.size() <= 10;
        for (char ch : text) {
            if (ch < '0' || ch > '9') {
                ok = false;
                break;
            }
            value = value * 10 + (ch - '0');
        }
        if (!ok || value > 0x7fffffff) {
            if (lenient || !strict)
                return true;
            return fail(v, QStringLiteral("field '%1' should be a whole number, found '%2'")
                               .arg(QString::fromUtf8(field.data(), qsizetype(field.size())),
                                    QString::fromUtf8(text.data(), qsizetype(text.size()))));
        }
        out = static_cast<qint32>(value);
        return true;
    }

    bool timestamp(ondemand::value v, std::string_view field, qint64 &out)
    {
        std::string_view text;
        if (!string(v, field, text))
            return false;
        if (text.empty())
            return true;
        if (auto ns = parseRfc3339(text)) {
            out = *ns;
            return true;
        }
        if (!strict)
            return true;
        if (isRfc3339OutOfRange(text))
            return fail(
                v, QStringLiteral(
                       "field '%1' holds %2, outside the supported range of times (years 1678 to "
                       "2261)")
                       .arg(QString::fromUtf8(field.data(), qsizetype(field.size())),
                            QString::fromUtf8(text.data(), qsizetype(text.size()))));
        return fail(v, QStringLiteral("field '%1' is not an RFC 3339 time: '%2'")
                           .arg(QString::fromUtf8(field.data(), qsizetype(field.size())),
                                QString::fromUtf8(text.data(),
                                                  qsizetype(std::min<size_t>(text.size(), 80)))));
    }

    bool severity(ondemand::value v, Severity &out)
    {
        json_type t;
        if (auto e = v.type().get(t))
            return fail(e, offsetOf(v));
        std::string_view text;
        if (t == json_type::string) {
            if (auto e = v.get_string().get(text))
                return fail(e, offsetOf(v));
        } else if (t == json_type::number) {
            text = v.raw_json_token();
            while (!text.empty() && static_cast<unsigned char>(text.back()) <= ' ')
                text.remove_suffix(1);
        } else if (t == json_type::null) {
            return true;
        } else {
            return wrongType(v, "severity", "a LogSeverity name or number", t);
        }
        if (auto s = parseSeverity(text)) {
            out = *s;
            return true;
        }
        if (!strict)
            return true;
        return fail(v, QStringLiteral("unknown severity '%1' (expected DEFAULT, DEBUG, INFO, "
                                      "NOTICE, WARNING, ERROR, CRITICAL, ALERT, EMERGENCY or "
                                      "0..800 in steps of 100)")
                           .arg(QString::fromUtf8(text.data(),
                                                  qsizetype(std::min<size_t>(text.size(), 40)))));
    }

    // Checks that a member is an object; false when absent, wrong (and lenient) or failed.
    bool object(ondemand::value &v, std::string_view field, ondemand::object &out, bool &ok)
    {
        json_type t;
        ok = true;
        if (auto e = v.type().get(t)) {
            ok = fail(e, offsetOf(v));
            return false;
        }
        if (t == json_type::null)
            return false;
        if (t != json_type::object) {
            ok = wrongType(v, field, "an object", t);
            return false;
        }
        if (auto e = v.get_object().get(out)) {
            ok = fail(e, offsetOf(v));
            return false;
        }
        return true;
    }

    // Calls onMember(key, member) for each member of `obj`; stops at a parse error or when
    // onMember returns false. Members it does not ask for the value of are skipped by simdjson.
    template <typename OnMember> bool eachMember(ondemand::object &obj, OnMember &&onMember)
    {
        for (auto member : obj) {
            std::string_view key;
            if (auto err = memberKey(member, key))
                return fail(err);
            if (!onMember(key, member))
                return false;
        }
        return true;
    }

    // An object nested in a payload: its shape is the application's business, so anything but
    // an object is skipped (`present` false) rather than reported.
    bool lenientObject(ondemand::value v, ondemand::object &out, bool &present)
    {
        json_type t;
        present = false;
        if (auto err = v.type().get(t))
            return fail(err, offsetOf(v));
        if (t != json_type::object)
            return true;
        if (auto err = v.get_object().get(out))
            return fail(err, offsetOf(v));
        present = true;
        return true;
    }

    bool resource(ondemand::value v, EntryFields &e);
    bool sourceLocation(ondemand::value v, EntryFields &e);
    bool httpRequest(ondemand::value v);
    bool jsonPayload(ondemand::value v);
    bool protoPayload(ondemand::value v);
    bool entry(ondemand::object &entryObject, EntryFields &e);
    void chooseMessage(EntryFields &e);

    std::optional<Failure> parse(const char *data, size_t length, EntryFields &out,
                                 bool strict) override;
    const char *name() const override
    {
        return SIMDJSON_STRINGIFY(SIMDJSON_BUILTIN_IMPLEMENTATION);
    }
};

bool Kernel::resource(ondemand::value v, EntryFields &e)
{
    ondemand::object obj;
    bool ok;
    if (!object(v, "resource", obj, ok))
        return ok;
    for (auto field : obj) {
        std::string_view key;
        if (auto err = memberKey(field, key))
            return fail(err);
        if (key == "type") {
            if (!string(field.value(), "resource.type", e.resourceType))
                return false;
        } else if (key == "labels") {
            ondemand::value lv = field.value();
            ondemand::object labels;
            if (!object(lv, "resource.labels", labels, ok)) {
                if (!ok)
                    return false;
                continue;
            }
            for (auto label : labels) {
                std::string_view name, value;
                if (auto err = memberKey(label, name))
                    return fail(err);
                if (!optionalString(label.value(), value))
                    return false;
                if (value.empty())
                    continue;
                if (const int rank = serviceRank(name); rank >= 0 && rank < c.serviceRank) {
                    c.serviceRank = rank;
                    e.service = value;
                } else if (name == "revision_name" ||
                           (name == "version_id" && c.revisionRank > 0)) {
                    c.revisionRank = name == "revision_name" ? 0 : 1;
                    e.revision = value;
                } else if (name == "location" || (name == "region" && c.locationRank > 0) ||
                           (name == "zone" && c.locationRank > 1)) {
                    c.locationRank = name == "location" ? 0 : name == "region" ? 1 : 2;
                    e.location = value;
                } else if (name == "project_id") {
                    e.project = value;
                }
            }
        }
    }
    return true;
}

bool Kernel::sourceLocation(ondemand::value v, EntryFields &e)
{
    ondemand::object obj;
    bool ok;
    if (!object(v, "sourceLocation", obj, ok))
        return ok;
    return eachMember(obj, [&](std::string_view key, auto &member) {
        if (key == "file")
            return string(member.value(), "sourceLocation.file", e.sourceFile);
        if (key == "function")
            return string(member.value(), "sourceLocation.function", e.function);
        if (key == "line")
            return integer(member.value(), "sourceLocation.line", e.line, false);
        return true;
    });
}

bool Kernel::httpRequest(ondemand::value v)
{
    ondemand::object obj;
    bool ok;
    if (!object(v, "httpRequest", obj, ok))
        return ok;
    // userAgent, remoteIp, referer, latency and the rest stay in the raw JSON.
    return eachMember(obj, [&](std::string_view key, auto &member) {
        if (key == "requestMethod")
            return string(member.value(), "httpRequest.requestMethod", c.httpMethod);
        if (key == "requestUrl")
            return string(member.value(), "httpRequest.requestUrl", c.httpUrl);
        if (key == "status")
            return integer(member.value(), "httpRequest.status", c.httpStatus, false);
        return true;
    });
}

bool Kernel::jsonPayload(ondemand::value v)
{
    ondemand::object obj;
    bool ok;
    const qint64 at = offsetOf(v);
    if (!object(v, "jsonPayload", obj, ok))
        return ok;
    c.jsonPayload = at >= 0 ? data + at : nullptr;
    return eachMember(obj, [&](std::string_view key, auto &field) {
        if (key == "message")
            return optionalString(field.value(), c.jsonMessage);
        if (key == "msg" || key == "error" || key == "event" || key == "log") {
            const int slot = key == "msg" ? 0 : key == "error" ? 1 : key == "event" ? 2 : 3;
            return optionalString(field.value(), c.jsonAlt[slot]);
        }
        if (key != "context" && key != "labels")
            return true;
        ondemand::object inner;
        bool present;
        if (!lenientObject(field.value(), inner, present))
            return false;
        if (!present)
            return true;
        if (key == "context") {
            return eachMember(inner, [&](std::string_view name, auto &member) {
                return name != "name" || optionalString(member.value(), c.contextName);
            });
        }
        return eachMember(inner, [&](std::string_view name, auto &member) {
            if (name == "module")
                return optionalString(member.value(), c.labelModule);
            if (name == "function")
                return optionalString(member.value(), c.labelFunction);
            if (name == "line")
                return integer(member.value(), "jsonPayload.labels.line", c.labelLine, true);
            return true;
        });
    });
}

bool Kernel::protoPayload(ondemand::value v)
{
    ondemand::object obj;
    bool ok;
    const qint64 at = offsetOf(v);
    if (!object(v, "protoPayload", obj, ok))
        return ok;
    c.protoPayload = at >= 0 ? data + at : nullptr;
    return eachMember(obj, [&](std::string_view key, auto &field) {
        if (key == "methodName")
            return optionalString(field.value(), c.protoMethod);
        if (key != "status")
            return true;
        ondemand::object status;
        bool present;
        if (!lenientObject(field.value(), status, present))
            return false;
        return !present || eachMember(status, [&](std::string_view name, auto &member) {
            return name != "message" || optionalString(member.value(), c.protoStatus);
        });
    });
}

bool Kernel::entry(ondemand::object &obj, EntryFields &e)
{
    for (auto field : obj) {
        std::string_view key;
        if (auto err = memberKey(field, key))
            return fail(err);
        ondemand::value v;
        if (auto err = field.value().get(v))
            return fail(err);
        switch (key.size()) {
        case 5:
            if (key == "trace" && !string(v, key, e.trace))
                return false;
            break;
        case 6:
            if (key == "spanId" && !string(v, key, e.spanId))
                return false;
            break;
        case 7:
            if (key == "logName" && !string(v, key, e.logName))
                return false;
            break;
        case 8:
            if (key == "severity" && !severity(v, e.severity))
                return false;
            if (key == "resource" && !resource(v, e))
                return false;
            if (key == "insertId" && !string(v, key, e.insertId))
                return false;
            break;
        case 9:
            if (key == "timestamp") {
                if (!timestamp(v, key, e.timestampNs))
                    return false;
                c.haveTimestamp = e.timestampNs != 0;
            }
            break;
        case 11:
            if (key == "textPayload" && !string(v, key, c.text))
                return false;
            if (key == "jsonPayload" && !jsonPayload(v))
                return false;
            if (key == "httpRequest" && !httpRequest(v))
                return false;
            break;
        case 12:
            if (key == "protoPayload" && !protoPayload(v))
                return false;
            break;
        case 14:
            if (key == "sourceLocation" && !sourceLocation(v, e))
                return false;
            break;
        case 16:
            if (key == "receiveTimestamp" && !timestamp(v, key, e.receiveTimestampNs))
                return false;
            break;
        default:
            break;
        }
    }
    return true;
}

void Kernel::chooseMessage(EntryFields &e)
{
    std::string_view message = !c.text.empty() ? c.text : c.jsonMessage;
    for (std::string_view alt :
         {c.jsonAlt[0], c.jsonAlt[1], c.jsonAlt[2], c.jsonAlt[3], c.protoStatus, c.protoMethod}) {
        if (!message.empty())
            break;
        message = alt;
    }
    if (message.empty() && (!c.httpMethod.empty() || !c.httpUrl.empty() || c.httpStatus != 0)) {
        scratch = httpSummary(c.httpMethod, c.httpUrl, c.httpStatus);
        message = scratch;
    }
    if (message.empty() && (c.jsonPayload || c.protoPayload)) {
        const char *start = c.jsonPayload ? c.jsonPayload : c.protoPayload;
        scratch = compactJson(start, dataEnd, 512);
        message = scratch;
    }
    if (message.size() > kMaxMessageBytes) {
        truncated.assign(message.substr(0, utf8Prefix(message, kMaxMessageBytes)));
        truncated += "\xE2\x80\xA6";
        message = truncated;
    }
    e.message = message;
    e.httpStatus = c.httpStatus;
    if (e.sourceFile.empty() && e.function.empty() && e.line == 0) {
        e.sourceFile = !c.labelModule.empty() ? c.labelModule : c.contextName;
        e.function = c.labelFunction;
        e.line = c.labelLine;
    }
    if (!c.haveTimestamp)
        e.timestampNs = e.receiveTimestampNs;
}

std::optional<EntryParser::Failure> Kernel::parse(const char *text, size_t length, EntryFields &out,
                                                  bool strictMode)
{
    data = text;
    dataEnd = text + length;
    strict = strictMode;
    failure.reset();
    c = Collected{};
    out = EntryFields{};

    ondemand::document doc;
    if (auto err = parser.iterate(text, length, length + kPadding).get(doc)) {
        if (err == UTF8_ERROR)
            return Failure{firstInvalidUtf8(text, length), jsonError(err)};
        return Failure{-1, jsonError(err)};
    }
    ondemand::object obj;
    if (auto err = doc.get_object().get(obj))
        return Failure{0, err == INCORRECT_TYPE ? QStringLiteral("the entry is not a JSON object")
                                                : jsonError(err)};
    if (!entry(obj, out)) {
        if (failure)
            return failure;
        return Failure{-1, QStringLiteral("malformed JSON")};
    }
    chooseMessage(out);
    return std::nullopt;
}

std::unique_ptr<detail::ParserKernel> makeKernel()
{
    return std::make_unique<Kernel>();
}

} // namespace gardener::GARDENER_PARSER_KERNEL
