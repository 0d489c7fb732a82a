#pragma once

#include "core/clustering/clusterdecisions.h"
#include "core/logs/severity.h"

#include <QString>
#include <bitset>
#include <functional>
#include <span>
#include <string>
#include <vector>

// Groups templates into issue clusters (docs/clustering.md, "Issue clusters"). Private to
// clustering/; the engine's snapshot calls it.
namespace gardener::clustering::detail {

struct GroupTemplate
{
    std::span<const std::string> tokens; // the mined template's, which outlives the grouping
    std::string file, function;
    QString fingerprint;
    quint64 count = 0;
    quint32 family = 0; // templates split from one mined template share it
    quint64 familyCount = 0;
    float burst =
        -1; // how far its busiest time slice exceeds its usual share; -1: too rare to tell
    // Of its family, over the time slices of `series`: where it occurs, and where it bursts
    // (far above its usual share). Empty when too rare to tell.
    std::bitset<128> activeSlices, burstSlices;
    std::vector<std::string> services; // sorted
    int topic = -1;                    // index into `topicTitles`, -1: none
    QString topicEvidence;             // what matched ("HTTP 429", "'rate limit'")
    std::string stackKey; // exception type and innermost in-app frame, if a stack trace
};

// How often two template families are logged together: `together` occurrences of the rarer one had
// the other in the same trace within the window, typically `medianDeltaMs` apart.
struct CoOccurrence
{
    quint32 a = 0, b = 0;
    quint64 together = 0;
    double medianDeltaMs = 0;
    double maxDeltaMs = 0; // an upper bound of the largest gap seen
};

struct GroupingResult
{
    std::vector<quint32> templateCluster; // template -> cluster (0 .. clusterCount-1)
    std::vector<QString> explanations;    // per cluster
    std::vector<bool> userDecided;        // per cluster
    quint32 clusterCount = 0;
};

// A source location shared by unrelated messages (logging's own handler frames and the like):
// a shared generic location alone never groups.
bool isGenericLocation(std::string_view file, std::string_view function);

// `series`: per template, its share of all entries per time slice, or empty when the template
// is too rare to tell.
GroupingResult groupTemplates(const std::vector<GroupTemplate> &templates,
                              const std::vector<CoOccurrence> &coOccurrences,
                              const std::vector<std::vector<float>> &series,
                              const ClusterDecisions &decisions, bool automatic,
                              const std::vector<QString> &topicTitles = {},
                              const std::vector<CoOccurrence> &timePairs = {});

// The rules for the lines of one event and one failure (eventrules.cpp), each calling `edge`
// for the pairs it joins with the reason to show:
using EdgeFn = std::function<void(quint32, quint32, const QString &)>;
// Stack traces with one exception type and innermost in-app frame.
void groupByStack(const std::vector<GroupTemplate> &templates, const EdgeFn &edge);
// One route's request or access lines failing with different 5xx statuses.
void groupRouteFailures(const std::vector<GroupTemplate> &templates, const EdgeFn &edge);
// Two template families logged within milliseconds of each other most of the time.
void groupLoggedTogether(const std::vector<GroupTemplate> &templates,
                         const std::vector<CoOccurrence> &timePairs, const EdgeFn &edge);
// Request or access lines of one method and status whose routes differ in one segment that
// holds a few names (one endpoint called with an enumeration's values).
void groupRouteValues(const std::vector<GroupTemplate> &templates, const EdgeFn &edge);
// Templates that differ in one plain word from a short list (an enumeration's values).
void groupEnumerations(const std::vector<GroupTemplate> &templates, const EdgeFn &edge);
// The rules for where and how messages are logged and what they say (messagerules.cpp), in
// the order groupTemplates applies them after the event rules above:
// 4. Families logged in the same trace nearly every time (`coOccurrences`).
void groupCoOccurring(const std::vector<GroupTemplate> &templates,
                      const std::vector<CoOccurrence> &coOccurrences, const EdgeFn &edge);
// 0. Templates the miner split from one template on a word with few values.
void groupFamilies(const std::vector<GroupTemplate> &templates, const EdgeFn &edge);
// 1. One specific function (not a logging hub) logging a few kinds of message.
void groupByFunction(const std::vector<GroupTemplate> &templates, const EdgeFn &edge);
// 2. One module, similar wording or rising and falling together (`series`).
void groupByModule(const std::vector<GroupTemplate> &templates,
                   const std::vector<std::vector<float>> &series, const EdgeFn &edge);
// 3. A message without a location bursting in step with one that has one (its best partner).
void groupBurstingTogether(const std::vector<GroupTemplate> &templates,
                           const std::vector<std::vector<float>> &series, const EdgeFn &edge);
// 5. The only two families that share three particular words.
void groupByRareWords(const std::vector<GroupTemplate> &templates, const EdgeFn &edge);
// 6. One topic (`topicTitles`) with evidence of belonging together: service, time or module.
void groupByTopic(const std::vector<GroupTemplate> &templates,
                  const std::vector<QString> &topicTitles, const EdgeFn &edge);
// Two failures that name different status codes ("code = Unavailable" / "code =
// DeadlineExceeded"): different problems even when logged from one function.
bool differentErrorCodes(const GroupTemplate &a, const GroupTemplate &b);
// False when two templates are stack traces of different exceptions or frames.
bool sameStackOrNone(const GroupTemplate &a, const GroupTemplate &b);

} // namespace gardener::clustering::detail
