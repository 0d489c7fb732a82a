#pragma once

#include "core/clustering/topics.h"

#include <QString>
#include <span>
#include <string>
#include <utility>
#include <vector>

// Finds the topic of a template (docs/clustering.md, "Topics"). Private to clustering/.
namespace gardener::clustering::detail {

struct TopicMatch
{
    int topic = -1;   // index into the lexicon, -1: none
    QString evidence; // what matched: "HTTP 429", "'rate limit'", "'jwt', 'signature'"
};

class TopicMatcher
{
public:
    explicit TopicMatcher(const std::vector<Topic> &lexicon);

    // `tokens`: the template's masked tokens; `statuses`: (HTTP status, entries) of its
    // request-log entries; `count`: all its entries.
    TopicMatch match(std::span<const std::string> tokens,
                     const std::vector<std::pair<int, quint64>> &statuses, quint64 count) const;
    const QString &title(int topic) const { return m_topics[size_t(topic)].title; }
    size_t size() const { return m_topics.size(); }

private:
    struct Phrase
    {
        std::vector<std::string> words; // lower case
        bool prefix = false;            // the last word may go on
        QString text;
    };
    struct Compiled
    {
        QString title;
        std::vector<Phrase> terms, hints;
        std::vector<int> statuses;
    };
    static bool matches(const Phrase &p, const std::vector<std::string> &words);
    std::vector<Compiled> m_topics;
};

// Lower-case ASCII words of a template, placeholders and punctuation left out.
std::vector<std::string> topicWords(std::span<const std::string> tokens);

} // namespace gardener::clustering::detail
