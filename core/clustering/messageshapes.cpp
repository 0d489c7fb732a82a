#include "messageshapes.h"

#include "maskerrules.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace gardener::clustering::detail {
namespace {

constexpr std::string_view StackMark = "stack:";

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isLower(char c) { return c >= 'a' && c <= 'z'; }
bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isAlpha(char c) { return isLower(c) || isUpper(c); }

bool isMethod(std::string_view t)
{
    static constexpr std::string_view methods[] = {"GET", "POST", "PUT", "DELETE", "PATCH",
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
    const bool version = digitsOnlyTail
        && ((letters == 1 && seg[0] == 'v' && tail.size() <= 3)
            || (letters >= 2 && tail.size() == 1
                && std::any_of(seg.begin(), seg.begin() + qsizetype(letters),
                               [](char c) { return !((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')); })));
    // A short hash may happen to hold no digit ("fbcacee"): seven or more hex letters.
    const bool hexWord = seg.size() >= 7
        && std::all_of(seg.begin(), seg.end(), [](char c) { return isDigit(c) || (c >= 'a' && c <= 'f'); });
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
    if (mark >= 2 && mark <= 6 && mark != std::string_view::npos
        && std::all_of(seg.begin(), seg.begin() + qsizetype(mark), isLower)
        && mark + 1 < seg.size() && idShaped(seg.substr(mark + 1)))
        out.append(seg.substr(0, mark + 1));
    out += "<*>";
}

std::vector<std::string_view> splitWords(std::string_view s)
{
    std::vector<std::string_view> out;
    size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t'))
            ++i;
        size_t j = i;
        while (j < s.size() && s[j] != ' ' && s[j] != '\t')
            ++j;
        if (j > i)
            out.push_back(s.substr(i, j - i));
        i = j;
    }
    return out;
}

// Rebuilds out.tokens (views into out.text) and the hash after text was appended.
void finish(MaskedMessage &out)
{
    out.tokens.clear();
    const std::string_view text(out.text);
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
    if (words.size() < 2 || words.size() > 3 || !isMethod(words[0]) || words[1].empty() || words[1][0] != '/')
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
    const std::vector<std::string_view> request = splitWords(message.substr(open + 1, http - open - 1));
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
    if (after.size() > 1 && after[1].size() <= 24
        && std::all_of(after[1].begin(), after[1].end(), [](char c) { return isUpper(c) || c == ','; })) {
        appendToken(out, after[1]);
        next = 2;
    }
    if (after.size() > next)
        appendToken(out, "<*>");
    finish(out);
    return true;
}

std::vector<std::string_view> splitLines(std::string_view s)
{
    std::vector<std::string_view> out;
    size_t i = 0;
    while (i <= s.size()) {
        size_t j = s.find('\n', i);
        if (j == std::string_view::npos)
            j = s.size();
        std::string_view line = s.substr(i, j - i);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        out.push_back(line);
        i = j + 1;
    }
    return out;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

bool startsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool contains(std::string_view s, std::string_view p) { return s.find(p) != std::string_view::npos; }

// An exception type: a dotted name without spaces before ": message" or alone.
std::string_view exceptionType(std::string_view line)
{
    line = trimmed(line);
    if (startsWith(line, "Caused by: "))
        line.remove_prefix(11);
    const size_t colon = line.find(':');
    const std::string_view type = line.substr(0, colon);
    if (type.empty() || type.size() > 120 || contains(type, " ") || !isAlpha(type[0]))
        return {};
    return type;
}

struct Stack
{
    size_t headlineLines = 0; // lines before the trace, masked as the message's words
    std::string type;
    std::vector<std::string> frames; // in-app frames, innermost first
};

bool pythonStack(const std::vector<std::string_view> &lines, Stack &st)
{
    size_t start = lines.size();
    for (size_t i = 0; i < lines.size() && start == lines.size(); ++i)
        if (startsWith(trimmed(lines[i]), "Traceback (most recent call last)"))
            start = i;
    if (start == lines.size())
        return false;
    st.headlineLines = start;
    for (size_t i = start; i < lines.size(); ++i) {
        const std::string_view l = trimmed(lines[i]);
        if (startsWith(l, "File \"")) {
            const size_t q = l.find('"', 6);
            const size_t in = l.rfind(", in ");
            if (q == std::string_view::npos || in == std::string_view::npos)
                continue;
            const std::string_view file = l.substr(6, q - 6);
            if (contains(file, "site-packages") || contains(file, "dist-packages") || contains(file, "/lib/python")
                || startsWith(file, "<"))
                continue;
            st.frames.insert(st.frames.begin(), std::string(file) + ":" + std::string(l.substr(in + 5)));
        } else if (!lines[i].empty() && lines[i][0] != ' ' && lines[i][0] != '\t') {
            if (const std::string_view t = exceptionType(l); !t.empty() && !startsWith(l, "Traceback"))
                st.type = std::string(t); // the last one raised wins (chained exceptions)
        }
    }
    return !st.type.empty();
}

bool javaLibrary(std::string_view frame)
{
    static constexpr std::string_view libs[] = {
        "java.", "javax.", "jdk.", "sun.", "com.sun.", "org.springframework.", "org.apache.",
        "io.netty.", "com.google.", "io.grpc.", "kotlin.", "kotlinx.", "reactor.", "org.hibernate.",
        "com.zaxxer.", "okhttp3.", "org.eclipse.", "com.fasterxml.", "io.micrometer.", "scala."};
    if (const size_t slash = frame.find('/'); slash != std::string_view::npos && slash < frame.find('('))
        frame.remove_prefix(slash + 1); // module prefix "java.base/"
    for (std::string_view l : libs)
        if (startsWith(frame, l))
            return true;
    return false;
}

// Java and Node: "at" frames. Java's innermost frame is the first of the root cause's block;
// Node's the first line after the error.
bool atStack(const std::vector<std::string_view> &lines, Stack &st)
{
    size_t firstAt = lines.size();
    for (size_t i = 0; i < lines.size() && firstAt == lines.size(); ++i)
        if (startsWith(trimmed(lines[i]), "at ") && (lines[i][0] == ' ' || lines[i][0] == '\t'))
            firstAt = i;
    if (firstAt == 0 || firstAt == lines.size())
        return false;
    // The error line is the last unindented line before the frames; a root cause later.
    size_t typeLine = firstAt - 1;
    st.type = std::string(exceptionType(lines[typeLine]));
    if (st.type.empty())
        return false;
    st.headlineLines = typeLine;
    size_t block = firstAt;
    for (size_t i = firstAt; i < lines.size(); ++i)
        if (startsWith(trimmed(lines[i]), "Caused by: ")) {
            if (const std::string_view t = exceptionType(lines[i]); !t.empty()) {
                st.type = std::string(t);
                block = i + 1;
            }
        }
    for (size_t pass = 0; pass < 2 && st.frames.empty(); ++pass)
        for (size_t i = pass == 0 ? block : firstAt; i < lines.size(); ++i) {
            std::string_view l = trimmed(lines[i]);
            if (startsWith(l, "Caused by: ") && !st.frames.empty())
                break;
            if (!startsWith(l, "at "))
                continue;
            l.remove_prefix(3);
            if (startsWith(l, "async "))
                l.remove_prefix(6);
            const bool node = contains(l, ".js:") || contains(l, ".ts:") || contains(l, ".mjs:");
            if (node ? (contains(l, "node_modules") || contains(l, "node:") || contains(l, "(internal/"))
                     : javaLibrary(l))
                continue;
            // "fn (/app/x.js:1:2)" -> "fn"; "pkg.Cls.m(Cls.java:3)" -> "pkg.Cls.m"; a bare path
            // "/app/x.js:1:2" -> "/app/x.js".
            size_t end = node ? l.find(" (") : l.find('(');
            if (end == std::string_view::npos)
                end = node ? l.find(':') : l.size();
            st.frames.emplace_back(l.substr(0, end));
        }
    return true;
}

bool goStack(const std::vector<std::string_view> &lines, Stack &st)
{
    size_t g = lines.size();
    for (size_t i = 0; i < lines.size() && g == lines.size(); ++i)
        if (startsWith(lines[i], "goroutine ") && contains(lines[i], "]:"))
            g = i;
    if (g == lines.size())
        return false;
    // "panic: runtime error: index out of range [5] ..." -> "panic: runtime error: index out
    // of range": the words before the first one holding a digit or a bracket.
    st.headlineLines = 0;
    for (size_t i = 0; i < g; ++i)
        if (startsWith(lines[i], "panic: ") || startsWith(lines[i], "fatal error: ")) {
            for (std::string_view w : splitWords(lines[i])) {
                if (std::any_of(w.begin(), w.end(), [](char c) { return isDigit(c) || c == '[' || c == '\''; }))
                    break;
                st.type += st.type.empty() ? "" : "_";
                st.type.append(w);
            }
            st.headlineLines = i;
            break;
        }
    if (st.type.empty())
        st.type = "goroutine";
    for (size_t i = g + 1; i + 1 < lines.size(); i += 1) {
        const std::string_view fn = lines[i], file = trimmed(lines[i + 1]);
        if (fn.empty() || fn[0] == '\t' || fn[0] == ' ' || !startsWith(lines[i + 1], "\t"))
            continue;
        ++i;
        if (startsWith(fn, "runtime.") || startsWith(fn, "panic(") || contains(file, "/usr/local/go/")
            || contains(file, "/go/pkg/mod/") || startsWith(fn, "net/http.") || startsWith(fn, "created by "))
            continue;
        st.frames.emplace_back(fn.substr(0, fn.rfind('(')));
    }
    return true;
}

bool maskStack(std::string_view message, size_t maxTokens, MaskedMessage &out)
{
    const std::vector<std::string_view> lines = splitLines(message);
    Stack st;
    bool found = pythonStack(lines, st);
    if (!found)
        found = goStack(lines, st = {});
    if (!found)
        found = atStack(lines, st = {});
    if (!found)
        return false;
    size_t headEnd = 0;
    for (size_t i = 0; i < st.headlineLines; ++i)
        headEnd += lines[i].size() + 1;
    out.clear();
    if (headEnd > 0)
        maskBuiltin(message.substr(0, headEnd - 1), maxTokens, out);
    appendToken(out, StackMark);
    appendToken(out, st.type);
    appendToken(out, "at");
    appendToken(out, st.frames.empty() ? std::string_view("<unknown>") : std::string_view(st.frames[0]));
    // The callers tell templates apart (one stack, different paths to it); the issue is the
    // exception type and the innermost frame (stackKey).
    if (st.frames.size() > 1) {
        appendToken(out, "via");
        for (size_t i = 1; i < st.frames.size() && i < 5; ++i)
            appendToken(out, st.frames[i]);
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
        if (space != std::string_view::npos && space <= 7 && isMethod(message.substr(0, space))
            && maskRequestLine(message, out))
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
