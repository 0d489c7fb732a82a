#pragma once

#include <QtGlobal>

#include <array>
#include <cstring>
#include <string_view>

// What the emitter wrote for the tokens it saw last (maskemitter.cpp). Past the plain-word fast
// path a token costs its classifiers, wrapping, pieces and digit runs, and most such tokens come
// back within a few lines: "src:", "[notice]", "dfs.DataNode$PacketResponder:", "user=<id>" keys.
// About 70 % of them were found in a 1,024-slot table on Loghub-2k's lines (without their
// repetition) and on the demo messages alike. Private to clustering/.
namespace gardener::clustering::detail {

class TokenMemo
{
public:
    static constexpr size_t Slots = 1024, MaxKey = 32, MaxOutput = 56;
    using Values = std::array<quint64, 4>; // per CountedValue: the token's first value's hash

    // A token of at most MaxKey bytes as four words read from its ends (overlapping when it
    // is shorter): with its length they hold every byte, so two keys are the same exactly
    // when the tokens are, and no byte past the token is read.
    struct Key
    {
        quint64 w[4] = {};
        quint64 length = 0;
        bool operator==(const Key &) const = default;
    };
    static Key keyOf(std::string_view token)
    {
        const char *p = token.data();
        const size_t n = token.size();
        Key k;
        k.length = n;
        if (n >= 8) {
            std::memcpy(&k.w[0], p, 8);
            std::memcpy(&k.w[3], p + n - 8, 8);
            if (n > 16) {
                std::memcpy(&k.w[1], p + 8, 8);
                std::memcpy(&k.w[2], p + n - 16, 8);
            }
        } else if (n >= 4) {
            quint32 a, b;
            std::memcpy(&a, p, 4);
            std::memcpy(&b, p + n - 4, 4);
            k.w[0] = a;
            k.w[3] = b;
        } else if (n > 0) {
            k.w[0] = quint64(quint8(p[0])) | quint64(quint8(p[n / 2])) << 8 |
                     quint64(quint8(p[n - 1])) << 16;
        }
        return k;
    }

    struct Slot
    {
        Key key; // length 0: empty (tokens are never empty)
        Values values{};
        quint8 outputLength = 0;
        char output[MaxOutput];
    };

    Slot &slotFor(const Key &k)
    {
        const quint64 h = ((k.w[0] ^ k.w[1]) * 0x9E3779B97F4A7C15ull) ^
                          ((k.w[3] ^ k.w[2] ^ k.length) * 0xC2B2AE3D27D4EB4Full);
        return m_slots[(h >> 40) & (Slots - 1)];
    }
    // Remembers `output` for the token of `k` in `slot`, or empties the slot when the output
    // is too long to keep.
    static void keep(Slot &slot, const Key &k, std::string_view output, const Values &values)
    {
        if (output.size() > MaxOutput) {
            slot.key = Key();
            return;
        }
        slot.key = k;
        std::memcpy(slot.output, output.data(), output.size());
        slot.outputLength = quint8(output.size());
        slot.values = values;
    }

private:
    std::array<Slot, Slots> m_slots{};
};

// The same for tokens longer than TokenMemo's keys, up to MaxKey bytes: class and package
// names, paths, bracketed thread names ("org.apache.hadoop.hdfs.LeaseRenewer:",
// "/etc/httpd/conf/workers2.properties"). On Loghub-2k's lines they cost about three times a
// short token each, and about 70 % were found in a 512-slot table. A slot holds the token's
// bytes, compared whole.
class LongTokenMemo
{
public:
    static constexpr size_t Slots = 512, MaxKey = 96, MaxOutput = 104;
    using Values = TokenMemo::Values;

    struct Slot
    {
        quint8 keyLength = 0; // 0: empty
        quint8 outputLength = 0;
        Values values{};
        char key[MaxKey];
        char output[MaxOutput];
    };

    // `token`: more than TokenMemo::MaxKey bytes, at most MaxKey.
    Slot &slotFor(std::string_view token)
    {
        const char *p = token.data();
        const size_t n = token.size();
        quint64 a, b, c;
        std::memcpy(&a, p, 8);
        std::memcpy(&b, p + n - 8, 8);
        std::memcpy(&c, p + n / 2 - 4, 8);
        const quint64 h = (a * 0x9E3779B97F4A7C15ull) ^ ((b ^ n) * 0xC2B2AE3D27D4EB4Full) ^
                          (c * 0x165667B19E3779F9ull);
        return m_slots[(h >> 40) & (Slots - 1)];
    }
    static bool holds(const Slot &slot, std::string_view token)
    {
        return slot.keyLength == token.size() &&
               std::memcmp(slot.key, token.data(), token.size()) == 0;
    }
    static void keep(Slot &slot, std::string_view token, std::string_view output,
                     const Values &values)
    {
        if (output.size() > MaxOutput) {
            slot.keyLength = 0;
            return;
        }
        slot.keyLength = quint8(token.size());
        std::memcpy(slot.key, token.data(), token.size());
        slot.outputLength = quint8(output.size());
        std::memcpy(slot.output, output.data(), output.size());
        slot.values = values;
    }

private:
    std::array<Slot, Slots> m_slots{};
};

} // namespace gardener::clustering::detail
