#include "core/clustering/pattern.h"

#include <algorithm>
#include <map>

namespace gardener::clustering {
namespace {

constexpr std::string_view Var = "<*>";

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Punctuation that separates the parts of a word which may vary on their own ("ip:port",
// "key=value", "f(x)"); '.', '-', '/' and '_' do not: "10.0.0.1", "/var/log" and "blk_-42"
// are one value each.
bool isOuterMark(char c)
{
    switch (c) {
    case ':':
    case '=':
    case ',':
    case ';':
    case '!':
    case '|':
    case '"':
    case '\'':
    case '[':
    case ']':
    case '(':
    case ')':
    case '{':
    case '}':
        return true;
    default:
        return false;
    }
}

// Finer marks for telling numbers inside a word: "2017-05-16", "3.5", "+42", "#7".
bool isInnerMark(char c)
{
    return isOuterMark(c) || c == '.' || c == '-' || c == '+' || c == '@' || c == '#' || c == '$' ||
           c == '%' || c == '&' || c == '/';
}

std::vector<std::string_view> words(std::string_view s)
{
    std::vector<std::string_view> out;
    size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && isSpace(s[i]))
            ++i;
        size_t j = i;
        while (j < s.size() && !isSpace(s[j]))
            ++j;
        if (j > i)
            out.push_back(s.substr(i, j - i));
        i = j;
    }
    return out;
}

// A word split into runs between marks, the marks kept as pieces of their own.
template <typename IsMark> std::vector<std::string_view> pieces(std::string_view w, IsMark isMark)
{
    std::vector<std::string_view> out;
    size_t i = 0;
    while (i < w.size()) {
        size_t j = i;
        if (isMark(w[j])) {
            ++j;
        } else {
            while (j < w.size() && !isMark(w[j]))
                ++j;
        }
        out.push_back(w.substr(i, j - i));
        i = j;
    }
    return out;
}

// The leading pieces all values share, up to and including a mark ("com.apple." of
// "com.apple.xpc.launchd" and "com.apple.mdworker.7"), or nothing.
std::string sharedLead(const std::vector<std::string_view> &values)
{
    std::vector<std::string_view> lead = pieces(values[0], isInnerMark);
    size_t n = lead.size();
    for (std::string_view v : values) {
        const std::vector<std::string_view> p = pieces(v, isInnerMark);
        size_t k = 0;
        while (k < n && k < p.size() && p[k] == lead[k])
            ++k;
        n = k;
    }
    while (n > 0 && !(lead[n - 1].size() == 1 && isInnerMark(lead[n - 1][0])))
        --n;
    std::string out;
    for (size_t k = 0; k < n; ++k)
        out.append(lead[k]);
    return out;
}

// The values split at `isMark` line up: the same number of pieces and the same marks.
template <typename IsMark>
bool alignPieces(const std::vector<std::string_view> &values, IsMark isMark, std::string &out)
{
    const std::vector<std::string_view> first = pieces(values[0], isMark);
    std::vector<bool> varies(first.size(), false);
    std::vector<std::vector<std::string_view>> columns(first.size());
    for (std::string_view v : values) {
        const std::vector<std::string_view> p = pieces(v, isMark);
        if (p.size() != first.size())
            return false;
        for (size_t k = 0; k < p.size(); ++k) {
            const bool mark = p[k].size() == 1 && isMark(p[k][0]);
            if (mark != (first[k].size() == 1 && isMark(first[k][0])) || (mark && p[k] != first[k]))
                return false;
            varies[k] = varies[k] || p[k] != first[k];
            columns[k].push_back(p[k]);
        }
    }
    for (size_t k = 0; k < first.size(); ++k) {
        if (!varies[k])
            out.append(first[k]);
        else if (!isMark('.') && alignPieces(columns[k], isInnerMark, out))
            continue; // a varying part aligned again on finer marks ("core.1" / "core.2")
        else if (!isMark('.'))
            out += sharedLead(columns[k]) + std::string(Var);
        else
            out.append(Var);
    }
    return true;
}

// One position of the group: the word itself, or the parts that vary as "<*>".
std::string alignWord(const std::vector<std::string_view> &values)
{
    if (std::all_of(values.begin(), values.end(),
                    [&](std::string_view v) { return v == values[0]; }))
        return std::string(values[0]);
    std::string out;
    if (alignPieces(values, isOuterMark, out))
        return out;
    // No common shape: one variable, inside the punctuation all values share ("(<*>)", "<*>,").
    size_t prefix = 0, suffix = 0;
    auto sharedAt = [&](auto at) {
        const char c = at(values[0]);
        return isOuterMark(c) && std::all_of(values.begin(), values.end(),
                                             [&](std::string_view v) { return at(v) == c; });
    };
    while (prefix < values[0].size() &&
           std::all_of(values.begin(), values.end(),
                       [&](std::string_view v) { return v.size() > prefix + suffix; }) &&
           sharedAt([&](std::string_view v) { return v[prefix]; }))
        ++prefix;
    while (suffix + prefix < values[0].size() &&
           std::all_of(values.begin(), values.end(),
                       [&](std::string_view v) { return v.size() > prefix + suffix; }) &&
           sharedAt([&](std::string_view v) { return v[v.size() - 1 - suffix]; }))
        ++suffix;
    std::vector<std::string_view> middles;
    for (std::string_view v : values)
        middles.push_back(v.substr(prefix, v.size() - prefix - suffix));
    return std::string(values[0].substr(0, prefix)) + sharedLead(middles) + std::string(Var) +
           std::string(values[0].substr(values[0].size() - suffix));
}

bool pathLike(std::string_view p)
{
    // "/a/b": one or more "/name" parts.
    if (p.size() < 2 || p[0] != '/')
        return false;
    // A trailing '/' is part of a path ("/var/www/html/").
    for (size_t i = 0; i + 1 < p.size(); ++i)
        if (p[i] == '/' && p[i + 1] == '/')
            return false;
    return true;
}

// A host name: three or more labels of lower-case letters, digits and '-', the last a short
// word ("proxy.cse.cuhk.edu.hk", "db-1.internal.example.com").
bool hostLike(std::string_view p)
{
    size_t labels = 1, last = 0;
    for (size_t i = 0; i < p.size(); ++i) {
        const char c = p[i];
        if (c == '.') {
            if (i == last)
                return false;
            ++labels;
            last = i + 1;
        } else if (!((c >= 'a' && c <= 'z') || isDigit(c) || c == '-' || c == '<' || c == '*' ||
                     c == '>')) {
            return false;
        }
    }
    const std::string_view tld = p.substr(last);
    return labels >= 3 && tld.size() >= 2 && tld.size() <= 3 &&
           std::all_of(tld.begin(), tld.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Parts of a word (split at the outer marks) split once more at '/' where they are not paths:
// "msra-sa-41/10.0.0.1" is a host and an address, "8086/2410" two numbers, "PS/2" a name
// and a number ("<*>/<*>", "PS/<*>").
std::vector<std::string_view> slashParts(const std::vector<std::string_view> &parts)
{
    std::vector<std::string_view> out;
    for (std::string_view part : parts) {
        if (part.size() < 3 || part[0] == '/' || part.find('/') == std::string_view::npos ||
            part.find("//") != std::string_view::npos) {
            out.push_back(part);
            continue;
        }
        for (std::string_view piece : pieces(part, [](char c) { return c == '/'; }))
            out.push_back(piece);
    }
    return out;
}

// A port after a host: up to five digits or a variable, perhaps ending a sentence ("8030.").
bool portLike(std::string_view p)
{
    while (!p.empty() && (p.back() == '.' || p.back() == ','))
        p.remove_suffix(1);
    if (p == Var)
        return true;
    return !p.empty() && p.size() <= 5 && std::all_of(p.begin(), p.end(), isDigit);
}

// An IPv4 address, perhaps with variables for some of its numbers ("10.190.<*>.<*>").
bool ipv4Like(std::string_view p)
{
    size_t groups = 0;
    for (std::string_view piece : pieces(p, [](char c) { return c == '.'; })) {
        if (piece == ".")
            continue;
        if (piece != Var && (piece.empty() || piece.size() > 3 ||
                             !std::all_of(piece.begin(), piece.end(), isDigit)))
            return false;
        ++groups;
    }
    return groups == 4;
}

// A host known by its place: a name with '-' or '.' right before ":port" or "/address"
// ("msra-sa-41:8030", "msra-sa-41/10.190.173.170:8030"), however it is spelled.
bool hostByPlace(const std::vector<std::string_view> &parts, size_t k)
{
    if (k + 2 >= parts.size())
        return false;
    const std::string_view p = parts[k];
    bool letter = false, joined = false;
    for (size_t i = 0; i < p.size(); ++i) {
        const char c = p[i];
        if (p.compare(i, Var.size(), Var) == 0) {
            i += Var.size() - 1;
            continue;
        }
        const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        letter = letter || alpha;
        joined = joined || ((c == '-' || c == '.') && i > 0);
        if (!alpha && !isDigit(c) && c != '-' && c != '.')
            return false;
    }
    if (!letter || !joined || p.front() == '-' || p.front() == '.')
        return false;
    return (parts[k + 1] == ":" && portLike(parts[k + 2])) ||
           (parts[k + 1] == "/" && ipv4Like(parts[k + 2]));
}

// A MAC or IPv6 address: four or more groups of one to four hex digits (or variables) joined
// by ':' ("00:11:43:e3:ba:c3"), one value even where some groups hold no digit.
bool macLike(std::string_view w)
{
    size_t groups = 0;
    for (std::string_view piece : pieces(w, [](char c) { return c == ':'; })) {
        if (piece == ":")
            continue;
        const bool hex = !piece.empty() && piece.size() <= 4 &&
                         std::all_of(piece.begin(), piece.end(), [](char c) {
                             return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
                         });
        if (!hex && piece != Var)
            return false;
        ++groups;
    }
    return groups >= 4;
}

bool lowerEquals(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                              [](char x, char y) { return (x | 0x20) == y; });
}

// A piece that is a value by its look: a number, a word starting with a digit ("64MB",
// "20cb04f"), a run of three digits inside a name ("bglio617"), hex with a digit ("a21b"), a
// boolean or a placeholder word (null, root: the field's "user string" convention).
bool valueLike(std::string_view piece)
{
    if (piece.empty())
        return false;
    if (isDigit(piece[0]))
        return true;
    size_t run = 0, longest = 0;
    for (char c : piece) {
        run = isDigit(c) ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    if (longest >= 3)
        return true;
    // Hex with a digit, as in the groups of an id ("a21b").
    const bool hex = piece.size() >= 4 && std::all_of(piece.begin(), piece.end(), [](char c) {
                         return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
                     });
    if (hex && longest > 0)
        return true;
    for (std::string_view w : {"true", "false", "null", "root"})
        if (lowerEquals(piece, w))
            return true;
    return false;
}

// Values that are variables wherever they occur: paths, host names, numbers and other values
// by their look, and a word glued to a variable.
std::string conventions(const std::string &word)
{
    // A URL is its scheme and one value: "hdfs://10.0.0.1:9000/x" -> "hdfs://<*>".
    if (const size_t scheme = word.find("://");
        scheme != std::string::npos && scheme > 0 &&
        std::all_of(word.begin(), word.begin() + std::ptrdiff_t(scheme),
                    [](char c) { return c >= 'a' && c <= 'z'; })) {
        size_t end = word.size();
        while (end > scheme + 3 && (isOuterMark(word[end - 1]) || word[end - 1] == '.'))
            --end;
        return word.substr(0, scheme + 3) + std::string(Var) + word.substr(end);
    }
    if (macLike(word))
        return std::string(Var);
    const std::vector<std::string_view> parts = slashParts(pieces(word, isOuterMark));
    std::string out;
    for (size_t k = 0; k < parts.size(); ++k) {
        const std::string_view part = parts[k];
        if (pathLike(part) || hostLike(part) || hostByPlace(parts, k)) {
            out.append(Var);
            continue;
        }
        std::string inner;
        for (std::string_view piece : pieces(part, isInnerMark)) {
            const bool digits = valueLike(piece);
            const size_t var = piece.find(Var);
            // A word glued to a variable ("<*>ms", "blk_<*>") is one variable.
            const bool glued = var != std::string_view::npos && piece != Var &&
                               piece.find('/') == std::string_view::npos;
            inner.append(digits || glued ? Var : piece);
        }
        // A part made of variables, signs and separators ("<*>-<*>-<*>", "-<*>", "blk_-<*>")
        // is one value; a comma or a full stop after it stays ("job <*>.", "port <*>,").
        size_t end = inner.size();
        while (end > 0 && (inner[end - 1] == ',' || inner[end - 1] == '.'))
            --end;
        bool value = inner.find(Var) != std::string::npos;
        for (std::string_view piece : pieces(std::string_view(inner).substr(0, end), isInnerMark))
            value = value && (piece == Var || piece == "-" || piece == "." || piece == "+" ||
                              piece.back() == '_');
        out += value ? std::string(Var) + inner.substr(end) : inner;
    }
    // Four or more variables joined by ':' are one address (MAC, IPv6); two or three are kept
    // ("<*>:<*>" host and port, "<*>:<*>:<*>" a time).
    for (size_t at = out.find("<*>:<*>:<*>:<*>"); at != std::string::npos;
         at = out.find("<*>:<*>:<*>:<*>", at + 3)) {
        size_t end = at + 3;
        while (out.compare(end, 4, ":<*>") == 0)
            end += 4;
        out.replace(at, end - at, Var);
    }
    // Adjacent variables are one: "<*>.<*>" (addresses, versions) and "<*><*>".
    for (bool changed = true; changed;) {
        changed = false;
        for (std::string_view pair : {std::string_view("<*>.<*>"), std::string_view("<*><*>")}) {
            const size_t at = out.find(pair);
            if (at != std::string::npos) {
                out.replace(at, pair.size(), Var);
                changed = true;
            }
        }
    }
    return out;
}

// A unit of size after a number ("KB", "MiB,", "bytes)").
bool unitWord(std::string_view w)
{
    while (!w.empty() && (isOuterMark(w.back()) || w.back() == '.'))
        w.remove_suffix(1);
    static constexpr std::string_view units[] = {"B",   "KB",  "MB",  "GB", "TB",
                                                 "KiB", "MiB", "GiB", "TiB"};
    return std::find(std::begin(units), std::end(units), w) != std::end(units);
}

bool nameIn(std::string_view w, std::initializer_list<std::string_view> names)
{
    for (std::string_view n : names)
        if (w.size() >= 3 && w.size() <= n.size() && lowerEquals(w, n.substr(0, w.size())) &&
            (w.size() == 3 || w.size() == n.size()))
            return true;
    return false;
}

bool monthName(std::string_view w)
{
    return nameIn(w, {"january", "february", "march", "april", "may", "june", "july", "august",
                      "september", "october", "november", "december"});
}

bool weekdayName(std::string_view w)
{
    return nameIn(w,
                  {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"});
}

bool allDigits(std::string_view w, size_t min, size_t max)
{
    return w.size() >= min && w.size() <= max && std::all_of(w.begin(), w.end(), isDigit);
}

// "07:07:00" or "07:07": the clock time's variables, with its colons ("<*>:<*>:<*>").
std::string_view clockPattern(std::string_view w)
{
    size_t colons = 0, run = 0;
    for (char c : w) {
        if (c == ':') {
            if (run == 0 || run > 2)
                return {};
            ++colons;
            run = 0;
        } else if (isDigit(c)) {
            ++run;
        } else {
            return {};
        }
    }
    if (run == 0 || run > 2)
        return {};
    return colons == 2   ? std::string_view("<*>:<*>:<*>")
           : colons == 1 ? std::string_view("<*>:<*>")
                         : std::string_view();
}

// A date written with names ("Fri Jun 17 07:07:00 2005") is one value: its words fold into
// the clock time, whose colons stay ("<*>:<*>:<*>"), and so does a year right after the
// time; a zone word stays ("<*>:<*>:<*> EDT <*>").
void foldNamedDates(std::vector<std::string_view> &w)
{
    for (size_t i = 0; i + 2 < w.size(); ++i) {
        if (!monthName(w[i]) || !allDigits(w[i + 1], 1, 2))
            continue;
        const std::string_view clock = clockPattern(w[i + 2]);
        if (clock.empty())
            continue;
        const size_t from = i > 0 && weekdayName(w[i - 1]) ? i - 1 : i;
        size_t to = i + 3;
        if (to < w.size() && allDigits(w[to], 4, 4))
            ++to;
        w[from] = clock;
        w.erase(w.begin() + std::ptrdiff_t(from + 1), w.begin() + std::ptrdiff_t(to));
        i = from;
    }
}

} // namespace

std::string templatePattern(const std::vector<std::string_view> &messages)
{
    if (messages.empty())
        return {};
    // The most common word count (the smallest on a tie) decides which messages line up.
    std::vector<std::vector<std::string_view>> split;
    split.reserve(messages.size());
    std::map<size_t, size_t> byCount;
    for (std::string_view m : messages) {
        split.push_back(words(m));
        foldNamedDates(split.back());
        ++byCount[split.back().size()];
    }
    size_t count = 0, best = 0;
    for (const auto &[n, k] : byCount)
        if (k > best) {
            best = k;
            count = n;
        }
    std::string out;
    std::vector<std::string_view> values, next;
    for (size_t p = 0; p < count; ++p) {
        values.clear();
        next.clear();
        for (const auto &w : split)
            if (w.size() == count) {
                values.push_back(w[p]);
                if (p + 1 < count)
                    next.push_back(w[p + 1]);
            }
        if (!out.empty())
            out += ' ';
        std::string word = conventions(alignWord(values));
        // A quantity whose unit varies is one value: "2.1 KB," / "3 MB," -> "<*>," (a unit that
        // stays the same stays: "<*> MB").
        const bool unitVaries =
            !next.empty() && std::all_of(next.begin(), next.end(), unitWord) &&
            std::any_of(next.begin(), next.end(), [&](std::string_view n) { return n != next[0]; });
        if (word == Var && unitVaries) {
            std::string_view last = next[0];
            size_t end = last.size();
            while (end > 0 && (isOuterMark(last[end - 1]) || last[end - 1] == '.'))
                --end;
            word += std::string(last.substr(end));
            ++p;
        }
        out += word;
    }
    return out;
}

} // namespace gardener::clustering
