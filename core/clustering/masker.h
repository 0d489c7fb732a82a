#pragma once

#include <QString>
#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gardener::clustering {

// The kinds of variable text the built-in masks recognise, in the order they are tried on a
// token (docs/clustering.md lists each with examples). The placeholder each kind leaves in a
// template is maskPlaceholder(kind), e.g. "<NUM>".
enum class MaskKind : quint8
{
    Timestamp,   // 2025-09-12T23:26:25.718912+00:00, 23:26:25.718, 081109
    Uuid,        // 123e4567-e89b-12d3-a456-426614174000
    Jwt,         // eyJhbGciOi... (three base64url parts)
    Bearer,      // the token after "Bearer"
    Url,         // https://host/path?query (query string included)
    Email,       // someone@example.com and masked ***@netrasystems.ai
    Ip,          // 10.0.0.1, 10.0.0.1:8080, ::1, fe80::1
    UserId,      // demo-user-001, user_42
    TruncatedId, // 10741608...
    CompositeId, // demo_run_1757719525043_353_4b15eea4, main_6a878502, blk_-1608999687919862906
    Hex,         // 0x7f3a, 4b15eea4 (hex runs with at least one digit), sha-like strings
    Duration,    // 17.60ms, 2.1s, ~0.6s, 250us, 3m
    Number,      // 42, -4.2%, +3, 1,024, 3.5e-3
    Quoted,      // 'value' or "value" (one token, holding a digit or id-like text)
    User,        // a user-defined mask (regular expression)
    Count
};
inline constexpr int MaskKindCount = static_cast<int>(MaskKind::Count);

const char *maskPlaceholder(MaskKind kind); // "<TS>", "<UUID>", ... "<*>" for User

// One documented built-in mask: its kind, short name, what it matches and an example.
struct MaskInfo
{
    MaskKind kind;
    const char *name;
    const char *description;
    const char *example;
};
const std::vector<MaskInfo> &builtinMasks();

// A mask the user adds: a regular expression (QRegularExpression syntax) whose matches are
// replaced by `replacement` before the built-in masks run. User masks run in list order.
struct UserMask
{
    QString name;
    QString pattern;
    QString replacement = QStringLiteral("<*>");
};

// The result of masking one message: the template-ready token list and the masked values worth
// counting per cluster (users, emails, addresses, ids), as 64-bit hashes.
struct MaskedMessage
{
    std::string text;                     // tokens joined by single spaces
    std::vector<std::string_view> tokens; // views into `text`
    std::array<quint64, 4> valueHash{};   // per CountedValue, 0 when absent
    bool truncated = false;               // message or token count hit a cap
    quint64 hash = 0, hashHi = 0; // 128-bit hash of `text`, for in-memory tables (not stable)
    // False: `tokens` is left empty, for callers that need only the text and the hashes (the
    // engine: a view per token was work for every message). Kept by clear().
    bool withTokens = true;
    void clear();
};

// Values whose distinct count is reported per cluster (how many users were affected, ...).
enum class CountedValue : quint8
{
    User = 0,
    Email,
    Ip,
    Id,
    Count
};

// Turns messages into masked token lists. The built-in masks are one hand-written pass over the
// UTF-8 bytes (no regular expressions); user masks run first and only when configured.
// Immutable after construction, so one Masker may be used from several threads at once.
class Masker
{
public:
    struct Limits
    {
        size_t maxMessageBytes = 16 * 1024; // longer messages are cut (marked truncated)
        size_t maxTokens = 128;             // further tokens fold into one trailing "<*>"
    };

    Masker();
    explicit Masker(std::vector<UserMask> userMasks, Limits limits);
    Masker(std::vector<UserMask> userMasks);
    ~Masker();
    Masker(Masker &&) noexcept;
    Masker &operator=(Masker &&) noexcept;

    // Invalid user patterns are listed here (name: error) and skipped.
    QStringList userMaskErrors() const;
    bool hasUserMasks() const;

    void mask(std::string_view message, MaskedMessage &out) const;
    std::string maskToString(std::string_view message) const; // convenience for tests

private:
    void maskRepeated(std::string_view message, MaskedMessage &out) const;
    struct UserImpl;
    std::unique_ptr<UserImpl> m_user;
    Limits m_limits;
};

// True for any placeholder token ("<NUM>", "<*>", ...), i.e. a wildcard position.
bool isPlaceholder(std::string_view token);

} // namespace gardener::clustering
