#pragma once

#include "util/error.h"

#include <QString>
#include <string>
#include <vector>

// Measuring clustering against labelled data (benchmarks, tests, the demo's ground truth).
namespace gardener::clustering {

// Grouping Accuracy as defined by Zhu et al., "Tools and Benchmarks for Automated Log Parsing"
// (ICSE-SEIP 2019): the share of messages whose predicted group holds exactly the messages of
// their true group. Labels are arbitrary ids; both vectors have one label per message.
double groupingAccuracy(const std::vector<std::string> &truth, const std::vector<std::string> &predicted);

// A Loghub *_structured.csv file: the Content column (messages) and EventId (true groups).
struct LabelledMessages
{
    std::vector<std::string> messages;
    std::vector<std::string> labels;
};
Result<LabelledMessages> readLoghubCsv(const QString &path);

} // namespace gardener::clustering
