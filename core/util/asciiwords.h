#pragma once

#include <QString>

#include <string>
#include <string_view>
#include <vector>

// Whether a text holds a word, asked before a regular expression that cannot match without it:
// a match costs microseconds even when nothing is found, and cluster names and redaction ask
// thousands of short texts dozens of questions each. Only ASCII texts are answered; for any
// other every answer is "maybe", because caseless matching with Unicode properties folds
// letters such as "ſ" (to s) and "K" (Kelvin, to k).
namespace gardener::util {

// What a text must hold for a pattern to have a chance: one of `words` (lower-case ASCII; none:
// no word needed) and at least `digits` ASCII digits. Only ever a necessary condition.
struct WordNeeds
{
    std::vector<std::string_view> words;
    int digits = 0;
};

class AsciiWords
{
public:
    explicit AsciiWords(QStringView text)
    {
        const qsizetype n = text.size();
        m_lower.resize(size_t(n));
        char *lower = m_lower.data();
        const char16_t *p = text.utf16();
        char previous = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c = p[i];
            if (c >= 0x80) {
                m_ascii = false;
                m_lower.clear();
                return;
            }
            m_digits += c >= '0' && c <= '9';
            const char l = char(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            lower[i] = l;
            m_bytes[quint8(l) >> 6] |= 1ull << (l & 63);
            const size_t pair = pairBit(previous, l);
            m_pairs[pair >> 6] |= 1ull << (pair & 63);
            previous = l;
        }
    }

    bool ascii() const { return m_ascii; }
    // ASCII digits, when ascii().
    int digits() const { return m_digits; }

    // False only when the text is ASCII and holds `word` (lower-case ASCII) in no case.
    bool mayContain(std::string_view word) const
    {
        if (!m_ascii)
            return true;
        if (word.empty())
            return true;
        // Most words are turned away on their first two letters without a search.
        const char first = char(word[0] & 127);
        if (!(m_bytes[quint8(first) >> 6] & (1ull << (first & 63))))
            return false;
        if (word.size() == 1)
            return true;
        const size_t pair = pairBit(first, word[1]);
        if (!(m_pairs[pair >> 6] & (1ull << (pair & 63))))
            return false;
        return std::string_view(m_lower).find(word) != std::string_view::npos;
    }
    // False only when the text is ASCII and cannot meet `needs`.
    bool mayMeet(const WordNeeds &needs) const
    {
        if (!m_ascii)
            return true;
        return m_digits >= needs.digits && (needs.words.empty() || mayContainAny(needs.words));
    }
    template <class Words> bool mayContainAny(const Words &words) const
    {
        for (std::string_view w : words)
            if (mayContain(w))
                return true;
        return false;
    }

private:
    static size_t pairBit(char a, char b) { return (size_t(quint8(a)) * 31 + quint8(b)) & 1023; }

    bool m_ascii = true;
    int m_digits = 0;
    std::string m_lower;
    quint64 m_bytes[2] = {};  // which bytes m_lower holds
    quint64 m_pairs[16] = {}; // which pairs of adjacent bytes, hashed (the first with 0)
};

} // namespace gardener::util
