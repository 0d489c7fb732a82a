#include "core/clustering/topics.h"

#include "core/clustering/topicmatcher.h"

#include <algorithm>

namespace gardener::clustering {

// Topics are narrow on purpose: "same topic" has to mean "same problem" for messages of one
// service that move together, so broad subjects (timeouts, databases, connections) that many
// unrelated issues share are left out. Single words that are common outside the topic are hints
// (two are needed), not terms: "jwt" alone also appears where a user is created from a token.
const std::vector<Topic> &builtInTopics()
{
    static const std::vector<Topic> topics{
        {QStringLiteral("rate-limit"),
         QStringLiteral("rate limiting"),
         {QStringLiteral("rate limit*"), QStringLiteral("ratelimit*"),
          QStringLiteral("too many requests"), QStringLiteral("throttl*"),
          QStringLiteral("quota exceeded")},
         {QStringLiteral("quota"), QStringLiteral("limiter"), QStringLiteral("retry after")},
         {429}},
        {QStringLiteral("auth"),
         QStringLiteral("authentication"),
         {QStringLiteral("unauthorized"), QStringLiteral("unauthenticated"),
          QStringLiteral("forbidden"), QStringLiteral("access denied"),
          QStringLiteral("permission denied"), QStringLiteral("invalid token"),
          QStringLiteral("expired token"), QStringLiteral("token expired"),
          QStringLiteral("token rejected"), QStringLiteral("signature has expired"),
          QStringLiteral("invalid signature"), QStringLiteral("invalid credentials"),
          QStringLiteral("not authenticated")},
         {QStringLiteral("jwt"), QStringLiteral("bearer"), QStringLiteral("token"),
          QStringLiteral("signature"), QStringLiteral("credential*"), QStringLiteral("expired"),
          QStringLiteral("oauth"), QStringLiteral("password"), QStringLiteral("login")},
         {401, 403, 407}},
        {QStringLiteral("memory"),
         QStringLiteral("memory"),
         {QStringLiteral("out of memory"), QStringLiteral("oom*"), QStringLiteral("memory limit*"),
          QStringLiteral("memory usage"), QStringLiteral("memory pressure"),
          QStringLiteral("memoryerror"), QStringLiteral("heap space"),
          QStringLiteral("cannot allocate memory")},
         {QStringLiteral("memory"), QStringLiteral("heap"), QStringLiteral("rss"),
          QStringLiteral("swap"), QStringLiteral("allocat*"), QStringLiteral("killed")},
         {}},
        {QStringLiteral("startup"),
         QStringLiteral("instance start-up"),
         {QStringLiteral("booted"), QStringLiteral("booting"), QStringLiteral("cold start*"),
          QStringLiteral("starting up"), QStringLiteral("startup"), QStringLiteral("start up"),
          QStringLiteral("new instance"), QStringLiteral("container instance"),
          QStringLiteral("instance started"), QStringLiteral("server started"),
          QStringLiteral("worker started"), QStringLiteral("application started")},
         {QStringLiteral("started"), QStringLiteral("starting"), QStringLiteral("worker"),
          QStringLiteral("container"), QStringLiteral("spawned"), QStringLiteral("launched"),
          QStringLiteral("boot")},
         {}},
    };
    return topics;
}

std::vector<Topic> topicLexicon(const std::vector<Topic> &userTopics)
{
    std::vector<Topic> out = builtInTopics();
    for (const Topic &u : userTopics) {
        auto it =
            std::find_if(out.begin(), out.end(), [&](const Topic &t) { return t.name == u.name; });
        if (it == out.end()) {
            out.push_back(u);
            if (out.back().title.isEmpty())
                out.back().title = u.name;
            continue;
        }
        if (!u.title.isEmpty())
            it->title = u.title;
        it->terms += u.terms;
        it->hints += u.hints;
        it->httpStatuses += u.httpStatuses;
    }
    return out;
}

namespace detail {
namespace {

bool wordByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Splits on everything but ASCII letters and digits; `<...>` placeholders are left out.
void appendWords(std::string_view s, std::vector<std::string> &out)
{
    std::string w;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '<') {
            const size_t close = s.find('>', i);
            if (close != std::string_view::npos) {
                if (!w.empty())
                    out.push_back(std::move(w));
                w.clear();
                i = close;
                continue;
            }
        }
        if (wordByte(c)) {
            w += (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
        } else if (!w.empty()) {
            out.push_back(std::move(w));
            w.clear();
        }
    }
    if (!w.empty())
        out.push_back(std::move(w));
}

} // namespace

std::vector<std::string> topicWords(std::span<const std::string> tokens)
{
    std::vector<std::string> out;
    for (const std::string &t : tokens)
        appendWords(t, out);
    return out;
}

TopicMatcher::TopicMatcher(const std::vector<Topic> &lexicon)
{
    auto compile = [](const QStringList &list) {
        std::vector<Phrase> out;
        for (const QString &entry : list) {
            Phrase p;
            QString text = entry.trimmed();
            p.prefix = text.endsWith(QLatin1Char('*'));
            if (p.prefix)
                text.chop(1);
            const QByteArray utf8 = text.toUtf8();
            appendWords(std::string_view(utf8.constData(), size_t(utf8.size())), p.words);
            p.text = entry.trimmed();
            if (!p.words.empty())
                out.push_back(std::move(p));
        }
        return out;
    };
    for (const Topic &t : lexicon) {
        Compiled c;
        c.title = t.title.isEmpty() ? t.name : t.title;
        c.terms = compile(t.terms);
        c.hints = compile(t.hints);
        c.statuses.assign(t.httpStatuses.begin(), t.httpStatuses.end());
        m_topics.push_back(std::move(c));
    }
}

bool TopicMatcher::matches(const Phrase &p, const std::vector<std::string> &words)
{
    const size_t n = p.words.size();
    for (size_t i = 0; i + n <= words.size(); ++i) {
        bool ok = true;
        for (size_t k = 0; k < n && ok; ++k) {
            const std::string &w = words[i + k];
            if (k + 1 == n && p.prefix)
                ok = w.compare(0, p.words[k].size(), p.words[k]) == 0;
            else
                ok = w == p.words[k];
        }
        if (ok)
            return true;
    }
    return false;
}

TopicMatch TopicMatcher::match(std::span<const std::string> tokens,
                               const std::vector<std::pair<int, quint64>> &statuses,
                               quint64 count) const
{
    TopicMatch m;
    // A request log: the status most of its entries carry decides.
    if (!statuses.empty() && count > 0) {
        for (size_t t = 0; t < m_topics.size(); ++t) {
            quint64 inTopic = 0, top = 0;
            int topStatus = 0;
            for (const auto &[status, n] : statuses)
                if (std::find(m_topics[t].statuses.begin(), m_topics[t].statuses.end(), status) !=
                    m_topics[t].statuses.end()) {
                    inTopic += n;
                    if (n > top || (n == top && status < topStatus)) {
                        top = n;
                        topStatus = status;
                    }
                }
            if (inTopic * 2 > count) {
                m.topic = int(t);
                m.evidence = QStringLiteral("HTTP %1").arg(topStatus);
                return m;
            }
        }
    }
    const std::vector<std::string> words = topicWords(tokens);
    if (words.empty())
        return m;
    for (size_t t = 0; t < m_topics.size(); ++t) {
        for (const Phrase &p : m_topics[t].terms)
            if (matches(p, words)) {
                m.topic = int(t);
                m.evidence = QLatin1Char('\'') + p.text + QLatin1Char('\'');
                return m;
            }
        QStringList hits;
        for (const Phrase &p : m_topics[t].hints)
            if (matches(p, words))
                hits << QLatin1Char('\'') + p.text + QLatin1Char('\'');
        if (hits.size() >= 2) {
            m.topic = int(t);
            m.evidence = hits.mid(0, 3).join(QStringLiteral(", "));
            return m;
        }
    }
    return m;
}

} // namespace detail
} // namespace gardener::clustering
