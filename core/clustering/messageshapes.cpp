#include "core/clustering/messageshapes.h"

#include "core/clustering/maskerrules.h"
#include "core/clustering/stacktrace.h"
#include "core/clustering/words.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace gardener::clustering::detail {
namespace {

constexpr std::string_view StackMark = "stack:";

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}
bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
bool isAlpha(char c)
{
    return isLower(c) || isUpper(c);
}

bool isMethod(std::string_view t)
{
    static constexpr std::string_view methods[] = {"GET",  "POST",    "PUT",     "DELETE", "PATCH",
                                                   "HEAD", "OPTIONS", "CONNECT", "TRACE"};
    return std::find(std::begin(methods), std::end(methods), t) != std::end(methods);
}

bool isStatus(std::string_view t)
{
    return t.size() == 3 && t[0] >= '1' && t[0] <= '5' && isDigit(t[1]) && isDigit(t[2]);
}

// A path segment that is an id by its shape: it holds a digit (but is not a version such as
// "v2" or "oauth2"), or is very long. Ids without either (slugs, short base62 words) are found
// per position by the miner from the values seen there.
bool idShaped(std::string_view seg)
{
    if (seg.size() >= 20)
        return true;
    size_t letters = 0;
    while (letters < seg.size() && isAlpha(seg[letters]))
        ++letters;
    const std::string_view tail = seg.substr(letters);
    const bool digitsOnlyTail = !tail.empty() && std::all_of(tail.begin(), tail.end(), isDigit);
    // Versions and numbered names: "v2", "v10", "oauth2" (letters that are not all hex, one digit).
    const bool version =
        digitsOnlyTail && ((letters == 1 && seg[0] == 'v' && tail.size() <= 3) ||
                           (letters >= 2 && tail.size() == 1 &&
                            std::any_of(seg.begin(), seg.begin() + qsizetype(letters), [](char c) {
                                return !((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
                            })));
    // A short hash may happen to hold no digit ("fbcacee"): seven or more hex letters.
    const bool hexWord = seg.size() >= 7 && std::all_of(seg.begin(), seg.end(), [](char c) {
                             return isDigit(c) || (c >= 'a' && c <= 'f');
                         });
    return hexWord || (!version && std::any_of(seg.begin(), seg.end(), isDigit));
}

void appendSegment(std::string_view seg, std::string &out)
{
    if (!idShaped(seg)) {
        out.append(seg);
        return;
    }
    // A short lower-case prefix before '_' names the kind of id: "ord_", "rcpt_".
    const size_t mark = seg.find('_');
    if (mark >= 2 && mark <= 6 && mark != std::string_view::npos &&
        std::all_of(seg.begin(), seg.begin() + qsizetype(mark), isLower) && mark + 1 < seg.size() &&
        idShaped(seg.substr(mark + 1)))
        out.append(seg.substr(0, mark + 1));
    out += "<*>";
}

// Rebuilds out.tokens (views into out.text) and the hash after text was appended.
void finish(MaskedMessage &out)
{
    out.tokens.clear();
    const std::string_view text(out.text);
    if (out.withTokens)
        for (std::string_view w : splitWords(text))
            out.tokens.push_back(w);
    const Hash128 h = hashFast128(text);
    out.hash = h.lo;
    out.hashHi = h.hi;
}

void appendToken(MaskedMessage &out, std::string_view token)
{
    if (!out.text.empty())
        out.text += ' ';
    out.text.append(token);
}

// "METHOD path [status]" as the whole message (request logs summarised from httpRequest).
bool maskRequestLine(std::string_view message, MaskedMessage &out)
{
    const std::vector<std::string_view> words = splitWords(message);
    if (words.size() < 2 || words.size() > 3 || !isMethod(words[0]) || words[1].empty() ||
        words[1][0] != '/')
        return false;
    if (words.size() == 3 && !isStatus(words[2]))
        return false;
    out.clear();
    out.text.append(words[0]);
    out.text += ' ';
    appendRoute(words[1], out.text);
    if (words.size() == 3)
        appendToken(out, words[2]);
    finish(out);
    return true;
}

// An access line: `... "METHOD path HTTP/x.y" STATUS ...` (uvicorn, gunicorn, nginx, envoy).
bool maskAccessLine(std::string_view message, size_t maxTokens, MaskedMessage &out)
{
    const void *hit = memmem(message.data(), message.size(), " HTTP/", 6);
    if (hit == nullptr)
        return false;
    const size_t http = size_t(static_cast<const char *>(hit) - message.data());
    const size_t open = message.rfind('"', http);
    const size_t close = message.find('"', http);
    if (open == std::string_view::npos || close == std::string_view::npos)
        return false;
    const std::vector<std::string_view> request =
        splitWords(message.substr(open + 1, http - open - 1));
    if (request.size() != 2 || !isMethod(request[0]))
        return false;
    const std::vector<std::string_view> after = splitWords(message.substr(close + 1));
    if (after.empty() || !isStatus(after[0]))
        return false;
    maskBuiltin(message.substr(0, open), maxTokens, out);
    appendToken(out, "\"");
    out.text.append(request[0]);
    out.text += ' ';
    appendRoute(request[1], out.text);
    out.text += " HTTP/<*>\"";
    appendToken(out, after[0]);
    size_t next = 1;
    // A word right after the status is part of the outcome: "200 OK", envoy's flags "UF".
    if (after.size() > 1 && after[1].size() <= 24 &&
        std::all_of(after[1].begin(), after[1].end(),
                    [](char c) { return isUpper(c) || c == ','; })) {
        appendToken(out, after[1]);
        next = 2;
    }
    if (after.size() > next)
        appendToken(out, "<*>");
    finish(out);
    return true;
}

bool maskStack(std::string_view message, size_t maxTokens, MaskedMessage &out)
{
    const StackTrace st = parseStackTrace(message);
    if (!st.isValid())
        return false;
    // The headline's bytes as the lines were counted before the parser was shared: a '\r'
    // ending a line is not counted (fingerprints of CRLF messages depend on it).
    size_t headEnd = 0;
    for (size_t i = 0, pos = 0; i < st.headlineLines; ++i) {
        size_t nl = message.find('\n', pos);
        if (nl == std::string_view::npos)
            nl = message.size();
        const size_t len = nl - pos - (nl > pos && message[nl - 1] == '\r' ? 1 : 0);
        headEnd += len + 1;
        pos = nl + 1;
    }
    const std::vector<const StackFrame *> frames = st.clusteringFrames();
    out.clear();
    if (headEnd > 0)
        maskBuiltin(message.substr(0, headEnd - 1), maxTokens, out);
    appendToken(out, StackMark);
    appendToken(out, st.type);
    appendToken(out, "at");
    appendToken(out,
                frames.empty() ? std::string_view("<unknown>") : std::string_view(frames[0]->key));
    // The callers tell templates apart (one stack, different paths to it); the issue is the
    // exception type and the innermost frame (stackKey).
    if (frames.size() > 1) {
        appendToken(out, "via");
        for (size_t i = 1; i < frames.size() && i < 5; ++i)
            appendToken(out, frames[i]->key);
    }
    finish(out);
    return true;
}

} // namespace

void appendRoute(std::string_view url, std::string &out)
{
    const size_t q = url.find('?');
    const std::string_view path = url.substr(0, q);
    size_t i = 0;
    while (i <= path.size()) {
        size_t j = path.find('/', i);
        if (j == std::string_view::npos)
            j = path.size();
        appendSegment(path.substr(i, j - i), out);
        if (j < path.size())
            out += '/';
        i = j + 1;
    }
    if (q == std::string_view::npos)
        return;
    // The query string keeps its keys, not their values.
    out += '?';
    std::string_view query = url.substr(q + 1);
    bool first = true;
    while (!query.empty()) {
        const size_t amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        if (!first)
            out += '&';
        first = false;
        out.append(pair.substr(0, pair.find('=')));
        if (pair.find('=') != std::string_view::npos)
            out += "=<*>";
        if (amp == std::string_view::npos)
            break;
        query.remove_prefix(amp + 1);
    }
}

bool maskShaped(std::string_view message, size_t maxTokens, MaskedMessage &out)
{
    if (message.size() < 5)
        return false;
    if (std::memchr(message.data(), '\n', message.size()) != nullptr)
        return maskStack(message, maxTokens, out);
    // Most messages start with a capital: look at the first word before splitting anything.
    if (isUpper(message[0])) {
        const size_t space = message.find(' ');
        if (space != std::string_view::npos && space <= 7 && isMethod(message.substr(0, space)) &&
            maskRequestLine(message, out))
            return true;
    }
    return maskAccessLine(message, maxTokens, out);
}

std::string stackKey(const std::vector<std::string> &tokens)
{
    for (size_t i = 0; i + 3 < tokens.size(); ++i)
        if (tokens[i] == StackMark && tokens[i + 2] == "at")
            return tokens[i + 1] + "@" + tokens[i + 3];
    return {};
}

} // namespace gardener::clustering::detail
