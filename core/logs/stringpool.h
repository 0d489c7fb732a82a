#pragma once

#include <QtGlobal>
#include <array>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace gardener {

// Interns short strings that repeat across millions of entries (service names, revisions,
// modules, functions, log names) so each entry holds a 4-byte id. Id 0 is the empty string.
// Not thread-safe: one reader thread fills it, then it is read-only.
class StringPool
{
public:
    StringPool();
    StringPool(const StringPool &) = delete;
    StringPool &operator=(const StringPool &) = delete;
    StringPool(StringPool &&) noexcept = default;
    StringPool &operator=(StringPool &&) noexcept = default;

    quint32 intern(std::string_view text);
    std::string_view at(quint32 id) const { return m_strings[id]; }
    quint32 size() const { return static_cast<quint32>(m_strings.size()); }
    size_t memoryBytes() const;

private:
    static size_t cacheSlot(std::string_view text);

    // deque keeps element addresses stable, so the map's string_view keys stay valid.
    std::deque<std::string> m_strings;
    std::unordered_map<std::string_view, quint32> m_ids;
    // The id last interned per slot, 0 for none. A reader interns eight or nine strings an
    // entry, nearly all seen before; a slot found by the string's length and its first and last
    // eight bytes answers most of them with one compare, where the map would hash every byte,
    // divide by a prime and follow a node.
    std::array<quint32, 512> m_recent{};
};

// Append-only byte storage for per-entry strings (messages, insert ids, traces). Chunks never
// move, so views handed out stay valid for the arena's lifetime.
class ByteArena
{
public:
    struct Ref
    {
        quint64 offset = 0;
        quint32 length = 0;
    };

    Ref append(std::string_view bytes);
    std::string_view view(Ref ref) const;
    // Start of the bytes appended at `offset` (a Ref's offset); for self-describing records.
    const char *at(quint64 offset) const;
    size_t memoryBytes() const { return m_chunks.size() * kChunkSize + m_large; }

private:
    static constexpr size_t kChunkSize = 1 << 20;
    std::deque<std::unique_ptr<char[]>> m_chunks;
    std::deque<std::unique_ptr<char[]>> m_largeBlocks; // strings longer than a chunk
    std::unordered_map<quint64, size_t> m_largeIndex;  // pseudo offset -> block index
    size_t m_used = kChunkSize;                        // bytes used in the last chunk
    size_t m_large = 0;
};

} // namespace gardener
