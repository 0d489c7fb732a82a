#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace gardener::clustering {

// A subject engineers group issues by from domain knowledge: the 429 request log and the rate
// limiter's warning are one problem although nothing in the entries links them but meaning
// (docs/clustering.md, "Topics"). A topic alone never groups: two templates of one topic join
// only with evidence that they belong together (same service, and moving together in time or
// the same module).
struct Topic
{
    QString name;  // "rate-limit"; a user topic with the name of a built-in one extends it
    QString title; // "rate limiting": used in explanations ("both about rate limiting ...")
    // Words or phrases, compared without case and punctuation; one is enough. A trailing `*`
    // matches any ending ("throttl*": throttled, throttling).
    QStringList terms;
    // Weaker words (the same syntax): two different ones are needed ("jwt" and "signature").
    QStringList hints;
    // A request-log template whose entries mostly carry one of these HTTP statuses.
    QList<int> httpStatuses;
};

// The built-in lexicon, in the order it is tried (the first topic that matches a template
// wins).
const std::vector<Topic> &builtInTopics();

// The built-in lexicon with the user's topics applied: a user topic with a built-in's name adds
// its terms, hints and statuses to it (a non-empty title replaces the title); other user topics
// come after the built-in ones, in their order.
std::vector<Topic> topicLexicon(const std::vector<Topic> &userTopics);

} // namespace gardener::clustering
