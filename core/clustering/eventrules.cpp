// Issue rules for the lines of one event and the shapes of one failure (docs/clustering.md,
// "Issue clusters", rules 7-11).
#include "core/clustering/issuegrouper.h"
#include "core/clustering/templateminer.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace gardener::clustering::detail {
namespace {

QString qs(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool isStatusToken(const std::string &t)
{
    return t.size() == 3 && t[0] >= '1' && t[0] <= '5' && t[1] >= '0' && t[1] <= '9' &&
           t[2] >= '0' && t[2] <= '9';
}

} // namespace

namespace {

// The status code a failure names ("rpc error: code = Unavailable", "code=NOT_FOUND").
std::string_view errorCode(std::span<const std::string> tokens)
{
    for (size_t i = 0; i < tokens.size(); ++i) {
        const std::string &t = tokens[i];
        if (t == "code" && i + 2 < tokens.size() && tokens[i + 1] == "=")
            return tokens[i + 2];
        if (t.size() > 5 && t.compare(0, 5, "code=") == 0)
            return std::string_view(t).substr(5);
    }
    return {};
}

} // namespace

bool differentErrorCodes(const GroupTemplate &a, const GroupTemplate &b)
{
    const std::string_view ca = errorCode(a.tokens), cb = errorCode(b.tokens);
    return !ca.empty() && !cb.empty() && ca != cb && ca.find('<') == ca.npos &&
           cb.find('<') == cb.npos;
}

bool sameStackOrNone(const GroupTemplate &a, const GroupTemplate &b)
{
    return a.stackKey.empty() || b.stackKey.empty() || a.stackKey == b.stackKey;
}

void groupByStack(const std::vector<GroupTemplate> &templates, const EdgeFn &edge)
{
    std::map<std::string, quint32> first;
    for (quint32 i = 0; i < templates.size(); ++i) {
        const std::string &key = templates[i].stackKey;
        if (key.empty())
            continue;
        const auto [it, fresh] = first.emplace(key, i);
        if (!fresh) {
            const size_t at = key.find('@');
            edge(it->second, i,
                 QStringLiteral("one stack trace: %1 raised in %2")
                     .arg(qs(key.substr(0, at)), qs(key.substr(at + 1))));
        }
    }
}

void groupRouteFailures(const std::vector<GroupTemplate> &templates, const EdgeFn &edge)
{
    // Only request and access lines keep a status code as a literal token (every other number
    // is masked), so a literal 5xx token marks a failing route; the rest of the template is the
    // route and the line's shape.
    std::map<std::string, std::pair<quint32, std::string>> first;
    for (quint32 i = 0; i < templates.size(); ++i) {
        const std::span<const std::string> tokens = templates[i].tokens;
        std::string key, status;
        for (size_t k = 0; k < tokens.size(); ++k) {
            const std::string &t = tokens[k];
            if (status.empty() && isStatusToken(t) && t[0] == '5') {
                status = t;
                key += "5xx";
                // The outcome word after it goes with the status ("503 UF", "504 UT").
                if (k + 1 < tokens.size() && !tokens[k + 1].empty() &&
                    std::all_of(tokens[k + 1].begin(), tokens[k + 1].end(),
                                [](char c) { return (c >= 'A' && c <= 'Z') || c == ','; }))
                    ++k;
            } else {
                key += t;
            }
            key += ' ';
        }
        if (status.empty())
            continue;
        const auto [it, fresh] = first.emplace(key, std::make_pair(i, status));
        if (!fresh && it->second.second != status)
            edge(it->second.first, i,
                 QStringLiteral("one route failing: %1 and %2")
                     .arg(qs(it->second.second), qs(status)));
    }
}

void groupLoggedTogether(const std::vector<GroupTemplate> &templates,
                         const std::vector<CoOccurrence> &timePairs, const EdgeFn &edge)
{
    // Most occurrences of the more frequent template have the other within milliseconds: one
    // event written as two lines (an ERROR and its WARNING, a crash and the container's exit),
    // whatever their modules or functions, logging hubs included. Counting against the more
    // frequent one keeps a line that follows every request from absorbing rarer ones.
    for (const CoOccurrence &c : timePairs) {
        const GroupTemplate &a = templates[c.a], &b = templates[c.b];
        if (a.family == b.family)
            continue;
        const quint64 larger = std::max(a.count, b.count);
        if (c.together < 2 || double(c.together) < 0.8 * double(larger))
            continue;
        edge(c.a, c.b,
             QStringLiteral("logged together: %1 of %2 times within %3 ms")
                 .arg(std::min(c.together, larger))
                 .arg(larger)
                 .arg(std::clamp(c.maxDeltaMs, 1.0, 50.0), 0, 'g', 3));
    }
}

namespace {

quint64 mixToken(std::string_view token, size_t position)
{
    quint64 h = 1469598103934665603ull; // FNV-1a, then the position folded in
    for (unsigned char c : token) {
        h ^= c;
        h *= 1099511628211ull;
    }
    h ^= (quint64(position) + 1) * 0x9E3779B97F4A7C15ull;
    h ^= h >> 29;
    return h * 0xBF58476D1CE4E5B9ull;
}

// Whether templates a and b are alike but for position p: same place, length and other words.
bool alikeBut(const GroupTemplate &a, const GroupTemplate &b, size_t p)
{
    if (a.tokens.size() != b.tokens.size() || a.file != b.file || a.function != b.function)
        return false;
    for (size_t k = 0; k < a.tokens.size(); ++k)
        if (k != p && a.tokens[k] != b.tokens[k])
            return false;
    return true;
}

// One (template, plain position) of groupEnumerations, by a hash of everything but that
// position.
struct Candidate
{
    quint64 hash;
    quint32 position, templ;
    auto operator<=>(const Candidate &) const = default;
};

// Templates alike but for one position, with the text key that orders the groups (the order
// edges were always made in); members by template index.
struct Group
{
    std::string key;
    size_t position;
    std::vector<quint32> members;
};

// The groups of two to `maxValues` templates among candidates[run, end), which share a hash and
// a position: a hash shared by templates that differ elsewhere is split by the words themselves.
void groupsOfRun(const std::vector<GroupTemplate> &templates,
                 const std::vector<Candidate> &candidates, size_t run, size_t end, size_t maxValues,
                 std::vector<Group> &groups)
{
    std::vector<char> taken(end - run, 0);
    std::vector<quint32> members;
    for (size_t first = run; first < end; ++first) {
        if (taken[first - run])
            continue;
        const size_t p = candidates[first].position;
        const GroupTemplate &f = templates[candidates[first].templ];
        members.assign(1, candidates[first].templ);
        for (size_t o = first + 1; o < end; ++o)
            if (!taken[o - run] && alikeBut(f, templates[candidates[o].templ], p)) {
                taken[o - run] = 1;
                members.push_back(candidates[o].templ);
            }
        if (members.size() < 2 || members.size() > maxValues)
            continue;
        std::string key = f.file + '\x1f' + f.function + '\x1f' + std::to_string(p) + '\x1f';
        for (size_t k = 0; k < f.tokens.size(); ++k) {
            if (k != p)
                key += f.tokens[k];
            key += ' ';
        }
        groups.push_back({std::move(key), p, members});
    }
}

} // namespace

void groupEnumerations(const std::vector<GroupTemplate> &templates, const EdgeFn &edge)
{
    // Templates of one location and length that differ in one position only, where each holds
    // a plain word: one message with a value from a short list (a breaker's state, a queue, a
    // region). Up to eight values; more is a variable the miner should have merged, or a
    // vocabulary (several messages).
    constexpr size_t MaxValues = 8;
    auto plain = [](const std::string &t) {
        return !t.empty() && t.find('<') == std::string::npos && t.find('/') == std::string::npos &&
               !isStatusToken(t);
    };
    // Every (template, plain position) by a hash of everything but that position; only the
    // few real groups get the text key that orders them (a map of every candidate's text was
    // a quarter of a snapshot of Loghub-2k's 1,500 templates).
    std::vector<Candidate> candidates;
    std::vector<quint64> mixed;
    for (quint32 i = 0; i < templates.size(); ++i) {
        const GroupTemplate &g = templates[i];
        if (!g.stackKey.empty())
            continue;
        size_t constants = 0;
        for (const std::string &t : g.tokens)
            constants += plain(t);
        if (constants < 3) // the varying word and at least two constant words around it
            continue;
        const quint64 place = mixToken(g.file, 0) ^ mixToken(g.function, 1) ^
                              (quint64(g.tokens.size()) * 0xD6E8FEB86659FD93ull);
        mixed.resize(g.tokens.size());
        quint64 all = place;
        for (size_t k = 0; k < g.tokens.size(); ++k)
            all += mixed[k] = mixToken(g.tokens[k], k);
        for (size_t p = 0; p < g.tokens.size(); ++p)
            if (plain(g.tokens[p]))
                candidates.push_back({mixToken({}, p) ^ (all - mixed[p]), quint32(p), i});
    }
    std::sort(candidates.begin(), candidates.end());
    std::vector<Group> groups;
    for (size_t run = 0; run < candidates.size();) {
        size_t end = run + 1;
        while (end < candidates.size() && candidates[end].hash == candidates[run].hash &&
               candidates[end].position == candidates[run].position)
            ++end;
        groupsOfRun(templates, candidates, run, end, MaxValues, groups);
        run = end;
    }
    std::sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
        return std::tie(a.key, a.members) < std::tie(b.key, b.members);
    });
    for (const Group &g : groups) {
        QStringList values;
        for (quint32 m : g.members)
            values << qs(templates[m].tokens[g.position]);
        for (size_t k = 1; k < g.members.size(); ++k)
            edge(g.members[0], g.members[k],
                 QStringLiteral("the same message with another value (%1)")
                     .arg(values.join(QStringLiteral(", "))));
    }
}

void groupRouteValues(const std::vector<GroupTemplate> &templates, const EdgeFn &edge)
{
    // Request or access lines of one method and status whose routes differ in one path
    // segment, two to eight values (an enumeration of names: "/api/v1/agents/data_agent/run",
    // ".../triage_agent/run"): one endpoint called with a few names, one issue. The segment is
    // not the route's last and its values are names (holding '_', '-' or '.'), so two
    // endpoints of one service ("/v2/carts", "/v2/orders") stay apart.
    constexpr size_t MaxValues = 8;
    auto name = [](std::string_view v) {
        return !v.empty() && v.find('<') == v.npos &&
               (v.find('_') != v.npos || v.find('-') != v.npos || v.find('.') != v.npos);
    };
    std::map<std::string, std::vector<std::pair<quint32, std::string_view>>> siblings;
    for (quint32 i = 0; i < templates.size(); ++i) {
        const std::span<const std::string> tokens = templates[i].tokens;
        size_t r = 1;
        while (r < tokens.size() && !isRouteToken(tokens[r - 1], tokens[r]))
            ++r;
        if (r >= tokens.size() ||
            !std::any_of(tokens.begin() + std::ptrdiff_t(r + 1),
                         tokens.begin() + std::ptrdiff_t(std::min(tokens.size(), r + 3)),
                         isStatusToken))
            continue;
        const std::string_view route = std::string_view(tokens[r]).substr(0, tokens[r].find('?'));
        std::vector<std::string_view> segs;
        for (size_t at = 1; at <= route.size();) {
            const size_t end = std::min(route.find('/', at), route.size());
            segs.push_back(route.substr(at, end - at));
            at = end + 1;
        }
        for (size_t k = 0; k + 1 < segs.size(); ++k) {
            if (!name(segs[k]))
                continue;
            std::string key = templates[i].file + '\x1f' + std::to_string(r) + '\x1f' +
                              std::to_string(k) + '\x1f';
            for (size_t t = 0; t < tokens.size(); ++t) {
                if (t != r) {
                    key += tokens[t];
                } else {
                    for (size_t o = 0; o < segs.size(); ++o)
                        key.append(o == k ? std::string_view("\x1e") : segs[o]).push_back('/');
                    key += std::string_view(tokens[r]).substr(route.size());
                }
                key += ' ';
            }
            siblings[key].emplace_back(i, segs[k]);
        }
    }
    for (const auto &[key, members] : siblings) {
        if (members.size() < 2 || members.size() > MaxValues)
            continue;
        QStringList values;
        for (const auto &[t, value] : members)
            values << QString::fromUtf8(value.data(), qsizetype(value.size()));
        for (size_t k = 1; k < members.size(); ++k)
            edge(members[0].first, members[k].first,
                 QStringLiteral("the same route with another value (%1)")
                     .arg(values.join(QStringLiteral(", "))));
    }
}

} // namespace gardener::clustering::detail
