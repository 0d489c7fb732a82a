#include "core/redaction/detectortable.h"

#include "core/redaction/detectorpatterns.h"

namespace gardener::redaction::detail {

TextFacts TextFacts::of(const QString &text)
{
    TextFacts f;
    f.lower.resize(size_t(text.size()));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x80) {
            f.ascii = false;
            f.lower.clear();
            return f;
        }
        f.digits += c >= '0' && c <= '9';
        f.lower[size_t(i)] = char(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    return f;
}

bool TextFacts::meets(const Needs &needs) const
{
    if (!ascii)
        return true;
    if (digits < needs.digits)
        return false;
    if (needs.anyOf.empty())
        return true;
    const std::string_view text(lower);
    for (std::string_view word : needs.anyOf)
        if (text.find(word) != std::string_view::npos)
            return true;
    return false;
}

const QList<Detector> &builtInDetectors()
{
    static const QList<Detector> detectors = [] {
        QList<Detector> d;
        addTokens(d);
        addServiceTokens(d);
        addTruncatedTokens(d);
        addKeyValues(d);
        addPersonalData(d);
        addEmails(d);
        addAddresses(d);
        addTruncatedValues(d);
        addTruncatedPersonalData(d);
        addTruncatedPhonesAndAddresses(d);
        return d;
    }();
    return detectors;
}

} // namespace gardener::redaction::detail
