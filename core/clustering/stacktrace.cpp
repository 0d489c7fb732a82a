#include "core/clustering/stacktrace.h"
#include "core/clustering/words.h"

#include <algorithm>
#include <cstddef>

namespace gardener::clustering {
namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool startsWith(std::string_view s, std::string_view p)
{
    return s.substr(0, p.size()) == p;
}
bool contains(std::string_view s, std::string_view p)
{
    return s.find(p) != std::string_view::npos;
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

// The leading digits of `s` as a number (0 when none).
int leadingNumber(std::string_view s)
{
    int n = 0;
    for (size_t i = 0; i < s.size() && i < 9 && isDigit(s[i]); ++i)
        n = n * 10 + (s[i] - '0');
    return n;
}

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

bool pythonLibrary(std::string_view file)
{
    return contains(file, "site-packages") || contains(file, "dist-packages") ||
           contains(file, "/lib/python") || startsWith(file, "<");
}

bool javaLibrary(std::string_view frame)
{
    static constexpr std::string_view libs[] = {
        "java.",          "javax.",         "jdk.",
        "sun.",           "com.sun.",       "org.springframework.",
        "org.apache.",    "io.netty.",      "com.google.",
        "io.grpc.",       "kotlin.",        "kotlinx.",
        "reactor.",       "org.hibernate.", "com.zaxxer.",
        "okhttp3.",       "org.eclipse.",   "com.fasterxml.",
        "io.micrometer.", "scala."};
    if (const size_t slash = frame.find('/');
        slash != std::string_view::npos && slash < frame.find('('))
        frame.remove_prefix(slash + 1); // module prefix "java.base/"
    for (std::string_view l : libs)
        if (startsWith(frame, l))
            return true;
    return false;
}

// "file:line[:column]" -> file and line.
void splitLocation(std::string_view loc, StackFrame &f)
{
    std::string_view rest = loc;
    int numbers[2] = {0, 0};
    int found = 0;
    for (; found < 2; ++found) {
        const size_t colon = rest.rfind(':');
        if (colon == std::string_view::npos || colon + 1 >= rest.size() ||
            !std::all_of(rest.begin() + std::ptrdiff_t(colon + 1), rest.end(), isDigit))
            break;
        numbers[found] = leadingNumber(rest.substr(colon + 1));
        rest = rest.substr(0, colon);
    }
    f.file = rest;
    f.line = found == 2 ? numbers[1] : numbers[0];
}

bool parsePython(const std::vector<std::string_view> &lines, StackTrace &st)
{
    size_t start = lines.size();
    for (size_t i = 0; i < lines.size() && start == lines.size(); ++i)
        if (startsWith(trimmed(lines[i]), "Traceback (most recent call last)"))
            start = i;
    if (start == lines.size())
        return false;
    st.headlineLines = start;
    st.blockTitles.assign(1, {});
    for (size_t i = start; i < lines.size(); ++i) {
        const std::string_view l = trimmed(lines[i]);
        if (i > start && startsWith(l, "Traceback")) {
            st.blockTitles.emplace_back();
        } else if (startsWith(l, "File \"")) {
            const size_t q = l.find('"', 6);
            const size_t in = l.rfind(", in ");
            if (q == std::string_view::npos || in == std::string_view::npos)
                continue;
            StackFrame f;
            f.text = l;
            f.file = l.substr(6, q - 6);
            f.function = l.substr(in + 5);
            if (const size_t at = l.find(", line ", q); at != std::string_view::npos && at < in)
                f.line = leadingNumber(l.substr(at + 7));
            f.library = f.skippedByClustering = pythonLibrary(f.file);
            f.block = int(st.blockTitles.size()) - 1;
            if (!f.library)
                f.key = std::string(f.file) + ":" + std::string(f.function);
            st.frames.push_back(std::move(f));
        } else if (!lines[i].empty() && lines[i][0] != ' ' && lines[i][0] != '\t') {
            if (const std::string_view t = exceptionType(l);
                !t.empty() && !startsWith(l, "Traceback")) {
                st.type = std::string(t); // the last one raised wins (chained exceptions)
                st.exception = l;
                st.blockTitles.back() = l;
            }
        }
    }
    if (st.type.empty())
        return false;
    st.kind = StackTrace::Kind::Python;
    return true;
}

// One "at" line of Java or Node, without the "at ".
StackFrame atFrame(std::string_view l, bool &node)
{
    StackFrame f;
    if (startsWith(l, "async "))
        l.remove_prefix(6);
    node = contains(l, ".js:") || contains(l, ".ts:") || contains(l, ".mjs:");
    f.skippedByClustering =
        node ? (contains(l, "node_modules") || contains(l, "node:") || contains(l, "(internal/"))
             : javaLibrary(l);
    // Node's own frames name no .js file ("(node:internal/process/task_queues:95:5)",
    // "(<anonymous>)"): they are the runtime too, though clustering never treated them so.
    f.library = f.skippedByClustering || contains(l, "(node:") || contains(l, "(internal/") ||
                contains(l, "<anonymous>");
    if (!f.skippedByClustering) {
        // "fn (/app/x.js:1:2)" -> "fn"; "pkg.Cls.m(Cls.java:3)" -> "pkg.Cls.m"; a bare path
        // "/app/x.js:1:2" -> "/app/x.js".
        size_t end = node ? l.find(" (") : l.find('(');
        if (end == std::string_view::npos)
            end = node ? l.find(':') : l.size();
        f.key = std::string(l.substr(0, end));
    }
    const size_t open = node ? l.rfind(" (") : l.find('(');
    if (open != std::string_view::npos && !l.empty() && l.back() == ')') {
        f.function = trimmed(l.substr(0, open));
        const size_t from = node ? open + 2 : open + 1;
        splitLocation(l.substr(from, l.size() - 1 - from), f);
    } else if (node) {
        splitLocation(l, f);
    } else {
        f.function = l;
    }
    return f;
}

// Java and Node: "at" frames. Java's innermost frame is the first of the root cause's block;
// Node's the first line after the error.
bool parseAt(const std::vector<std::string_view> &lines, StackTrace &st)
{
    size_t firstAt = lines.size();
    for (size_t i = 0; i < lines.size() && firstAt == lines.size(); ++i)
        if (startsWith(trimmed(lines[i]), "at ") && (lines[i][0] == ' ' || lines[i][0] == '\t'))
            firstAt = i;
    if (firstAt == 0 || firstAt == lines.size())
        return false;
    // The error line is the last unindented line before the frames; a root cause later.
    const size_t typeLine = firstAt - 1;
    st.type = std::string(exceptionType(lines[typeLine]));
    if (st.type.empty())
        return false;
    st.headlineLines = typeLine;
    st.exception = trimmed(lines[typeLine]);
    st.blockTitles.assign(1, st.exception);
    bool anyNode = false;
    for (size_t i = firstAt; i < lines.size(); ++i) {
        std::string_view l = trimmed(lines[i]);
        if (startsWith(l, "Caused by: ")) {
            st.blockTitles.push_back(l);
            if (const std::string_view t = exceptionType(l); !t.empty()) {
                st.type = std::string(t);
                st.exception = l.substr(11);
                st.rootBlock = int(st.blockTitles.size()) - 1;
            }
            continue;
        }
        if (!startsWith(l, "at "))
            continue;
        bool node = false;
        StackFrame f = atFrame(l.substr(3), node);
        anyNode = anyNode || node;
        f.text = l;
        f.block = int(st.blockTitles.size()) - 1;
        st.frames.push_back(std::move(f));
    }
    st.kind = anyNode ? StackTrace::Kind::Node : StackTrace::Kind::Java;
    return true;
}

bool parseGo(const std::vector<std::string_view> &lines, StackTrace &st)
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
    st.exception = trimmed(lines[g]);
    for (size_t i = 0; i < g; ++i)
        if (startsWith(lines[i], "panic: ") || startsWith(lines[i], "fatal error: ")) {
            for (std::string_view w : splitWords(lines[i])) {
                if (std::any_of(w.begin(), w.end(),
                                [](char c) { return isDigit(c) || c == '[' || c == '\''; }))
                    break;
                st.type += st.type.empty() ? "" : "_";
                st.type.append(w);
            }
            st.headlineLines = i;
            st.exception = trimmed(lines[i]);
            break;
        }
    if (st.type.empty())
        st.type = "goroutine";
    st.blockTitles.assign(1, st.exception);
    for (size_t i = g + 1; i + 1 < lines.size(); i += 1) {
        const std::string_view fn = lines[i], file = trimmed(lines[i + 1]);
        if (fn.empty() || fn[0] == '\t' || fn[0] == ' ' || !startsWith(lines[i + 1], "\t"))
            continue;
        ++i;
        StackFrame f;
        f.text = fn;
        f.library = f.skippedByClustering =
            startsWith(fn, "runtime.") || startsWith(fn, "panic(") ||
            contains(file, "/usr/local/go/") || contains(file, "/go/pkg/mod/") ||
            startsWith(fn, "net/http.") || startsWith(fn, "created by ");
        if (!f.library)
            f.key = std::string(fn.substr(0, fn.rfind('(')));
        f.function =
            fn.back() == ')' && !startsWith(fn, "created by ") ? fn.substr(0, fn.rfind('(')) : fn;
        splitLocation(file.substr(0, file.find(' ')), f);
        st.frames.push_back(std::move(f));
    }
    st.kind = StackTrace::Kind::Go;
    return true;
}

} // namespace

std::vector<const StackFrame *> StackTrace::clusteringFrames() const
{
    std::vector<const StackFrame *> out;
    if (kind == Kind::Python) {
        for (auto it = frames.rbegin(); it != frames.rend(); ++it)
            if (!it->skippedByClustering)
                out.push_back(&*it);
    } else if (kind == Kind::Go) {
        for (const StackFrame &f : frames)
            if (!f.skippedByClustering)
                out.push_back(&f);
    } else if (kind != Kind::None) {
        // The root cause's block; when it has no application frame, the first block that has.
        for (int from : {rootBlock, 0}) {
            int block = -1;
            for (const StackFrame &f : frames) {
                if (f.block < from || f.skippedByClustering || (block >= 0 && f.block != block))
                    continue;
                block = f.block;
                out.push_back(&f);
            }
            if (!out.empty())
                break;
        }
    }
    return out;
}

StackTrace parseStackTrace(std::string_view text)
{
    StackTrace st;
    if (text.find('\n') == std::string_view::npos)
        return st;
    const std::vector<std::string_view> lines = splitLines(text);
    if (parsePython(lines, st) || parseGo(lines, st = {}) || parseAt(lines, st = {}))
        return st;
    return {};
}

std::string stackSummaryLine(std::string_view message)
{
    const StackTrace st = parseStackTrace(message);
    if (!st.isValid())
        return {};
    std::string_view head;
    const std::vector<std::string_view> lines = splitLines(message);
    for (size_t i = 0; i < st.headlineLines && i < lines.size() && head.empty(); ++i)
        head = trimmed(lines[i]);
    if (head.empty() || head == st.exception)
        return std::string(st.exception);
    if (st.exception.empty())
        return std::string(head);
    return std::string(head) + " \xC2\xB7 " + std::string(st.exception);
}

} // namespace gardener::clustering
