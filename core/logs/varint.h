#pragma once

// Unsigned LEB128 varints: seven bits a byte, low bits first, high bit set while more follow.
// The store's per-entry records use them for lengths, so short strings cost one byte of length.

#include <QtGlobal>
#include <string>

namespace gardener {

inline void putVarint(std::string &out, quint64 n)
{
    while (n >= 0x80) {
        out += char(n | 0x80);
        n >>= 7;
    }
    out += char(n);
}

// Reads the varint at `p` into `n`; returns the byte after it.
inline const char *getVarint(const char *p, quint64 &n)
{
    n = 0;
    for (int shift = 0;; shift += 7) {
        const auto b = static_cast<unsigned char>(*p++);
        n |= quint64(b & 0x7f) << shift;
        if (!(b & 0x80))
            return p;
    }
}

} // namespace gardener
