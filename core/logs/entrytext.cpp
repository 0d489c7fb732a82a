#include "core/logs/entrytext.h"

#include "core/logs/entryparser.h"

namespace gardener {

std::string httpSummary(std::string_view method, std::string_view url, qint32 status)
{
    std::string_view path = url;
    if (const size_t scheme = path.find("://"); scheme != std::string_view::npos) {
        path.remove_prefix(scheme + 3);
        const size_t slash = path.find('/');
        path = slash == std::string_view::npos ? std::string_view("/") : path.substr(slash);
    }
    if (const size_t query = path.find_first_of("?#"); query != std::string_view::npos)
        path = path.substr(0, query);
    std::string out;
    out.reserve(method.size() + path.size() + 6);
    out.append(method);
    if (!path.empty()) {
        if (!out.empty())
            out += ' ';
        out.append(path);
    }
    if (status != 0) {
        if (!out.empty())
            out += ' ';
        out += std::to_string(status);
    }
    return out;
}

size_t utf8Prefix(std::string_view text, size_t limit)
{
    if (text.size() <= limit)
        return text.size();
    size_t n = limit;
    // Step back over continuation bytes so the cut falls before a lead byte.
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80)
        --n;
    return n;
}

std::string compactJson(const char *begin, const char *end, size_t limit)
{
    std::string out;
    out.reserve(std::min<size_t>(limit + 4, size_t(end - begin)));
    int depth = 0;
    bool inString = false, escape = false;
    for (const char *p = begin; p < end; ++p) {
        const char c = *p;
        if (inString) {
            if (escape)
                escape = false;
            else if (c == '\\')
                escape = true;
            else if (c == '"')
                inString = false;
        } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            continue;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
        out += c;
        if (out.size() > limit) {
            out.resize(utf8Prefix(out, limit));
            out += "\xE2\x80\xA6";
            return out;
        }
        if (depth == 0)
            break;
    }
    return out;
}

qint64 firstInvalidUtf8(const char *data, size_t length)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    size_t i = 0;
    while (i < length) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t need;
        unsigned min;
        unsigned cp;
        if ((c & 0xE0) == 0xC0) {
            need = 1, min = 0x80, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            need = 2, min = 0x800, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            need = 3, min = 0x10000, cp = c & 0x07;
        } else {
            return qint64(i);
        }
        for (size_t k = 1; k <= need; ++k) {
            if (i + k >= length || (s[i + k] & 0xC0) != 0x80)
                return qint64(i);
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return qint64(i);
        i += need + 1;
    }
    return -1;
}

} // namespace gardener
