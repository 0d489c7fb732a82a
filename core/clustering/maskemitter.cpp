#include "core/clustering/maskemitter.h"

#include "core/clustering/maskerrules.h"
#include "core/clustering/masktokenmemo.h"

#include <array>
#include <memory>

namespace gardener::clustering::detail {
namespace {

// Both tables in one, so a token's bytes are looked at once: ByteClasses in the low byte, the
// classifiers' shape (maskbytes.h) above it.
struct TokenBits
{
    quint32 bits[256] = {};
    constexpr TokenBits()
    {
        for (int c = 0; c < 256; ++c)
            bits[c] = kClasses.bits[c] | (quint32(kShapes.bits[c]) << 8);
    }
};
constexpr TokenBits kTokenBits;

quint32 tokenBits(std::string_view s)
{
    // Four bytes a step: the loop's own counting and branching cost more than the lookups.
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const size_t n = s.size();
    quint32 a = 0, b = 0;
    size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        a |= kTokenBits.bits[p[i]] | kTokenBits.bits[p[i + 1]];
        b |= kTokenBits.bits[p[i + 2]] | kTokenBits.bits[p[i + 3]];
    }
    for (; i < n; ++i)
        a |= kTokenBits.bits[p[i]];
    return a | b;
}

int countedSlot(MaskKind kind)
{
    switch (kind) {
    case MaskKind::UserId:
        return int(CountedValue::User);
    case MaskKind::Email:
        return int(CountedValue::Email);
    case MaskKind::Ip:
        return int(CountedValue::Ip);
    case MaskKind::Uuid:
    case MaskKind::CompositeId:
    case MaskKind::TruncatedId:
        return int(CountedValue::Id);
    default:
        return -1;
    }
}

// maskPlaceholder() as views: writing them then needs no strlen.
const std::array<std::string_view, MaskKindCount + 1> kPlaceholders = [] {
    std::array<std::string_view, MaskKindCount + 1> views;
    for (int k = 0; k <= MaskKindCount; ++k)
        views[size_t(k)] = maskPlaceholder(static_cast<MaskKind>(k));
    return views;
}();

} // namespace

void Emitter::record(MaskKind kind, std::string_view value)
{
    const int slot = countedSlot(kind);
    if (slot < 0)
        return;
    quint64 &kept = m_out.valueHash[size_t(slot)];
    if (m_captured) { // the memo needs the token's own first value, whatever `m_out` holds
        quint64 &own = (*m_captured)[size_t(slot)];
        if (own == 0)
            own = hashFast(value) | 1;
        if (kept == 0)
            kept = own;
    } else if (kept == 0) {
        kept = hashFast(value) | 1;
    }
}

void Emitter::placeholder(MaskKind kind, std::string_view value)
{
    record(kind, value);
    m_text.put(kPlaceholders[size_t(kind)]);
}

// scheme://host is masked, the path kept with its variable segments masked (it tells endpoints
// apart), the query string masked whole.
void Emitter::url(std::string_view u)
{
    const size_t scheme = u.find("://");
    size_t pathStart = u.find_first_of("/?#", scheme + 3);
    if (pathStart == std::string_view::npos)
        pathStart = u.size();
    record(MaskKind::Url, u);
    m_text.put(kPlaceholders[size_t(MaskKind::Url)]);
    size_t query = u.find_first_of("?#", pathStart);
    if (query == std::string_view::npos)
        query = u.size();
    size_t i = pathStart;
    while (i < query) {
        if (u[i] == '/') {
            m_text.put('/');
            ++i;
            continue;
        }
        size_t j = u.find('/', i);
        if (j == std::string_view::npos || j > query)
            j = query;
        segment(u.substr(i, j - i));
        i = j;
    }
    if (query < u.size())
        m_text.put("?<*>");
}

// Masks the variable pieces inside a token that is not one value as a whole.
void Emitter::pieces(std::string_view core)
{
    size_t i = 0;
    while (i < core.size()) {
        if (isSubDelim(core[i])) {
            size_t j = i + 1;
            while (j < core.size() && isSubDelim(core[j]))
                ++j;
            m_text.put(core.substr(i, j - i));
            i = j;
            continue;
        }
        size_t j = i;
        while (j < core.size() && !isSubDelim(core[j]))
            ++j;
        segment(core.substr(i, j - i));
        i = j;
    }
}

void Emitter::segment(std::string_view seg)
{
    // Without a digit only a URL or an address (':', '@'), a JWT (16+ bytes from 'e') or a
    // UUID (36) can match, and there is no digit run to mask: the segment stays as it is.
    const quint16 segShape = shapeOf(seg);
    if (!(segShape & (shape::Digit | shape::Colon | shape::At)) && seg.size() < 36 &&
        (seg.size() < 16 || seg[0] != 'e')) {
        m_text.put(seg);
        return;
    }
    // Trailing sentence punctuation after a value: "took 5ms." / "port 22:".
    size_t end = seg.size();
    while (end > 0 && (seg[end - 1] == '.' || seg[end - 1] == ':'))
        --end;
    const std::string_view core = seg.substr(0, end);
    const MaskKind kind =
        core.empty() ? MaskKind::Count
                     : classifyToken(core, false, end == seg.size() ? segShape : shapeOf(core));
    if (kind != MaskKind::Count) {
        placeholder(kind, core);
        m_text.put(seg.substr(end));
        return;
    }
    digitRuns(seg);
}

// Digit runs inside words ("blk_42", "HTTP/1.1", "R02") become numbers. Text without a digit
// comes out as it went in.
void Emitter::digitRuns(std::string_view seg)
{
    // One table look per byte: its shape says letter or digit, and what a run holds.
    constexpr quint16 alnum = shape::Digit | shape::HexLetter | shape::Letter;
    const size_t n = seg.size();
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        quint16 run = 0;
        for (quint16 k; j < n && ((k = kShapes.bits[static_cast<unsigned char>(seg[j])]) & alnum);
             ++j)
            run |= k;
        if (j > i) {
            const std::string_view word = seg.substr(i, j - i);
            if (!(run & (shape::HexLetter | shape::Letter)))
                m_text.put(kPlaceholders[size_t(MaskKind::Number)]);
            else if ((run & shape::Digit) && isHexToken(word)) // hex needs a digit
                m_text.put(kPlaceholders[size_t(MaskKind::Hex)]);
            else
                m_text.put(word);
            i = j;
        } else {
            ++j;
            while (j < n && !(kShapes.bits[static_cast<unsigned char>(seg[j])] & alnum))
                ++j;
            m_text.put(seg.substr(i, j - i));
            i = j;
        }
    }
}

void Emitter::quotedValue(std::string_view prefix, std::string_view core, std::string_view suffix)
{
    m_text.put(prefix.substr(0, prefix.size() - 1));
    placeholder(MaskKind::Quoted, core);
    m_text.put(suffix.substr(1));
}

void Emitter::token(std::string_view tok, bool afterBearer)
{
    if (tok[0] == '<' && isPlaceholder(tok)) {
        m_text.put(tok);
        return;
    }
    // One pass over the token's bytes gives its classes and shape; the core's own are worked
    // out again only for a token that is not a plain word and had wrapping trimmed.
    const quint32 all = tokenBits(tok);
    const quint8 bits = quint8(all);
    // Fast path: a word without digits or the few characters some masks need.
    const bool quoted = tok[0] == '\'' || tok[0] == '"';
    if (!(bits & (ByteClasses::Digit | ByteClasses::Special)) && !quoted && !afterBearer &&
        !(tok.size() >= 16 && tok[0] == 'e')) {
        m_text.put(tok);
        return;
    }
    // Digits alone are one number (no wrapping, nothing to record), told at once; numbers
    // rarely repeat, so they would only push the memo's useful tokens out.
    if (quint16(all >> 8) == shape::Digit && !afterBearer) {
        m_text.put(kPlaceholders[size_t(MaskKind::Number)]);
        return;
    }
    if (afterBearer || tok.size() > LongTokenMemo::MaxKey) {
        masked(tok, all, afterBearer);
        return;
    }
    // On the heap: in thread-local storage every thread of the process would carry them.
    if (tok.size() > TokenMemo::MaxKey) {
        thread_local std::unique_ptr<LongTokenMemo> memo;
        if (!memo)
            memo = std::make_unique<LongTokenMemo>();
        LongTokenMemo::Slot &slot = memo->slotFor(tok);
        if (LongTokenMemo::holds(slot, tok)) {
            replay(std::string_view(slot.output, slot.outputLength), slot.values);
            return;
        }
        TokenMemo::Values values{};
        LongTokenMemo::keep(slot, tok, maskCapturing(tok, all, values), values);
        return;
    }
    thread_local std::unique_ptr<TokenMemo> memo;
    if (!memo)
        memo = std::make_unique<TokenMemo>();
    const TokenMemo::Key key = TokenMemo::keyOf(tok);
    TokenMemo::Slot &slot = memo->slotFor(key);
    if (slot.key == key) {
        replay(std::string_view(slot.output, slot.outputLength), slot.values);
        return;
    }
    TokenMemo::Values values{};
    TokenMemo::keep(slot, key, maskCapturing(tok, all, values), values);
}

// A memoised token: what it wrote the first time, and the values it counted.
void Emitter::replay(std::string_view output, const TokenMemo::Values &values)
{
    m_text.put(output);
    for (size_t k = 0; k < values.size(); ++k)
        if (m_out.valueHash[k] == 0)
            m_out.valueHash[k] = values[k];
}

// masked() for a token the memo will keep: returns what it wrote, with its own values.
std::string_view Emitter::maskCapturing(std::string_view tok, quint32 all,
                                        TokenMemo::Values &values)
{
    const quint32 start = m_text.size();
    m_captured = &values;
    masked(tok, all, false);
    m_captured = nullptr;
    return {m_text.data() + start, size_t(m_text.size() - start)};
}

// A token past the plain-word fast path, with `all` its tokenBits().
void Emitter::masked(std::string_view tok, quint32 all, bool afterBearer)
{
    const quint8 bits = quint8(all);
    size_t b = 0, e = tok.size();
    while (b < e && isOpener(tok[b]))
        ++b;
    while (e > b && isCloser(tok[e - 1]))
        --e;
    std::string_view core = tok.substr(b, e - b);
    if (core.empty()) {
        m_text.put(tok);
        return;
    }
    const quint32 coreAcc = b == 0 && e == tok.size() ? all : tokenBits(core);
    // "failed:", "(middleware": the wrapping held the only special byte. Every mask but
    // the quoted one needs a digit, '@' or ':' in the value itself.
    if (!(bits & ByteClasses::Digit) && !afterBearer && !(core.size() >= 16 && core[0] == 'e') &&
        !(b > 0 && (tok[b - 1] == '\'' || tok[b - 1] == '"'))) {
        if (!(quint8(coreAcc) & ByteClasses::Special)) {
            m_text.put(tok);
            return;
        }
    }
    MaskKind kind = classifyToken(core, afterBearer, quint16(coreAcc >> 8));
    if (kind == MaskKind::Count && core.back() == '.') {
        size_t e2 = core.size();
        while (e2 > 0 && core[e2 - 1] == '.')
            --e2;
        if (e2 > 0) {
            kind = classifyToken(core.substr(0, e2), afterBearer);
            if (kind != MaskKind::Count) {
                e = b + e2;
                core = core.substr(0, e2);
            }
        }
    }
    const std::string_view prefix = tok.substr(0, b);
    const std::string_view suffix = tok.substr(e);
    if (kind == MaskKind::Count && !prefix.empty() && !suffix.empty() &&
        (prefix.back() == '\'' || prefix.back() == '"') && suffix.front() == prefix.back()) {
        bool idChars = false;
        for (unsigned char c : core)
            idChars |= isDigit(c) || c == '_' || c == '-' || c == '.' || c == '/' || c == ':';
        if (idChars) {
            quotedValue(prefix, core, suffix);
            return;
        }
    }
    m_text.put(prefix);
    if (kind == MaskKind::Url)
        url(core);
    else if (kind != MaskKind::Count)
        placeholder(kind, core);
    else if (!(quint8(coreAcc) & ByteClasses::SubDelim) && core.back() != '.')
        digitRuns(core); // pieces(core) is segment(core), whose classification is the one above
    else
        pieces(core);
    m_text.put(suffix);
}

} // namespace gardener::clustering::detail
