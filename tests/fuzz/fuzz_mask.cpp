// libFuzzer target: any bytes through the clustering masker (built-in masks, with and without a
// token cap). Must never crash, hang or read out of bounds (the split reads a message 64 bytes
// at a time and copies its last bytes). What comes out must hold what the masker promises: the
// tokens are non-empty views into the text, in order, with only spaces or tabs between and
// around them, and the same bytes give the same result again (the repeat cache answers the
// second time). Not checked: the token cap, which a stack trace's frames can pass (a frame key
// with spaces is several tokens; see "Next steps" in docs/performance.md).
#include "core/clustering/masker.h"

#include <cstdint>
#include <string_view>

namespace {

bool separator(char c)
{
    return c == ' ' || c == '\t';
}

void check(const gardener::clustering::MaskedMessage &m)
{
    using namespace gardener::clustering;
    const std::string_view text(m.text);
    size_t at = 0;
    for (const std::string_view t : m.tokens) {
        if (t.empty() || t.data() < text.data() + at ||
            t.data() + t.size() > text.data() + text.size())
            __builtin_trap();
        const size_t start = size_t(t.data() - text.data());
        if (at > 0 && start == at) // two tokens with nothing between them
            __builtin_trap();
        for (; at < start; ++at)
            if (!separator(text[at]))
                __builtin_trap();
        for (const char c : t)
            if (separator(c))
                __builtin_trap();
        at = start + t.size();
    }
    for (; at < text.size(); ++at)
        if (!separator(text[at]))
            __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace gardener::clustering;
    const std::string_view message(reinterpret_cast<const char *>(data), size);
    static const Masker plain;
    static const Masker capped({}, Masker::Limits{16 * 1024, 8});
    for (const Masker *masker : {&plain, &capped}) {
        MaskedMessage first, second;
        masker->mask(message, first);
        check(first);
        masker->mask(message, second); // a repeat: the cache may answer it
        masker->mask(message, second);
        check(second);
        if (second.text != first.text || second.hash != first.hash ||
            second.valueHash != first.valueHash || second.truncated != first.truncated)
            __builtin_trap();
    }
    return 0;
}
