// Strings and member keys read where they lie in the input, for EntryParser's body
// (entryparserbody.h includes this first). No include guard on purpose: compiled once per
// simdjson kernel, into the namespace GARDENER_PARSER_KERNEL names, with internal linkage.
#ifndef GARDENER_PARSER_KERNEL
#error "define GARDENER_PARSER_KERNEL (a namespace name) before including entryparserstrings.h"
#endif

namespace gardener::GARDENER_PARSER_KERNEL {
namespace {

using namespace simdjson;

// A string is read where it lies in the input when it holds no escape: get_string() copies
// every string into the parser's buffer, and an entry has fifteen or twenty of them, nearly
// all short and plain. simdjson's first stage has already checked the whole entry's UTF-8
// and found its unescaped control characters, so the bytes between the quotes are the
// value. The token runs to the next structural character, whitespace included.
inline bool plainString(ondemand::value &v, std::string_view &out)
{
    const std::string_view token = v.raw_json_token();
    size_t end = token.size();
    while (end > 1 && token[end - 1] != '"')
        --end;
    if (end < 2 || token[0] != '"')
        return false;
    const std::string_view inner = token.substr(1, end - 2);
    if (std::memchr(inner.data(), '\\', inner.size()) != nullptr)
        return false;
    out = inner;
    return true;
}

// A member's key, where it lies in the input when it holds no escape (as plainString). The
// key's closing quote is known to be there: the first quote or backslash ends the scan.
inline error_code memberKey(simdjson_result<ondemand::field> &member, std::string_view &key)
{
    ondemand::raw_json_string raw;
    if (auto err = member.key().get(raw))
        return err;
    const char *begin = reinterpret_cast<const char *>(raw.raw());
    const char *p = begin;
    while (*p != '"' && *p != '\\')
        ++p;
    if (*p == '"') {
        key = std::string_view(begin, size_t(p - begin));
        return SUCCESS;
    }
    return member.unescaped_key().get(key);
}

} // namespace
} // namespace gardener::GARDENER_PARSER_KERNEL
