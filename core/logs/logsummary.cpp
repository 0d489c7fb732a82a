#include "core/logs/logsummary.h"

#include <algorithm>
#include <map>

namespace gardener {

LogSummary summarize(const LogStore &store)
{
    LogSummary s;
    s.entries = store.size();
    std::map<quint32, quint64> services;
    std::map<std::pair<quint32, quint32>, quint64> revisions;
    for (size_t i = 0; i < store.size(); ++i) {
        ++s.severities[size_t(severityIndex(store.severity(i)))];
        ++services[store.serviceId(i)];
        ++revisions[{store.serviceId(i), store.revisionId(i)}];
        const qint64 t = store.timestampNs(i);
        if (t != 0) {
            if (s.firstNs == 0 || t < s.firstNs)
                s.firstNs = t;
            if (s.lastNs == 0 || t > s.lastNs)
                s.lastNs = t;
        }
    }
    auto text = [&](quint32 id) {
        const std::string_view v = store.pool().at(id);
        return QString::fromUtf8(v.data(), qsizetype(v.size()));
    };
    for (const auto &[id, count] : services)
        s.services.push_back({text(id), count});
    std::sort(s.services.begin(), s.services.end(), [](const auto &a, const auto &b) {
        return a.count != b.count ? a.count > b.count : a.name < b.name;
    });
    for (const auto &[key, count] : revisions) {
        if (key.second != 0)
            s.revisions.push_back({text(key.first), text(key.second), count});
    }
    std::sort(s.revisions.begin(), s.revisions.end(), [](const auto &a, const auto &b) {
        if (a.service != b.service)
            return a.service < b.service;
        return a.count != b.count ? a.count > b.count : a.revision < b.revision;
    });
    return s;
}

} // namespace gardener
