#include "core/redaction/detectortable.h"

#include "core/redaction/detectorpatterns.h"

namespace gardener::redaction::detail {

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
