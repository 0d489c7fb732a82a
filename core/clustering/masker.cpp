#include "core/clustering/masker.h"

#include "core/clustering/maskerrules.h"

#include <array>

#include <QRegularExpression>

namespace gardener::clustering {

const char *maskPlaceholder(MaskKind kind)
{
    switch (kind) {
    case MaskKind::Timestamp:
        return "<TS>";
    case MaskKind::Uuid:
        return "<UUID>";
    case MaskKind::Jwt:
        return "<JWT>";
    case MaskKind::Bearer:
        return "<TOKEN>";
    case MaskKind::Url:
        return "<URL>";
    case MaskKind::Email:
        return "<EMAIL>";
    case MaskKind::Ip:
        return "<IP>";
    case MaskKind::UserId:
        return "<USER>";
    case MaskKind::TruncatedId:
        return "<ID>";
    case MaskKind::CompositeId:
        return "<ID>";
    case MaskKind::Hex:
        return "<HEX>";
    case MaskKind::Duration:
        return "<DUR>";
    case MaskKind::Number:
        return "<NUM>";
    case MaskKind::Quoted:
        return "<STR>";
    case MaskKind::User:
    case MaskKind::Count:
        break;
    }
    return "<*>";
}

const std::vector<MaskInfo> &builtinMasks()
{
    static const std::vector<MaskInfo> masks = {
        {MaskKind::Timestamp, "timestamp",
         "ISO 8601 dates and date-times, clock times, compact dates",
         "2025-09-12T23:26:25.718912+00:00, 23:26:25.718"},
        {MaskKind::Uuid, "uuid", "8-4-4-4-12 hex UUIDs", "123e4567-e89b-12d3-a456-426614174000"},
        {MaskKind::Jwt, "jwt", "JSON Web Tokens: three base64url parts starting eyJ",
         "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig"},
        {MaskKind::Bearer, "bearer", "the credential after the word Bearer", "Bearer abc123"},
        {MaskKind::Url, "url", "scheme://... URLs including path and query string",
         "https://api.example.com/v1/items?id=42"},
        {MaskKind::Email, "email", "addresses, also masked ones",
         "ops@example.com, ***@netrasystems.ai"},
        {MaskKind::Ip, "ip", "IPv4 (optionally :port) and IPv6 addresses",
         "10.0.0.1:8080, fe80::1"},
        {MaskKind::UserId, "user-id", "identifiers containing 'user' and a digit", "demo-user-001"},
        {MaskKind::TruncatedId, "truncated-id", "ids cut short with an ellipsis", "10741608..."},
        {MaskKind::CompositeId, "composite-id",
         "words joined by _ or - where a part is a long number or hex run",
         "demo_run_1757719525043_353_4b15eea4, main_6a878502"},
        {MaskKind::Hex, "hex", "0x-prefixed hex and hex runs holding a digit", "0x7f3a, 4b15eea4"},
        {MaskKind::Duration, "duration", "numbers with a time unit, optional sign or ~",
         "17.60ms, 2.1s, ~0.6s"},
        {MaskKind::Number, "number", "integers, decimals, signs, percentages, sizes",
         "42, -4.2%, 1,024, 3.5e-3, 12KB"},
        {MaskKind::Quoted, "quoted", "a quoted single token holding a digit or id characters",
         "'demo_thread_1', \"a-b\""},
    };
    return masks;
}

bool isPlaceholder(std::string_view t)
{
    if (t.size() < 3 || t.front() != '<' || t.back() != '>')
        return false;
    for (size_t i = 1; i + 1 < t.size(); ++i) {
        const char c = t[i];
        if (!((c >= 'A' && c <= 'Z') || c == '*' || c == '_' || (c >= '0' && c <= '9')))
            return false;
    }
    return true;
}

void MaskedMessage::clear()
{
    text.clear();
    tokens.clear();
    valueHash = {};
    truncated = false;
    hash = hashHi = 0;
}

struct Masker::UserImpl
{
    struct Rule
    {
        QRegularExpression re;
        QString replacement;
    };
    std::vector<Rule> rules;
    QStringList errors;
};

Masker::Masker() : Masker(std::vector<UserMask>{}, Limits{}) {}
Masker::Masker(std::vector<UserMask> userMasks) : Masker(std::move(userMasks), Limits{}) {}

Masker::Masker(std::vector<UserMask> userMasks, Limits limits) : m_limits(limits)
{
    if (userMasks.empty())
        return;
    m_user = std::make_unique<UserImpl>();
    for (const UserMask &m : userMasks) {
        QRegularExpression re(m.pattern, QRegularExpression::UseUnicodePropertiesOption);
        if (!re.isValid()) {
            m_user->errors << m.name + QStringLiteral(": ") + re.errorString();
            continue;
        }
        re.optimize();
        // Keep the replacement a single token so the template tree sees one wildcard.
        QString repl = m.replacement;
        repl.replace(QLatin1Char(' '), QLatin1Char('_'));
        m_user->rules.push_back({std::move(re), repl});
    }
}

Masker::~Masker() = default;
Masker::Masker(Masker &&) noexcept = default;
Masker &Masker::operator=(Masker &&) noexcept = default;

QStringList Masker::userMaskErrors() const
{
    return m_user ? m_user->errors : QStringList();
}
bool Masker::hasUserMasks() const
{
    return m_user && !m_user->rules.empty();
}

void Masker::mask(std::string_view message, MaskedMessage &out) const
{
    out.clear();
    if (message.size() > m_limits.maxMessageBytes) {
        message = message.substr(0, m_limits.maxMessageBytes);
        out.truncated = true;
    }
    if (hasUserMasks()) {
        QString text = QString::fromUtf8(message.data(), qsizetype(message.size()));
        for (const UserImpl::Rule &r : m_user->rules)
            text.replace(r.re, r.replacement);
        const QByteArray bytes = text.toUtf8();
        detail::maskBuiltin(std::string_view(bytes.constData(), size_t(bytes.size())),
                            m_limits.maxTokens, out);
        return;
    }
    maskRepeated(message, out);
}

namespace {

// Messages that repeat word for word ("Session access failed (middleware not installed?) ...")
// are masked once per thread: a small direct-mapped cache of masked results, filled on a
// message's second sighting so that messages seen once cost only a hash.
struct RepeatCache
{
    static constexpr size_t Slots = 512, MaxBytes = 1024;
    struct Slot
    {
        detail::Hash128 seen; // of the last message that missed here
        detail::Hash128 hash; // of the message cached here
        size_t maxTokens = 0;
        bool filled = false;
        bool hasTokens = false; // filled for a caller that wanted token views
        std::string text;
        std::vector<std::pair<quint32, quint32>> tokens; // offset, length into text
        std::array<quint64, 4> valueHash{};
        bool truncated = false;
        quint64 textHash = 0, textHashHi = 0;
    };
    std::array<Slot, Slots> entries;
};

} // namespace

void Masker::maskRepeated(std::string_view message, MaskedMessage &out) const
{
    if (message.size() > RepeatCache::MaxBytes || out.truncated) {
        detail::maskBuiltin(message, m_limits.maxTokens, out);
        return;
    }
    thread_local RepeatCache cache;
    // Keyed by the message's 128-bit hash alone (see hashFast128).
    const detail::Hash128 h = detail::hashFast128(message);
    RepeatCache::Slot &slot = cache.entries[(h.lo ^ (h.lo >> 32)) & (RepeatCache::Slots - 1)];
    if (slot.filled && slot.hash == h && slot.maxTokens == m_limits.maxTokens &&
        (slot.hasTokens || !out.withTokens)) {
        out.text = slot.text;
        const std::string_view text(out.text);
        if (out.withTokens) {
            out.tokens.reserve(slot.tokens.size());
            for (const auto &[at, len] : slot.tokens)
                out.tokens.push_back(text.substr(at, len));
        }
        out.valueHash = slot.valueHash;
        out.truncated = slot.truncated;
        out.hash = slot.textHash;
        out.hashHi = slot.textHashHi;
        return;
    }
    detail::maskBuiltin(message, m_limits.maxTokens, out);
    if (slot.seen != h) {
        slot.seen = h;
        return;
    }
    slot.filled = true;
    slot.hash = h;
    slot.maxTokens = m_limits.maxTokens;
    slot.text = out.text;
    slot.hasTokens = out.withTokens;
    slot.tokens.clear();
    for (std::string_view t : out.tokens)
        slot.tokens.emplace_back(quint32(t.data() - out.text.data()), quint32(t.size()));
    slot.valueHash = out.valueHash;
    slot.truncated = out.truncated;
    slot.textHash = out.hash;
    slot.textHashHi = out.hashHi;
}

std::string Masker::maskToString(std::string_view message) const
{
    MaskedMessage m;
    mask(message, m);
    return m.text;
}

} // namespace gardener::clustering
