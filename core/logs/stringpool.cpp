#include "core/logs/stringpool.h"

#include <cstring>

namespace gardener {

StringPool::StringPool()
{
    m_strings.emplace_back();
    m_ids.emplace(std::string_view(m_strings.back()), 0);
}

size_t StringPool::cacheSlot(std::string_view text)
{
    const size_t n = text.size();
    quint64 head = 0, tail = 0;
    if (n >= 8) {
        std::memcpy(&head, text.data(), 8);
        std::memcpy(&tail, text.data() + n - 8, 8);
    } else {
        std::memcpy(&head, text.data(), n);
    }
    const quint64 h = (head ^ (tail * 0x9e3779b97f4a7c15ULL) ^ n) * 0xbf58476d1ce4e5b9ULL;
    return size_t(h >> 55); // 512 slots
}

quint32 StringPool::intern(std::string_view text)
{
    if (text.empty())
        return 0;
    quint32 &recent = m_recent[cacheSlot(text)];
    if (recent != 0 && std::string_view(m_strings[recent]) == text)
        return recent;
    if (auto it = m_ids.find(text); it != m_ids.end())
        return recent = it->second;
    const auto id = static_cast<quint32>(m_strings.size());
    m_strings.emplace_back(text);
    m_ids.emplace(std::string_view(m_strings.back()), id);
    return recent = id;
}

size_t StringPool::memoryBytes() const
{
    size_t bytes = m_ids.size() * (sizeof(std::string_view) + sizeof(quint32) + 2 * sizeof(void *));
    for (const auto &s : m_strings)
        bytes += sizeof(std::string) + (s.capacity() > 15 ? s.capacity() : 0);
    return bytes;
}

// Large strings get their own block; their Ref carries a pseudo offset with the top bit set.
static constexpr quint64 kLargeBit = quint64(1) << 63;

ByteArena::Ref ByteArena::append(std::string_view bytes)
{
    if (bytes.size() > kChunkSize / 4) {
        auto block = std::make_unique_for_overwrite<char[]>(bytes.size());
        std::memcpy(block.get(), bytes.data(), bytes.size());
        const quint64 key = kLargeBit | m_largeBlocks.size();
        m_largeIndex.emplace(key, m_largeBlocks.size());
        m_largeBlocks.push_back(std::move(block));
        m_large += bytes.size();
        return {key, static_cast<quint32>(bytes.size())};
    }
    if (m_used + bytes.size() > kChunkSize) {
        m_chunks.push_back(std::make_unique_for_overwrite<char[]>(kChunkSize));
        m_used = 0;
    }
    const quint64 offset = (m_chunks.size() - 1) * kChunkSize + m_used;
    if (!bytes.empty())
        std::memcpy(m_chunks.back().get() + m_used, bytes.data(), bytes.size());
    m_used += bytes.size();
    return {offset, static_cast<quint32>(bytes.size())};
}

const char *ByteArena::at(quint64 offset) const
{
    if (offset & kLargeBit)
        return m_largeBlocks[m_largeIndex.at(offset)].get();
    return m_chunks[offset / kChunkSize].get() + offset % kChunkSize;
}

std::string_view ByteArena::view(Ref ref) const
{
    if (ref.length == 0)
        return {};
    if (ref.offset & kLargeBit)
        return {m_largeBlocks[m_largeIndex.at(ref.offset)].get(), ref.length};
    return {m_chunks[ref.offset / kChunkSize].get() + ref.offset % kChunkSize, ref.length};
}

} // namespace gardener
