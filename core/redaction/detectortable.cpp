#include "core/redaction/detectortable.h"

#include "core/redaction/detectorpatterns.h"

namespace gardener::redaction::detail {

bool mayMeet(const util::AsciiWords &text, const Needs &needs)
{
    if (!text.ascii())
        return true;
    return text.digits() >= needs.digits &&
           (needs.anyOf.empty() || text.mayContainAny(needs.anyOf));
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
