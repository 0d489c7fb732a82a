#pragma once

#include <QString>

#include <bitset>
#include <string>
#include <string_view>

// Whether a text holds a word, asked before a regular expression that cannot match without it:
// a match costs microseconds even when nothing is found, and cluster names and redaction ask
// thousands of short texts dozens of questions each. Only ASCII texts are answered; for any
// other every answer is "maybe", because caseless matching with Unicode properties folds
// letters such as "ſ" (to s) and "K" (Kelvin, to k).
namespace gardener::util {

class AsciiWords
{
public:
    explicit AsciiWords(QStringView text)
    {
        m_lower.resize(size_t(text.size()));
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text.at(i).unicode();
            if (c >= 0x80) {
                m_ascii = false;
                m_lower.clear();
                return;
            }
            m_digits += c >= '0' && c <= '9';
            const char l = char(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            m_lower[size_t(i)] = l;
            m_bytes.set(size_t(l));
            if (i > 0)
                m_pairs.set(pairBit(m_lower[size_t(i) - 1], l));
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
        // Most words are turned away on their first two letters without a search.
        if (word.empty() || !m_bytes.test(size_t(quint8(word[0])) & 127) ||
            (word.size() > 1 && !m_pairs.test(pairBit(word[0], word[1]))))
            return word.empty();
        return word.size() == 1 || std::string_view(m_lower).find(word) != std::string_view::npos;
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
    std::bitset<128> m_bytes;  // which bytes m_lower holds
    std::bitset<1024> m_pairs; // which pairs of adjacent bytes, hashed
};

} // namespace gardener::util
