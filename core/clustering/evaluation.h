#pragma once

#include "core/util/error.h"

#include <QString>
#include <string>
#include <string_view>
#include <vector>

// Measuring clustering against labelled data (benchmarks, tests, the demo's ground truth).
namespace gardener::clustering {

// Grouping Accuracy as defined by Zhu et al., "Tools and Benchmarks for Automated Log Parsing"
// (ICSE-SEIP 2019): the share of messages whose predicted group holds exactly the messages of
// their true group. Labels are arbitrary ids; both vectors have one label per message.
double groupingAccuracy(const std::vector<std::string> &truth,
                        const std::vector<std::string> &predicted);

// The four log-parsing metrics of Jiang et al., "A Large-scale Evaluation for Log Parsing
// Techniques: How Far are We?" (ISSTA 2024), over one label and one template text per message:
//  - GA: groupingAccuracy above;
//  - FGA: F1 of the groups that match a true group exactly (precision over predicted groups,
//    recall over true groups);
//  - PA: the share of messages whose predicted template text equals the true one;
//  - FTA: F1 of the templates whose group matches a true group exactly AND whose text equals
//    that group's true text.
// Texts are compared after normalisedTemplateText (every placeholder is "<*>").
struct ParsingScores
{
    double ga = 0, fga = 0, pa = 0, fta = 0;
};
ParsingScores parsingScores(const std::vector<std::string> &truthLabels,
                            const std::vector<std::string> &truthTemplates,
                            const std::vector<std::string> &predictedLabels,
                            const std::vector<std::string> &predictedTemplates);

// A template as the metrics compare it: each placeholder, whole token or embedded ("<NUM>",
// "blk_<ID>", "<*>"), written "<*>"; whitespace runs become one space, no space at the ends.
std::string normalisedTemplateText(std::string_view text);

// A Loghub *_structured.csv file: the Content column (messages), EventId (true groups) and,
// when the file has it, EventTemplate (true template texts; empty otherwise).
struct LabelledMessages
{
    std::vector<std::string> messages;
    std::vector<std::string> labels;
    std::vector<std::string> templates;
};
Result<LabelledMessages> readLoghubCsv(const QString &path);

} // namespace gardener::clustering
