#pragma once

#include <QList>
#include <QString>

// Short human names for issue clusters, built by rules from the cluster's templates: a
// subject, a problem noun, one key detail and the module's domain word, e.g.
// "Readiness Probe Crash: OperationalError (health)". Pure functions, thread-safe; no
// dependency on the clustering engine (callers hand in plain values).

namespace gardener::naming {

// Bump when the rules change in a way that should rename clusters that were named by an
// older version (names the user edited are never replaced).
inline constexpr int NameRulesVersion = 1;
inline constexpr int MaxNameChars = 60;

// One template of a cluster as the rules see it.
struct TemplateFacts
{
    QString text;   // masked template text, with placeholders such as <NUM> or <*>
    QString sample; // one real message of the template (redacted or not; may be empty)
    quint64 count = 0;
    int severity = 0; // gardener::Severity index of the template's most severe entry
    QString module;   // labels.module / sourceLocation.file, may be empty
    QString function;
    bool requestLog = false; // an HTTP request log ("GET /path 503")
};

struct ClusterNameParts
{
    QString subject; // "Readiness Probe"
    QString problem; // "Crash"
    QString detail;  // "OperationalError"
    QString domain;  // "health"
    int anchor = -1; // index of the template the name was built from
};

// The template a name is built from: highest severity, then most specific (not a request log
// unless every template is one, more literal words, a known location), then most frequent.
int anchorTemplate(const QList<TemplateFacts> &templates);

// The domain word of a module path ("orders_backend.app.websocket_core.handlers" ->
// "websocket"); empty for the root logger ("logging") and paths without a telling part.
QString domainOfModule(const QString &module);

// The domain word of a cluster: from its modules, else from words of its messages
// ("auth", "session", "database", ...); empty when nothing tells.
QString clusterDomain(const QList<TemplateFacts> &templates);

ClusterNameParts nameParts(const QList<TemplateFacts> &templates);

// The name: at most MaxNameChars characters, no "…", no placeholders. Parts are dropped or
// shortened at word boundaries to fit (domain first, then the detail).
QString composeName(const ClusterNameParts &parts);

inline QString clusterName(const QList<TemplateFacts> &templates)
{
    return composeName(nameParts(templates));
}

} // namespace gardener::naming
