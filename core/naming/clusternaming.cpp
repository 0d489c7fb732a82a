#include "core/naming/clusternaming.h"

#include "core/history/clusternames.h"
#include "core/history/historystore.h"
#include "core/logs/logstore.h"
#include "core/redaction/redactor.h"

namespace gardener::naming {
namespace {

QString text(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

int maxSeverity(const SeverityCounts &counts)
{
    for (int s = SeverityCount - 1; s >= 0; --s) {
        if (counts[size_t(s)] > 0)
            return s;
    }
    return 0;
}

// Empty fields (no sample, module or function in plain-text input) hold nothing to redact, and
// each detector pass costs a regular expression match even on an empty text.
QString redacted(const redaction::Redactor &redactor, const QString &text)
{
    return text.isEmpty() ? text : redactor.redact(text);
}

// The rules' name, redacted on its whole text first (a secret in a detail must not survive
// as a cut prefix), then composed to length.
QString ruleName(const QList<TemplateFacts> &facts, const redaction::Redactor &redactor)
{
    ClusterNameParts parts = nameParts(facts);
    parts.subject = redacted(redactor, parts.subject);
    parts.detail = redacted(redactor, parts.detail);
    return composeName(parts);
}

} // namespace

QList<TemplateFacts> templateFacts(const clustering::ClusterSet &set, int cluster,
                                   const LogStore *store, const redaction::Redactor *redactor)
{
    const auto &c = set.clusters()[size_t(cluster)];
    QList<TemplateFacts> facts;
    for (quint32 ti : c.templates) {
        const auto &t = set.templates()[ti];
        TemplateFacts f;
        f.text = t.text;
        f.count = t.count;
        f.severity = maxSeverity(t.severities);
        f.module = t.sourceFile;
        f.function = t.function;
        for (const auto &s : c.samples) {
            if (store && s.entry < store->size() && set.templateOfEntry(s.entry) == ti) {
                f.sample = text(store->message(s.entry));
                f.requestLog = store->httpStatus(s.entry) > 0 &&
                               text(store->logName(s.entry)).endsWith(QLatin1String("requests"));
                break;
            }
        }
        // Everything the rules read, not only the sample: a rule may lower-case a module or a
        // word of the template, and a changed secret is no longer found afterwards.
        if (redactor) {
            f.sample = redacted(*redactor, f.sample);
            f.text = redacted(*redactor, f.text);
            f.module = redacted(*redactor, f.module);
            f.function = redacted(*redactor, f.function);
        }
        facts.append(f);
    }
    return facts;
}

Result<QStringList> clusterNames(const clustering::ClusterSet &set, const LogStore *store,
                                 history::HistoryStore *history)
{
    const redaction::Redactor redactor;
    std::optional<history::ClusterNames> names;
    if (history)
        names.emplace(*history);
    // A set the rules already named from this store's messages (the app names every snapshot
    // so) keeps those names: working them out again costs as much as the first time.
    const bool rulesNamed =
        store && store->identity() == set.ruleNamesStore() && store->size() >= set.entryCount();
    QStringList out;
    for (size_t i = 0; i < set.clusters().size(); ++i) {
        const QString fingerprint = set.clusters()[i].fingerprint;
        if (names) {
            auto known = names->find(fingerprint);
            if (!known)
                return tl::unexpected(known.error());
            if (*known &&
                (!(*known)->edited.isEmpty() || (*known)->rulesVersion == NameRulesVersion)) {
                out << (*known)->shown();
                continue;
            }
        }
        const QString name = rulesNamed
                                 ? set.clusters()[i].name
                                 : ruleName(templateFacts(set, int(i), store, &redactor), redactor);
        if (names) {
            if (auto saved = names->rememberGenerated(fingerprint, name, NameRulesVersion); !saved)
                return tl::unexpected(saved.error());
        }
        out << name;
    }
    return out;
}

clustering::ClusterSet namedByRules(const clustering::ClusterSet &set, const LogStore *store)
{
    const auto names = clusterNames(set, store); // without history it cannot fail
    return names ? withNames(set, *names, store ? store->identity() : 0) : set;
}

clustering::ClusterSet withNames(const clustering::ClusterSet &set, const QStringList &names,
                                 quint64 ruleNamesStore)
{
    auto data = std::make_shared<clustering::ClusterSet::Data>();
    data->clusters = set.clusters();
    for (size_t i = 0; i < data->clusters.size() && qsizetype(i) < names.size(); ++i)
        data->clusters[i].name = names.at(qsizetype(i));
    data->templates = set.templates();
    // The set's own entry maps are private: rebuilt with one "signature" per template, which
    // answers templateOfEntry / clusterOfEntry the same way.
    data->signatureTemplate.resize(data->templates.size() + 1);
    data->signatureTemplate.back() = clustering::NoIndex; // entries of no template
    for (size_t t = 0; t < data->templates.size(); ++t) {
        data->signatureTemplate[t] = quint32(t);
        data->templateByFingerprint.insert(data->templates[t].fingerprint, int(t));
    }
    data->entrySignature.resize(set.entryCount());
    for (size_t e = 0; e < set.entryCount(); ++e) {
        const quint32 t = set.templateOfEntry(e);
        data->entrySignature[e] = t == clustering::NoIndex ? quint32(data->templates.size()) : t;
    }
    for (size_t c = 0; c < data->clusters.size(); ++c)
        data->clusterByFingerprint.insert(data->clusters[c].fingerprint, int(c));
    data->ruleNamesStore = ruleNamesStore;
    return clustering::ClusterSet(std::move(data));
}

} // namespace gardener::naming
