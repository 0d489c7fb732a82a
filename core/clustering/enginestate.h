#pragma once

#include "clusterengine.h"

#include <deque>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

// The engine's accumulated state, shared by clusterengine.cpp (adding) and
// clustersnapshot.cpp (mining and grouping). Private to clustering/.
namespace gardener::clustering::detail {

// Interns short strings (services, revisions, files, functions) to small ids; 0 is "".
class Interner
{
public:
    Interner() { intern({}); }
    quint32 intern(std::string_view s)
    {
        auto it = m_ids.find(s);
        if (it != m_ids.end())
            return it->second;
        m_strings.emplace_back(s);
        const quint32 id = quint32(m_strings.size() - 1);
        m_ids.emplace(m_strings.back(), id);
        return id;
    }
    const std::string &at(quint32 id) const { return m_strings[id]; }
    size_t size() const { return m_strings.size(); }
    size_t memoryBytes() const;

private:
    std::deque<std::string> m_strings;
    std::unordered_map<std::string_view, quint32> m_ids;
};

// Small (id, count) list kept most-recent-first-seen; capped so hostile input stays bounded.
struct IdCounts
{
    std::vector<std::pair<quint32, quint64>> items;
    void add(quint32 id, size_t cap = 16)
    {
        for (auto &p : items)
            if (p.first == id) {
                ++p.second;
                return;
            }
        if (items.size() < cap)
            items.emplace_back(id, 1);
    }
};

inline constexpr size_t DistinctCap = 1u << 20;

// What is known about one distinct masked message at one location.
struct SignatureStats
{
    std::string text; // masked tokens joined by spaces
    quint32 location = 0; // index into EngineState::locations
    quint64 count = 0;
    qint64 firstNs = 0, lastNs = 0;
    quint64 firstEntry = 0, lastEntry = 0;
    SeverityCounts severities{};
    IdCounts services, revisions, lines;
    std::unique_ptr<std::array<std::unordered_set<quint64>, 4>> values; // per CountedValue
};

struct Location
{
    quint32 file = 0, function = 0; // Interner ids
};

struct EngineState
{
    ClusterOptions options;
    Masker masker;
    Interner strings;
    std::vector<Location> locations;
    std::unordered_map<quint64, quint32> locationIds; // (file << 32 | function) -> index
    std::deque<SignatureStats> signatures;
    std::unordered_map<std::string, quint32> signatureIds; // text + '\x1f' + location
    std::vector<quint32> entrySignature;
    std::vector<qint64> entryTime;
    std::vector<quint64> entryTrace; // hash of the trace, 0 when none
};

} // namespace gardener::clustering::detail
