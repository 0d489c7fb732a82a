#pragma once

#include "core/clustering/clusterengine.h"

#include <array>
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
        // Entries of one store hand in views of the same pooled strings again and again: a
        // small cache keyed by address and length answers most calls with one comparison.
        const size_t slot = ((quintptr(s.data()) >> 3) ^ (s.size() * 31)) & (CacheSize - 1);
        const quint32 cached = m_cache[slot];
        if (cached != 0 && m_strings[cached - 1] == s)
            return cached - 1;
        auto it = m_ids.find(s);
        quint32 id;
        if (it != m_ids.end()) {
            id = it->second;
        } else {
            m_strings.emplace_back(s);
            id = quint32(m_strings.size() - 1);
            m_ids.emplace(m_strings.back(), id);
        }
        m_cache[slot] = id + 1;
        return id;
    }
    const std::string &at(quint32 id) const { return m_strings[id]; }
    size_t size() const { return m_strings.size(); }
    size_t memoryBytes() const;

private:
    static constexpr size_t CacheSize = 256;
    std::deque<std::string> m_strings;
    std::unordered_map<std::string_view, quint32> m_ids;
    std::array<quint32, CacheSize> m_cache{}; // id + 1, 0 = empty
};

// A set of non-zero 64-bit hashes, open addressing (a node per value would cost more than the
// value on the per-entry path).
class HashSet64
{
public:
    bool insert(quint64 h)
    {
        if ((m_size + 1) * 4 > m_slots.size() * 3)
            grow();
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(h ^ (h >> 29)) & mask;; i = (i + 1) & mask) {
            if (m_slots[i] == h)
                return false;
            if (m_slots[i] == 0) {
                m_slots[i] = h;
                ++m_size;
                return true;
            }
        }
    }
    size_t size() const { return m_size; }
    size_t memoryBytes() const { return m_slots.capacity() * sizeof(quint64); }
    template <class F> void forEach(F &&f) const
    {
        for (quint64 h : m_slots)
            if (h != 0)
                f(h);
    }

private:
    void grow()
    {
        std::vector<quint64> old = std::move(m_slots);
        m_slots.assign(old.empty() ? 8 : old.size() * 2, 0);
        m_size = 0;
        for (quint64 h : old)
            if (h != 0)
                insert(h);
    }
    std::vector<quint64> m_slots;
    size_t m_size = 0;
};

// Small (id, count) list kept most-recent-first-seen; capped so hostile input stays bounded.
struct IdCounts
{
    std::vector<std::pair<quint32, quint64>> items;
    void add(quint32 id, size_t cap = 16, quint64 n = 1)
    {
        for (auto &p : items)
            if (p.first == id) {
                p.second += n;
                return;
            }
        if (items.size() < cap)
            items.emplace_back(id, n);
    }
};

inline constexpr size_t DistinctCap = 1u << 20;

// What is known about one distinct masked message at one location.
struct SignatureStats
{
    std::string text;     // masked tokens joined by spaces
    quint32 location = 0; // index into EngineState::locations
    quint64 count = 0;
    qint64 firstNs = 0, lastNs = 0;
    quint64 firstEntry = 0, lastEntry = 0;
    SeverityCounts severities{};
    IdCounts services, revisions, lines;
    IdCounts statuses;                                // HTTP statuses of request-log entries
    quint64 hash = 0, hashHi = 0;                     // MaskedMessage::hash, hashHi of text
    std::unique_ptr<std::array<HashSet64, 4>> values; // per CountedValue
    // The most distinct users one weighted row of this signature stood for (a grouped query
    // counts them server-side; the ids themselves do not come back).
    quint64 weightedUsers = 0;
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
    std::vector<quint32> signatureSlots; // open addressing by hash and location: signature id + 1
    quint64 lastLocationKey = ~0ull;     // the location of the previous entry, most often again
    quint32 lastLocation = 0;
    std::vector<quint32> entrySignature;
    std::vector<qint64> entryTime;
    std::vector<quint64> entryTrace; // hash of the trace, 0 when none
    // How many entries each entry stands for (addWeighted); empty while every entry is one.
    std::vector<quint64> entryWeight;
    quint64 weightOf(size_t entry) const { return entryWeight.empty() ? 1 : entryWeight[entry]; }
};

} // namespace gardener::clustering::detail
