#pragma once

#include "core/clustering/maskbytes.h"
#include "core/clustering/masker.h"

#include <array>
#include <cstring>
#include <string_view>

// The built-in masks' output side: byte classes of token wrapping, the writer of the masked text
// and the emitter that masks one token (maskerrules.cpp drives them across a message). Private to
// clustering/.
namespace gardener::clustering::detail {

struct ByteClasses
{
    enum : quint8
    {
        Opener = 1,
        Closer = 2,
        SubDelim = 4,
        Digit = 8,
        Special = 16
    };
    quint8 bits[256] = {};
    constexpr ByteClasses()
    {
        for (int c = '0'; c <= '9'; ++c)
            bits[c] |= Digit;
        for (int c = 0x80; c < 0x100; ++c)
            bits[c] |= Special;
        bits[quint8('@')] |= Special;
        bits[quint8(':')] |= Special;
        for (const char *p = "([{<\"'`"; *p; ++p)
            bits[quint8(*p)] |= Opener;
        for (const char *p = ")]}>\"'`,;:!?"; *p; ++p)
            bits[quint8(*p)] |= Closer;
        for (const char *p = "=,;()[]{}<>|\"'`"; *p; ++p)
            bits[quint8(*p)] |= SubDelim;
    }
};
inline constexpr ByteClasses kClasses;
inline bool isOpener(unsigned char c)
{
    return kClasses.bits[c] & ByteClasses::Opener;
}
inline bool isCloser(unsigned char c)
{
    return kClasses.bits[c] & ByteClasses::Closer;
}
inline bool isSubDelim(unsigned char c)
{
    return kClasses.bits[c] & ByteClasses::SubDelim;
}

// The masked text of one message, written through a pointer into a buffer that maskBuiltin
// sizes once per message for the longest output a message of that length can give
// (maskOutputBound). std::string appends cost a capacity check, a length update, a terminator
// and a library call each, and a message is written in about fifty pieces.
class TextWriter
{
public:
    explicit TextWriter(char *begin) : m_begin(begin), m_at(begin) {}
    bool empty() const { return m_at == m_begin; }
    char back() const { return m_at[-1]; }
    quint32 size() const { return quint32(m_at - m_begin); }
    const char *data() const { return m_begin; }
    void put(char c) { *m_at++ = c; }
    // Pieces are mostly a few bytes: copied inline in at most two overlapping moves, reading
    // only the piece's own bytes.
    void put(std::string_view s)
    {
        const size_t n = s.size();
        const char *p = s.data();
        if (n >= 8 && n <= 16) {
            quint64 a, b;
            std::memcpy(&a, p, 8);
            std::memcpy(&b, p + n - 8, 8);
            std::memcpy(m_at, &a, 8);
            std::memcpy(m_at + n - 8, &b, 8);
        } else if (n >= 4 && n < 8) {
            quint32 a, b;
            std::memcpy(&a, p, 4);
            std::memcpy(&b, p + n - 4, 4);
            std::memcpy(m_at, &a, 4);
            std::memcpy(m_at + n - 4, &b, 4);
        } else if (n > 0 && n < 4) {
            m_at[0] = p[0];
            m_at[n / 2] = p[n / 2];
            m_at[n - 1] = p[n - 1];
        } else if (n > 16) {
            std::memcpy(m_at, p, n);
        }
        m_at += n;
    }

private:
    char *m_begin;
    char *m_at;
};

// The most bytes maskBuiltin writes for a message of `bytes` bytes: a token of n bytes becomes
// at most 8n + 10 (a one-digit path segment is "<NUM>", a one-byte credential "<TOKEN>", a URL
// adds "?<*>"), with one space before it, and a message holds at most (bytes + 1) / 2 tokens.
inline size_t maskOutputBound(size_t bytes)
{
    return 16 * bytes + 64;
}

// Masks one token at a time into the writer, recording the counted values in `out`.
class Emitter
{
public:
    Emitter(TextWriter &text, MaskedMessage &out) : m_text(text), m_out(out) {}
    void token(std::string_view tok, bool afterBearer);

private:
    void masked(std::string_view tok, quint32 all, bool afterBearer);
    void replay(std::string_view output, const std::array<quint64, 4> &values);
    std::string_view maskCapturing(std::string_view tok, quint32 all,
                                   std::array<quint64, 4> &values);
    void record(MaskKind kind, std::string_view value);
    void placeholder(MaskKind kind, std::string_view value);
    void url(std::string_view u);
    void pieces(std::string_view core);
    void segment(std::string_view seg);
    void digitRuns(std::string_view seg);
    void quotedValue(std::string_view prefix, std::string_view core, std::string_view suffix);

    TextWriter &m_text;
    MaskedMessage &m_out;
    std::array<quint64, 4> *m_captured = nullptr; // the values of the token being memoised
};

} // namespace gardener::clustering::detail
